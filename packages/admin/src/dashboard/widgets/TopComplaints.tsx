import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { weekLabel } from '../../common/charts';
import { formatNumber } from '../../common/format';
import type { WeeklyFeedbackStats } from '../../dataProvider/domain';
import { humanize } from '../../schema';
import { Panel } from '../Panel';
import { useTranslate } from 'react-admin';

/** The last six weeks, newest last. */
export function TopComplaints({ weeks }: { weeks: WeeklyFeedbackStats[] }) {
  const translate = useTranslate();
  return (
    <Panel title="cx.dashboard.top_complaints.title">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('cx.dashboard.top_complaints.week')}</TableCell>
            <TableCell align="right">{translate('cx.dashboard.top_complaints.answers')}</TableCell>
            <TableCell align="right">{translate('cx.dashboard.top_complaints.avg')}</TableCell>
            <TableCell>{translate('cx.dashboard.top_complaints.top')}</TableCell>
            <TableCell align="right">{translate('cx.dashboard.top_complaints.vendor_issues')}</TableCell>
            <TableCell align="right">{translate('cx.dashboard.top_complaints.public_reviews')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {weeks.slice(-6).map((w) => (
            <TableRow key={w.weekStart}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{weekLabel(w.weekStart)}</TableCell>
              <TableCell align="right">{w.total}</TableCell>
              <TableCell align="right">{formatNumber(w.averageRating, { digits: 1 })}</TableCell>
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
