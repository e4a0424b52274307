// A1 with K2, K6: support cases' service figures per team, type or Asia/Kolkata week. The SQL
// (analytics.service.ts) counts; this file turns the counts into rates, rounds them and names
// the groups, in the order the dashboard and the CSV list them.
import { CaseType, Team } from '../../common/enums.js';
import { istDay } from '../../common/weeks.js';

export enum CaseAnalyticsGroup { TEAM = 'TEAM', TYPE = 'TYPE', WEEK = 'WEEK' }

/** One group's counts as the SQL returns them; `key` is a team, a case type or a week start (ISO). */
export interface CaseGroupCounts {
  key: string;
  cases: number;
  firstResponseDecided: number;
  firstResponseMet: number;
  resolutionDecided: number;
  resolutionMet: number;
  medianFirstResponseMinutes: number | null;
  medianResolutionMinutes: number | null;
  /** Cases resolved at least once (resolved now, or reopened since). */
  resolvedEver: number;
  reopened: number;
  rated: number;
  /** Ratings of 4 or 5. */
  positive: number;
  averageRating: number | null;
}

export interface CaseServiceFiguresRow {
  group: string;
  cases: number;
  firstResponseMet: number;
  firstResponseHitRate: number | null;
  resolutionMet: number;
  resolutionHitRate: number | null;
  medianFirstResponseMinutes: number | null;
  medianResolutionMinutes: number | null;
  reopened: number;
  reopenRate: number | null;
  rated: number;
  resolutionCsat: number | null;
  averageResolutionRating: number | null;
}

/** part / whole as 0..100 with one decimal (as A1's percentages); null when there is nothing to divide. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

/** Two decimals, as the other analytics' averages and medians. */
export const round2 = (x: number | null): number | null => (x == null ? null : Math.round(x * 100) / 100);

/** The group's label: the team or type as named in the schema, or the week's Monday as an Asia/Kolkata date (YYYY-MM-DD). */
export function groupLabel(groupBy: CaseAnalyticsGroup, key: string): string {
  return groupBy === CaseAnalyticsGroup.WEEK ? istDay(new Date(key)) : key;
}

const NONE: Omit<CaseGroupCounts, 'key'> = {
  cases: 0, firstResponseDecided: 0, firstResponseMet: 0, resolutionDecided: 0, resolutionMet: 0, medianFirstResponseMinutes: null,
  medianResolutionMinutes: null, resolvedEver: 0, reopened: 0, rated: 0, positive: 0, averageRating: null,
};

export function figuresOf(groupBy: CaseAnalyticsGroup, c: CaseGroupCounts): CaseServiceFiguresRow {
  return {
    group: groupLabel(groupBy, c.key),
    cases: c.cases,
    firstResponseMet: c.firstResponseMet,
    firstResponseHitRate: rate(c.firstResponseMet, c.firstResponseDecided),
    resolutionMet: c.resolutionMet,
    resolutionHitRate: rate(c.resolutionMet, c.resolutionDecided),
    medianFirstResponseMinutes: round2(c.medianFirstResponseMinutes),
    medianResolutionMinutes: round2(c.medianResolutionMinutes),
    reopened: c.reopened,
    reopenRate: rate(c.reopened, c.resolvedEver),
    rated: c.rated,
    resolutionCsat: rate(c.positive, c.rated),
    averageResolutionRating: round2(c.averageRating),
  };
}

/**
 * The rows in their order: every week overlapping the range, oldest first, with zeros for a week
 * without cases (as feedbackAnalytics); teams and types in the schema's order, only those with cases.
 */
export function caseFigures(groupBy: CaseAnalyticsGroup, counts: CaseGroupCounts[], weeks: Date[]): CaseServiceFiguresRow[] {
  const byKey = new Map(counts.map((c) => [c.key, c]));
  const keys = groupBy === CaseAnalyticsGroup.WEEK
    ? weeks.map((w) => w.toISOString())
    : (groupBy === CaseAnalyticsGroup.TEAM ? Object.values(Team) : Object.values(CaseType)).filter((k: string) => byKey.has(k));
  return keys.map((key) => figuresOf(groupBy, byKey.get(key) ?? { key, ...NONE }));
}
