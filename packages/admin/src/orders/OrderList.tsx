import { AutocompleteInput, DataTable, DateInput, List, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField, RUPEES, WhenField } from '../common/fields';
import { enumChoices } from '../schema';

// Only what the table shows; ra-data-graphql-simple would otherwise fetch every field of Order,
// and only the id of linked resources such as customer.
const LIST_FIELDS = [
  'id',
  'externalRef',
  'status',
  { customer: ['id', 'name'] },
  // Finance reconciles payments: who bought it, under which payment reference, when it was paid.
  { vendor: ['id', 'name'] },
  'paymentReference',
  'completedAt',
  'deviceModel',
  'quotedPrice',
  'finalPrice',
  'createdAt',
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Ref, device, customer name or phone" />,
  <SelectInput key="status" source="status" choices={enumChoices('OrderStatus')} alwaysOn />,
  <ReferenceInput key="vendorId" source="vendorId" reference="Vendor" sort={{ field: 'name', order: 'ASC' }} queryOptions={{ meta: { sparseFields: ['id', 'name'] } }}>
    <AutocompleteInput label="Vendor" optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <TextInput key="paymentReference" source="paymentReference" label="Payment reference" />,
  // India days, as every day filter (dataProvider): "before" the day after is the last day included.
  <DateInput key="completedFrom" source="completedFrom" label="Completed from" />,
  <DateInput key="completedTo" source="completedTo" label="Completed before" />,
];

export const OrderList = () => (
  <List
    filters={filters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
    actions={<ListActions />}
    empty={<EmptyState title="No orders yet" text="Orders arrive from the storefront through createOrder (API key with ORDERS_WRITE)." />}
  >
    <DataTable
      rowClick="show"
      bulkActionButtons={false}
      empty={<EmptyState title="No order matches" text="Search by ref, device, customer name or phone, or clear the status filter." />}
    >
      <DataTable.Col source="externalRef" label="Ref" />
      <DataTable.Col source="status">
        <EnumChipField source="status" />
      </DataTable.Col>
      <DataTable.Col source="customer.name" label="Customer" disableSort />
      <DataTable.Col source="vendor.name" label="Vendor" disableSort render={(r) => r.vendor?.name ?? '—'} />
      <DataTable.Col source="paymentReference" label="Payment ref" disableSort render={(r) => r.paymentReference ?? '—'} />
      <DataTable.Col source="completedAt" label="Completed">
        <WhenField source="completedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="deviceModel" label="Device" />
      <DataTable.NumberCol source="quotedPrice" label="Quoted" locales="en-IN" options={RUPEES} />
      <DataTable.NumberCol source="finalPrice" label="Final" locales="en-IN" options={RUPEES} />
      <DataTable.Col source="createdAt" label="Created">
        <WhenField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
