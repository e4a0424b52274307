import { Stack, Tooltip, Typography } from '@mui/material';
import { DataTable, List, SearchInput, SelectArrayInput, TextInput, useRecordContext } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField } from '../common/fields';
import { enumChoices } from '../schema';
import { TopPerformerBadge } from './TopPerformerBadge';

/** Every scorecard figure (shared by the list and the vendor page). */
export const SCORECARD_FIELDS = [
  'compositeScore', 'avgOverall', 'avgBehaviour', 'avgProfessionalism', 'avgTimeliness', 'ratingsCount',
  'ordersCompleted', 'complaintsLast30Days', 'slaViolationsLast30Days', 'topPerformer',
];

const LIST_FIELDS = [
  'id',
  'name',
  'city',
  'status',
  {
    scorecard: SCORECARD_FIELDS,
  },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or city" />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('VendorStatus')} alwaysOn sx={{ minWidth: 200 }} />,
  <TextInput key="city" source="city" />,
];

const fmt = (v: unknown, digits = 1) => (typeof v === 'number' ? v.toFixed(digits) : '—');

/** A scorecard figure; complaints and SLA violations turn red when there are any. */
function Figure({ name, digits = 1, alarm }: { name: string; digits?: number; alarm?: boolean }) {
  const record = useRecordContext();
  const v: unknown = record?.scorecard?.[name];
  const red = alarm && typeof v === 'number' && v > 0;
  return (
    <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', color: red ? 'error.main' : undefined, fontWeight: red ? 600 : undefined }}>
      {typeof v === 'number' && digits === 0 ? v : fmt(v, digits)}
    </Typography>
  );
}

function NameCell() {
  const record = useRecordContext();
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <span>{record?.name}</span>
      <TopPerformerBadge />
    </Stack>
  );
}

const head = (label: string, hint: string) => (
  <Tooltip title={hint}>
    <span>{label}</span>
  </Tooltip>
);

// Listed through allVendorScorecards (see dataProvider/index.ts): every figure sorts server-side,
// so a column's source is the API's sort field and its cell reads record.scorecard.
export const VendorList = () => (
  <List
    filters={filters}
    sort={{ field: 'compositeScore', order: 'DESC' }}
    queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
    actions={<ListActions />}
    empty={<EmptyState title="No vendors yet" text="Add the vendors that pick up devices with “Create”; their scorecards fill in as customers rate orders." />}
  >
    <DataTable
      rowClick="show"
      bulkActionButtons={false}
      size="small"
      // Thirteen columns must fit 1366 px: tighter cells than the default.
      sx={{ '& .MuiTableCell-root': { px: 1 } }}
      empty={<EmptyState title="No vendor matches" text="Change or clear the filters." />}
    >
      <DataTable.Col source="name">
        <NameCell />
      </DataTable.Col>
      <DataTable.Col source="city" />
      <DataTable.Col source="status">
        <EnumChipField source="status" />
      </DataTable.Col>
      <DataTable.Col source="compositeScore" label={head('Score', 'Composite 0–100')} align="right">
        <Figure name="compositeScore" />
      </DataTable.Col>
      <DataTable.Col source="avgOverall" label={head('Overall', 'Average order rating, 1–5')} align="right">
        <Figure name="avgOverall" />
      </DataTable.Col>
      <DataTable.Col source="avgBehaviour" label={head('Behav.', 'Average behaviour sub-rating')} align="right">
        <Figure name="avgBehaviour" />
      </DataTable.Col>
      <DataTable.Col source="avgProfessionalism" label={head('Prof.', 'Average professionalism sub-rating')} align="right">
        <Figure name="avgProfessionalism" />
      </DataTable.Col>
      <DataTable.Col source="avgTimeliness" label={head('Timel.', 'Average timeliness sub-rating')} align="right">
        <Figure name="avgTimeliness" />
      </DataTable.Col>
      <DataTable.Col source="ratingsCount" label="Ratings" align="right">
        <Figure name="ratingsCount" digits={0} />
      </DataTable.Col>
      <DataTable.Col source="ordersCompleted" label={head('Orders', 'Orders completed')} align="right">
        <Figure name="ordersCompleted" digits={0} />
      </DataTable.Col>
      <DataTable.Col source="complaintsLast30Days" label={head('Compl. 30d', 'Vendor complaints in the last 30 days')} align="right">
        <Figure name="complaintsLast30Days" digits={0} alarm />
      </DataTable.Col>
      <DataTable.Col source="slaViolationsLast30Days" label={head('SLA 30d', 'Missed pickups and delays in the last 30 days')} align="right">
        <Figure name="slaViolationsLast30Days" digits={0} alarm />
      </DataTable.Col>
    </DataTable>
  </List>
);
