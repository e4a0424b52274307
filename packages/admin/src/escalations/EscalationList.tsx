import { Box, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import {
  DataTable,
  List,
  NullableBooleanInput,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  Link,
  SimpleList,
  useListContext,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { canRead } from '../access';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField, Stars, WhenField } from '../common/fields';
import { useIsPhone } from '../common/responsive';
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
  'firstContactDueSoonAt',
  'slaBreached',
  { assignee: ['id', 'name'] },
  { order: ['id', 'externalRef', { customer: ['id', 'name'] }, { vendor: ['id', 'name'] }] },
  { feedback: ['id', 'rating', 'comment'] },
];

const filters = (phone: boolean) => [
  <SelectArrayInput key="status" source="status" choices={enumChoices('EscalationStatus')} alwaysOn sx={{ minWidth: 220 }} />,
  // On a phone only the status stays on screen (the saved views cover breached ones); the rest
  // are behind the filter button, so the queue starts in the first screenful.
  <SelectArrayInput key="team" source="team" choices={enumChoices('Team')} alwaysOn={!phone} sx={{ minWidth: 160 }} />,
  <NullableBooleanInput key="breached" source="breached" label="cx.sla.breached" alwaysOn={!phone} />,
  <SelectInput key="category" source="category" choices={enumChoices('EscalationCategory')} />,
  <NumberInput key="due" source="dueWithinMinutes" label="cx.escalations.due_within" min={0} />,
];

// Open work by default: resolved and closed ones are one filter change away.
const ACTIVE = { status: ['OPEN', 'CONTACTED', 'ROUTED'] };

/**
 * The saved views: each is a set of the API's EscalationFilter fields, so the server decides
 * what is mine, unassigned, due soon (the policy's window) or breached (the SLA policy's breach).
 */
const VIEWS = {
  mine: { label: 'cx.escalations.views.mine', filter: { assignedToMe: true } },
  unassigned: { label: 'cx.escalations.views.unassigned', filter: { unassigned: true } },
  dueSoon: { label: 'cx.escalations.views.due_soon', filter: { dueSoon: true } },
  breached: { label: 'cx.escalations.views.breached', filter: { breached: true } },
} as const;
type View = keyof typeof VIEWS;
const VIEW_KEYS = ['assignedToMe', 'unassigned', 'dueSoon', 'dueWithinMinutes', 'breached'];

function SavedViews() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
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
    <ToggleButtonGroup
      size="small"
      exclusive
      value={current ?? 'all'}
      onChange={(_, v: View | 'all' | null) => v && choose(v === 'all' ? null : v)}
      aria-label={translate('cx.escalations.views.label')}
      // Five views do not fit a phone's width in one row.
      sx={{ flexWrap: 'wrap', px: { xs: 1, sm: 2 }, pt: 1 }}
    >
      <ToggleButton value="all">{translate('cx.escalations.views.all')}</ToggleButton>
      {(Object.keys(VIEWS) as View[]).map((v) => (
        <ToggleButton key={v} value={v}>
          {translate(VIEWS[v].label)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}


/** The order's ref with its customer under it: one column where there were two. */
function OrderCell() {
  const r = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  if (!r) return null;
  const customer = r.order?.customer;
  return (
    <Box>
      <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {r.order?.externalRef}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {/* The customer 360 without opening the row first. */}
        {canRead(permissions, 'Customer') && customer?.id ? (
          <Link to={`/Customer/${customer.id}/show`} onClick={(e: MouseEvent) => e.stopPropagation()}>
            {customer.name}
          </Link>
        ) : (
          customer?.name
        )}
      </Typography>
    </Box>
  );
}

/** The team and, once categorized, the category: what decided the team (E2). */
function TeamCell() {
  const r = useRecordContext();
  if (!r) return null;
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      <EnumChipField source="team" />
      {r.category && <EnumChipField source="category" />}
    </Stack>
  );
}

/** Who has it, or the API's "Assign to me" under "Unassigned". */
function AssigneeCell() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack alignItems="flex-start">
      <Typography variant="body2">{r.assignee?.name ?? translate('cx.escalations.unassigned')}</Typography>
      <AssignToMeButton size="small" />
    </Stack>
  );
}

const empty = (
  <EmptyState
    title="cx.escalations.empty.title"
    text="cx.escalations.empty.text"
  />
);
const noMatch = <EmptyState title="cx.escalations.no_match.title" text="cx.escalations.no_match.text" />;

/**
 * On a phone: one tappable item per escalation, the countdown under who and which order. All in
 * primaryText: ListItemText's secondary line is a <p>, which may not hold the countdown's <div>.
 */
function PhoneQueue() {
  const translate = useTranslate();
  return (
  <SimpleList
    rowClick="show"
    empty={noMatch}
    primaryText={(r) => (
      <Stack spacing={0.5}>
        <Typography variant="body1">
          {r.order?.customer?.name} · {r.order?.externalRef}
        </Typography>
        <SlaCountdown />
        <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap alignItems="center">
          <Stars rating={r.feedback?.rating} />
          <EnumChipField source="status" />
          <EnumChipField source="team" />
          {r.category && <EnumChipField source="category" />}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {r.assignee?.name ?? translate('cx.escalations.unassigned')}
        </Typography>
      </Stack>
    )}
  />
  );
}

export const EscalationList = () => {
  const phone = useIsPhone();
  return (
    <List
      filters={filters(phone)}
      filterDefaultValues={ACTIVE}
      sort={{ field: 'firstContactDueAt', order: 'ASC' }}
      // New 1–2 star answers open escalations at any time; the queue refetches every 30 s.
      queryOptions={{ meta: { sparseFields: LIST_FIELDS }, refetchInterval: 30_000 }}
      actions={<ListActions />}
      empty={empty}
    >
      {/* Above the table, as the review inbox's tabs: beside the filters they overflow 1366 px. */}
      <SavedViews />
      {phone ? (
        <PhoneQueue />
      ) : (
        <DataTable
          rowClick="show"
          bulkActionButtons={false}
          empty={noMatch}
          // The countdown's breach badge goes under it rather than beside: the column stays narrow.
          sx={{ '& [data-testid="sla-countdown"]': { flexWrap: 'wrap', gap: 0.5, '& > :not(style) ~ :not(style)': { ml: 0 } } }}
        >
          <DataTable.Col source="firstContactDueAt">
            <SlaCountdown />
          </DataTable.Col>
          <DataTable.Col source="order.externalRef" label="cx.escalations.order_customer" disableSort>
            <OrderCell />
          </DataTable.Col>
          <DataTable.Col source="feedback.rating" label="cx.escalations.rating" disableSort render={(r) => <Stars rating={r.feedback?.rating} />} />
          <DataTable.Col source="status">
            <EnumChipField source="status" />
          </DataTable.Col>
          <DataTable.Col source="team" label="cx.escalations.team_category">
            <TeamCell />
          </DataTable.Col>
          <DataTable.Col source="assignee.name" label="resources.Escalation.fields.assignee" disableSort>
            <AssigneeCell />
          </DataTable.Col>
          <DataTable.Col source="createdAt">
            <WhenField source="createdAt" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
