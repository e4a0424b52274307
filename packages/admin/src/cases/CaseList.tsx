// The case desk's queue (K1–K6): every case of the caller's teams (the API scopes the list), its
// two SLA clocks live, the saved views as the API's SupportCaseFilter fields (so the server decides
// what is mine, due soon or breached), and bulk Assign for those who may assign.
import { Box, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import {
  DataTable,
  List,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField, WhenField } from '../common/fields';
import { enumChoices } from '../schema';
import { BulkAssignCasesButton } from './BulkAssignCasesButton';
import { CaseClocks } from './CaseClocks';
import { TakeCaseButton } from './CaseActions';

const LIST_FIELDS = [
  'id',
  // Sent back by "Assign to me" (expectedVersion), which shows when the API offers ASSIGN_TO_ME.
  'version',
  AVAILABLE_ACTIONS,
  'number',
  'type',
  'subject',
  'status',
  'priority',
  'team',
  'createdAt',
  'firstResponseDueAt',
  'firstRespondedAt',
  'resolutionDueAt',
  'resolvedAt',
  'slaBreached',
  'slaPausedAt',
  { customer: ['id', 'name'] },
  { order: ['id', 'externalRef'] },
  { assignee: ['id', 'name'] },
];

/** Open work: resolved and closed cases are one filter change away. */
const ACTIVE = ['OPEN', 'PENDING_CUSTOMER', 'PENDING_INTERNAL', 'ESCALATED'];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="cx.cases.search" />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('CaseStatus')} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectArrayInput key="type" source="type" choices={enumChoices('CaseType')} alwaysOn sx={{ minWidth: 160 }} />,
  <SelectArrayInput key="priority" source="priority" choices={enumChoices('CasePriority')} sx={{ minWidth: 160 }} />,
  <SelectInput key="team" source="team" choices={enumChoices('Team')} />,
];

/**
 * The saved views, each a whole set of the view fields below; the other filters (type, team, q)
 * stay as they are when the view changes.
 */
const VIEWS = {
  all: { label: 'cx.cases.views.all', filter: { status: ACTIVE } },
  mine: { label: 'cx.cases.views.mine', filter: { status: ACTIVE, assignedToMe: true } },
  unassigned: { label: 'cx.cases.views.unassigned', filter: { status: ACTIVE, unassigned: true } },
  dueSoon: { label: 'cx.cases.views.due_soon', filter: { dueSoon: true } },
  breached: { label: 'cx.cases.views.breached', filter: { status: ACTIVE, slaBreached: true } },
  pendingCustomer: { label: 'cx.cases.views.pending_customer', filter: { status: ['PENDING_CUSTOMER'] } },
} as const;
type View = keyof typeof VIEWS;
const VIEW_KEYS = ['status', 'assignedToMe', 'unassigned', 'dueSoon', 'slaBreached'];

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b;

function SavedViews() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const set = VIEW_KEYS.filter((k) => filterValues[k] != null && filterValues[k] !== '' && !(Array.isArray(filterValues[k]) && filterValues[k].length === 0));
  const current = (Object.keys(VIEWS) as View[]).find((v) => {
    const want = VIEWS[v].filter as Record<string, unknown>;
    return set.length === Object.keys(want).length && set.every((k) => same(filterValues[k], want[k]));
  });
  const choose = (view: View) => {
    const rest = Object.fromEntries(Object.entries(filterValues).filter(([k]) => !VIEW_KEYS.includes(k)));
    setFilters({ ...rest, ...VIEWS[view].filter }, displayedFilters);
  };
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={current ?? null}
      onChange={(_, v: View | null) => v && choose(v)}
      aria-label={translate('cx.cases.views.label')}
      sx={{ flexWrap: 'wrap', px: { xs: 1, sm: 2 }, pt: 1 }}
    >
      {(Object.keys(VIEWS) as View[]).map((v) => (
        <ToggleButton key={v} value={v}>
          {translate(VIEWS[v].label)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

/** The number over the subject: what a person reads first. */
function CaseCell() {
  const r = useRecordContext();
  if (!r) return null;
  return (
    <Box sx={{ maxWidth: 280 }}>
      <Typography variant="body2" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
        {r.number}
      </Typography>
      <Typography variant="body2" color="text.secondary" noWrap title={r.subject}>
        {r.subject}
      </Typography>
    </Box>
  );
}

function CustomerCell() {
  const r = useRecordContext();
  if (!r) return null;
  return (
    <Box>
      <Typography variant="body2">{r.customer?.name}</Typography>
      {r.order && (
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {r.order.externalRef}
        </Typography>
      )}
    </Box>
  );
}

function AssigneeCell() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack alignItems="flex-start">
      <Typography variant="body2">{r.assignee?.name ?? translate('cx.cases.unassigned')}</Typography>
      <TakeCaseButton size="small" />
    </Stack>
  );
}

const empty = <EmptyState title="cx.cases.empty.title" text="cx.cases.empty.text" />;
const noMatch = <EmptyState title="cx.cases.no_match.title" text="cx.cases.no_match.text" />;

export const CaseList = () => (
  <List
    filters={filters}
    filterDefaultValues={VIEWS.all.filter}
    sort={{ field: 'firstResponseDueAt', order: 'ASC' }}
    // Customers write in at any time: the queue refetches every 30 s.
    queryOptions={{ meta: { sparseFields: LIST_FIELDS }, refetchInterval: 30_000 }}
    actions={<ListActions />}
    empty={empty}
  >
    <SavedViews />
    <DataTable rowClick="show" bulkActionButtons={<BulkAssignCasesButton />} empty={noMatch}>
      <DataTable.Col source="number" label="resources.SupportCase.fields.number">
        <CaseCell />
      </DataTable.Col>
      <DataTable.Col source="type">
        <EnumChipField source="type" />
      </DataTable.Col>
      <DataTable.Col source="customer.name" label="cx.cases.customer_order" disableSort>
        <CustomerCell />
      </DataTable.Col>
      <DataTable.Col source="status">
        <EnumChipField source="status" />
      </DataTable.Col>
      <DataTable.Col source="priority">
        <EnumChipField source="priority" />
      </DataTable.Col>
      <DataTable.Col source="team">
        <EnumChipField source="team" />
      </DataTable.Col>
      <DataTable.Col source="assignee.name" label="resources.SupportCase.fields.assignee" disableSort>
        <AssigneeCell />
      </DataTable.Col>
      <DataTable.Col source="firstResponseDueAt" label="cx.cases.clocks">
        <CaseClocks />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <WhenField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
