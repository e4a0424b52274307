// Weekly analytics (A1, SOP 001 §11) for CX and marketing, and the closed loop's own figures.
// Weeks are Asia/Kolkata weeks; every figure is aggregated in SQL.
import type { EntityManager } from '@mikro-orm/postgresql';
import { EscalationCategory, ReviewSource, Team } from '../../common/enums.js';
import { badInput } from '../../common/errors.js';
import { VENDOR_COMPLAINT_CATEGORIES } from '../vendors/scorecard.js';
import type { LoopAnalytics, SentimentCell, TeamLoopStats, WeeklyFeedbackStats, WeeklyReviewStats } from './analytics.types.js';
import { MAX_ANALYTICS_WEEKS, weeksOverlapping } from './weeks.policy.js';

const WEEK = `(date_trunc('week', %s at time zone 'Asia/Kolkata') at time zone 'Asia/Kolkata')`;
const week = (col: string) => WEEK.replace('%s', col);
const pct = (part: number, total: number) => (total ? Math.round((part / total) * 1000) / 10 : 0);
const round2 = (x: unknown) => (x == null ? null : Math.round(Number(x) * 100) / 100);
const iso = (d: Date | string) => new Date(d).toISOString();
/** The Asia/Kolkata calendar date of an instant, as YYYY-MM-DD (the rollups' day). */
const istDay = (d: Date) => new Date(d.getTime() + 330 * 60_000).toISOString().slice(0, 10);

export class AnalyticsService {
  /** The weeks of [from, to), validated. */
  weeks(from: Date, to: Date): { weeks: Date[]; start: Date; end: Date } {
    if (to.getTime() <= from.getTime()) throw badInput('to', '`to` must be after `from`.');
    const weeks = weeksOverlapping(from, to);
    if (weeks.length > MAX_ANALYTICS_WEEKS) throw badInput('from', `Ask for at most ${MAX_ANALYTICS_WEEKS} weeks at a time.`);
    return { weeks, start: weeks[0], end: new Date(weeks.at(-1)!.getTime() + 7 * 86_400_000) };
  }

  async weeklyFeedback(em: EntityManager, from: Date, to: Date): Promise<WeeklyFeedbackStats[]> {
    const { weeks, start, end } = this.weeks(from, to);
    const [feedback, complaints, flagged, reviews] = await Promise.all([
      // From the daily rollup (trigger-maintained): a year is ~3,000 rows, not a year of feedback.
      em.execute(
        `select (date_trunc('week', day)::timestamp at time zone 'Asia/Kolkata') as ws, sum(total)::int as total, sum(positive)::int as pos,
                sum(negative)::int as neg, (sum(rating_sum)::float8 / nullif(sum(total), 0)) as avg
         from feedback_daily_rollup where day >= ? and day < ? group by 1`,
        [istDay(start), istDay(end)],
      ),
      em.execute(
        `select distinct on (ws) ws, category from (
           select ${week('created_at')} as ws, category, count(*) as n from escalation
           where category is not null and created_at >= ? and created_at < ? group by 1, 2) c
         order by ws, n desc, category`,
        [start, end],
      ),
      em.execute(
        `select ${week('created_at')} as ws, count(*)::int as n from escalation
         where vendor_id is not null and category in (?) and created_at >= ? and created_at < ? group by 1`,
        [[...VENDOR_COMPLAINT_CATEGORIES], start, end],
      ),
      em.execute(
        `select ${week('posted_at')} as ws, count(*)::int as n from review
         where source <> 'INTERNAL' and posted_at >= ? and posted_at < ? group by 1`,
        [start, end],
      ),
    ]);
    const byWeek = <T extends { ws: Date }>(rows: T[]) => new Map(rows.map((r) => [iso(r.ws), r]));
    const fb = byWeek(feedback as { ws: Date; total: number; pos: number; neg: number; avg: number | null }[]);
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
      };
    });
  }

  /** Review growth and rating trend per source and week (GMB review growth, app rating trends). */
  async weeklyReviews(em: EntityManager, from: Date, to: Date): Promise<WeeklyReviewStats[]> {
    const { start, end } = this.weeks(from, to);
    const rows: { ws: Date; source: ReviewSource; n: number; avg: number | null; sentiment: number | null }[] = await em.execute(
      `select ${week('posted_at')} as ws, source, count(*)::int as n, avg(rating)::float8 as avg, avg(sentiment_score)::float8 as sentiment
       from review where posted_at >= ? and posted_at < ? group by 1, 2 order by 1, 2`,
      [start, end],
    );
    return rows.map((r) => ({ weekStart: new Date(r.ws), source: r.source, count: r.n, averageRating: round2(r.avg), averageSentiment: round2(r.sentiment) }));
  }

  /** The sentiment heatmap: reviews' average sentiment by week and source. */
  async sentimentHeatmap(em: EntityManager, from: Date, to: Date): Promise<SentimentCell[]> {
    const { start, end } = this.weeks(from, to);
    const rows: { ws: Date; bucket: string; n: number; avg: number | null; sentiment: number | null }[] = await em.execute(
      `select ${week('posted_at')} as ws, source as bucket, count(*)::int as n, avg(rating)::float8 as avg, avg(sentiment_score)::float8 as sentiment
       from review where posted_at >= ? and posted_at < ? group by 1, 2 order by 1, 2`,
      [start, end],
    );
    return rows.map((r) => ({ weekStart: new Date(r.ws), bucket: r.bucket, count: r.n, averageRating: round2(r.avg), averageSentiment: round2(r.sentiment) }));
  }

  /** SLA hit rate, median times to first contact and to resolution per team, and the recovery rate. */
  async loop(em: EntityManager, from: Date, to: Date): Promise<LoopAnalytics> {
    if (to.getTime() <= from.getTime()) throw badInput('to', '`to` must be after `from`.');
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
}
