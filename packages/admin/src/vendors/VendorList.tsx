import { DataTable, List, NumberField, SearchInput, SelectInput } from 'react-admin';
import { EnumChipField } from '../common/fields';
import { enumChoices } from '../schema';

const LIST_FIELDS = ['id', 'name', 'city', 'status', { scorecard: ['compositeScore'] }];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or city" />,
  <SelectInput key="status" source="status" choices={enumChoices('VendorStatus')} alwaysOn />,
];

export const VendorList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="city" />
      <DataTable.Col source="status">
        <EnumChipField source="status" />
      </DataTable.Col>
      {/* Computed per vendor by the API, so not sortable. */}
      <DataTable.Col source="scorecard.compositeScore" label="Score" align="right" disableSort>
        <NumberField source="scorecard.compositeScore" options={{ maximumFractionDigits: 1 }} emptyText="No ratings" />
      </DataTable.Col>
    </DataTable>
  </List>
);
