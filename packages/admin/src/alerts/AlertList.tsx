// The team's alerts (R1 new escalation, E2 routed, E1 SLA breach, V2 vendor action), newest first:
// what happened, the escalation it is about, and who acknowledged it when. The API scopes the list
// to the signed-in user's teams; Unread is the default view.
import { Tab, Tabs, Typography } from '@mui/material';
import { DataTable, Link, List, SelectArrayInput, useListContext, useRecordContext } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField, WhenField } from '../common/fields';
import { formatWhen } from '../common/format';
import { DomainActionButton } from '../common/DomainActionButton';
import { enumChoices } from '../schema';

export const ALERT_FIELDS = [
  'id',
  'kind',
  'team',
  'text',
  'createdAt',
  'acknowledgedAt',
  { acknowledgedBy: ['id', 'name'] },
  { escalation: ['id', { order: ['id', 'externalRef'] }] },
];

export const UNREAD = { acknowledged: false };

const filters = [<SelectArrayInput key="kind" source="kind" label="Kind" choices={enumChoices('AlertKind')} alwaysOn sx={{ minWidth: 200 }} />];

function ReadTabs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const value = filterValues.acknowledged === false ? 'unread' : 'all';
  return (
    <Tabs
      value={value}
      onChange={(_, v: string) => {
        const { acknowledged: _drop, ...rest } = filterValues;
        setFilters(v === 'unread' ? { ...rest, ...UNREAD } : rest, displayedFilters);
      }}
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      <Tab value="unread" label="Unread" />
      <Tab value="all" label="All" />
    </Tabs>
  );
}

function EscalationLink() {
  const r = useRecordContext();
  if (!r?.escalation) return null;
  const ref = r.escalation.order?.externalRef;
  return (
    <Link to={`/Escalation/${r.escalation.id}/show`}>
      {ref ? `Escalation · order ${ref}` : 'Escalation'}
    </Link>
  );
}

function AcknowledgeCell() {
  const r = useRecordContext();
  if (!r) return null;
  if (r.acknowledgedAt) {
    const at = formatWhen(r.acknowledgedAt);
    return (
      <Typography variant="body2" color="text.secondary">
        Acknowledged by {r.acknowledgedBy?.name ?? 'an API key'}, {at}
      </Typography>
    );
  }
  return (
    <DomainActionButton
      method="acknowledgeAlert"
      label="Acknowledge"
      size="small"
      variant="outlined"
      success="Alert acknowledged"
      toVariables={() => ({ id: String(r.id) })}
    />
  );
}

export const AlertList = () => (
  <List
    title="Alerts"
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={filters}
    filterDefaultValues={UNREAD}
    queryOptions={{ meta: { sparseFields: ALERT_FIELDS } }}
    actions={<ListActions />}
    empty={false}
  >
    <ReadTabs />
    <DataTable
      rowClick={false}
      bulkActionButtons={false}
      empty={<EmptyState title="No alerts here" text="New escalations, SLA breaches and automatic vendor actions for your teams appear here." />}
    >
      <DataTable.Col source="createdAt" label="When">
        <WhenField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="kind" label="Kind" disableSort>
        <EnumChipField source="kind" />
      </DataTable.Col>
      <DataTable.Col source="team" label="Team" disableSort>
        <EnumChipField source="team" />
      </DataTable.Col>
      <DataTable.Col source="text" label="Alert" disableSort />
      <DataTable.Col label="About" disableSort>
        <EscalationLink />
      </DataTable.Col>
      <DataTable.Col label="Acknowledged" disableSort>
        <AcknowledgeCell />
      </DataTable.Col>
    </DataTable>
  </List>
);
