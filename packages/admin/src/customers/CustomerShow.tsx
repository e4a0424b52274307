import { ArrayField, BooleanField, DataTable, DateField, EmailField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { EnumChipField, RUPEES } from '../common/fields';

const SHOW_FIELDS = [
  'id',
  'name',
  'phone',
  'email',
  'corporate',
  'hasWhatsapp',
  'completedOrders',
  'createdAt',
  { orders: ['id', 'externalRef', 'status', 'deviceModel', 'quotedPrice', 'finalPrice', 'createdAt'] },
];

const CustomerTitle = () => {
  const record = useRecordContext();
  return <>Customer {record?.name ?? ''}</>;
};

export const CustomerShow = () => (
  <Show title={<CustomerTitle />} queryOptions={{ meta: { sparseFields: SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="phone" />
      <EmailField source="email" emptyText="—" />
      <BooleanField source="corporate" />
      <BooleanField source="hasWhatsapp" label="WhatsApp" />
      <TextField source="completedOrders" label="Completed orders" />
      <DateField source="createdAt" label="Customer since" />
      <ArrayField source="orders">
        <DataTable
          bulkActionButtons={false}
          rowClick={(id) => `/Order/${id}/show`}
          empty={<EmptyState title="No orders" text="This customer has no orders yet." />}
        >
          <DataTable.Col source="externalRef" label="Ref" disableSort />
          <DataTable.Col source="status" disableSort>
            <EnumChipField source="status" />
          </DataTable.Col>
          <DataTable.Col source="deviceModel" label="Device" disableSort />
          <DataTable.NumberCol source="finalPrice" label="Final" locales="en-IN" options={RUPEES} disableSort />
          <DataTable.Col source="createdAt" label="Created" disableSort>
            <DateField source="createdAt" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
