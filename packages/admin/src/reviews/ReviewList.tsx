// Marketing's review inbox (STYLE.md: list + detail drawer, bulk actions, filters file, status tabs).
import { Box, Drawer, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useCallback } from 'react';
import { DataTable, FilterButton, List, TopToolbar, useListContext, useMatch, useNavigate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ServerExportButton } from '../common/ExportButton';
import { EnumChipField, WhenField } from '../common/fields';
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
  { id: 'NEW', name: 'Inbox' },
  { id: 'SHORTLISTED', name: 'Shortlisted' },
  { id: 'PUBLISHED', name: 'Published' },
  { id: 'REJECTED', name: 'Rejected' },
];

function StatusTabs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const value = TABS.some((t) => t.id === filterValues.status) ? filterValues.status : 'NEW';
  return (
    <Tabs
      value={value}
      onChange={(_, status: string) => setFilters({ ...filterValues, status }, displayedFilters)}
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      {TABS.map((t) => (
        <Tab key={t.id} value={t.id} label={t.name} />
      ))}
    </Tabs>
  );
}

const EMPTY_TEXT: Record<string, string> = {
  NEW: 'No new reviews. Import reviews (API key with REVIEWS_WRITE, or importReviewsCsv) and they arrive here with their checks.',
  SHORTLISTED: 'Nothing shortlisted. Shortlist reviews from the Inbox tab.',
  PUBLISHED: 'Nothing is live. Publish a shortlisted review to a platform.',
  REJECTED: 'No rejected reviews.',
};

function Empty() {
  const { filterValues } = useListContext();
  return <EmptyState title="Nothing here" text={EMPTY_TEXT[filterValues.status] ?? 'No review matches these filters; clear some.'} />;
}

const excerpt = (t: string) => (t.length > 120 ? `${t.slice(0, 117)}…` : t);

function Table() {
  return (
    <>
      <StatusTabs />
      <DataTable rowClick={(id) => `/Review/${id}`} bulkActionButtons={<BulkReviewButtons />} empty={<Empty />}>
        <DataTable.Col source="rating" render={(r) => <span aria-label={`${r.rating} stars`} style={{ color: '#f5a623', whiteSpace: 'nowrap' }}>{'★'.repeat(r.rating)}</span>} />
        <DataTable.Col source="authorName" label="Author" />
        <DataTable.Col source="text" disableSort render={(r) => <Typography variant="body2">{excerpt(r.text)}</Typography>} />
        <DataTable.Col source="source">
          <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
            <EnumChipField source="source" />
            <VerifiedOrderChip />
          </Stack>
        </DataTable.Col>
        <DataTable.Col label="Checks" disableSort>
          <ChecksField />
        </DataTable.Col>
        <DataTable.Col source="sentimentScore" label="Sentiment" render={(r) => r.sentimentScore.toFixed(2)} align="right" />
        <DataTable.Col source="status">
          <EnumChipField source="status" />
        </DataTable.Col>
        <DataTable.Col source="postedAt" label="Posted">
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
  return (
    <Box>
      <Box sx={{ mt: 1 }}>
        <ReviewGatingNotice />
      </Box>
      <List
        filters={reviewFilters}
        filterDefaultValues={{ status: 'NEW' }}
        sort={{ field: 'postedAt', order: 'DESC' }}
        queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
        perPage={25}
        actions={
          <TopToolbar>
            <FilterButton />
            {may && <ImportCsvButton />}
            <ServerExportButton />
          </TopToolbar>
        }
      >
        <Table />
      </List>
      <Drawer anchor="right" open={!!id} onClose={close} slotProps={{ paper: { 'aria-label': 'Review' } }}>
        {id && <ReviewDetail id={id} onClose={close} />}
      </Drawer>
    </Box>
  );
};
