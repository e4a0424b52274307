import { Stack, Typography } from '@mui/material';
import { DataTable, DateTimeInput, Link, List, SelectInput, SimpleList, useRecordContext } from 'react-admin';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { PhoneField } from '../common/PhoneLink';
import { EnumChipField, EnumChipsField } from '../common/fields';
import { useIsPhone } from '../common/responsive';
import { enumChoices } from '../schema';
import { CallTaskDue } from './CallTaskDue';
import { CompleteCallTaskButton } from './CompleteCallTaskButton';

const LIST_FIELDS = [
  'id',
  'dueAt',
  // The API's C1 verdict (open past dueAt), shown as an Overdue chip.
  'overdue',
  'status',
  'reasons',
  'outcome',
  'completedAt',
  AVAILABLE_ACTIONS,
  { order: ['id', 'externalRef', 'deviceModel', 'finalPrice', 'quotedPrice', { customer: ['id', 'name', 'phone', 'phoneUri'] }] },
];

const filters = [
  <SelectInput key="status" source="status" choices={enumChoices('CallTaskStatus')} alwaysOn />,
  <SelectInput key="reason" source="reason" choices={enumChoices('CallReason')} alwaysOn />,
  <DateTimeInput key="dueBefore" source="dueBefore" label="cx.call_tasks.due_before" />,
];

const noTasks = (
  <EmptyState
    title="cx.call_tasks.empty.title"
    text="cx.call_tasks.empty.text"
  />
);

/** The customer's name with the number to dial under it: one column where there were two. */
function CustomerCell() {
  const r = useRecordContext();
  if (!r) return null;
  return (
    <Stack alignItems="flex-start">
      <Typography variant="body2">{r.order?.customer?.name}</Typography>
      <PhoneField path="order.customer" />
    </Stack>
  );
}

/**
 * On a phone: one item per task. Not a tappable row: the item holds a phone link and Complete,
 * and a button inside a button is neither valid nor reachable by a screen reader; the name opens
 * the order instead.
 */
const PhoneTasks = () => (
  <SimpleList
    rowClick={false}
    empty={noTasks}
    primaryText={(r) => (
      <Stack spacing={0.5} alignItems="flex-start">
        <Link to={`/Order/${r.order?.id}/show`}>
          {r.order?.customer?.name} · {r.order?.externalRef}
        </Link>
        <CallTaskDue />
        <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
          <EnumChipField source="status" />
          <EnumChipsField source="reasons" />
        </Stack>
        {r.outcome && (
          <Typography variant="body2" color="text.secondary">
            {r.outcome}
          </Typography>
        )}
        <Stack direction="row" spacing={2} alignItems="center">
          <PhoneField path="order.customer" />
          <CompleteCallTaskButton />
        </Stack>
      </Stack>
    )}
  />
);

export const CallTaskList = () => {
  const phone = useIsPhone();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: 'OPEN' }}
      sort={{ field: 'dueAt', order: 'ASC' }}
      queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
      actions={<ListActions />}
    >
      {phone ? (
        <PhoneTasks />
      ) : (
        <DataTable rowClick={(_id, _resource, record) => `/Order/${record.order.id}/show`} bulkActionButtons={false} empty={noTasks}>
          <DataTable.Col source="dueAt">
            <CallTaskDue />
          </DataTable.Col>
          <DataTable.Col source="order.customer.name" label="cx.call_tasks.customer" disableSort>
            <CustomerCell />
          </DataTable.Col>
          <DataTable.Col source="order.externalRef" label="cx.call_tasks.order" disableSort />
          <DataTable.Col source="reasons" disableSort>
            <EnumChipsField source="reasons" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <EnumChipField source="status" />
          </DataTable.Col>
          <DataTable.Col source="outcome" disableSort />
          <DataTable.Col label="cx.call_tasks.actions" disableSort>
            <CompleteCallTaskButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
