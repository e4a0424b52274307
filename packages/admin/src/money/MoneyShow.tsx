// One money request as FINANCE decides it: what is asked and why, the fraud score with the
// factors stored when it was proposed (M4), the order and the case it is about, the decision
// (who, when, the note) and the payment (the provider's reference, or why it failed).
import { Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { ArrayField, DataTable, Labeled, Link, Show, TextField, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canRead } from '../access';
import { EmptyState } from '../common/EmptyState';
import { EnumChipField, RupeeField, WhenField } from '../common/fields';
import { formatRupees } from '../common/format';
import { humanize } from '../schema';
import { MoneyDecisionButtons } from './MoneyDecisionButtons';

const SHOW_FIELDS = [
  'id',
  // Sent back with Approve and Reject (expectedVersion): a change since loading is refused, not overwritten.
  'version',
  'kind',
  'status',
  'amount',
  'reason',
  'rule',
  'fraudScore',
  { fraudFactors: ['factor', 'value', 'points'] },
  'recoverFromVendor',
  'proposedAt',
  'proposedByLabel',
  { decidedBy: ['id', 'name'] },
  'decidedAt',
  'decisionNote',
  'providerReference',
  'paidAt',
  'failureReason',
  {
    order: ['id', 'externalRef', 'status', 'deviceModel', 'quotedPrice', 'finalPrice', 'paymentReference', 'completedAt', { customer: ['id', 'name'] }, { vendor: ['id', 'name'] }],
  },
  { case: ['id', 'number', 'subject', 'status'] },
  { vendor: ['id', 'name'] },
];

const MoneyTitle = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  return <>{translate('cx.money.show_title', { kind: r ? humanize(r.kind) : '', ref: r?.order?.externalRef ?? '' })}</>;
};

function Request() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="h5" component="h2">
          {formatRupees(r.amount)}
        </Typography>
        <EnumChipField source="kind" />
        <EnumChipField source="status" />
      </Stack>
      <MoneyDecisionButtons />
      <Grid container spacing={1}>
        <Grid size={12}>
          <Labeled label="resources.MoneyRequest.fields.reason">
            <TextField source="reason" />
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.MoneyRequest.fields.rule">
            <TextField source="rule" emptyText="—" />
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.MoneyRequest.fields.proposedByLabel">
            <Typography variant="body2">
              {r.proposedByLabel} · <WhenField source="proposedAt" />
            </Typography>
          </Labeled>
        </Grid>
        {r.kind === 'REFUND' && (
          <Grid size={12}>
            <Typography variant="body2" data-testid="recover-from-vendor">
              {translate(r.recoverFromVendor ? 'cx.money.recovered_from_vendor' : 'cx.money.not_recovered')}
            </Typography>
          </Grid>
        )}
      </Grid>
    </Stack>
  );
}

/** M4: the score and each factor's points, as stored when the request was proposed. */
function Fraud() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        {translate('cx.money.fraud.title', { score: r.fraudScore ?? '—' })}
      </Typography>
      <ArrayField source="fraudFactors">
        <DataTable
          bulkActionButtons={false}
          rowClick={false}
          data-testid="fraud-factors"
          empty={<EmptyState title="cx.money.fraud.none.title" text="cx.money.fraud.none.text" />}
        >
          <DataTable.Col source="factor" label="cx.money.fraud.factor" disableSort />
          <DataTable.Col source="value" label="cx.money.fraud.value" disableSort />
          <DataTable.Col source="points" label="cx.money.fraud.points" disableSort />
        </DataTable>
      </ArrayField>
    </Stack>
  );
}

function About() {
  const r = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const order = r?.order;
  if (!r || !order) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        {translate('cx.money.order_title')}
      </Typography>
      <Grid container spacing={1}>
        <Grid size={6}>
          <Labeled label="resources.MoneyRequest.fields.order">
            <Typography variant="body2">
              {canRead(permissions, 'Order') ? <Link to={`/Order/${order.id}/show`}>{order.externalRef}</Link> : order.externalRef} · {humanize(order.status)}
            </Typography>
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.MoneyRequest.fields.case">
            <Typography variant="body2">
              {r.case
                ? canRead(permissions, 'SupportCase')
                  ? <Link to={`/SupportCase/${r.case.id}/show`}>{r.case.number}</Link>
                  : r.case.number
                : '—'}
              {r.case?.subject ? ` · ${r.case.subject}` : ''}
            </Typography>
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="cx.money.customer">
            <Typography variant="body2">{order.customer?.name ?? '—'}</Typography>
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="cx.money.device">
            <Typography variant="body2">{order.deviceModel}</Typography>
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="cx.money.paid_for_order">
            <RupeeField source="order.finalPrice" emptyText="—" />
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="cx.money.vendor">
            <Typography variant="body2">{r.vendor?.name ?? order.vendor?.name ?? '—'}</Typography>
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="cx.money.payment_reference">
            <TextField source="order.paymentReference" emptyText="—" />
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="cx.money.completed_at">
            <WhenField source="order.completedAt" emptyText="—" />
          </Labeled>
        </Grid>
      </Grid>
    </Stack>
  );
}

function Outcome() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        {translate('cx.money.decision_title')}
      </Typography>
      <Grid container spacing={1} data-testid="money-decision">
        <Grid size={6}>
          <Labeled label="resources.MoneyRequest.fields.decidedBy">
            <Typography variant="body2">{r.decidedBy?.name ?? (r.decidedAt ? translate('cx.money.by_policy') : translate('cx.money.not_decided'))}</Typography>
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.MoneyRequest.fields.decidedAt">
            <WhenField source="decidedAt" emptyText="—" />
          </Labeled>
        </Grid>
        <Grid size={12}>
          <Labeled label="resources.MoneyRequest.fields.decisionNote">
            <TextField source="decisionNote" emptyText="—" />
          </Labeled>
        </Grid>
      </Grid>
      <Typography variant="subtitle1" component="h3">
        {translate('cx.money.payment_title')}
      </Typography>
      <Grid container spacing={1} data-testid="money-payment">
        <Grid size={6}>
          <Labeled label="resources.MoneyRequest.fields.providerReference">
            <TextField source="providerReference" emptyText="—" />
          </Labeled>
        </Grid>
        <Grid size={6}>
          <Labeled label="resources.MoneyRequest.fields.paidAt">
            <WhenField source="paidAt" emptyText="—" />
          </Labeled>
        </Grid>
        {r.failureReason && (
          <Grid size={12}>
            <Labeled label="resources.MoneyRequest.fields.failureReason">
              <TextField source="failureReason" />
            </Labeled>
          </Grid>
        )}
      </Grid>
    </Stack>
  );
}

export function MoneyShow() {
  return (
    <Show
      title={<MoneyTitle />}
      // An approved request is paid by a job within moments: the page follows it to PAID or FAILED.
      queryOptions={{ meta: { sparseFields: SHOW_FIELDS }, refetchInterval: (q) => (q.state.data?.status === 'APPROVED' ? 3_000 : false) }}
      component="div"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardContent>
              <Stack spacing={3}>
                <Request />
                <Fraud />
              </Stack>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardContent>
              <Stack spacing={3}>
                <About />
                <Outcome />
              </Stack>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </Show>
  );
}
