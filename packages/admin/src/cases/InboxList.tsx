// The CX desk's inbox: open cases and escalations together (allInboxItems), the views as tabs
// (the API's InboxView decides what is mine, due soon or breached), both clocks live, a row opens
// its case or escalation, "Assign to me" per row (takeCase / takeEscalation, as the API offers
// it on the record) and bulk Assign through assignWork (all or none).
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Box, Button, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  DataTable,
  List,
  RecordContextProvider,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUnselectAll,
  type RaRecord,
} from 'react-admin';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { DomainActionDialog } from '../common/DomainActionButton';
import { EmptyState } from '../common/EmptyState';
import { EnumChipField, WhenField } from '../common/fields';
import { useCan } from '../common/usePermission';
import type { CxDataProvider } from '../dataProvider';
import { AssignToMeButton } from '../escalations/AssignToMeButton';
import { BreachBadge } from '../escalations/SlaCountdown';
import { enumChoices, humanize } from '../schema';
import { TakeCaseButton } from './CaseActions';
import { CaseClock } from './CaseClocks';

const WORK = ['id', 'version', AVAILABLE_ACTIONS];
const LIST_FIELDS = [
  'id', 'kind', 'title', 'customerName', 'team', 'status', 'priority', 'createdAt',
  'firstResponseDueAt', 'firstRespondedAt', 'resolutionDueAt', 'nextDueAt', 'nextDueKind', 'slaBreached', 'slaPausedAt',
  { assignee: ['id', 'name'] },
  { supportCase: [...WORK, 'number'] },
  { escalation: WORK },
];

const VIEWS = [
  { id: 'ALL', name: 'cx.inbox.views.ALL' },
  { id: 'MINE', name: 'cx.inbox.views.MINE' },
  { id: 'UNASSIGNED', name: 'cx.inbox.views.UNASSIGNED' },
  { id: 'DUE_SOON', name: 'cx.inbox.views.DUE_SOON' },
  { id: 'BREACHED', name: 'cx.inbox.views.BREACHED' },
  { id: 'PENDING_CUSTOMER', name: 'cx.inbox.views.PENDING_CUSTOMER' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="cx.inbox.search" />,
  <SelectArrayInput key="kind" source="kind" label="cx.inbox.kind" choices={enumChoices('WorkKind')} alwaysOn sx={{ minWidth: 160 }} />,
  <SelectInput key="team" source="team" label="cx.inbox.team" choices={enumChoices('Team')} alwaysOn />,
];

function ViewTabs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const value = VIEWS.some((v) => v.id === filterValues.view) ? filterValues.view : 'ALL';
  return (
    <Tabs
      value={value}
      onChange={(_, view: string) => setFilters({ ...filterValues, view }, displayedFilters)}
      aria-label={translate('cx.inbox.views.label')}
      variant="scrollable"
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      {VIEWS.map((v) => (
        <Tab key={v.id} value={v.id} label={translate(v.name)} />
      ))}
    </Tabs>
  );
}

const pathOf = (r: RaRecord) =>
  r.kind === 'CASE' ? `/SupportCase/${encodeURIComponent(r.supportCase?.id)}/show` : `/Escalation/${encodeURIComponent(r.escalation?.id)}/show`;

function TitleCell() {
  const r = useRecordContext();
  if (!r) return null;
  return (
    <Box sx={{ maxWidth: 320 }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }} noWrap title={r.title}>
        {r.title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {r.customerName}
      </Typography>
    </Box>
  );
}

function ClocksCell() {
  const translate = useTranslate();
  const r = useRecordContext();
  if (!r) return null;
  return (
    <Stack spacing={0.25} alignItems="flex-start">
      <Stack direction="row" spacing={0.5} alignItems="baseline">
        <Typography variant="caption" color="text.secondary">
          {translate(r.kind === 'CASE' ? 'cx.cases.clock.first_short' : 'cx.inbox.contact_short')}
        </Typography>
        <CaseClock kind="firstResponse" />
      </Stack>
      {r.kind === 'CASE' && (
        <Stack direction="row" spacing={0.5} alignItems="baseline">
          <Typography variant="caption" color="text.secondary">
            {translate('cx.cases.clock.resolution_short')}
          </Typography>
          <CaseClock kind="resolution" />
        </Stack>
      )}
      <BreachBadge />
    </Stack>
  );
}

/** Who has it, or the API's "Assign to me" on the case or escalation itself. */
function AssigneeCell() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack alignItems="flex-start">
      <Typography variant="body2">{r.assignee?.name ?? translate('cx.cases.unassigned')}</Typography>
      {r.kind === 'CASE' && r.supportCase && (
        <RecordContextProvider value={r.supportCase}>
          <TakeCaseButton size="small" />
        </RecordContextProvider>
      )}
      {r.kind === 'ESCALATION' && r.escalation && (
        <RecordContextProvider value={r.escalation}>
          <AssignToMeButton size="small" />
        </RecordContextProvider>
      )}
    </Stack>
  );
}

