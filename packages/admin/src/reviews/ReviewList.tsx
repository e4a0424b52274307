// Marketing's review inbox (STYLE.md: list + detail drawer, bulk actions, filters file, status tabs).
import { Box, Button, Drawer, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useCallback } from 'react';
import { DataTable, List, useListContext, useMatch, useNavigate, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ListActions } from '../common/ExportButton';
import { EnumChipField, Stars, WhenField } from '../common/fields';
import { formatNumber } from '../common/format';
import { useCan } from '../common/usePermission';
import { ReviewGatingNotice } from '../common/ReviewGatingNotice';
import { BulkReviewButtons } from './BulkReviewButtons';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { CHECK_DETAILS } from './checks';
import { ChecksField } from './ChecksField';
import { ImportCsvButton } from './ImportCsvButton';
import { ReviewDetail } from './ReviewDetail';
import { reviewFilters } from './reviewFilters';
import { VerifiedOrderChip } from './VerifiedOrderChip';

const LIST_FIELDS = [
  'id',
  // The bulk buttons send it back (expectedVersion).
  'version',
  'authorName',
  'rating',
  'text',
  'source',
  'status',
  'postedAt',
  'sentimentScore',
  'reply',
  'overriddenChecks',
  'verifiedOrder',
  CHECK_DETAILS,
  // The bulk buttons offer what the selected reviews' own actions allow.
  AVAILABLE_ACTIONS,
];

const TABS = [
  { id: 'NEW', name: 'cx.reviews.tabs.NEW' },
  { id: 'SHORTLISTED', name: 'cx.reviews.tabs.SHORTLISTED' },
  { id: 'PUBLISHED', name: 'cx.reviews.tabs.PUBLISHED' },
  { id: 'REJECTED', name: 'cx.reviews.tabs.REJECTED' },
];

function StatusTabs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const value = TABS.some((t) => t.id === filterValues.status) ? filterValues.status : 'NEW';
  return (
    <Tabs
      value={value}
      onChange={(_, status: string) => setFilters({ ...filterValues, status }, displayedFilters)}
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      {TABS.map((t) => (
        <Tab key={t.id} value={t.id} label={translate(t.name)} />
      ))}
    </Tabs>
  );
}

// Each tab's empty state: cx.reviews.empty.<status>.title / .text.
const EMPTY: Record<string, { title: string; text: string }> = {
  NEW: { title: 'cx.reviews.empty.NEW.title', text: 'cx.reviews.empty.NEW.text' },
  SHORTLISTED: { title: 'cx.reviews.empty.SHORTLISTED.title', text: 'cx.reviews.empty.SHORTLISTED.text' },
  PUBLISHED: { title: 'cx.reviews.empty.PUBLISHED.title', text: 'cx.reviews.empty.PUBLISHED.text' },
  REJECTED: { title: 'cx.reviews.empty.REJECTED.title', text: 'cx.reviews.empty.REJECTED.text' },
};

/** An empty tab says why; a tab emptied by the filters says so and clears them (keeping the tab). */
function Empty() {
  const { filterValues, setFilters } = useListContext();
  const translate = useTranslate();
  const { status, ...others } = filterValues;
  const filtered = Object.values(others).some((v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (filtered) {
    return (
      <EmptyState
        title={translate('cx.reviews.no_match.title')}
        text={translate('cx.reviews.no_match.text')}
        action={
          <Button variant="outlined" onClick={() => setFilters({ status }, {})}>
            {translate('cx.reviews.clear_filters')}
          </Button>
        }
      />
    );
  }
  const empty = EMPTY[status] ?? EMPTY.NEW;
  return <EmptyState title={translate(empty.title)} text={translate(empty.text)} />;
}

const excerpt = (t: string) => (t.length > 120 ? `${t.slice(0, 117)}…` : t);

function Table() {
  return (
    <>
      <StatusTabs />
      <DataTable rowClick={(id) => `/Review/${id}`} bulkActionButtons={<BulkReviewButtons />} empty={<Empty />}>
        <DataTable.Col source="rating" render={(r) => <Stars rating={r.rating} gold />} />
        <DataTable.Col source="authorName" />
        <DataTable.Col source="text" disableSort render={(r) => <Typography variant="body2">{excerpt(r.text)}</Typography>} />
        <DataTable.Col source="source">
          <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
            <EnumChipField source="source" />
            <VerifiedOrderChip />
          </Stack>
        </DataTable.Col>
        <DataTable.Col label="cx.reviews.checks.column" disableSort>
          <ChecksField />
        </DataTable.Col>
        <DataTable.Col source="sentimentScore" render={(r) => formatNumber(r.sentimentScore, { digits: 2 })} align="right" />
        <DataTable.Col source="status">
          <EnumChipField source="status" />
        </DataTable.Col>
        <DataTable.Col source="postedAt">
          <WhenField source="postedAt" />
        </DataTable.Col>
      </DataTable>
    </>
  );
}

export const ReviewList = () => {
  const navigate = useNavigate();
  const match = useMatch({ path: '/Review/:id', end: true });
  const close = useCallback(() => navigate('/Review'), [navigate]);
  const id = match?.params.id;
  const may = useCan('importReviewsCsv');
  const translate = useTranslate();
  return (
    <Box>
      <Box sx={{ mt: 1 }}>
        <ReviewGatingNotice />
      </Box>
      <List
        filters={reviewFilters(translate)}
        filterDefaultValues={{ status: 'NEW' }}
        sort={{ field: 'postedAt', order: 'DESC' }}
        queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
        perPage={25}
        actions={<ListActions>{may && <ImportCsvButton />}</ListActions>}
      >
        <Table />
      </List>
      <Drawer anchor="right" open={!!id} onClose={close} slotProps={{ paper: { 'aria-label': translate('cx.reviews.title') } }}>
        {id && <ReviewDetail id={id} onClose={close} />}
      </Drawer>
    </Box>
  );
};
