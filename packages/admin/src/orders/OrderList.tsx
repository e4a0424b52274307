import { AutocompleteInput, DataTable, DateInput, List, ReferenceInput, SearchInput, SelectInput, TextInput, useTranslate, type TranslateFunction } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField, WhenField } from '../common/fields';
import { NUMBER_LOCALE, RUPEES } from '../common/format';
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

const filters = (translate: TranslateFunction) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('cx.orders.search')} />,
  <SelectInput key="status" source="status" choices={enumChoices('OrderStatus')} alwaysOn />,
  <ReferenceInput key="vendorId" source="vendorId" reference="Vendor" sort={{ field: 'name', order: 'ASC' }} queryOptions={{ meta: { sparseFields: ['id', 'name'] } }}>
    <AutocompleteInput label="cx.orders.vendor" optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <TextInput key="paymentReference" source="paymentReference" label="resources.Order.fields.paymentReference" />,
  // India days, as every day filter (dataProvider): "before" the day after is the last day included.
  <DateInput key="completedFrom" source="completedFrom" label="cx.orders.completed_from" />,
  <DateInput key="completedTo" source="completedTo" label="cx.orders.completed_before" />,
];

export function OrderList() {
  const translate = useTranslate();
  return (
  <List
    filters={filters(translate)}
    sort={{ field: 'createdAt', order: 'DESC' }}
    queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
    actions={<ListActions />}
    empty={<EmptyState title="cx.orders.empty.title" text="cx.orders.empty.text" />}
  >
    <DataTable
      rowClick="show"
      bulkActionButtons={false}
      empty={<EmptyState title="cx.orders.no_match.title" text="cx.orders.no_match.text" />}
    >
      <DataTable.Col source="externalRef" />
      <DataTable.Col source="status">
        <EnumChipField source="status" />
      </DataTable.Col>
      <DataTable.Col source="customer.name" label="cx.orders.customer" disableSort />
      <DataTable.Col source="vendor.name" label="cx.orders.vendor" disableSort render={(r) => r.vendor?.name ?? '—'} />
      <DataTable.Col source="paymentReference" label="cx.orders.payment_ref" disableSort render={(r) => r.paymentReference ?? '—'} />
      <DataTable.Col source="completedAt">
        <WhenField source="completedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="deviceModel" />
      <DataTable.NumberCol source="quotedPrice" locales={NUMBER_LOCALE} options={RUPEES} />
      <DataTable.NumberCol source="finalPrice" locales={NUMBER_LOCALE} options={RUPEES} />
      <DataTable.Col source="createdAt">
        <WhenField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
  );
}
