import { BooleanField, DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { ListActions } from '../common/ExportButton';
import { WhenField, EnumChipsField } from '../common/fields';
import { enumChoices } from '../schema';

const LIST_FIELDS = ['id', 'email', 'name', 'roles', 'active', 'lastLoginAt'];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('Role')} alwaysOn />,
];

export const UserList = () => (
  <List filters={filters} sort={{ field: 'email', order: 'ASC' }} queryOptions={{ meta: { sparseFields: LIST_FIELDS } }} actions={<ListActions />}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="email" />
      <DataTable.Col source="name" />
      <DataTable.Col source="roles" disableSort>
        <EnumChipsField source="roles" />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} disableSort />
      <DataTable.Col source="lastLoginAt">
        <WhenField source="lastLoginAt" emptyText="cx.never" />
      </DataTable.Col>
    </DataTable>
  </List>
);
