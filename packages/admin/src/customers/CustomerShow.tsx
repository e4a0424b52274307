// The customer 360: who they are and what can be done for them (the header), what is open now,
// everything that happened on one timeline (CustomerTimeline), and their orders.
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardContent, Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { ArrayField, DataTable, Show, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { can } from '../access';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EmptyState } from '../common/EmptyState';
import { EnumChipField, WhenField } from '../common/fields';
import { formatDay, formatRupees, formatWhen } from '../common/format';
import { PhoneField } from '../common/PhoneLink';
import { CustomerActions } from './CustomerActions';
import { CustomerTimeline } from './CustomerTimeline';

// Feedback, escalations, cases, messages and calls come with the timeline (its own query, paged).
const SHOW_FIELDS = [
  'id',
  'name',
  'phone',
  'phoneUri',
  'email',
  'corporate',
  'hasWhatsapp',
  'messagingOptOut',
  'erasedAt',
  'completedOrders',
  'createdAt',
  AVAILABLE_ACTIONS,
  { orders: ['id', 'externalRef', 'status', 'deviceModel', 'quotedPrice', 'finalPrice', 'createdAt'] },
];

const CustomerTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{translate('cx.customers.show_title', { name: record?.name ?? '' })}</>;
};

/** react-admin's create-with-source convention: the case form starts with this customer chosen. */
export const newCasePath = (customerId: string) => `/SupportCase/create?source=${encodeURIComponent(JSON.stringify({ customerId }))}`;

function CustomerHeader() {
  const r = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  if (!r) return null;
  return (
    <Card>
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} justifyContent="space-between" alignItems={{ sm: 'flex-start' }}>
          <Box>
            <Typography variant="h5" component="h2" data-testid="customer-name">
              {r.name}
            </Typography>
            <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap sx={{ mt: 0.5 }}>
              <Typography variant="body2">
                <PhoneField />
              </Typography>
              {r.email && (
                <Typography variant="body2">
                  <MuiLink href={`mailto:${r.email}`}>{r.email}</MuiLink>
                </Typography>
              )}
              <Typography variant="body2" color="text.secondary">
                {translate('cx.customers.since', { day: formatDay(r.createdAt) })}
              </Typography>
            </Stack>
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mt: 1 }} data-testid="customer-flags">
              <Chip size="small" label={translate('cx.customer.completed_orders', { smart_count: r.completedOrders ?? 0 })} />
              {r.corporate && <Chip size="small" color="primary" label={translate('cx.customers.corporate')} />}
              {r.messagingOptOut ? (
                <Chip size="small" color="warning" label={translate('cx.customers.opted_out')} />
              ) : (
                <Chip size="small" variant="outlined" label={translate('cx.customers.messages_on')} />
              )}
              {!r.hasWhatsapp && <Chip size="small" variant="outlined" label={translate('cx.customers.no_whatsapp')} />}
              {r.erasedAt && <Chip size="small" color="error" label={translate('cx.customers.erased_at', { when: formatWhen(r.erasedAt) })} />}
            </Stack>
          </Box>
          {can(permissions, 'openCase') && (
            <Button component={Link} to={newCasePath(String(r.id))} variant="contained" startIcon={<AddIcon />} sx={{ flexShrink: 0 }}>
              {translate('cx.customers.new_case')}
            </Button>
          )}
        </Stack>
        <Box sx={{ mt: 2 }}>
          <CustomerActions />
        </Box>
      </CardContent>
    </Card>
  );
}

function Orders() {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby="customer-orders">
      <CardContent>
        <Typography id="customer-orders" variant="h6" component="h2" gutterBottom>
          {translate('resources.Customer.fields.orders')}
        </Typography>
        {/* Newest first, as the API lists them. */}
        <ArrayField source="orders">
          <DataTable
            bulkActionButtons={false}
            rowClick={(id) => `/Order/${id}/show`}
            empty={<EmptyState title="cx.customers.no_orders.title" text="cx.customers.no_orders.text" />}
          >
            <DataTable.Col source="externalRef" label="resources.Order.fields.externalRef" disableSort />
            <DataTable.Col source="status" disableSort>
              <EnumChipField source="status" />
            </DataTable.Col>
            <DataTable.Col source="deviceModel" label="resources.Order.fields.deviceModel" disableSort />
            {/* The final price once inspection set one, else the quote (most orders keep it). */}
            <DataTable.Col source="finalPrice" label="cx.customers.price" align="right" disableSort render={(o) => formatRupees(o.finalPrice ?? o.quotedPrice)} />
            <DataTable.Col source="createdAt" label="resources.Order.fields.createdAt" disableSort>
              <WhenField source="createdAt" />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
      </CardContent>
    </Card>
  );
}

function Customer360() {
  const r = useRecordContext();
  if (!r) return null;
  return (
    <Stack spacing={2} sx={{ mt: 1 }}>
      <CustomerHeader />
      <CustomerTimeline customerId={String(r.id)} />
      <Orders />
    </Stack>
  );
}

export const CustomerShow = () => (
  <Show title={<CustomerTitle />} queryOptions={{ meta: { sparseFields: SHOW_FIELDS } }} component="div">
    <Customer360 />
  </Show>
);
