import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import {
  DataTable,
  List,
  NullableBooleanInput,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  useListContext,
} from 'react-admin';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField, WhenField } from '../common/fields';
import { enumChoices } from '../schema';
import { AssignToMeButton } from './AssignToMeButton';
import { SlaCountdown } from './SlaCountdown';

const LIST_FIELDS = [
  'id',
  // Sent back by "Assign to me" (expectedVersion), which shows when the API offers ASSIGN_TO_ME.
  'version',
  AVAILABLE_ACTIONS,
  'status',
  'team',
  'category',
  'createdAt',
  'firstContactDueAt',
  'firstContactAt',
  'firstContactPending',
  'slaBreached',
  { assignee: ['id', 'name'] },
  { order: ['id', 'externalRef', { customer: ['id', 'name'] }, { vendor: ['id', 'name'] }] },
  { feedback: ['id', 'rating', 'comment'] },
];

const filters = [
  <SelectArrayInput key="status" source="status" choices={enumChoices('EscalationStatus')} alwaysOn sx={{ minWidth: 220 }} />,
  <SelectArrayInput key="team" source="team" choices={enumChoices('Team')} alwaysOn sx={{ minWidth: 160 }} />,
  <NullableBooleanInput key="breached" source="breached" label="SLA breached" alwaysOn />,
  <SelectInput key="category" source="category" choices={enumChoices('EscalationCategory')} />,
  <NumberInput key="due" source="dueWithinMinutes" label="First contact due within (min)" min={0} />,
];

// Open work by default: resolved and closed ones are one filter change away.
const ACTIVE = { status: ['OPEN', 'CONTACTED', 'ROUTED'] };

/**
 * The saved views: each is a set of the API's EscalationFilter fields, so the server decides
 * what is mine, unassigned, due soon (the policy's window) or breached (the SLA policy's breach).
 */
const VIEWS = {
  mine: { label: 'Mine', filter: { assignedToMe: true } },
  unassigned: { label: 'Unassigned', filter: { unassigned: true } },
  dueSoon: { label: 'Due soon', filter: { dueSoon: true } },
  breached: { label: 'Breached', filter: { breached: true } },
} as const;
type View = keyof typeof VIEWS;
const VIEW_KEYS = ['assignedToMe', 'unassigned', 'dueSoon', 'dueWithinMinutes', 'breached'];

function SavedViews() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const current = (Object.keys(VIEWS) as View[]).find((v) => {
    const set = VIEW_KEYS.filter((k) => filterValues[k] != null && filterValues[k] !== '');
    const want = VIEWS[v].filter as Record<string, unknown>;
    return set.length === Object.keys(want).length && set.every((k) => filterValues[k] === want[k]);
  });
  const choose = (view: View | null) => {
    const rest = Object.fromEntries(Object.entries(filterValues).filter(([k]) => !VIEW_KEYS.includes(k)));
    setFilters(view ? { ...rest, ...VIEWS[view].filter } : rest, displayedFilters);
  };
  return (
    <ToggleButtonGroup size="small" exclusive value={current ?? 'all'} onChange={(_, v: View | 'all' | null) => v && choose(v === 'all' ? null : v)} aria-label="Saved views">
      <ToggleButton value="all">All</ToggleButton>
      {(Object.keys(VIEWS) as View[]).map((v) => (
        <ToggleButton key={v} value={v}>
          {VIEWS[v].label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

const EscalationListActions = () => (
  <ListActions>
    <SavedViews />
  </ListActions>
);

export const EscalationList = () => (
  <List
    filters={filters}
    filterDefaultValues={ACTIVE}
    sort={{ field: 'firstContactDueAt', order: 'ASC' }}
    // New 1–2 star answers open escalations at any time; the queue refetches every 30 s.
    queryOptions={{ meta: { sparseFields: LIST_FIELDS }, refetchInterval: 30_000 }}
    actions={<EscalationListActions />}
    empty={
      <EmptyState
        title="No escalations yet"
        text="A 1–2 star rating opens one automatically, due for first contact within 15 minutes. Nothing to do until then."
      />
    }
  >
    <DataTable
      rowClick="show"
      bulkActionButtons={false}
      empty={<EmptyState title="Nothing matches" text="No escalation matches these filters. Clear them to see the whole queue." />}
    >
      <DataTable.Col source="firstContactDueAt" label="First contact">
        <SlaCountdown />
      </DataTable.Col>
      <DataTable.Col source="order.externalRef" label="Order" disableSort render={(r) => <span style={{ whiteSpace: 'nowrap' }}>{r.order?.externalRef}</span>} />
      <DataTable.Col source="order.customer.name" label="Customer" disableSort />
      <DataTable.Col source="feedback.rating" label="Rating" disableSort render={(r) => (r.feedback ? '★'.repeat(r.feedback.rating) : '—')} />
      <DataTable.Col source="status">
        <EnumChipField source="status" />
      </DataTable.Col>
      <DataTable.Col source="team">
        <EnumChipField source="team" />
      </DataTable.Col>
      <DataTable.Col source="category" disableSort>
        <EnumChipField source="category" />
      </DataTable.Col>
      <DataTable.Col source="assignee.name" label="Assignee" disableSort render={(r) => r.assignee?.name ?? 'Unassigned'} />
      <DataTable.Col label="" disableSort>
        <AssignToMeButton size="small" />
      </DataTable.Col>
      <DataTable.Col source="createdAt" label="Opened">
        <WhenField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
