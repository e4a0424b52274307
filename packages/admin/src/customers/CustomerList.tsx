import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { PhoneField } from '../common/PhoneLink';
import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, useTranslate } from 'react-admin';

// Not `orders`: the list needs only the count, which the API computes.
const LIST_FIELDS = ['id', 'name', 'phone', 'phoneUri', 'corporate', 'completedOrders'];

const filters = (search: string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={search} />,
  <NullableBooleanInput key="corporate" source="corporate" />,
];

export function CustomerList() {
  const translate = useTranslate();
  return (
  <List filters={filters(translate('cx.customers.search'))} sort={{ field: 'createdAt', order: 'DESC' }} queryOptions={{ meta: { sparseFields: LIST_FIELDS } }} actions={<ListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false} empty={<EmptyState title="cx.customers.no_match.title" text="cx.customers.no_match.text" />}>
      <DataTable.Col source="name" />
      <DataTable.Col source="phone">
        <PhoneField />
      </DataTable.Col>
      <DataTable.Col source="corporate" field={BooleanField} />
      <DataTable.NumberCol source="completedOrders" disableSort />
    </DataTable>
  </List>
  );
}
