// RV2: the completed orders the API suggests for a review without one (same name, the device in
// the text, posted within 30 days after completion). A person confirms the right one; the API
// decides everything else (whether the order may be confirmed, what it makes of the checks).
import { Box, Button, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDay } from '../common/format';
import { useCan } from '../common/usePermission';
import { useDomainAction } from '../common/useDomainAction';

/** The sparse fields the panel asks for. */
export const SUGGESTED_ORDERS = {
  suggestedOrders: ['orderId', 'externalRef', 'deviceModel', 'completedAt', 'customerDisplayName', 'daysAfterCompletion', 'reasons'],
};

interface OrderMatch {
  orderId: string;
  externalRef: string;
  deviceModel: string;
  completedAt: string;
  customerDisplayName: string;
  daysAfterCompletion: number;
  reasons: string[];
}

export function OrderMatches() {
  const record = useRecordContext();
  const may = useCan('confirmReviewOrder');
  const translate = useTranslate();
  const confirm = useDomainAction('confirmReviewOrder', { success: translate('cx.reviews.order_matches.confirmed') });
  if (!record || record.orderId || !may) return null;
  const matches = (record.suggestedOrders ?? []) as OrderMatch[];
  return (
    <Box data-testid="order-matches">
      <Typography variant="subtitle2">{translate('cx.reviews.order_matches.title')}</Typography>
      {matches.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('cx.reviews.order_matches.none')}
        </Typography>
      ) : (
        <Stack spacing={1} sx={{ mt: 0.5 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('cx.reviews.order_matches.ask')}
          </Typography>
          {matches.map((m) => (
            <Stack key={m.orderId} direction="row" spacing={1} alignItems="center" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }} data-testid="order-match">
              <Box sx={{ flexGrow: 1 }}>
                <Typography variant="body2">
                  <strong>{m.externalRef}</strong> · {m.deviceModel} · {m.customerDisplayName} · {translate('cx.reviews.order_matches.completed', { when: formatDay(m.completedAt) })}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {m.reasons.join('; ')}
                </Typography>
              </Box>
              <Button
                size="small"
                variant="outlined"
                disabled={confirm.isPending}
                onClick={() => confirm.mutate({ reviewId: String(record.id), orderId: m.orderId, expectedVersion: record.version ?? null })}
              >
                {translate('cx.reviews.order_matches.confirm')}
              </Button>
            </Stack>
          ))}
        </Stack>
      )}
    </Box>
  );
}
