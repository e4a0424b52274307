// V1, V4: vendor scorecards computed in SQL from feedback, orders and escalations.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { uuidsOnly } from '../../common/find.js';
import type { Lean } from '../../common/lean.js';
import { istDay } from '../../common/weeks.js';
import type { Vendor } from './vendor.entity.js';
import type { VendorFilter } from './vendor.inputs.js';
import { SLA_VIOLATION_CATEGORIES, VENDOR_COMPLAINT_CATEGORIES } from './vendor.policy.js';

const DAY = 86_400_000;
const TOP_MIN_RATINGS_90D = 10;
const TOP_SHARE = 0.1;

@ObjectType()
export class VendorScorecard {
  @Field(() => Int) ordersCompleted!: number;
  @Field(() => Int) ratingsCount!: number;
  @Field(() => Float, { nullable: true, description: 'Averages of the 1..5 sub-ratings customers gave this vendor; null with no ratings.' })
  avgBehaviour!: number | null;
  @Field(() => Float, { nullable: true }) avgTimeliness!: number | null;
  @Field(() => Float, { nullable: true }) avgProfessionalism!: number | null;
  @Field(() => Float, { nullable: true, description: "Average overall order rating (1..5) on this vendor's orders." })
  avgOverall!: number | null;
  @Field(() => Int, { description: 'Vendor-attributed escalations (SOP_RULES V1) created in the last 30 days.' })
  complaintsLast30Days!: number;
  @Field(() => Int) slaViolationsLast30Days!: number;
  @Field(() => Float, { nullable: true, description: '0..100.' }) compositeScore!: number | null;
  @Field(() => Boolean) topPerformer!: boolean;
}

/** The scorecard figures' own filters; the vendor's columns are filtered by the vendor list. */
export type ScorecardFigures = Pick<VendorFilter, 'topPerformer' | 'minComposite'>;

export interface ScorecardQuery extends ScorecardFigures {
  /** These vendors only (the Vendor.scorecard loader's batch). */
  ids?: readonly string[];
  /** The vendor list's own filters (vendor.list.ts) as SQL selecting vendor ids. */
  vendors?: { sql: string; params: readonly unknown[] };
  /** A column of the result below (e.g. composite, complaints), sorted with nulls last. */
  sort?: { column: string; desc: boolean };
  limit?: number;
  offset?: number;
}

/** Sortable scorecard figures: GraphQL field name → column of the scorecard query. */
export const SCORECARD_SORT: Record<string, string> = {
  compositeScore: 'composite', avgOverall: 'o', avgBehaviour: 'b', avgTimeliness: 't', avgProfessionalism: 'p',
  ratingsCount: 'ratings', ordersCompleted: 'orders_completed', complaintsLast30Days: 'complaints',
  slaViolationsLast30Days: 'sla', topPerformer: 'top', name: 'name', city: 'city', status: 'status', createdAt: 'created_at',
};

/**
 * Composite 0..100: the overall rating weighs 40%, each vendor sub-rating 20% (a missing one
 * counts as the overall), scaled from 1..5 to 0..100; each complaint in 30 days costs 10 points
 * and each SLA violation 5 more. Top performers: the best 10% by composite among vendors with
 * at least 10 ratings in 90 days and no complaint in 30 days. One SQL statement computes all
 * vendors' figures (the top 10% needs them all), then filters, sorts and pages.
 */
export function scorecardSql(q: ScorecardQuery, now: Date, countOnly: boolean): { sql: string; params: unknown[] } {
  const since30 = new Date(now.getTime() - 30 * DAY);
  const since90 = new Date(now.getTime() - 90 * DAY);
  const params: unknown[] = [istDay(since90), istDay(now), [...VENDOR_COMPLAINT_CATEGORIES], [...SLA_VIOLATION_CATEGORIES], since30, now, TOP_MIN_RATINGS_90D, TOP_SHARE];
  const where: string[] = [];
  if (q.ids) {
    // A malformed id matches nothing, as in every list (and never reaches the uuid cast).
    where.push('s.id in (?)');
    params.push(uuidsOnly(q.ids));
  }
  if (q.vendors) {
    // ids, status, city and q: the vendor list's definitions (the same id rule and search).
    where.push(`s.id in (${q.vendors.sql})`);
    params.push(...q.vendors.params);
  }
  if (q.topPerformer != null) {
    where.push('s.top = ?');
    params.push(q.topPerformer);
  }
  if (q.minComposite != null) {
    where.push('s.composite >= ?');
    params.push(q.minComposite);
  }
  // All-time figures come from vendor_rollup (a row a vendor), the 90-day ratings from whole
  // Asia/Kolkata days of vendor_daily_rollup; both are trigger-kept (see rollup.entity.ts).
  const sql = `with fb as (
       select vendor_id, ratings, orders_completed,
              (behaviour_sum::float8 / nullif(behaviour_n, 0)) as b, (timeliness_sum::float8 / nullif(timeliness_n, 0)) as t,
              (professionalism_sum::float8 / nullif(professionalism_n, 0)) as p, (rating_sum::float8 / nullif(ratings, 0)) as o
       from vendor_rollup),
     r90 as (
       select vendor_id, sum(ratings)::int as n from vendor_daily_rollup where day >= ? and day <= ? group by vendor_id),
     es as (
       select vendor_id,
              count(*) filter (where category in (?))::int as complaints,
              count(*) filter (where category in (?))::int as sla
       from escalation where vendor_id is not null and created_at > ? and created_at <= ? group by vendor_id),
     base as (
       select v.id, v.name, v.city, v.status, v.status_reason, v.version, v.created_at, coalesce(fb.orders_completed, 0) as orders_completed, coalesce(fb.ratings, 0) as ratings,
              coalesce(r90.n, 0) as ratings90, fb.b, fb.t, fb.p, fb.o,
              coalesce(es.complaints, 0) as complaints, coalesce(es.sla, 0) as sla,
              case when fb.o is null then null else
                greatest(0, least(100, round((((0.4 * fb.o + 0.2 * coalesce(fb.b, fb.o) + 0.2 * coalesce(fb.t, fb.o)
                  + 0.2 * coalesce(fb.p, fb.o)) - 1) / 4 * 100 - 10 * coalesce(es.complaints, 0) - 5 * coalesce(es.sla, 0))::numeric, 1)))::float8
              end as composite
       from vendor v left join fb on fb.vendor_id = v.id left join r90 on r90.vendor_id = v.id left join es on es.vendor_id = v.id),
     eligible as (
       select id, row_number() over (order by composite desc, id) as rank, count(*) over () as total
       from base where ratings90 >= ? and complaints = 0 and composite is not null),
     s as (
       select base.*, coalesce(eligible.rank <= ceil(eligible.total * ?), false) as top
       from base left join eligible on eligible.id = base.id)
     select ${countOnly ? 'count(*)::int as n' : 's.*'} from s ${where.length ? `where ${where.join(' and ')}` : ''}`;
  if (countOnly) return { sql, params };
  const sort = q.sort ?? { column: 'composite', desc: true };
  const order = `order by s.${sort.column} ${sort.desc ? 'desc' : 'asc'} nulls last, s.id ${sort.desc ? 'desc' : 'asc'}`;
  const page = q.limit != null ? ` limit ${Math.floor(q.limit)} offset ${Math.floor(q.offset ?? 0)}` : '';
  return { sql: `${sql} ${order}${page}`, params };
}

