import { WeeklyChart } from '../../common/charts';
import type { WeeklyFeedbackStats } from '../../dataProvider/domain';
import { Panel, weekX } from '../Panel';

export function FeedbackVolume({ weeks }: { weeks: WeeklyFeedbackStats[] }) {
  return (
    <Panel title="Feedback volume" testId="feedback-volume">
      <WeeklyChart
        kind="bar"
        title="Answers per week"
        rows={weeks}
        x={weekX}
        series={[{ key: 'total', label: 'Feedback', color: '#1976d2' }]}
        integer
        format={(v) => String(Math.round(v))}
      />
    </Panel>
  );
}
