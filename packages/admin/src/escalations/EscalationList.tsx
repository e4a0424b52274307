import {
  DataTable,
  List,
  NullableBooleanInput,
  NumberInput,
  SelectArrayInput,
  SelectInput,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField, WhenField } from '../common/fields';
import { enumChoices } from '../schema';
import { SlaCountdown } from './SlaCountdown';

const LIST_FIELDS = [
  'id',
  'status',
  'team',
  'category',
  'createdAt',
  'firstContactDueAt',
  'firstContactAt',
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

export const EscalationList = () => (
  <List
    filters={filters}
    filterDefaultValues={ACTIVE}
    sort={{ field: 'firstContactDueAt', order: 'ASC' }}
    // New 1–2 star answers open escalations at any time; the queue refetches every 30 s.
    queryOptions={{ meta: { sparseFields: LIST_FIELDS }, refetchInterval: 30_000 }}
    actions={<ListActions />}
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
      <DataTable.Col source="createdAt" label="Opened">
        <WhenField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
