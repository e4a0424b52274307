// Weekly analytics (A1, SOP 001 §11) for CX and marketing, and the closed loop's own figures.
// Weeks are Asia/Kolkata weeks; every figure is aggregated in SQL.
import type { EntityManager } from '@mikro-orm/postgresql';
import { EscalationCategory, ReviewSource, Team } from '../../common/enums.js';
import { badInput } from '../../common/errors.js';
import { VENDOR_COMPLAINT_CATEGORIES } from '../vendors/vendor.policy.js';
import { FEEDBACK_BUCKET, type LoopAnalytics, type SentimentCell, type TeamLoopStats, type WeeklyFeedbackStats, type WeeklyReviewStats } from './analytics.types.js';
import { istDay, weeksOverlapping } from '../../common/weeks.js';
import { decideAnalyticsRange } from './weeks.policy.js';
import type { Clock } from '../../common/clock.js';
import type { Principal } from '../access/principal.js';
import { visibleTeams } from '../access/team-scope.policy.js';
import { CaseAnalyticsGroup, caseFigures, type CaseGroupCounts, type CaseServiceFiguresRow } from './case-analytics.policy.js';

/** The start of a rollup day's Asia/Kolkata week, as an instant (the weeks' key). */
const DAY_WEEK = `(date_trunc('week', day)::timestamp at time zone 'Asia/Kolkata')`;
const pct = (part: number, total: number) => (total ? Math.round((part / total) * 1000) / 10 : 0);
const round2 = (x: unknown) => (x == null ? null : Math.round(Number(x) * 100) / 100);
const iso = (d: Date | string) => new Date(d).toISOString();

function checkRange(from: Date, to: Date): void {
  const range = decideAnalyticsRange(from, to);
  if (!range.ok) throw badInput(range.field, range.message);
}

/** The SQL key of each grouping; WEEK is the Asia/Kolkata week's start as an instant (as weekStart). */
const CASE_GROUP_KEY: Record<CaseAnalyticsGroup, string> = {
  [CaseAnalyticsGroup.TEAM]: 'team',
  [CaseAnalyticsGroup.TYPE]: 'type',
  [CaseAnalyticsGroup.WEEK]: `(date_trunc('week', created_at at time zone 'Asia/Kolkata') at time zone 'Asia/Kolkata')`,
};

/**
 * K2 as counted by the hit rates: a clock is decided once met, breached, or running (not paused,
 * not stopped) past its due time at `now` (before its timer has marked it); met in time when it
 * was met by its (pause-shifted) due time and never breached. As isClockBreached (sla-clock.policy).
 */
const CLOCK_DECIDED = `(k.met_at is not null or k.breached_at is not null or (k.stopped_at is null and k.paused_at is null and k.due_at < ?))`;
const CLOCK_MET = `(k.met_at is not null and k.met_at <= k.due_at and k.breached_at is null)`;

export class AnalyticsService {
  constructor(private readonly clock: Clock) {}

  /** The weeks of [from, to), validated. */
  weeks(from: Date, to: Date): { weeks: Date[]; start: Date; end: Date } {
    checkRange(from, to);
    const weeks = weeksOverlapping(from, to);
    return { weeks, start: weeks[0], end: new Date(weeks.at(-1)!.getTime() + 7 * 86_400_000) };
  }

  async weeklyFeedback(em: EntityManager, from: Date, to: Date): Promise<WeeklyFeedbackStats[]> {
    const { weeks, start, end } = this.weeks(from, to);
    // Weeks start at Asia/Kolkata midnight, so whole days of the trigger-kept daily rollups
    // (rollup.entity.ts) add up to exactly the weeks: a year is a few thousand rows.
    const days = [istDay(start), istDay(end)];
    const [feedback, complaints, flagged, reviews] = await Promise.all([
      em.execute(
        `select ${DAY_WEEK} as ws, sum(total)::int as total, sum(positive)::int as pos,
                sum(negative)::int as neg, (sum(rating_sum)::float8 / nullif(sum(total), 0)) as avg,
                sum(comments)::int as comments, (sum(sentiment_sum) / nullif(sum(comments), 0))::float8 as sentiment
         from feedback_daily_rollup where day >= ? and day < ? group by 1`,
        days,
      ),
      // A day's count can fall to 0 when escalations are re-categorised: such a category is not a complaint that week.
      em.execute(
        `select distinct on (ws) ws, category from (
           select ${DAY_WEEK} as ws, category, sum(n) as n from escalation_daily_rollup
           where day >= ? and day < ? group by 1, 2 having sum(n) > 0) c
         order by ws, n desc, category`,
        days,
      ),
      em.execute(
        `select ${DAY_WEEK} as ws, sum(n)::int as n from escalation_daily_rollup
         where vendor_attributed and category in (?) and day >= ? and day < ? group by 1`,
        [[...VENDOR_COMPLAINT_CATEGORIES], ...days],
      ),
      em.execute(
        `select ${DAY_WEEK} as ws, sum(n)::int as n from review_daily_rollup
         where source <> 'INTERNAL' and day >= ? and day < ? group by 1`,
        days,
      ),
    ]);
    const byWeek = <T extends { ws: Date }>(rows: T[]) => new Map(rows.map((r) => [iso(r.ws), r]));
    const fb = byWeek(feedback as { ws: Date; total: number; pos: number; neg: number; avg: number | null; comments: number; sentiment: number | null }[]);
    const top = byWeek(complaints as { ws: Date; category: EscalationCategory }[]);
    const flags = byWeek(flagged as { ws: Date; n: number }[]);
    const rev = byWeek(reviews as { ws: Date; n: number }[]);
    return weeks.map((w) => {
      const f = fb.get(iso(w));
      const total = f?.total ?? 0;
      return {
        weekStart: w,
        total,
        positivePct: pct(f?.pos ?? 0, total),
        negativePct: pct(f?.neg ?? 0, total),
        averageRating: round2(f?.avg ?? null),
        topComplaint: top.get(iso(w))?.category ?? null,
        vendorIssuesFlagged: flags.get(iso(w))?.n ?? 0,
        newPublicReviews: rev.get(iso(w))?.n ?? 0,
        commentsScored: f?.comments ?? 0,
        averageCommentSentiment: round2(f?.sentiment ?? null),
      };
    });
  }

