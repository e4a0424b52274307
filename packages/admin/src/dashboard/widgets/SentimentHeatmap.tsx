import { Box, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { weekLabel } from '../../common/charts';
import { formatNumber } from '../../common/format';
import type { SentimentCell } from '../../dataProvider/domain';
import { humanize } from '../../schema';
import { Panel } from '../Panel';
import { useTranslate } from 'react-admin';

/** -1 (red) … 0 (grey) … 1 (green). */
function sentimentColor(v: number | null): string {
  if (v === null) return 'transparent';
  const a = Math.min(1, Math.abs(v)) * 0.85 + 0.1;
  return v >= 0 ? `rgba(46,125,50,${a})` : `rgba(211,47,47,${a})`;
}

function Heatmap({ cells }: { cells: SentimentCell[] }) {
  const translate = useTranslate();
  const weeks = [...new Set(cells.map((c) => c.weekStart))];
  const buckets = [...new Set(cells.filter((c) => c.count > 0).map((c) => c.bucket))];
  if (buckets.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('cx.dashboard.sentiment.empty')}
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
              <Typography variant="caption">{translate('cx.dashboard.sentiment.source')}</Typography>
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
                    <Tooltip title={c && c.count > 0 ? translate('cx.dashboard.sentiment.cell', { count: c.count, sentiment: formatNumber(v, { digits: 2 }), rating: formatNumber(c.averageRating, { digits: 1 }) }) : translate('cx.dashboard.sentiment.none')}>
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
        {translate('cx.dashboard.sentiment.legend')}
      </Typography>
    </Box>
  );
}

export function SentimentHeatmap({ cells }: { cells: SentimentCell[] }) {
  return (
    <Panel title="cx.dashboard.sentiment.title">
      <Heatmap cells={cells} />
    </Panel>
  );
}
