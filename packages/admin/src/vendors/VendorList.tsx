import { Stack, Tooltip } from '@mui/material';
import { DataTable, List, SearchInput, SelectArrayInput, TextInput, useRecordContext, useTranslate, type TranslateFunction } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField } from '../common/fields';
import { enumChoices } from '../schema';
import { ScorecardFigure } from './ScorecardFigure';
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

const filters = (translate: TranslateFunction) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('cx.vendors.search')} />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('VendorStatus')} alwaysOn sx={{ minWidth: 200 }} />,
  <TextInput key="city" source="city" />,
];

function NameCell() {
  const record = useRecordContext();
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <span>{record?.name}</span>
      <TopPerformerBadge />
    </Stack>
  );
}

/** A column's short heading with its meaning on hover: cx.vendors.columns.<source>.label / .hint. */
function Head({ source }: { source: string }) {
  const translate = useTranslate();
  return (
    <Tooltip title={translate(`cx.vendors.columns.${source}.hint`)}>
      <span>{translate(`cx.vendors.columns.${source}.label`)}</span>
    </Tooltip>
  );
}
const head = (source: string) => <Head source={source} />;

// Listed through allVendorScorecards (see dataProvider/index.ts): every figure sorts server-side,
// so a column's source is the API's sort field and its cell reads record.scorecard.
export function VendorList() {
  const translate = useTranslate();
  return (
  <List
    filters={filters(translate)}
    sort={{ field: 'compositeScore', order: 'DESC' }}
    queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
    actions={<ListActions />}
    empty={<EmptyState title="cx.vendors.empty.title" text="cx.vendors.empty.text" />}
  >
    <DataTable
      rowClick="show"
      bulkActionButtons={false}
      size="small"
      // Thirteen columns must fit 1366 px: tighter cells than the default.
      sx={{ '& .MuiTableCell-root': { px: 1 } }}
      empty={<EmptyState title="cx.vendors.no_match.title" text="cx.vendors.no_match.text" />}
    >
      <DataTable.Col source="name">
        <NameCell />
      </DataTable.Col>
      <DataTable.Col source="city" />
      <DataTable.Col source="status">
        <EnumChipField source="status" />
      </DataTable.Col>
      <DataTable.Col source="compositeScore" label={head('compositeScore')} align="right">
        <ScorecardFigure name="compositeScore" variant="body2" />
      </DataTable.Col>
      <DataTable.Col source="avgOverall" label={head('avgOverall')} align="right">
        <ScorecardFigure name="avgOverall" variant="body2" />
      </DataTable.Col>
      <DataTable.Col source="avgBehaviour" label={head('avgBehaviour')} align="right">
        <ScorecardFigure name="avgBehaviour" variant="body2" />
      </DataTable.Col>
      <DataTable.Col source="avgProfessionalism" label={head('avgProfessionalism')} align="right">
        <ScorecardFigure name="avgProfessionalism" variant="body2" />
      </DataTable.Col>
      <DataTable.Col source="avgTimeliness" label={head('avgTimeliness')} align="right">
        <ScorecardFigure name="avgTimeliness" variant="body2" />
      </DataTable.Col>
      <DataTable.Col source="ratingsCount" align="right">
        <ScorecardFigure name="ratingsCount" variant="body2" />
      </DataTable.Col>
      <DataTable.Col source="ordersCompleted" label={head('ordersCompleted')} align="right">
        <ScorecardFigure name="ordersCompleted" variant="body2" />
      </DataTable.Col>
      <DataTable.Col source="complaintsLast30Days" label={head('complaintsLast30Days')} align="right">
        <ScorecardFigure name="complaintsLast30Days" variant="body2" />
      </DataTable.Col>
      <DataTable.Col source="slaViolationsLast30Days" label={head('slaViolationsLast30Days')} align="right">
        <ScorecardFigure name="slaViolationsLast30Days" variant="body2" />
      </DataTable.Col>
    </DataTable>
  </List>
  );
}
