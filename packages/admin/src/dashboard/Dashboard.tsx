// Weekly analytics from the API's own queries (SOP_RULES A1); the browser only reshapes and
// formats what it gets.
import {
  Box,
  Card,
  CardContent,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Title, useDataProvider, useGetIdentity } from 'react-admin';
import { weekLabel, WeeklyChart } from '../common/charts';
import { ReviewGatingNotice } from '../common/ReviewGatingNotice';
import { useCan } from '../common/usePermission';
import type { CxDataProvider } from '../dataProvider';
import type { Analytics, SentimentCell, WeeklyReviewStats } from '../dataProvider/domain';
import { humanize } from '../schema';

const WEEK_MS = 7 * 24 * 3600 * 1000;
const SOURCE_COLORS = ['#1976d2', '#2e7d32', '#ed6c02', '#9c27b0', '#0288d1', '#757575'];

const pct = (v: number | null | undefined) => (typeof v === 'number' ? `${v.toFixed(0)}%` : '—');
const minutes = (v: number | null | undefined) => (typeof v === 'number' ? `${v.toFixed(0)} min` : '—');

function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Kpi({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Tooltip title={hint ?? ''}>
      <Box sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1, minWidth: 120 }}>
        <Typography variant="caption" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h5" component="p">
          {value}
        </Typography>
      </Box>
    </Tooltip>
  );
}

/** reviewAnalytics rows (week × source) → one row per week with a column per source. */
function bySource(rows: WeeklyReviewStats[], field: 'count' | 'averageRating') {
  const sources = [...new Set(rows.filter((r) => r.count > 0).map((r) => r.source))];
  const weeks = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const w = weeks.get(r.weekStart) ?? { weekStart: r.weekStart };
    w[r.source] = r[field];
    weeks.set(r.weekStart, w);
  }
  return {
    rows: [...weeks.values()],
    series: sources.map((s, i) => ({ key: s, label: humanize(s), color: SOURCE_COLORS[i % SOURCE_COLORS.length] })),
  };
}

/** -1 (red) … 0 (grey) … 1 (green). */
function sentimentColor(v: number | null): string {
  if (v === null) return 'transparent';
  const a = Math.min(1, Math.abs(v)) * 0.85 + 0.1;
  return v >= 0 ? `rgba(46,125,50,${a})` : `rgba(211,47,47,${a})`;
}

