import {
  ArrayField,
  DataTable,
  DateField,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { EnumChipField, RupeeField } from '../common/fields';

const SHOW_FIELDS = [
  'id',
  'externalRef',
  'status',
  'deviceCategory',
  'deviceModel',
  'quotedPrice',
  'finalPrice',
  'pincode',
  'paymentReference',
  'createdAt',
  'updatedAt',
  'completedAt',
  { customer: ['id', 'name', 'phone', 'corporate'] },
  { vendor: ['id', 'name', 'city'] },
  { timeline: ['id', 'at', 'action', 'actorType', 'actorLabel', 'rule'] },
];

const OrderTitle = () => {
  const record = useRecordContext();
  return <>Order {record?.externalRef ?? ''}</>;
};

export const OrderShow = () => (
  <Show title={<OrderTitle />} queryOptions={{ meta: { sparseFields: SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="externalRef" label="Ref" />
      <Labeled label="Status">
        <EnumChipField source="status" />
      </Labeled>
      <TextField source="customer.name" label="Customer" />
      <TextField source="customer.phone" label="Phone" />
      <TextField source="deviceModel" label="Device" />
      <TextField source="deviceCategory" label="Category" />
      <TextField source="vendor.name" label="Vendor" emptyText="Not assigned" />
      <RupeeField source="quotedPrice" label="Quoted price" />
      <RupeeField source="finalPrice" label="Final price" emptyText="—" />
      <TextField source="pincode" emptyText="—" />
      <TextField source="paymentReference" emptyText="—" />
      <DateField source="createdAt" showTime />
      <DateField source="completedAt" showTime emptyText="—" />
      <ArrayField source="timeline">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="at" label="When" disableSort>
            <DateField source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="action" disableSort />
          <DataTable.Col source="actorLabel" label="By" disableSort />
          <DataTable.Col source="rule" disableSort />
        </DataTable>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
