// The finance queue (M1–M6): every money request the caller may read, the saved views as the
// API's MoneyRequestFilter status sets (so the server decides what each holds), and Export for
// reconciliation (the server's money-requests.csv with the list's filters).
import { ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { DataTable, Link, List, SelectArrayInput, useListContext, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { can, canRead } from '../access';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField, RupeeField, WhenField } from '../common/fields';
import { enumChoices } from '../schema';

export const MONEY_LIST_FIELDS = [
  'id',
  'version',
  'kind',
  'status',
  'amount',
  'rule',
  'fraudScore',
  'proposedAt',
  'proposedByLabel',
  { order: ['id', 'externalRef'] },
  { case: ['id', 'number'] },
];

const filters = [
  <SelectArrayInput key="status" source="status" choices={enumChoices('MoneyStatus')} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectArrayInput key="kind" source="kind" choices={enumChoices('MoneyKind')} alwaysOn sx={{ minWidth: 200 }} />,
];

/** Each view is one status set; "All" is none. The kind filter stays as it is when the view changes. */
const VIEWS = {
  waiting: { label: 'cx.money.views.waiting', status: ['PROPOSED'] },
  approved: { label: 'cx.money.views.approved', status: ['APPROVED'] },
  paid: { label: 'cx.money.views.paid', status: ['PAID'] },
  failed: { label: 'cx.money.views.failed', status: ['FAILED'] },
  rejected: { label: 'cx.money.views.rejected', status: ['REJECTED'] },
  all: { label: 'cx.money.views.all', status: [] as string[] },
} as const;
type View = keyof typeof VIEWS;

const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

function SavedViews() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const status: string[] = Array.isArray(filterValues.status) ? filterValues.status : [];
  const current = (Object.keys(VIEWS) as View[]).find((v) => sameSet(status, VIEWS[v].status));
  const choose = (view: View) => {
    const { status: _, ...rest } = filterValues;
    setFilters(VIEWS[view].status.length ? { ...rest, status: VIEWS[view].status } : rest, displayedFilters);
  };
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={current ?? null}
      onChange={(_, v: View | null) => v && choose(v)}
      aria-label={translate('cx.money.views.label')}
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

const stop = (e: MouseEvent) => e.stopPropagation();

/** The order's ref, a link for those who may open orders (the row itself opens the request). */
export function OrderRefCell() {
  const r = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  if (!r?.order) return null;
  return canRead(permissions, 'Order') ? (
    <Link to={`/Order/${r.order.id}/show`} onClick={stop} sx={{ whiteSpace: 'nowrap' }}>
      {r.order.externalRef}
    </Link>
  ) : (
    <Typography variant="body2">{r.order.externalRef}</Typography>
  );
}

export function CaseNumberCell() {
  const r = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  if (!r?.case) return <Typography variant="body2">—</Typography>;
  return canRead(permissions, 'SupportCase') ? (
    <Link to={`/SupportCase/${r.case.id}/show`} onClick={stop} sx={{ whiteSpace: 'nowrap' }}>
      {r.case.number}
    </Link>
  ) : (
    <Typography variant="body2">{r.case.number}</Typography>
  );
}

const empty = <EmptyState title="cx.money.empty.title" text="cx.money.empty.text" />;
const noMatch = <EmptyState title="cx.money.no_match.title" text="cx.money.no_match.text" />;

export const MoneyList = () => {
  const { permissions } = usePermissions<string[]>();
  // Those who decide start with what waits for them; CX (read-only here) with everything.
  const decides = can(permissions, 'approveMoney');
  return (
    <List
      filters={filters}
      filterDefaultValues={decides ? { status: VIEWS.waiting.status } : {}}
      sort={{ field: 'proposedAt', order: 'DESC' }}
      // Requests are proposed and paid at any time (the pay job): the queue refetches every 30 s.
      queryOptions={{ meta: { sparseFields: MONEY_LIST_FIELDS }, refetchInterval: 30_000 }}
      actions={<ListActions />}
      empty={empty}
      data-testid="money-queue"
    >
      <SavedViews />
      <DataTable rowClick="show" bulkActionButtons={false} empty={noMatch}>
        <DataTable.Col source="kind">
          <EnumChipField source="kind" />
        </DataTable.Col>
        <DataTable.Col source="amount">
          <RupeeField source="amount" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumChipField source="status" />
        </DataTable.Col>
        <DataTable.Col source="order.externalRef" label="resources.MoneyRequest.fields.order" disableSort>
          <OrderRefCell />
        </DataTable.Col>
        <DataTable.Col source="case.number" label="resources.MoneyRequest.fields.case" disableSort>
          <CaseNumberCell />
        </DataTable.Col>
        <DataTable.Col source="proposedByLabel" disableSort />
        <DataTable.Col source="proposedAt">
          <WhenField source="proposedAt" />
        </DataTable.Col>
        <DataTable.Col source="rule" disableSort />
        <DataTable.Col source="fraudScore" disableSort />
      </DataTable>
    </List>
  );
};
