import { Typography } from '@mui/material';
import { ArrayField, BooleanField, DataTable, EmailField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EmptyState } from '../common/EmptyState';
import { DayField, EnumChipField, Stars, WhenField } from '../common/fields';
import { formatRupees } from '../common/format';
import { PhoneField } from '../common/PhoneLink';
import { CustomerActions } from './CustomerActions';

// The history comes through the customer's orders, each field as the caller may read it: FINANCE
// reads the orders but gets no feedback or escalations (the API answers [] for those).
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
  {
    orders: [
      'id',
      'externalRef',
      'status',
      'deviceModel',
      'quotedPrice',
      'finalPrice',
      'createdAt',
      { feedback: ['id', 'rating', 'comment', 'touchpoint', 'createdAt'] },
      { escalations: ['id', 'status', 'team', 'category', 'createdAt'] },
    ],
  },
];

interface HistoryOrder {
  id: string;
  externalRef: string;
  feedback?: { id: string; rating: number; comment: string | null; touchpoint: string; createdAt: string }[];
  escalations?: { id: string; status: string; team: string; category: string | null; createdAt: string }[];
}

const CustomerTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{translate('cx.customers.show_title', { name: record?.name ?? '' })}</>;
};

/** Their answers and escalations across all their orders, newest first. */
function CustomerHistory() {
  const record = useRecordContext();
  const orders: HistoryOrder[] = record?.orders ?? [];
  const translate = useTranslate();
  const byNewest = <T extends { createdAt: string }>(rows: T[]) => [...rows].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const feedback = byNewest(orders.flatMap((o) => (o.feedback ?? []).map((f) => ({ ...f, externalRef: o.externalRef }))));
  const escalations = byNewest(orders.flatMap((o) => (o.escalations ?? []).map((e) => ({ ...e, externalRef: o.externalRef }))));
  return (
    <>
      <Labeled label="cx.customers.feedback">
        <ArrayField source="_feedback" record={{ id: 'feedback', _feedback: feedback }}>
          <DataTable bulkActionButtons={false} empty={<Typography variant="body2">{translate('cx.customers.no_feedback')}</Typography>}>
            <DataTable.Col source="externalRef" label="cx.customers.order" disableSort />
            <DataTable.Col source="rating" disableSort render={(f) => <Stars rating={f.rating} />} />
            <DataTable.Col source="touchpoint" disableSort>
              <EnumChipField source="touchpoint" />
            </DataTable.Col>
            <DataTable.Col source="comment" disableSort />
            <DataTable.Col source="createdAt" label="cx.customers.when" disableSort>
              <WhenField source="createdAt" />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
      </Labeled>
      <Labeled label="cx.customers.escalations">
        <ArrayField source="_escalations" record={{ id: 'escalations', _escalations: escalations }}>
          <DataTable bulkActionButtons={false} rowClick={(id) => `/Escalation/${id}/show`} empty={<Typography variant="body2">{translate('cx.customers.no_escalations')}</Typography>}>
            <DataTable.Col source="externalRef" label="cx.customers.order" disableSort />
            <DataTable.Col source="status" disableSort>
              <EnumChipField source="status" />
            </DataTable.Col>
            <DataTable.Col source="team" disableSort>
              <EnumChipField source="team" />
            </DataTable.Col>
            <DataTable.Col source="category" disableSort>
              <EnumChipField source="category" />
            </DataTable.Col>
            <DataTable.Col source="createdAt" label="resources.Escalation.fields.createdAt" disableSort>
              <WhenField source="createdAt" />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
      </Labeled>
    </>
  );
}

export const CustomerShow = () => (
  <Show title={<CustomerTitle />} queryOptions={{ meta: { sparseFields: SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <CustomerActions />
      <TextField source="name" />
      <Labeled label="resources.Customer.fields.phone">
        <PhoneField />
      </Labeled>
      <EmailField source="email" emptyText="—" />
      <BooleanField source="corporate" />
      <BooleanField source="hasWhatsapp" />
      <BooleanField source="messagingOptOut" />
      <WhenField source="erasedAt" emptyText="—" />
      <TextField source="completedOrders" />
      <DayField source="createdAt" />
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
      <CustomerHistory />
    </SimpleShowLayout>
  </Show>
);
