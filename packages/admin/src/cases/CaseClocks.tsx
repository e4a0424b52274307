// K2's two clocks at a glance: first response and resolution, each a live countdown to the
// API's due time while it runs, "Paused" while the API says the clocks are stopped (slaPausedAt,
// K4), how long it took once met, red once overdue; the server's slaBreached verdict as a badge.
// Business hours are the server's: its due times already count them, so a countdown to them is
// wall-clock time.
import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { BreachBadge } from '../escalations/SlaCountdown';
import { formatDuration } from '../common/format';
import { useNow } from '../common/useNow';

/** Statuses whose clocks have stopped for good (the case is done). */
const DONE = ['RESOLVED', 'CLOSED'];

export type CaseClockKind = 'firstResponse' | 'resolution';

const FIELDS: Record<CaseClockKind, { due: string; met: string }> = {
  firstResponse: { due: 'firstResponseDueAt', met: 'firstRespondedAt' },
  resolution: { due: 'resolutionDueAt', met: 'resolvedAt' },
};

/** One clock of a case (or of an inbox row carrying the same fields). */
export function CaseClock({ kind, record: given }: { kind: CaseClockKind; record?: RaRecord }) {
  const context = useRecordContext();
  const record = given ?? context;
  const now = useNow();
  const translate = useTranslate();
  if (!record) return null;
  const { due: dueField, met: metField } = FIELDS[kind];
  const met = record[metField] as string | null | undefined;
  let text: string;
  let color = 'text.primary';
  if (met) {
    const took = (Date.parse(met) - Date.parse(record.createdAt)) / 1000;
    text = Number.isFinite(took) ? translate('cx.cases.clock.met_after', { duration: formatDuration(took) }) : translate('cx.cases.clock.met');
    color = 'text.secondary';
  } else if (DONE.includes(record.status) || (!record[dueField] && !record.slaPausedAt)) {
    // Done, or a clock this record does not have (an escalation's resolution in the inbox).
    text = '—';
    color = 'text.secondary';
  } else if (record.slaPausedAt) {
    text = translate('cx.cases.clock.paused');
    color = 'text.secondary';
  } else {
    const left = (Date.parse(record[dueField]) - now) / 1000;
    text = left > 0 ? translate('cx.sla.left', { duration: formatDuration(left) }) : translate('cx.sla.overdue', { duration: formatDuration(-left) });
    color = left <= 0 ? 'error.main' : 'text.primary';
  }
  return (
    <Typography variant="body2" data-testid={`case-clock-${kind}`} sx={{ color, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
}

/** Both clocks stacked (a list cell), with the breach badge. */
export function CaseClocks() {
  const translate = useTranslate();
  return (
    <Stack spacing={0.25} alignItems="flex-start">
      <Stack direction="row" spacing={0.5} alignItems="baseline">
        <Typography variant="caption" color="text.secondary">
          {translate('cx.cases.clock.first_short')}
        </Typography>
        <CaseClock kind="firstResponse" />
      </Stack>
      <Stack direction="row" spacing={0.5} alignItems="baseline">
        <Typography variant="caption" color="text.secondary">
          {translate('cx.cases.clock.resolution_short')}
        </Typography>
        <CaseClock kind="resolution" />
      </Stack>
      <BreachBadge />
    </Stack>
  );
}
