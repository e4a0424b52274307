import { WeeklyChart } from '../../common/charts';
import type { WeeklyReviewStats } from '../../dataProvider/domain';
import { Panel, weekX } from '../Panel';
import { bySource } from '../reviewSeries';

export function ReviewGrowth({ reviews }: { reviews: WeeklyReviewStats[] }) {
  const counts = bySource(reviews, 'count');
  return (
    <Panel title="Review growth">
      <WeeklyChart kind="bar" title="New public reviews per week, by source" rows={counts.rows} x={weekX} series={counts.series} integer format={(v) => String(Math.round(v))} />
    </Panel>
  );
}
