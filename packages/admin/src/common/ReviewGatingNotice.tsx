// SOP_RULES R5: which public-review invite mode is in force, and why it matters.
import { Alert, AlertTitle } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CxDataProvider } from '../dataProvider';

export function ReviewGatingNotice() {
  const dataProvider = useDataProvider<CxDataProvider>();
  const { data } = useQuery({ queryKey: ['policySettings'], queryFn: () => dataProvider.policySettings(), staleTime: 5 * 60_000 });
  const mode = data?.find((s) => s.key === 'PUBLIC_REVIEW_INVITES')?.value;
  if (!mode) return null;
  if (mode === 'EVERYONE') {
    return (
      <Alert severity="success" data-testid="review-gating">
        <AlertTitle>Public review invites: everyone (EVERYONE)</AlertTitle>
        Every customer gets a neutral invite to review us publicly, whatever their rating (1–2 star customers after their
        escalation). This follows Google's review policy and consumer-review rules against selective solicitation.
      </Alert>
    );
  }
  return (
    <Alert severity="warning" data-testid="review-gating">
      <AlertTitle>Public review invites: only 4–5 star customers (SOP_4_AND_5)</AlertTitle>
      Only customers who rated 4–5 stars are invited to review us publicly. Google's review policy and consumer-review rules
      treat this as selective solicitation of positive reviews (review gating). To invite everyone neutrally, set
      POLICY_PUBLIC_REVIEW_INVITES=EVERYONE on the API.
    </Alert>
  );
}
