// The team's alerts (R1 new escalation, E2 routed, E1 SLA breach, V2 vendor action; K2, K4, K5 on
// cases), newest first: what happened, the escalation or case it is about, and who acknowledged it when. The API scopes the list
// to the signed-in user's teams; Unread is the default view.
import { Tab, Tabs, Typography } from '@mui/material';
import { DataTable, Link, List, SelectArrayInput, useListContext, useRecordContext, useTranslate } from 'react-admin';
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
  { supportCase: ['id', 'number', 'subject'] },
];

export const UNREAD = { acknowledged: false };

const filters = [<SelectArrayInput key="kind" source="kind" label="resources.Alert.fields.kind" choices={enumChoices('AlertKind')} alwaysOn sx={{ minWidth: 200 }} />];

function ReadTabs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const value = filterValues.acknowledged === false ? 'unread' : 'all';
  const translate = useTranslate();
  return (
    <Tabs
      value={value}
      onChange={(_, v: string) => {
        const { acknowledged: _drop, ...rest } = filterValues;
        setFilters(v === 'unread' ? { ...rest, ...UNREAD } : rest, displayedFilters);
      }}
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      <Tab value="unread" label={translate('cx.alerts.unread')} />
      <Tab value="all" label={translate('cx.alerts.all')} />
    </Tabs>
  );
}

/** What the alert is about: an escalation, or a support case (K2, K4, K5). */
function EscalationLink() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (r?.supportCase) {
    return <Link to={`/SupportCase/${r.supportCase.id}/show`}>{translate('cx.alerts.case', { number: r.supportCase.number, subject: r.supportCase.subject })}</Link>;
  }
  if (!r?.escalation) return null;
  const ref = r.escalation.order?.externalRef;
  return (
    <Link to={`/Escalation/${r.escalation.id}/show`}>
      {ref ? translate('cx.escalations.show_title', { ref }) : translate('cx.alerts.escalation')}
    </Link>
  );
}

function AcknowledgeCell() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  if (r.acknowledgedAt) {
    const at = formatWhen(r.acknowledgedAt);
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('cx.alerts.acknowledged_by', { name: r.acknowledgedBy?.name ?? translate('cx.alerts.an_api_key'), at })}
      </Typography>
    );
  }
  return (
    <DomainActionButton
      method="acknowledgeAlert"
      label={translate('cx.alerts.acknowledge')}
      size="small"
      variant="outlined"
      success={translate('cx.alerts.acknowledged')}
      toVariables={() => ({ id: String(r.id) })}
    />
  );
}

export const AlertList = () => (
  <List
    title="cx.alerts.title"
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
      empty={<EmptyState title="cx.alerts.empty.title" text="cx.alerts.empty.text" />}
    >
      <DataTable.Col source="createdAt">
        <WhenField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <EnumChipField source="kind" />
      </DataTable.Col>
      <DataTable.Col source="team" disableSort>
        <EnumChipField source="team" />
      </DataTable.Col>
      <DataTable.Col source="text" disableSort />
      <DataTable.Col label="cx.alerts.about" disableSort>
        <EscalationLink />
      </DataTable.Col>
      <DataTable.Col label="cx.alerts.acknowledged_col" disableSort>
        <AcknowledgeCell />
      </DataTable.Col>
    </DataTable>
  </List>
);
