// The ledgers (M6): an order's money — its requests and what moved — on the order page, and a
// vendor's recoveries and extras on the vendor's page. Every figure is the API's (ledger's
// balance and entries); nothing is summed here.
import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  DataTable,
  ListContextProvider,
  ResourceContextProvider,
  useDataProvider,
  useGetList,
  useList,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { can, canRead } from '../access';
import { EmptyState } from '../common/EmptyState';
import { EnumChipField, RupeeField, WhenField } from '../common/fields';
import { formatSignedRupees } from '../common/format';
import type { CxDataProvider } from '../dataProvider';
import { CaseNumberCell } from './MoneyList';
import { ProposeMoneyButton } from './ProposeMoneyButton';

function LedgerEntries({ orderId, vendorId, testId }: { orderId?: string; vendorId?: string; testId: string }) {
  const dataProvider = useDataProvider<CxDataProvider>();
  const translate = useTranslate();
  const { data, isPending } = useQuery({
    queryKey: ['ledger', { orderId, vendorId }],
    queryFn: () => dataProvider.ledger({ orderId: orderId ?? null, vendorId: vendorId ?? null }),
  });
  const list = useList({ data: data?.entries ?? [], isPending, perPage: 100 });
  return (
    <Stack spacing={1} data-testid={testId}>
      <Typography variant="body2">
        {translate('cx.money.ledger.balance')}{' '}
        <Box component="strong" data-testid={`${testId}-balance`}>
          {isPending ? translate('cx.loading') : formatSignedRupees(data?.balance)}
        </Box>
      </Typography>
      <ListContextProvider value={list}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyState title="cx.money.ledger.empty.title" text="cx.money.ledger.empty.text" />}>
          <DataTable.Col source="at" label="cx.money.ledger.at" disableSort>
            <WhenField source="at" />
          </DataTable.Col>
          <DataTable.Col source="kind" label="cx.money.ledger.kind" disableSort>
            <EnumChipField source="kind" />
          </DataTable.Col>
          <DataTable.Col source="party" label="cx.money.ledger.party" disableSort>
            <EnumChipField source="party" />
          </DataTable.Col>
          <DataTable.Col source="amount" label="cx.money.ledger.amount" disableSort render={(e) => formatSignedRupees(e.amount)} />
          <DataTable.Col source="reference" label="cx.money.ledger.reference" disableSort />
        </DataTable>
      </ListContextProvider>
    </Stack>
  );
}

const REQUEST_FIELDS = ['id', 'kind', 'status', 'amount', 'proposedAt', 'proposedByLabel', { case: ['id', 'number'] }];

/** The order page's Money: its requests (one click to each), Propose money, and the order's ledger. */
export function OrderMoney() {
  const r = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const orderId = r ? String(r.id) : undefined;
  const mayRead = canRead(permissions, 'MoneyRequest');
  const { data, isPending } = useGetList(
    'MoneyRequest',
    { filter: { orderId }, sort: { field: 'proposedAt', order: 'ASC' }, pagination: { page: 1, perPage: 50 }, meta: { sparseFields: REQUEST_FIELDS } },
    { enabled: Boolean(orderId) && mayRead },
  );
  const list = useList({ data: data ?? [], isPending, perPage: 50 });
  if (!r || !mayRead) return null;
  return (
    <Stack spacing={2} component="section" aria-labelledby="order-money-title" data-testid="order-money">
      <Stack direction="row" spacing={1} alignItems="center" justifyContent="space-between" flexWrap="wrap" useFlexGap>
        <Typography variant="subtitle1" component="h3" id="order-money-title">
          {translate('cx.money.order_section')}
        </Typography>
        <ProposeMoneyButton orderId={orderId} size="small" />
      </Stack>
      <ResourceContextProvider value="MoneyRequest">
        <ListContextProvider value={list}>
          <DataTable rowClick="show" bulkActionButtons={false} empty={<EmptyState title="cx.money.order_empty.title" text="cx.money.order_empty.text" />}>
            <DataTable.Col source="kind" disableSort>
              <EnumChipField source="kind" />
            </DataTable.Col>
            <DataTable.Col source="amount" disableSort>
              <RupeeField source="amount" />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
              <EnumChipField source="status" />
            </DataTable.Col>
            <DataTable.Col source="case.number" label="resources.MoneyRequest.fields.case" disableSort>
              <CaseNumberCell />
            </DataTable.Col>
            <DataTable.Col source="proposedAt" disableSort>
              <WhenField source="proposedAt" />
            </DataTable.Col>
          </DataTable>
        </ListContextProvider>
      </ResourceContextProvider>
      {can(permissions, 'ledger') && <LedgerEntries orderId={orderId} testId="order-ledger" />}
    </Stack>
  );
}

/** The vendor page's "Recoveries and extras": what the vendor was paid extra or paid back (M5). */
export function VendorLedger() {
  const r = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  if (!r || !can(permissions, 'ledger')) return null;
  return (
    <Stack spacing={1} component="section" aria-labelledby="vendor-ledger-title">
      <Typography variant="subtitle1" component="h3" id="vendor-ledger-title">
        {translate('cx.money.vendor_section')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('cx.money.vendor_section_help')}
      </Typography>
      <LedgerEntries vendorId={String(r.id)} testId="vendor-ledger" />
    </Stack>
  );
}
