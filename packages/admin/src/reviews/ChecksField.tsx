// The five checks at a glance: a green tick or red cross each, overridden ones in amber.
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RuleIcon from '@mui/icons-material/Rule';
import { Stack, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { CHECK_COLOR, checkDetailsOf, checkLabel, checkState } from './checks';

export function ChecksField(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const checks = checkDetailsOf(record);
  if (checks.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.25} data-testid="checks">
      {checks.map((c) => {
        const state = checkState(c, record);
        const ok = state === 'passed';
        const over = state === 'overridden';
        const Icon = ok ? CheckCircleIcon : over ? RuleIcon : CancelIcon;
        const label = checkLabel(c.check, translate);
        return (
          <Tooltip
            key={c.check}
            title={translate(ok ? 'cx.reviews.checks.passes' : over ? 'cx.reviews.checks.overridden' : 'cx.reviews.checks.fails', { label, why: c.explanation ?? c.hint })}
          >
            <Icon
              fontSize="small"
              aria-label={translate(ok ? 'cx.reviews.checks.passes_short' : 'cx.reviews.checks.fails_short', { label })}
              sx={{ color: CHECK_COLOR[state] }}
            />
          </Tooltip>
        );
      })}
    </Stack>
  );
}
