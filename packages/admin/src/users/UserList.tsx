import { BooleanField, DataTable, DateField, List, SearchInput, SelectInput, TextArrayField } from 'react-admin';
import { enumChoices } from '../schema';

const LIST_FIELDS = ['id', 'email', 'name', 'roles', 'active', 'lastLoginAt'];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('Role')} alwaysOn />,
];

export const UserList = () => (
  <List filters={filters} sort={{ field: 'email', order: 'ASC' }} queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="email" />
      <DataTable.Col source="name" />
      <DataTable.Col source="roles" disableSort>
        <TextArrayField source="roles" />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} disableSort />
      <DataTable.Col source="lastLoginAt" label="Last sign-in">
        <DateField source="lastLoginAt" showTime emptyText="Never" />
      </DataTable.Col>
    </DataTable>
  </List>
);