/** The people every selected item can go to: each case's and each escalation's assignable users, intersected. */
function useCommonAssignees(items: RaRecord[]) {
  const dataProvider = useDataProvider<CxDataProvider>();
  return useQuery({
    queryKey: ['inboxAssignees', items.map((i) => i.id)],
    queryFn: async () => {
      const caseIds = items.filter((i) => i.kind === 'CASE').map((i) => String(i.supportCase?.id));
      const lists: { id: string; name: string }[][] = [];
      if (caseIds.length) lists.push(...(await dataProvider.caseAssignees({ ids: caseIds })).map((c) => c.assignableUsers));
      for (const i of items.filter((x) => x.kind === 'ESCALATION')) {
        lists.push(await dataProvider.assignableUsers({ escalationId: String(i.escalation?.id) }));
      }
      return lists.reduce<{ id: string; name: string }[] | null>((common, users) => (common === null ? users : common.filter((u) => users.some((v) => v.id === u.id))), null) ?? [];
    },
  });
}

function BulkAssignDialog({ onClose }: { onClose: () => void }) {
  const { selectedIds, data } = useListContext();
  const dataProvider = useDataProvider<CxDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('InboxItem');
  const translate = useTranslate();
  const items = (data ?? []).filter((r) => selectedIds.includes(r.id));
  const { data: users, isPending } = useCommonAssignees(items);
  const run = async (values: Record<string, unknown>) => {
    await dataProvider.assignWork({
      items: items.map((i) => ({ kind: i.kind, id: String(i.kind === 'CASE' ? i.supportCase?.id : i.escalation?.id) })),
      userId: values.userId ? String(values.userId) : null,
    });
    notify('cx.inbox.bulk_assign.done', { type: 'success', messageArgs: { smart_count: items.length } });
    unselectAll();
    refresh();
    onClose();
  };
  return (
    <DomainActionDialog
      title={translate('cx.inbox.bulk_assign.title', { smart_count: items.length })}
      description={translate('cx.inbox.bulk_assign.description')}
      confirmLabel={translate('cx.cases.assign.label')}
      run={async (v) => {
        try {
          await run(v);
        } catch (e) {
          // All or none: the API's refusal names the item; the dialog stays for another choice.
          notify((e as Error).message, { type: 'error', multiLine: true });
          throw e;
        }
      }}
      onClose={onClose}
    >
      <SelectInput
        source="userId"
        label="cx.cases.assign.agent"
        choices={(users ?? []).map((u) => ({ id: String(u.id), name: u.name }))}
        isPending={isPending}
        emptyText="cx.cases.assign.nobody"
        fullWidth
      />
    </DomainActionDialog>
  );
}

function BulkAssignWorkButton() {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  return (
    <>
      <Button size="small" startIcon={<AssignmentIndIcon />} onClick={() => setOpen(true)}>
        {translate('cx.cases.assign.label')}
      </Button>
      {open && <BulkAssignDialog onClose={() => setOpen(false)} />}
    </>
  );
}

const noMatch = <EmptyState title="cx.inbox.no_match.title" text="cx.inbox.no_match.text" />;

export function InboxList() {
  const translate = useTranslate();
  const canAssign = useCan('assignWork');
  return (
    <>
      <List
        resource="InboxItem"
        title={translate('cx.inbox.title')}
        filters={filters}
        filterDefaultValues={{ view: 'ALL' }}
        sort={{ field: 'nextDueAt', order: 'ASC' }}
        queryOptions={{ meta: { sparseFields: LIST_FIELDS }, refetchInterval: 30_000 }}
        empty={noMatch}
        exporter={false}
        storeKey="inbox"
      >
        <ViewTabs />
        <DataTable rowClick={(_, __, r) => pathOf(r)} bulkActionButtons={canAssign ? <BulkAssignWorkButton /> : false} empty={noMatch}>
          <DataTable.Col source="nextDueAt" label="cx.inbox.clocks">
            <ClocksCell />
          </DataTable.Col>
          <DataTable.Col source="kind" label="cx.inbox.kind" render={(r) => humanize(r.kind)} />
          <DataTable.Col source="title" label="cx.inbox.title_customer" disableSort>
            <TitleCell />
          </DataTable.Col>
          <DataTable.Col source="status" label="cx.inbox.status" render={(r) => humanize(r.status)} />
          <DataTable.Col source="priority" label="cx.inbox.priority" disableSort>
            <EnumChipField source="priority" />
          </DataTable.Col>
          <DataTable.Col source="team" label="cx.inbox.team">
            <EnumChipField source="team" />
          </DataTable.Col>
          <DataTable.Col source="assignee.name" label="cx.inbox.assignee" disableSort>
            <AssigneeCell />
          </DataTable.Col>
          <DataTable.Col source="createdAt" label="cx.inbox.created">
            <WhenField source="createdAt" />
          </DataTable.Col>
        </DataTable>
      </List>
    </>
  );
}
