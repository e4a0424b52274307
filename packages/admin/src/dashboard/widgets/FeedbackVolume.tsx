import { WeeklyChart } from '../../common/charts';
import type { WeeklyFeedbackStats } from '../../dataProvider/domain';
import { Panel, weekX } from '../Panel';
import { useTranslate } from 'react-admin';

export function FeedbackVolume({ weeks }: { weeks: WeeklyFeedbackStats[] }) {
  const translate = useTranslate();
  return (
    <Panel title="cx.dashboard.feedback_volume.title" testId="feedback-volume">
      <WeeklyChart
        kind="bar"
        title={translate('cx.dashboard.feedback_volume.chart')}
        rows={weeks}
        x={weekX}
        series={[{ key: 'total', label: translate('cx.dashboard.feedback_volume.series'), color: '#1976d2' }]}
        integer
        format={(v) => String(Math.round(v))}
      />
    </Panel>
  );
}
