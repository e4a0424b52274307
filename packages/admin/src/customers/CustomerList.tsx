import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { PhoneField } from '../common/PhoneLink';
import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';

// Not `orders`: the list needs only the count, which the API computes.
const LIST_FIELDS = ['id', 'name', 'phone', 'phoneUri', 'corporate', 'completedOrders'];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name, phone or email" />,
  <NullableBooleanInput key="corporate" source="corporate" />,
];

export const CustomerList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} queryOptions={{ meta: { sparseFields: LIST_FIELDS } }} actions={<ListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false} empty={<EmptyState title="No customer matches" text="Search by name, phone or e-mail, or clear the filters." />}>
      <DataTable.Col source="name" />
      <DataTable.Col source="phone">
        <PhoneField />
      </DataTable.Col>
      <DataTable.Col source="corporate" field={BooleanField} />
      <DataTable.NumberCol source="completedOrders" label="Completed orders" disableSort />
    </DataTable>
  </List>
);
