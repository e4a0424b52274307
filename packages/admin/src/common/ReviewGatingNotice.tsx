// SOP_RULES R5: which public-review invite mode is in force, and why it matters. One line with
// the mode; the explanation folds away, and stays folded (react-admin's store, in localStorage)
// until the mode changes: a switch to review gating shows its warning in full again.
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Button, Collapse, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useDataProvider, useStore } from 'react-admin';
import type { CxDataProvider } from '../dataProvider';

const MODES: Record<string, { severity: 'success' | 'warning'; title: string; text: string }> = {
  EVERYONE: {
    severity: 'success',
    title: 'Public review invites: everyone (EVERYONE)',
    text:
      'Every customer gets a neutral invite to review us publicly, whatever their rating (1–2 star customers after their escalation). ' +
      "This follows Google's review policy and consumer-review rules against selective solicitation.",
  },
  SOP_4_AND_5: {
    severity: 'warning',
    title: 'Public review invites: only 4–5 star customers (SOP_4_AND_5)',
    text:
      "Only customers who rated 4–5 stars are invited to review us publicly. Google's review policy and consumer-review rules treat this as " +
      'selective solicitation of positive reviews (review gating). To invite everyone neutrally, set POLICY_PUBLIC_REVIEW_INVITES=EVERYONE on the API.',
  },
};

export function ReviewGatingNotice() {
  const dataProvider = useDataProvider<CxDataProvider>();
  const { data } = useQuery({ queryKey: ['policySettings'], queryFn: () => dataProvider.policySettings(), staleTime: 5 * 60_000 });
  const mode = data?.find((s) => s.key === 'PUBLIC_REVIEW_INVITES')?.value;
  // Keyed by the mode: the first render already reads that mode's stored state (no unfolded flash).
  return mode ? <Notice key={mode} mode={mode} /> : null;
}

function Notice({ mode }: { mode: string }) {
  const [collapsed, setCollapsed] = useStore(`reviewGating.${mode}.collapsed`, false);
  const textId = useId();
  const notice = MODES[mode] ?? MODES.SOP_4_AND_5;
  return (
    <Alert
      severity={notice.severity}
      data-testid="review-gating"
      sx={{ py: 0, alignItems: 'flex-start', '& .MuiAlert-message': { py: 0.5 }, '& .MuiAlert-icon': { py: 0.5, fontSize: 20 }, '& .MuiAlert-action': { py: 0.25, mr: 0, flexShrink: 0 } }}
      action={
        <Button
          color="inherit"
          size="small"
          aria-expanded={!collapsed}
          aria-controls={textId}
          endIcon={collapsed ? <ExpandMoreIcon /> : <ExpandLessIcon />}
          sx={{ whiteSpace: 'nowrap' }}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? 'Why it matters' : 'Hide'}
        </Button>
      }
    >
      <Typography variant="body2" fontWeight={600}>
        {notice.title}
      </Typography>
      <Collapse in={!collapsed} id={textId}>
        <Typography variant="body2" data-testid="review-gating-text">
          {notice.text}
        </Typography>
      </Collapse>
    </Alert>
  );
}
