import { WeeklyChart } from '../../common/charts';
import type { WeeklyReviewStats } from '../../dataProvider/domain';
import { Panel, weekX } from '../Panel';
import { bySource } from '../reviewSeries';
import { useTranslate } from 'react-admin';

export function ReviewGrowth({ reviews }: { reviews: WeeklyReviewStats[] }) {
  const counts = bySource(reviews, 'count');
  const translate = useTranslate();
  return (
    <Panel title="cx.dashboard.review_growth.title">
      <WeeklyChart kind="bar" title={translate('cx.dashboard.review_growth.chart')} rows={counts.rows} x={weekX} series={counts.series} integer format={(v) => String(Math.round(v))} />
    </Panel>
  );
}
