// Marketing's review inbox (STYLE.md: list + detail drawer, bulk actions, filters file, status tabs).
import { Box, Button, Drawer, Stack, Tab, Tabs, Typography } from '@mui/material';
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

const EMPTY: Record<string, { title: string; text: string }> = {
  NEW: { title: 'The inbox is empty', text: 'New reviews arrive here from the review platforms, with their checks. To add some from a spreadsheet, use Import CSV above.' },
  SHORTLISTED: { title: 'Nothing shortlisted', text: 'Shortlist reviews from the Inbox tab; they wait here to be published.' },
  PUBLISHED: { title: 'Nothing is live', text: 'Publish a shortlisted review to a platform and it shows here.' },
  REJECTED: { title: 'No rejected reviews', text: 'Reviews you reject move here with your reason.' },
};

/** An empty tab says why; a tab emptied by the filters says so and clears them (keeping the tab). */
function Empty() {
  const { filterValues, setFilters } = useListContext();
  const { status, ...others } = filterValues;
  const filtered = Object.values(others).some((v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (filtered) {
    return (
      <EmptyState
        title="No reviews match these filters"
        text="Try other filters, or clear them to see every review on this tab."
        action={
          <Button variant="outlined" onClick={() => setFilters({ status }, {})}>
            Clear filters
          </Button>
        }
      />
    );
  }
  const empty = EMPTY[status] ?? EMPTY.NEW;
  return <EmptyState title={empty.title} text={empty.text} />;
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
