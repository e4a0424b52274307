// The five checks at a glance: a green tick or red cross each, overridden ones in amber.
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RuleIcon from '@mui/icons-material/Rule';
import { Stack, Tooltip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { CHECKS, type Checks } from './checks';

export function ChecksField(_: { label?: string }) {
  const record = useRecordContext();
  const checks = record?.checks as Checks | undefined;
  if (!checks) return null;
  const overridden: string[] = record?.overriddenChecks ?? [];
  return (
    <Stack direction="row" spacing={0.25} data-testid="checks">
      {CHECKS.map((c) => {
        const ok = checks[c.key];
        const over = !ok && overridden.includes(c.key);
        const Icon = ok ? CheckCircleIcon : over ? RuleIcon : CancelIcon;
        return (
          <Tooltip key={c.key} title={`${c.label}: ${ok ? 'passes' : over ? 'overridden' : 'fails'} (${c.hint})`}>
            <Icon
              fontSize="small"
              aria-label={`${c.label} ${ok ? 'passes' : 'fails'}`}
              sx={{ color: ok ? 'success.main' : over ? 'warning.main' : 'error.main' }}
            />
          </Tooltip>
        );
      })}
    </Stack>
  );
}
