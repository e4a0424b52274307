// V1, V4: vendor scorecards computed in SQL from feedback, orders and escalations.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EscalationCategory } from '../../common/enums.js';

/** V1: escalations in these categories count against the vendor; the last two are SLA violations. */
export const VENDOR_COMPLAINT_CATEGORIES = [
  EscalationCategory.VENDOR_BEHAVIOUR, EscalationCategory.MISSED_PICKUP, EscalationCategory.WRONG_INSPECTION, EscalationCategory.DELAY,
] as const;
export const SLA_VIOLATION_CATEGORIES = [EscalationCategory.MISSED_PICKUP, EscalationCategory.DELAY] as const;

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

/**
 * Composite 0..100: the overall rating weighs 40%, each vendor sub-rating 20% (a missing one
 * counts as the overall), scaled from 1..5 to 0..100; each complaint in 30 days costs 10 points
 * and each SLA violation 5 more. Top performers: the best 10% by composite among vendors with
 * at least 10 ratings in 90 days and no complaint in 30 days.
 */
export async function loadScorecards(em: EntityManager, vendorIds: readonly string[], now: Date): Promise<Map<string, VendorScorecard>> {
  if (vendorIds.length === 0) return new Map();
  // (knex expands an array bound to `in (?)` into one parameter per element.)
  const since30 = new Date(now.getTime() - 30 * DAY);
  const since90 = new Date(now.getTime() - 90 * DAY);
  const rows: Record<string, unknown>[] = await em.execute(
    `with fb as (
       select vendor_id, count(*)::int as ratings,
              count(*) filter (where created_at >= ?)::int as ratings90,
              avg(vendor_behaviour)::float8 as b, avg(vendor_timeliness)::float8 as t,
              avg(vendor_professionalism)::float8 as p, avg(rating)::float8 as o
       from feedback where vendor_id is not null and created_at <= ? group by vendor_id),
     oc as (
       select vendor_id, count(*)::int as n from customer_order
       where status = 'COMPLETED' and vendor_id is not null group by vendor_id),
     es as (
       select vendor_id,
              count(*) filter (where category in (?))::int as complaints,
              count(*) filter (where category in (?))::int as sla
       from escalation where vendor_id is not null and created_at > ? and created_at <= ? group by vendor_id),
     base as (
       select v.id, coalesce(oc.n, 0) as orders_completed, coalesce(fb.ratings, 0) as ratings,
              coalesce(fb.ratings90, 0) as ratings90, fb.b, fb.t, fb.p, fb.o,
              coalesce(es.complaints, 0) as complaints, coalesce(es.sla, 0) as sla,
              case when fb.o is null then null else
                greatest(0, least(100, round((((0.4 * fb.o + 0.2 * coalesce(fb.b, fb.o) + 0.2 * coalesce(fb.t, fb.o)
                  + 0.2 * coalesce(fb.p, fb.o)) - 1) / 4 * 100 - 10 * coalesce(es.complaints, 0) - 5 * coalesce(es.sla, 0))::numeric, 1)))::float8
              end as composite
       from vendor v left join fb on fb.vendor_id = v.id left join oc on oc.vendor_id = v.id left join es on es.vendor_id = v.id),
     eligible as (
       select id, row_number() over (order by composite desc, id) as rank, count(*) over () as total
       from base where ratings90 >= ? and complaints = 0 and composite is not null)
     select base.*, coalesce(eligible.rank <= ceil(eligible.total * ?), false) as top
     from base left join eligible on eligible.id = base.id
     where base.id in (?)`,
    [since90, now, [...VENDOR_COMPLAINT_CATEGORIES], [...SLA_VIOLATION_CATEGORIES], since30, now, TOP_MIN_RATINGS_90D, TOP_SHARE, [...vendorIds]],
  );
  const round = (x: unknown) => (x == null ? null : Math.round(Number(x) * 100) / 100);
  return new Map(
    rows.map((r) => [
      r.id as string,
      Object.assign(new VendorScorecard(), {
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
      }),
    ]),
  );
}
