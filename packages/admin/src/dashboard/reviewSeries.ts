import type { WeeklyReviewStats } from '../dataProvider/domain';
import { humanize } from '../schema';

const SOURCE_COLORS = ['#1976d2', '#2e7d32', '#ed6c02', '#9c27b0', '#0288d1', '#757575'];

/** reviewAnalytics rows (week × source) → one row per week with a column per source. */
export function bySource(rows: WeeklyReviewStats[], field: 'count' | 'averageRating') {
  const sources = [...new Set(rows.filter((r) => r.count > 0).map((r) => r.source))];
  const weeks = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const w = weeks.get(r.weekStart) ?? { weekStart: r.weekStart };
    w[r.source] = r[field];
    weeks.set(r.weekStart, w);
  }
  return {
    rows: [...weeks.values()],
    series: sources.map((s, i) => ({ key: s, label: humanize(s), color: SOURCE_COLORS[i % SOURCE_COLORS.length] })),
  };
}