function toCard(r: Record<string, unknown>): VendorScorecard {
  const round = (x: unknown) => (x == null ? null : Math.round(Number(x) * 100) / 100);
  return Object.assign(new VendorScorecard(), {
    ordersCompleted: Number(r.orders_completed),
    ratingsCount: Number(r.ratings),
    avgBehaviour: round(r.b),
    avgTimeliness: round(r.t),
    avgProfessionalism: round(r.p),
    avgOverall: round(r.o),
    complaintsLast30Days: Number(r.complaints),
    slaViolationsLast30Days: Number(r.sla),
    compositeScore: r.composite == null ? null : Number(r.composite),
    topPerformer: Boolean(r.top),
  });
}

/** Scorecards of some vendors, by id. */
export async function loadScorecards(em: EntityManager, vendorIds: readonly string[], now: Date): Promise<Map<string, VendorScorecard>> {
  if (vendorIds.length === 0) return new Map();
  const { sql, params } = scorecardSql({ ids: vendorIds }, now, false);
  const rows: Record<string, unknown>[] = await em.execute(sql, params);
  return new Map(rows.map((r) => [r.id as string, toCard(r)]));
}

/** A page of vendors (as lean rows) with their scorecards, filtered and sorted by any figure. */
export async function queryScorecards(em: EntityManager, q: ScorecardQuery, now: Date): Promise<{ vendor: Lean<Vendor>; card: VendorScorecard }[]> {
  const { sql, params } = scorecardSql(q, now, false);
  const rows: Record<string, unknown>[] = await em.execute(sql, params);
  return rows.map((r) => ({
    vendor: {
      id: r.id, name: r.name, city: r.city, status: r.status, statusReason: r.status_reason, createdAt: r.created_at, version: r.version,
    } as Lean<Vendor>,
    card: toCard(r),
  }));
}

export async function countScorecards(em: EntityManager, q: ScorecardQuery, now: Date): Promise<number> {
  const { sql, params } = scorecardSql(q, now, true);
  const [row] = await em.execute(sql, params);
  return Number(row.n);
}

/** A vendor's weekly ratings and complaints (Asia/Kolkata weeks), oldest first, for charts. */
export async function vendorTrend(em: EntityManager, vendorId: string, weeks: Date[]): Promise<{ weekStart: Date; ratings: number; averageRating: number | null; complaints: number }[]> {
  const end = new Date(weeks.at(-1)!.getTime() + 7 * DAY);
  const wk = (col: string) => `(date_trunc('week', ${col} at time zone 'Asia/Kolkata') at time zone 'Asia/Kolkata')`;
  const [fb, es] = await Promise.all([
    em.execute(`select ${wk('created_at')} as ws, count(*)::int as n, avg(rating)::float8 as avg from feedback where vendor_id = ? and created_at >= ? and created_at < ? group by 1`, [vendorId, weeks[0], end]),
    em.execute(`select ${wk('created_at')} as ws, count(*)::int as n from escalation where vendor_id = ? and category in (?) and created_at >= ? and created_at < ? group by 1`, [vendorId, [...VENDOR_COMPLAINT_CATEGORIES], weeks[0], end]),
  ]);
  const key = (d: Date | string) => new Date(d).toISOString();
  const f = new Map((fb as { ws: Date; n: number; avg: number }[]).map((r) => [key(r.ws), r]));
  const c = new Map((es as { ws: Date; n: number }[]).map((r) => [key(r.ws), r.n]));
  return weeks.map((w) => ({
    weekStart: w,
    ratings: f.get(key(w))?.n ?? 0,
    averageRating: f.get(key(w))?.avg == null ? null : Math.round(f.get(key(w))!.avg * 100) / 100,
    complaints: c.get(key(w)) ?? 0,
  }));
}