  /** Reviews per week and source from the daily rollup; a source with none that week has no row. */
  private async reviewWeeks(em: EntityManager, from: Date, to: Date): Promise<{ ws: Date; source: ReviewSource; n: number; avg: number | null; sentiment: number | null }[]> {
    const { start, end } = this.weeks(from, to);
    return em.execute(
      `select ${DAY_WEEK} as ws, source, sum(n)::int as n, (sum(rating_sum)::numeric / sum(n))::float8 as avg,
              (sum(sentiment_sum) / sum(n))::float8 as sentiment
       from review_daily_rollup where day >= ? and day < ? group by 1, 2 having sum(n) > 0 order by 1, 2`,
      [istDay(start), istDay(end)],
    );
  }

  /** Review growth and rating trend per source and week (GMB review growth, app rating trends). */
  async weeklyReviews(em: EntityManager, from: Date, to: Date): Promise<WeeklyReviewStats[]> {
    const rows = await this.reviewWeeks(em, from, to);
    return rows.map((r) => ({ weekStart: new Date(r.ws), source: r.source, count: r.n, averageRating: round2(r.avg), averageSentiment: round2(r.sentiment) }));
  }

  /**
   * The sentiment heatmap: per week, reviews' average sentiment by source, and feedback comments'
   * as one more bucket (FEEDBACK: what customers wrote when rating us, which no review source
   * counts unless it was imported as an INTERNAL review).
   */
  async sentimentHeatmap(em: EntityManager, from: Date, to: Date): Promise<SentimentCell[]> {
    const { start, end } = this.weeks(from, to);
    const [reviews, comments] = await Promise.all([
      this.reviewWeeks(em, from, to),
      em.execute(
        `select ${DAY_WEEK} as ws, sum(comments)::int as n, (sum(comment_rating_sum)::numeric / sum(comments))::float8 as avg,
                (sum(sentiment_sum) / sum(comments))::float8 as sentiment
         from feedback_daily_rollup where day >= ? and day < ? group by 1 having sum(comments) > 0 order by 1`,
        [istDay(start), istDay(end)],
      ) as Promise<{ ws: Date; n: number; avg: number | null; sentiment: number | null }[]>,
    ]);
    const cells = [
      ...reviews.map((r) => ({ ws: r.ws, bucket: r.source as string, n: r.n, avg: r.avg, sentiment: r.sentiment })),
      ...comments.map((r) => ({ ...r, bucket: FEEDBACK_BUCKET })),
    ].sort((a, b) => new Date(a.ws).getTime() - new Date(b.ws).getTime() || (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
    return cells.map((r) => ({ weekStart: new Date(r.ws), bucket: r.bucket, count: r.n, averageRating: round2(r.avg), averageSentiment: round2(r.sentiment) }));
  }

  /** SLA hit rate, median times to first contact and to resolution per team, and the recovery rate. */
  async loop(em: EntityManager, from: Date, to: Date): Promise<LoopAnalytics> {
    // The same span as the weekly figures beside it on the dashboard.
    checkRange(from, to);
    const teams: { team: Team; n: number; contacted: number; hit: number; first: number | null; resolution: number | null }[] = await em.execute(
      `select team, count(*)::int as n, count(first_contact_at)::int as contacted,
              count(*) filter (where first_contact_at <= first_contact_due_at)::int as hit,
              percentile_cont(0.5) within group (order by extract(epoch from first_contact_at - created_at) / 60)
                filter (where first_contact_at is not null) as first,
              percentile_cont(0.5) within group (order by extract(epoch from resolved_at - created_at) / 60)
                filter (where resolved_at is not null) as resolution
       from escalation where created_at >= ? and created_at < ? group by team order by team`,
      [from, to],
    );
    const [recovery]: { resolved: number; recovered: number }[] = await em.execute(
      `select count(*)::int as resolved, count(*) filter (where f.rating >= 3)::int as recovered
       from escalation e left join feedback f on f.re_rated_escalation_id = e.id
       where e.resolved_at is not null and e.resolved_at >= ? and e.resolved_at < ?`,
      [from, to],
    );
    const stats: TeamLoopStats[] = teams.map((t) => ({
      team: t.team,
      escalations: t.n,
      contacted: t.contacted,
      slaHitRate: t.contacted ? pct(t.hit, t.contacted) : null,
      medianMinutesToFirstContact: round2(t.first),
      medianMinutesToResolution: round2(t.resolution),
    }));
    return { teams: stats, resolved: recovery.resolved, recovered: recovery.recovered, recoveryRate: recovery.resolved ? pct(recovery.recovered, recovery.resolved) : null };
  }

  /**
   * Support cases opened in [from, to), grouped (A1 weeks for WEEK), in the caller's teams: a team
   * sees the figures of the cases it may read (S2, K5; team-scope.policy), CX and ADMIN every team's.
   */
  async cases(em: EntityManager, principal: Principal | null, from: Date, to: Date, groupBy: CaseAnalyticsGroup): Promise<CaseServiceFiguresRow[]> {
    const { weeks } = this.weeks(from, to);
    const teams = visibleTeams(principal);
    if (teams !== 'ALL' && teams.length === 0) return caseFigures(groupBy, [], weeks);
    const now = this.clock.now();
    const scope = teams === 'ALL' ? '' : 'and team in (?)';
    const rows: (Omit<CaseGroupCounts, 'key'> & { key: string | Date })[] = await em.execute(
      `with c as (
         select id, ${CASE_GROUP_KEY[groupBy]} as key, created_at, first_responded_at, resolved_at, reopen_count
         from support_case where created_at >= ? and created_at < ? ${scope}
       ), clocks as (
         select c.key,
                count(*) filter (where k.kind = 'FIRST_RESPONSE' and ${CLOCK_DECIDED})::int as "firstResponseDecided",
                count(*) filter (where k.kind = 'FIRST_RESPONSE' and ${CLOCK_MET})::int as "firstResponseMet",
                count(*) filter (where k.kind = 'RESOLUTION' and ${CLOCK_DECIDED})::int as "resolutionDecided",
                count(*) filter (where k.kind = 'RESOLUTION' and ${CLOCK_MET})::int as "resolutionMet"
         from c join sla_clock k on k.subject_type = 'CASE' and k.subject_id = c.id group by c.key
       ), ratings as (
         select c.key, count(*)::int as rated, count(*) filter (where f.rating >= 4)::int as positive, avg(f.rating)::float8 as "averageRating"
         from c join feedback f on f.support_case_id = c.id group by c.key
       ), cases as (
         select key, count(*)::int as cases,
                percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - created_at) / 60)
                  filter (where first_responded_at is not null) as "medianFirstResponseMinutes",
                percentile_cont(0.5) within group (order by extract(epoch from resolved_at - created_at) / 60)
                  filter (where resolved_at is not null) as "medianResolutionMinutes",
                count(*) filter (where resolved_at is not null or reopen_count > 0)::int as "resolvedEver",
                count(*) filter (where reopen_count > 0)::int as reopened
         from c group by key
       )
       select cases.*, coalesce(clocks."firstResponseDecided", 0) as "firstResponseDecided", coalesce(clocks."firstResponseMet", 0) as "firstResponseMet",
              coalesce(clocks."resolutionDecided", 0) as "resolutionDecided", coalesce(clocks."resolutionMet", 0) as "resolutionMet",
              coalesce(ratings.rated, 0) as rated, coalesce(ratings.positive, 0) as positive, ratings."averageRating"
       from cases left join clocks using (key) left join ratings using (key)`,
      [from, to, ...(teams === 'ALL' ? [] : [teams]), now, now],
    );
    const num = (x: unknown) => (x == null ? null : Number(x));
    return caseFigures(groupBy, rows.map((r) => ({
      ...r,
      // The driver may hand a week's start back as text: the policy keys weeks by their ISO instant.
      key: groupBy === CaseAnalyticsGroup.WEEK ? iso(r.key) : String(r.key),
      medianFirstResponseMinutes: num(r.medianFirstResponseMinutes),
      medianResolutionMinutes: num(r.medianResolutionMinutes),
      averageRating: num(r.averageRating),
    })), weeks);
  }
}
