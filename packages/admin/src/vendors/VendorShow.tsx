import { Box, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { DataTable, Labeled, ArrayField, Show, useRecordContext, TopToolbar, EditButton, useTranslate } from 'react-admin';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { EmptyState } from '../common/EmptyState';
import { DayField, EnumChipField, WhenField } from '../common/fields';
import { useCan } from '../common/usePermission';
import { humanize } from '../schema';
import { SCORECARD_FIGURES, ScorecardFigure } from './ScorecardFigure';
import { TopPerformerBadge } from './TopPerformerBadge';
import { VendorStatusButtons } from './VendorStatusButtons';
import { VendorTrend } from './VendorTrend';
import { SCORECARD_FIELDS } from './VendorList';
import { VendorLedger } from '../money/Ledger';

const SHOW_FIELDS = [
  'id',
  // Sent back with hold / reinstate (expectedVersion): a change since loading is refused, not overwritten.
  'version',
  'name',
  'city',
  'status',
  'statusReason',
  'createdAt',
  AVAILABLE_ACTIONS,
  {
    scorecard: SCORECARD_FIELDS,
  },
  { actions: ['at', 'kind', 'reason', 'automatic', { by: ['id', 'name'] }] },
];

const VendorTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{translate('cx.vendors.show_title', { name: record?.name ?? '' })}</>;
};

// Each figure's name: cx.vendors.figures.<key>.
function Scorecard() {
  const translate = useTranslate();
  return (
    <Grid container spacing={1} data-testid="scorecard">
      {Object.keys(SCORECARD_FIGURES).map((key) => (
        <Grid key={key} size={{ xs: 6, sm: 4 }}>
          <Box sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }}>
            <Typography variant="caption" color="text.secondary">
              {translate(`cx.vendors.figures.${key}`)}
            </Typography>
            <ScorecardFigure name={key} variant="h6" component="p" />
          </Box>
        </Grid>
      ))}
    </Grid>
  );
}

function Header() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="h5" component="h2">
          {r.name}
        </Typography>
        <EnumChipField source="status" />
        <TopPerformerBadge />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {r.city ?? translate('cx.vendors.no_city')} · {translate('cx.vendors.since')} <DayField source="createdAt" />
      </Typography>
      {r.statusReason && r.status !== 'ACTIVE' && (
        <Labeled label={translate('cx.vendors.why', { status: humanize(r.status).toLowerCase() })}>
          <Typography variant="body2">{r.statusReason}</Typography>
        </Labeled>
      )}
      <VendorStatusButtons />
    </Stack>
  );
}

function Trend() {
  const r = useRecordContext();
  return r ? <VendorTrend vendorId={String(r.id)} /> : null;
}

const Actions = () => (useCan('updateVendor') ? <TopToolbar><EditButton /></TopToolbar> : null);

export function VendorShow() {
  const translate = useTranslate();
  return (
  <Show title={<VendorTitle />} actions={<Actions />} queryOptions={{ meta: { sparseFields: SHOW_FIELDS } }} component="div">
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card>
          <CardContent>
            <Stack spacing={2}>
              <Header />
              <Scorecard />
            </Stack>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card>
          <CardContent>
            <Trend />
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <Card>
          <CardContent>
            <VendorLedger />
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <Card>
          <CardContent>
            <Typography variant="subtitle1">{translate('cx.vendors.status_history')}</Typography>
            <ArrayField source="actions">
              <DataTable
                bulkActionButtons={false}
                rowClick={false}
                empty={<EmptyState title="cx.vendors.no_actions.title" text="cx.vendors.no_actions.text" />}
              >
                <DataTable.Col source="at" label="cx.vendors.when" disableSort>
                  <WhenField source="at" />
                </DataTable.Col>
                <DataTable.Col source="kind" disableSort>
                  <EnumChipField source="kind" />
                </DataTable.Col>
                <DataTable.Col source="reason" disableSort />
                <DataTable.Col source="by.name" label="cx.vendors.by" disableSort render={(a) => a.by?.name ?? (a.automatic ? translate('cx.vendors.automatic') : '—')} />
              </DataTable>
            </ArrayField>
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  </Show>
  );
}
