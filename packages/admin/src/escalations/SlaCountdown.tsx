// First-contact SLA at a glance: a live countdown to firstContactDueAt until someone logs a
// contact while the API says it is awaited (firstContactPending), amber from the API's
// firstContactDueSoonAt (the policy's Due soon window), and the server's slaBreached verdict as a
// red badge.
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDuration } from '../common/format';
import { useNow } from '../common/useNow';

export function BreachBadge() {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.slaBreached ? <Chip size="small" color="error" label={translate('cx.sla.breached')} /> : null;
}

export function SlaCountdown() {
  const record = useRecordContext();
  const now = useNow();
  const translate = useTranslate();
  if (!record) return null;
  const due = Date.parse(record.firstContactDueAt);
  let text: string;
  let color: string;
  if (record.firstContactAt) {
    const took = (Date.parse(record.firstContactAt) - Date.parse(record.createdAt)) / 1000;
    text = Number.isFinite(took) ? translate('cx.sla.contacted_after', { duration: formatDuration(took) }) : translate('cx.sla.contacted');
    color = 'text.secondary';
  } else if (!record.firstContactPending) {
    // Resolved or closed without a contact: the API says the clock has stopped.
    text = '—';
    color = 'text.secondary';
  } else {
    const left = (due - now) / 1000;
    text = left > 0 ? translate('cx.sla.left', { duration: formatDuration(left) }) : translate('cx.sla.overdue', { duration: formatDuration(-left) });
    const soon = record.firstContactDueSoonAt ? now >= Date.parse(record.firstContactDueSoonAt) : false;
    color = left <= 0 ? 'error.main' : soon ? 'warning.main' : 'text.primary';
  }
  return (
    <Stack direction="row" spacing={1} alignItems="center" data-testid="sla-countdown">
      <Typography variant="body2" sx={{ color, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {text}
      </Typography>
      <BreachBadge />
    </Stack>
  );
}
