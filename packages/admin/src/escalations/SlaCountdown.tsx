// First-contact SLA at a glance: a live countdown to firstContactDueAt until someone logs a
// contact while the API says it is awaited (firstContactPending), and the server's slaBreached
// verdict as a red badge.
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useNow } from '../common/useNow';

/** 754 s → "12:34"; 4000 s → "1:06:40". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function BreachBadge() {
  const record = useRecordContext();
  return record?.slaBreached ? <Chip size="small" color="error" label="SLA breached" /> : null;
}

export function SlaCountdown() {
  const record = useRecordContext();
  const now = useNow();
  if (!record) return null;
  const due = Date.parse(record.firstContactDueAt);
  let text: string;
  let color: string;
  if (record.firstContactAt) {
    const took = (Date.parse(record.firstContactAt) - Date.parse(record.createdAt)) / 1000;
    text = Number.isFinite(took) ? `Contacted after ${formatDuration(took)}` : 'Contacted';
    color = 'text.secondary';
  } else if (!record.firstContactPending) {
    // Resolved or closed without a contact: the API says the clock has stopped.
    text = '—';
    color = 'text.secondary';
  } else {
    const left = (due - now) / 1000;
    text = left > 0 ? `${formatDuration(left)} left` : `Overdue ${formatDuration(-left)}`;
    color = left <= 0 ? 'error.main' : left < 5 * 60 ? 'warning.main' : 'text.primary';
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
