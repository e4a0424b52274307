import {
  ArrayField,
  BooleanField,
  DataTable,
  DateField,
  Labeled,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { EnumChipField } from '../common/fields';

const SHOW_FIELDS = [
  'id',
  'name',
  'city',
  'status',
  'statusReason',
  'createdAt',
  {
    scorecard: [
      'compositeScore',
      'avgOverall',
      'ratingsCount',
      'ordersCompleted',
      'complaintsLast30Days',
      'slaViolationsLast30Days',
      'topPerformer',
    ],
  },
  { actions: ['at', 'kind', 'reason', 'automatic', { by: ['id', 'name'] }] },
];

const VendorTitle = () => {
  const record = useRecordContext();
  return <>Vendor {record?.name ?? ''}</>;
};

const ONE_DECIMAL = { maximumFractionDigits: 1 };

export const VendorShow = () => (
  <Show title={<VendorTitle />} queryOptions={{ meta: { sparseFields: SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="city" emptyText="—" />
      <Labeled label="Status">
        <EnumChipField source="status" />
      </Labeled>
      <TextField source="statusReason" emptyText="—" />
      <NumberField source="scorecard.compositeScore" label="Composite score (0–100)" options={ONE_DECIMAL} emptyText="No ratings yet" />
      <NumberField source="scorecard.avgOverall" label="Average rating" options={ONE_DECIMAL} emptyText="—" />
      <NumberField source="scorecard.ratingsCount" label="Ratings" />
      <NumberField source="scorecard.ordersCompleted" label="Orders completed" />
      <NumberField source="scorecard.complaintsLast30Days" label="Complaints (30 days)" />
      <NumberField source="scorecard.slaViolationsLast30Days" label="SLA violations (30 days)" />
      <BooleanField source="scorecard.topPerformer" label="Top performer" />
      <DateField source="createdAt" />
      <ArrayField source="actions" label="Status history">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<>No holds or reinstatements.</>}>
          <DataTable.Col source="at" label="When" disableSort>
            <DateField source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="kind" disableSort />
          <DataTable.Col source="reason" disableSort />
          <DataTable.Col source="by.name" label="By" disableSort render={(a) => a.by?.name ?? (a.automatic ? 'Automatic' : '—')} />
        </DataTable>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
