import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { weekLabel } from '../../common/charts';
import type { WeeklyFeedbackStats } from '../../dataProvider/domain';
import { humanize } from '../../schema';
import { Panel } from '../Panel';

/** The last six weeks, newest last. */
export function TopComplaints({ weeks }: { weeks: WeeklyFeedbackStats[] }) {
  return (
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
          {weeks.slice(-6).map((w) => (
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
  );
}
