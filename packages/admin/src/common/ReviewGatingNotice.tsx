// SOP_RULES R5: which public-review invite mode is in force, and why it matters. One line with
// the mode; the explanation folds away, and stays folded (react-admin's store, in localStorage)
// until the mode changes: a switch to review gating shows its warning in full again.
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Button, Collapse, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useDataProvider, useStore, useTranslate } from 'react-admin';
import type { CxDataProvider } from '../dataProvider';

// Their words: cx.review_gating.<mode>.title / .text.
const MODES: Record<string, { severity: 'success' | 'warning' }> = {
  EVERYONE: { severity: 'success' },
  SOP_4_AND_5: { severity: 'warning' },
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
  const translate = useTranslate();
  const known = mode in MODES ? mode : 'SOP_4_AND_5';
  const notice = MODES[known];
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
          {translate(collapsed ? 'cx.review_gating.show' : 'cx.review_gating.hide')}
        </Button>
      }
    >
      <Typography variant="body2" fontWeight={600}>
        {translate(`cx.review_gating.${known}.title`)}
      </Typography>
      <Collapse in={!collapsed} id={textId}>
        <Typography variant="body2" data-testid="review-gating-text">
          {translate(`cx.review_gating.${known}.text`)}
        </Typography>
      </Collapse>
    </Alert>
  );
}
