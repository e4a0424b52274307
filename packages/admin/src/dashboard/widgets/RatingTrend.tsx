import { WeeklyChart } from '../../common/charts';
import type { WeeklyReviewStats } from '../../dataProvider/domain';
import { Panel, weekX } from '../Panel';
import { bySource } from '../reviewSeries';

export function RatingTrend({ reviews }: { reviews: WeeklyReviewStats[] }) {
  const ratings = bySource(reviews, 'averageRating');
  return (
    <Panel title="Rating trend">
      <WeeklyChart kind="line" title="Average review rating, by source" rows={ratings.rows} x={weekX} series={ratings.series} yMin={1} yMax={5} />
    </Panel>
  );
}
