import { Box, Card, CardContent, Divider, Grid, Stack, Typography } from '@mui/material';
import { Labeled, Link, Show, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canRead } from '../access';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EnumChipField, Stars } from '../common/fields';
import { formatWhen } from '../common/format';
import { OrderHistory, ORDER_HISTORY_FIELDS } from '../orders/OrderHistory';
import { humanize } from '../schema';
import { EscalationActions } from './EscalationActions';
import { SlaCountdown } from './SlaCountdown';
import { PhoneLink } from '../common/PhoneLink';

// The order comes nested: VENDOR_OPS and FINANCE may read their escalations but not Order(id).
const SHOW_FIELDS = [
  'id',
  // Sent back with each action (expectedVersion): a change since loading is refused, not overwritten.
  'version',
  'status',
  'team',
  'category',
  'createdAt',
  'firstContactDueAt',
  'firstContactAt',
  'firstContactPending',
  'firstContactDueSoonAt',
  'slaBreached',
  'slaBreachedAt',
  'resolution',
  'resolvedAt',
  'closedAt',
  AVAILABLE_ACTIONS,
  // K8: the log-contact dialog's templates (EscalationActions).
  { replyTemplates: ['id', 'name', 'source', 'body'] },
  { assignee: ['id', 'name'] },
  { interactions: ['id', 'at', 'channel', 'summary', { by: ['id', 'name'] }] },
  { feedback: ['id', 'rating', 'comment', 'touchpoint', 'createdAt'] },
  {
    order: [
      'id',
      'externalRef',
      'status',
      'deviceModel',
      'quotedPrice',
      'finalPrice',
      { customer: ['id', 'name', 'phone', 'phoneUri', 'email', 'corporate'] },
      { vendor: ['id', 'name', 'city'] },
      ...ORDER_HISTORY_FIELDS,
    ],
  },
];

const EscalationTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{translate('cx.escalations.show_title', { ref: record?.order?.externalRef ?? '' })}</>;
};

interface Interaction { id: string; at: string; channel: string; summary: string; by?: { name: string } | null }

function Summary() {
  const r = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  const mayReadOrders = canRead(permissions, 'Order');
  const customer = r?.order?.customer;
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={3} flexWrap="wrap" useFlexGap>
        <Labeled label="resources.Escalation.fields.firstContactDueAt">
          <SlaCountdown />
        </Labeled>
        <Labeled label="resources.Escalation.fields.status">
          <EnumChipField source="status" />
        </Labeled>
        <Labeled label="resources.Escalation.fields.team">
          <EnumChipField source="team" />
        </Labeled>
        <Labeled label="resources.Escalation.fields.category">
          <Typography variant="body2">{r.category ? humanize(r.category) : translate('cx.escalations.not_categorized')}</Typography>
        </Labeled>
        <Labeled label="resources.Escalation.fields.assignee">
          <Typography variant="body2">{r.assignee?.name ?? translate('cx.escalations.unassigned')}</Typography>
        </Labeled>
      </Stack>
      <Stack direction="row" spacing={3} flexWrap="wrap" useFlexGap>
        <Labeled label="cx.escalations.customer">
          <Typography variant="body2">
            {/* One click to the customer 360 (their whole history), for those who may read customers. */}
            {canRead(permissions, 'Customer') && customer?.id ? <Link to={`/Customer/${customer.id}/show`}>{customer.name}</Link> : customer?.name} ·{' '}
            <PhoneLink customer={customer} />
            {customer?.corporate ? ` · ${translate('cx.customer.corporate')}` : ''}
          </Typography>
        </Labeled>
        <Labeled label="cx.escalations.order">
          <Typography variant="body2">
            {/* Order pages are for CX and Finance; others see the reference only. */}
            {mayReadOrders ? <Link to={`/Order/${r.order?.id}/show`}>{r.order?.externalRef}</Link> : r.order?.externalRef} · {r.order?.deviceModel}
          </Typography>
        </Labeled>
        <Labeled label="cx.escalations.vendor">
          <Typography variant="body2">{r.order?.vendor?.name ?? '—'}</Typography>
        </Labeled>
        <Labeled label="resources.Escalation.fields.createdAt">
          <Typography variant="body2">{formatWhen(r.createdAt)}</Typography>
        </Labeled>
      </Stack>
      {r.feedback && (
        <Box sx={{ bgcolor: 'action.hover', p: 1.5, borderRadius: 1 }}>
          <Typography variant="body2">
            <strong>
              <Stars rating={r.feedback.rating} />
            </strong> {r.feedback.comment ? `“${r.feedback.comment}”` : translate('cx.escalations.no_comment')}
          </Typography>
        </Box>
      )}
      {r.resolution && (
        <Labeled label={translate('cx.escalations.resolution_at', { when: formatWhen(r.resolvedAt) })}>
          <Typography variant="body2">{r.resolution}</Typography>
        </Labeled>
      )}
      <EscalationActions />
    </Stack>
  );
}

function Interactions() {
  const r = useRecordContext();
  const items: Interaction[] = r?.interactions ?? [];
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle1" gutterBottom>
        {translate('cx.escalations.contacts')}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('cx.escalations.no_contacts')}
        </Typography>
      ) : (
        <Stack spacing={1} divider={<Divider flexItem />} data-testid="interactions">
          {items.map((i) => (
            <Box key={i.id}>
              <Typography variant="caption" color="text.secondary">
                {formatWhen(i.at)} · {humanize(i.channel)} · {i.by?.name ?? translate('cx.escalations.system')}
              </Typography>
              <Typography variant="body2">{i.summary}</Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );
}

function OrderPanel() {
  const r = useRecordContext();
  return <OrderHistory order={r?.order} />;
}

export function EscalationShow() {
  const translate = useTranslate();
  return (
  <Show title={<EscalationTitle />} queryOptions={{ meta: { sparseFields: SHOW_FIELDS } }} component="div">
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card>
          <CardContent>
            <Stack spacing={3}>
              <Summary />
              <Divider />
              <Interactions />
            </Stack>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card>
          <CardContent>
            <Typography variant="subtitle1">{translate('cx.escalations.order_history')}</Typography>
            <OrderPanel />
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  </Show>
  );
}
