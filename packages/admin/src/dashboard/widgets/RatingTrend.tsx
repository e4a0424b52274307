import { WeeklyChart } from '../../common/charts';
import type { WeeklyReviewStats } from '../../dataProvider/domain';
import { Panel, weekX } from '../Panel';
import { bySource } from '../reviewSeries';
import { useTranslate } from 'react-admin';

export function RatingTrend({ reviews }: { reviews: WeeklyReviewStats[] }) {
  const ratings = bySource(reviews, 'averageRating');
  const translate = useTranslate();
  return (
    <Panel title="cx.dashboard.rating_trend.title">
      <WeeklyChart kind="line" title={translate('cx.dashboard.rating_trend.chart')} rows={ratings.rows} x={weekX} series={ratings.series} yMin={1} yMax={5} />
    </Panel>
  );
}
