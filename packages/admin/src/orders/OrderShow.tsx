import { Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { Labeled, Link, Show, TextField, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { can } from '../access';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EnumChipField, RupeeField, WhenField } from '../common/fields';
import { humanize } from '../schema';
import { PhoneLink } from '../common/PhoneLink';
import { OrderMoney } from '../money/Ledger';
import { OrderActions } from './OrderActions';
import { OrderHistory, ORDER_HISTORY_FIELDS, type OrderHistoryRecord } from './OrderHistory';
import { OrderReceipt } from './OrderReceipt';

const SHOW_FIELDS = [
  'id',
  'externalRef',
  'status',
  AVAILABLE_ACTIONS,
  'deviceCategory',
  'deviceModel',
  'quotedPrice',
  'finalPrice',
  'pincode',
  'paymentReference',
  'createdAt',
  'updatedAt',
  'completedAt',
  'cancellationReason',
  'cancellationNote',
  'cancelledAt',
  { customer: ['id', 'name', 'phone', 'phoneUri', 'email', 'corporate', 'completedOrders', 'hasWhatsapp'] },
  { vendor: ['id', 'name', 'city', 'status'] },
  { escalations: ['id', 'status', 'team', 'slaBreached', 'createdAt'] },
  { supportCases: ['id', 'number', 'status', 'team', 'slaBreached'] },
  ...ORDER_HISTORY_FIELDS,
];

const OrderTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{translate('cx.orders.show_title', { ref: record?.externalRef ?? '' })}</>;
};

function Details() {
  const r = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  if (!r) return null;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="h5" component="h2">
          {r.externalRef}
        </Typography>
        <EnumChipField source="status" />
      </Stack>
      <OrderActions />
      <Grid container spacing={1}>
        <Grid size={6}>
          <Labeled label="cx.orders.customer">
            <Typography variant="body2">
              {r.customer ? <Link to={`/Customer/${r.customer.id}/show`}>{r.customer.name}</Link> : null}
              {r.customer?.corporate ? ` · ${translate('cx.customer.corporate')}` : ''}
              <br />
              <PhoneLink customer={r.customer} />
              {r.customer?.email ? ` · ${r.customer.email}` : ''}
              <br />
              {typeof r.customer?.completedOrders === 'number' && (
                <span data-testid="completed-orders">{translate('cx.customer.completed_orders', { smart_count: r.customer.completedOrders })}</span>
              )}
            </Typography>
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.Order.fields.deviceModel">
            <Typography variant="body2">
              {r.deviceModel} ({humanize(r.deviceCategory)})
            </Typography>
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="cx.orders.vendor">
            {r.vendor ? (
              <Link to={`/Vendor/${r.vendor.id}/show`}>{r.vendor.name}</Link>
            ) : (
              <Typography variant="body2">{translate('cx.orders.not_assigned')}</Typography>
            )}
          </Labeled>
        </Grid>
        <Grid size={3}>
          <Labeled label="resources.Order.fields.quotedPrice">
            <RupeeField source="quotedPrice" />
          </Labeled>
        </Grid>
        <Grid size={3}>
          <Labeled label="resources.Order.fields.finalPrice">
            <RupeeField source="finalPrice" emptyText="—" />
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.Order.fields.paymentReference">
            <TextField source="paymentReference" emptyText="—" />
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.Order.fields.pincode">
            <TextField source="pincode" emptyText="—" />
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.Order.fields.createdAt">
            <WhenField source="createdAt" />
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.Order.fields.completedAt">
            <WhenField source="completedAt" emptyText="—" />
          </Labeled>
        </Grid>
        {r.status === 'CANCELLED' && (
          <>
            <Grid size={6}>
              <Labeled label="resources.Order.fields.cancellationReason">
                <Typography variant="body2" data-testid="cancellation-reason">
                  {r.cancellationReason ? translate(`cx.orders.cancel.reasons.${r.cancellationReason}`, { _: humanize(r.cancellationReason) }) : translate('cx.none')}
                </Typography>
              </Labeled>
            </Grid>
            <Grid size={6}>
              <Labeled label="resources.Order.fields.cancelledAt">
                <WhenField source="cancelledAt" emptyText="—" />
              </Labeled>
            </Grid>
            {r.cancellationNote && (
              <Grid size={12}>
                <Labeled label="resources.Order.fields.cancellationNote">
                  <TextField source="cancellationNote" data-testid="cancellation-note" />
                </Labeled>
              </Grid>
            )}
          </>
        )}
      </Grid>
      <OrderReceipt />
      {r.escalations?.length > 0 && (
        <Labeled label="cx.orders.escalations">
          <Stack direction="row" spacing={1}>
            {r.escalations.map((e: { id: string; status: string; team: string; slaBreached: boolean }) => (
              <Chip
                key={e.id}
                component={Link}
                to={`/Escalation/${e.id}/show`}
                clickable
                color={e.slaBreached ? 'error' : 'default'}
                label={`${humanize(e.status)} · ${humanize(e.team)}`}
              />
            ))}
          </Stack>
        </Labeled>
      )}
      {(r.supportCases?.length > 0 || can(permissions, 'openCase')) && (
        <Labeled label="cx.orders.cases">
          <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
            {(r.supportCases ?? []).map((c: { id: string; number: string; status: string; team: string; slaBreached: boolean }) => (
              <Chip
                key={c.id}
                component={Link}
                to={`/SupportCase/${c.id}/show`}
                clickable
                color={c.slaBreached ? 'error' : 'default'}
                label={`${c.number} · ${humanize(c.status)} · ${humanize(c.team)}`}
              />
            ))}
            {can(permissions, 'openCase') && r.customer && (
              <Chip
                component={Link}
                to={`/SupportCase/create?source=${encodeURIComponent(JSON.stringify({ customerId: r.customer.id, orderId: r.id }))}`}
                clickable
                variant="outlined"
                color="primary"
                label={translate('cx.orders.new_case')}
              />
            )}
          </Stack>
        </Labeled>
      )}
    </Stack>
  );
}

export function OrderShow() {
  const translate = useTranslate();
  return (
  <Show title={<OrderTitle />} queryOptions={{ meta: { sparseFields: SHOW_FIELDS } }} component="div">
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card>
          <CardContent>
            <Details />
          </CardContent>
        </Card>
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <OrderMoney />
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card>
          <CardContent>
            <Typography variant="subtitle1">{translate('cx.orders.history')}</Typography>
            <HistoryPanel />
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  </Show>
  );
}

function HistoryPanel() {
  const r = useRecordContext();
  return <OrderHistory order={r as OrderHistoryRecord | undefined} />;
}
