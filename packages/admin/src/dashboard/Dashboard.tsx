// Weekly analytics from the API's own queries (SOP_RULES A1); the browser only reshapes and
// formats what it gets. One query for the weeks chosen; each widget (widgets/*) draws its part.
import { Box, Grid, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Title, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import { ReviewGatingNotice } from '../common/ReviewGatingNotice';
import { useCan } from '../common/usePermission';
import type { CxDataProvider } from '../dataProvider';
import type { Analytics } from '../dataProvider/domain';
import { CaseService } from './widgets/CaseService';
import { ClosedLoop } from './widgets/ClosedLoop';
import { FeedbackVolume } from './widgets/FeedbackVolume';
import { PositiveNegative } from './widgets/PositiveNegative';
import { RatingTrend } from './widgets/RatingTrend';
import { ReviewGrowth } from './widgets/ReviewGrowth';
import { SentimentHeatmap } from './widgets/SentimentHeatmap';
import { TopComplaints } from './widgets/TopComplaints';

const WEEK_MS = 7 * 24 * 3600 * 1000;

export const Dashboard = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const dataProvider = useDataProvider<CxDataProvider>();
  const [weeks, setWeeks] = useState(8);
  // Whole weeks back from now; the API buckets them (Monday 00:00 Asia/Kolkata).
  const range = useMemo(() => {
    const to = new Date();
    return { from: new Date(to.getTime() - weeks * WEEK_MS).toISOString(), to: to.toISOString() };
  }, [weeks]);
  const { data, error, isPending } = useQuery<Analytics, Error>({
    queryKey: ['analytics', range],
    queryFn: () => dataProvider.analytics(range),
  });
  const feedback = data?.feedbackAnalytics ?? [];
  const reviews = data?.reviewAnalytics ?? [];
  // The invite mode (R5) concerns those who publish testimonials: the API's access table says who.
  const showGating = useCan('publishReview');

  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard">
      <Title title="cx.app.name" />
      <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 2 }}>
        <Typography variant="h5" component="h2">
          {identity?.fullName ? translate('cx.dashboard.hello', { name: identity.fullName }) : translate('ra.page.dashboard')}
        </Typography>
        <ToggleButtonGroup size="small" exclusive value={weeks} onChange={(_, v: number | null) => v && setWeeks(v)} aria-label={translate('cx.dashboard.weeks_shown')}>
          {[4, 8, 12, 26].map((w) => (
            <ToggleButton key={w} value={w}>
              {translate('cx.dashboard.weeks', { smart_count: w })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      {showGating && (
        <Box sx={{ mb: 2 }}>
          <ReviewGatingNotice />
        </Box>
      )}
      {error && <Typography color="error">{error.message}</Typography>}
      {isPending && <Typography>{translate('cx.dashboard.loading')}</Typography>}
      {data && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <FeedbackVolume weeks={feedback} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <PositiveNegative weeks={feedback} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <ClosedLoop loop={data.loopAnalytics} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TopComplaints weeks={feedback} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <ReviewGrowth reviews={reviews} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <RatingTrend reviews={reviews} />
          </Grid>
          <Grid size={12}>
            <CaseService />
          </Grid>
          <Grid size={12}>
            <SentimentHeatmap cells={data.sentimentHeatmap ?? []} />
          </Grid>
        </Grid>
      )}
    </Box>
  );
};
