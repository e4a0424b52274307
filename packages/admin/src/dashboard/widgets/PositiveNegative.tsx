import { WeeklyChart } from '../../common/charts';
import type { WeeklyFeedbackStats } from '../../dataProvider/domain';
import { Panel, weekX } from '../Panel';

export function PositiveNegative({ weeks }: { weeks: WeeklyFeedbackStats[] }) {
  // A week without answers has no share of positive or negative (the API sends 0): leave a gap.
  const shares = weeks.map((w) => (w.total === 0 ? { ...w, positivePct: null, negativePct: null } : w));
  return (
    <Panel title="Positive vs negative">
      <WeeklyChart
        kind="line"
        title="Share of ratings (weeks with answers)"
        rows={shares}
        x={weekX}
        yMax={100}
        format={(v) => `${Math.round(v)}%`}
        series={[
          { key: 'positivePct', label: '% positive (4–5)', color: '#2e7d32' },
          { key: 'negativePct', label: '% negative (1–2)', color: '#d32f2f' },
        ]}
      />
    </Panel>
  );
}
