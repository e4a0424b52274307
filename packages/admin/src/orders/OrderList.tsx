import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
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
  'deviceModel',
  'quotedPrice',
  'finalPrice',
  'createdAt',
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Ref, device, customer name or phone" />,
  <SelectInput key="status" source="status" choices={enumChoices('OrderStatus')} alwaysOn />,
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
      <DataTable.Col source="deviceModel" label="Device" />
      <DataTable.NumberCol source="quotedPrice" label="Quoted" locales="en-IN" options={RUPEES} />
      <DataTable.NumberCol source="finalPrice" label="Final" locales="en-IN" options={RUPEES} />
      <DataTable.Col source="createdAt" label="Created">
        <WhenField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