function Heatmap({ cells }: { cells: SentimentCell[] }) {
  const weeks = [...new Set(cells.map((c) => c.weekStart))];
  const buckets = [...new Set(cells.filter((c) => c.count > 0).map((c) => c.bucket))];
  if (buckets.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No sentiment yet: it fills in as feedback comments and reviews arrive.
      </Typography>
    );
  }
  const at = new Map(cells.map((c) => [`${c.weekStart}|${c.bucket}`, c]));
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" sx={{ '& td, & th': { px: 0.5, py: 0.5, border: 0 } }}>
        <TableHead>
          <TableRow>
            <TableCell>
              <Typography variant="caption">Source</Typography>
            </TableCell>
            {weeks.map((w) => (
              <TableCell key={w} align="center">
                <Typography variant="caption">{weekLabel(w)}</Typography>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {buckets.map((b) => (
            <TableRow key={b}>
              <TableCell>
                <Typography variant="caption">{humanize(b)}</Typography>
              </TableCell>
              {weeks.map((w) => {
                const c = at.get(`${w}|${b}`);
                const v = c && c.count > 0 ? c.averageSentiment : null;
                return (
                  <TableCell key={w} align="center">
                    <Tooltip title={c && c.count > 0 ? `${c.count} · sentiment ${v?.toFixed(2) ?? '—'} · rating ${c.averageRating?.toFixed(1) ?? '—'}` : 'none'}>
                      <Box sx={{ height: 24, minWidth: 36, borderRadius: 0.5, bgcolor: sentimentColor(v ?? null), border: 1, borderColor: 'divider' }} />
                    </Tooltip>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary">
        Red: negative sentiment · green: positive · empty: no data that week.
      </Typography>
    </Box>
  );
}

export const Dashboard = () => {
  const { identity } = useGetIdentity();
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
  // A week without answers has no share of positive or negative (the API sends 0): leave a gap.
  const shares = feedback.map((w) => (w.total === 0 ? { ...w, positivePct: null, negativePct: null } : w));
  const reviewCounts = bySource(data?.reviewAnalytics ?? [], 'count');
  const reviewRatings = bySource(data?.reviewAnalytics ?? [], 'averageRating');
  const loop = data?.loopAnalytics;
  const x = (r: Record<string, unknown>) => weekLabel(String(r.weekStart));
  // The invite mode (R5) concerns those who publish testimonials: the API's access table says who.
  const showGating = useCan('publishReview');

  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard">
      <Title title="CX Loop" />
      <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 2 }}>
        <Typography variant="h5" component="h1">
          {identity?.fullName ? `Hello, ${identity.fullName}` : 'Dashboard'}
        </Typography>
        <ToggleButtonGroup size="small" exclusive value={weeks} onChange={(_, v: number | null) => v && setWeeks(v)} aria-label="Weeks shown">
          {[4, 8, 12, 26].map((w) => (
            <ToggleButton key={w} value={w}>
              {w} weeks
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
      {isPending && <Typography>Loading the weekly figures…</Typography>}
      {data && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Panel title="Feedback volume" testId="feedback-volume">
              <WeeklyChart kind="bar" title="Answers per week" rows={feedback} x={x} series={[{ key: 'total', label: 'Feedback', color: '#1976d2' }]} integer format={(v) => String(Math.round(v))} />
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Panel title="Positive vs negative">
              <WeeklyChart
                kind="line"
                title="Share of ratings (weeks with answers)"
                rows={shares}
                x={x}
                yMax={100}
                format={(v) => `${Math.round(v)}%`}
                series={[
                  { key: 'positivePct', label: '% positive (4–5)', color: '#2e7d32' },
                  { key: 'negativePct', label: '% negative (1–2)', color: '#d32f2f' },
                ]}
              />
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Panel title="Closed loop">
              <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mb: 2 }}>
                <Kpi label="Recovery rate" value={pct(loop?.recoveryRate)} hint="Resolved escalations whose updated rating is 3 or more" />
                <Kpi label="Resolved" value={String(loop?.resolved ?? 0)} />
                <Kpi label="Recovered" value={String(loop?.recovered ?? 0)} />
              </Stack>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Team</TableCell>
                    <TableCell align="right">Escalations</TableCell>
                    <TableCell align="right">SLA hit rate</TableCell>
                    <TableCell align="right">Median to first contact</TableCell>
                    <TableCell align="right">Median to resolution</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {(loop?.teams ?? []).map((t) => (
                    <TableRow key={t.team}>
                      <TableCell>{humanize(t.team)}</TableCell>
                      <TableCell align="right">{t.escalations}</TableCell>
                      <TableCell align="right">{pct(t.slaHitRate)}</TableCell>
                      <TableCell align="right">{minutes(t.medianMinutesToFirstContact)}</TableCell>
                      <TableCell align="right">{minutes(t.medianMinutesToResolution)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Panel title="Top complaint per week">
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Week</TableCell>
                    <TableCell align="right">Answers</TableCell>
                    <TableCell align="right">Avg ★</TableCell>
                    <TableCell>Top complaint</TableCell>
                    <TableCell align="right">Vendor issues</TableCell>
                    <TableCell align="right">Public reviews</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {(data.feedbackAnalytics ?? []).slice(-6).map((w) => (
                    <TableRow key={w.weekStart}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{weekLabel(w.weekStart)}</TableCell>
                      <TableCell align="right">{w.total}</TableCell>
                      <TableCell align="right">{w.averageRating?.toFixed(1) ?? '—'}</TableCell>
                      <TableCell>{w.topComplaint ? humanize(w.topComplaint) : '—'}</TableCell>
                      <TableCell align="right">{w.vendorIssuesFlagged}</TableCell>
                      <TableCell align="right">{w.newPublicReviews}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Panel title="Review growth">
              <WeeklyChart kind="bar" title="New public reviews per week, by source" rows={reviewCounts.rows} x={x} series={reviewCounts.series} integer format={(v) => String(Math.round(v))} />
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Panel title="Rating trend">
              <WeeklyChart kind="line" title="Average review rating, by source" rows={reviewRatings.rows} x={x} series={reviewRatings.series} yMin={1} yMax={5} />
            </Panel>
          </Grid>
          <Grid size={12}>
            <Panel title="Sentiment heatmap">
              <Heatmap cells={data.sentimentHeatmap ?? []} />
            </Panel>
          </Grid>
        </Grid>
      )}
    </Box>
  );
};
