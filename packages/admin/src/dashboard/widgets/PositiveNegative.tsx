import { WeeklyChart } from '../../common/charts';
import type { WeeklyFeedbackStats } from '../../dataProvider/domain';
import { Panel, weekX } from '../Panel';
import { useTranslate } from 'react-admin';

export function PositiveNegative({ weeks }: { weeks: WeeklyFeedbackStats[] }) {
  // A week without answers has no share of positive or negative (the API sends 0): leave a gap.
  const shares = weeks.map((w) => (w.total === 0 ? { ...w, positivePct: null, negativePct: null } : w));
  const translate = useTranslate();
  return (
    <Panel title="cx.dashboard.positive_negative.title">
      <WeeklyChart
        kind="line"
        title={translate('cx.dashboard.positive_negative.chart')}
        rows={shares}
        x={weekX}
        yMax={100}
        format={(v) => `${Math.round(v)}%`}
        series={[
          { key: 'positivePct', label: translate('cx.dashboard.positive_negative.positive'), color: '#2e7d32' },
          { key: 'negativePct', label: translate('cx.dashboard.positive_negative.negative'), color: '#d32f2f' },
        ]}
      />
    </Panel>
  );
}
