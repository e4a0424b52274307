import { DataTable, DateTimeInput, List, SelectInput } from 'react-admin';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { PhoneField } from '../common/PhoneLink';
import { EnumChipField, EnumChipsField } from '../common/fields';
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
  <DateTimeInput key="dueBefore" source="dueBefore" label="Due before" />,
];

export const CallTaskList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ status: 'OPEN' }}
    sort={{ field: 'dueAt', order: 'ASC' }}
    queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
    actions={<ListActions />}
  >
    <DataTable
      rowClick={(_id, _resource, record) => `/Order/${record.order.id}/show`}
      bulkActionButtons={false}
      empty={
        <EmptyState
          title="No call tasks here"
          text="Completed orders that are high-value, corporate or repeat, and resolved complaints, create call tasks. Clear the filters to see done ones."
        />
      }
    >
      <DataTable.Col source="dueAt" label="Due">
        <CallTaskDue />
      </DataTable.Col>
      <DataTable.Col source="order.customer.name" label="Customer" disableSort />
      <DataTable.Col source="order.customer.phone" label="Phone" disableSort>
        <PhoneField path="order.customer" />
      </DataTable.Col>
      <DataTable.Col source="order.externalRef" label="Order" disableSort />
      <DataTable.Col source="reasons" disableSort>
        <EnumChipsField source="reasons" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <EnumChipField source="status" />
      </DataTable.Col>
      <DataTable.Col source="outcome" disableSort />
      <DataTable.Col label="" disableSort>
        <CompleteCallTaskButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
