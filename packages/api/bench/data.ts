// The benchmark data set, generated in SQL (generate_series) so a million rows take seconds.
// Shapes follow the real tables: every order has a customer and (mostly) a vendor, feedback
// points at completed orders, a fifth of 1–2 star feedback has an escalation, and so on.
import type pg from 'pg';

export interface Scale {
  vendors: number;
  customers: number;
  orders: number;
  feedback: number;
  escalations: number;
  reviews: number;
  /** Support cases over 52 weeks, each with its two SLA clocks (K2). */
  cases: number;
  /** Completed orders without feedback, for the submitFeedback write workload. */
  openOrders: number;
}

export const SCALES: Record<string, Scale> = {
  quick: { vendors: 100, customers: 5_000, orders: 20_000, feedback: 100_000, escalations: 5_000, reviews: 10_000, cases: 10_000, openOrders: 20_000 },
  default: { vendors: 1_000, customers: 50_000, orders: 200_000, feedback: 1_000_000, escalations: 50_000, reviews: 100_000, cases: 100_000, openOrders: 60_000 },
  '10x': { vendors: 10_000, customers: 500_000, orders: 2_000_000, feedback: 10_000_000, escalations: 500_000, reviews: 1_000_000, cases: 1_000_000, openOrders: 200_000 },
};

export async function generate(db: pg.Client, s: Scale, log: (l: string) => void): Promise<void> {
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    await db.query(sql, params);
    log(`  ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  };
  // The rollup triggers fire per row: a million rows in one statement would update each
  // vendor's all-time row a thousand times in one transaction. The load goes in without them and
  // the rollups are then built from the base tables, as the migrations' backfill does.
  const tables = ['feedback', 'customer_order', 'escalation', 'review'];
  for (const t of tables) await db.query(`alter table ${t} disable trigger user`);
  await step(`${s.vendors} vendors`, `insert into vendor (id, name, city, status, created_at)
    select gen_random_uuid(), 'Vendor ' || i, (array['Bengaluru','Mumbai','Delhi','Chennai','Pune','Hyderabad'])[1 + i % 6],
      case when i % 50 = 0 then 'ON_HOLD' else 'ACTIVE' end, now() - interval '400 days'
    from generate_series(1, $1::int) i`, [s.vendors]);
  await step(`${s.customers} customers`, `insert into customer (id, name, phone, email, corporate, has_whatsapp, created_at)
    select gen_random_uuid(), 'Customer ' || i, '+9190' || lpad(i::text, 8, '0'), null, i % 40 = 0, i % 15 <> 0, now() - interval '400 days'
    from generate_series(1, $1::int) i`, [s.customers]);
  await step(`${s.orders + s.openOrders} orders`, `
    with v as (select array_agg(id order by id) a from vendor), c as (select array_agg(id order by id) a from customer)
    insert into customer_order (id, external_ref, input_fingerprint, status, customer_id, vendor_id, device_category, device_model,
      quoted_price, final_price, payment_reference, completed_at, created_at, updated_at)
    select gen_random_uuid(), 'BENCH-' || i, md5(i::text),
      case when i > $1::int then 'COMPLETED' when i % 10 < 7 then 'COMPLETED' else (array['CREATED','PICKUP_SCHEDULED','PICKED_UP','INSPECTED','CANCELLED','RETURNED'])[1 + i % 6] end,
      c.a[1 + i % array_length(c.a, 1)], v.a[1 + i % array_length(v.a, 1)],
      (array['PHONE','LAPTOP','TABLET','MACBOOK'])[1 + i % 4], 'Model ' || (i % 300), 5000 + (i * 37) % 90000, null, 'PAY-' || i,
      now() - ((i % 364) || ' days')::interval, now() - ((i % 364) || ' days')::interval - interval '2 days', now()
    from generate_series(1, $1::int + $2::int) i, v, c`, [s.orders, s.openOrders]);
  // Feedback over 52 weeks on the first `orders` orders (several touchpoints per order).
  await step(`${s.feedback} feedback`, `
    with o as (select array_agg(id order by external_ref) a, array_agg(vendor_id order by external_ref) v from customer_order where external_ref like 'BENCH-%' and (substring(external_ref from 7))::int <= $2::int)
    insert into feedback (id, order_id, vendor_id, touchpoint, rating, comment, vendor_behaviour, vendor_timeliness, vendor_professionalism, route, channel, created_at)
    select gen_random_uuid(), o.a[1 + i % array_length(o.a, 1)], o.v[1 + i % array_length(o.a, 1)],
      (array['ORDER_COMPLETED','AFTER_PICKUP','AFTER_PAYMENT','AFTER_VENDOR_REPLACEMENT'])[1 + (i / array_length(o.a, 1)) % 4],
      r.rating, null, r.rating, greatest(1, r.rating - 1), r.rating,
      case when r.rating <= 2 then 'ESCALATE' when r.rating = 3 then 'ASK_DETAILS' when r.rating = 4 then 'ASK_PUBLIC_REVIEW' else 'REDIRECT_TO_STORE' end,
      'WHATSAPP', now() - ((i % (364 * 24 * 60)) || ' minutes')::interval
    from generate_series(1, $1::int) i, o, lateral (select (array[5,5,4,5,4,3,5,2,4,1])[1 + i % 10] as rating) r`, [s.feedback, s.orders]);
  await step(`${s.escalations} escalations`, `
    insert into escalation (id, order_id, feedback_id, vendor_id, status, category, team, created_at, first_contact_due_at, first_contact_at, sla_breached_at, resolved_at, closed_at)
    select gen_random_uuid(), f.order_id, f.id, f.vendor_id,
      (array['OPEN','CONTACTED','ROUTED','RESOLVED','CLOSED'])[1 + n % 5],
      case when n % 5 = 0 then null else (array['VENDOR_BEHAVIOUR','PRICING','PAYMENT','DELAY','WRONG_INSPECTION','MISCOMMUNICATION','MISSED_PICKUP','TECH'])[1 + n % 8] end,
      (array['CX','VENDOR_OPS','FINANCE','TECH'])[1 + n % 4], f.created_at, f.created_at + interval '15 minutes',
      case when n % 5 = 0 then null else f.created_at + ((n % 30) || ' minutes')::interval end, null,
      case when n % 5 >= 3 then f.created_at + interval '3 hours' else null end, case when n % 5 = 4 then f.created_at + interval '1 day' else null end
    from (select id, order_id, vendor_id, created_at, row_number() over () as n from feedback where rating <= 2 limit $1::int) f`, [s.escalations]);
  await step(`${s.reviews} reviews`, `
    insert into review (id, source, external_id, author_name, rating, text, normalised_text, posted_at, sentiment_score, status, imported_at,
      check_genuine, check_positive_sentiment, check_clear_value, check_mentions_brand, check_relevant_device)
    select gen_random_uuid(), (array['GOOGLE_BUSINESS','PLAY_STORE','APP_STORE','WEBSITE','SOCIAL','INTERNAL'])[1 + i % 6], 'R' || i,
      'Reviewer ' || i, 1 + i % 5, 'Sold my phone to Cashkr, review number ' || i, 'sold my phone to cashkr review number ' || i,
      now() - ((i % 364) || ' days')::interval, ((i % 200) - 100) / 100.0, (array['NEW','NEW','SHORTLISTED','PUBLISHED','REJECTED'])[1 + i % 5], now(),
      i % 7 <> 0, i % 5 >= 3, i % 3 <> 0, true, true
    from generate_series(1, $1::int) i`, [s.reviews]);
  // Cases of every type, status and team, numbered from the case sequence; a third OPEN, due over
  // the year so the inbox's sort has a whole table to order. No timers: the workloads' own cases have theirs.
  await step(`${s.cases} support cases`, `
    with c as (select array_agg(id order by id) a from customer)
    insert into support_case (id, seq, type, status, priority, channel, subject, description, customer_id, team, created_at,
      first_response_due_at, first_responded_at, resolution_due_at, resolved_at, reopen_count, version)
    select gen_random_uuid(), nextval('support_case_seq'),
      (array['ORDER_STATUS','INVOICE','RECEIPT','PAYMENT_ISSUE','REFUND_STATUS','CANCELLATION','RESCHEDULE','CHANGE_REQUEST','CHANGE_DETAILS','UNABLE_TO_ORDER','PRODUCT_SUPPORT','PRICING','OTHER'])[1 + i % 13],
      (array['OPEN','OPEN','PENDING_CUSTOMER','ESCALATED','RESOLVED','CLOSED'])[1 + i % 6],
      case when i % 13 in (3, 4) then 'HIGH' else 'NORMAL' end, 'WHATSAPP', 'Bench case ' || i, 'What the customer asked, case ' || i,
      c.a[1 + i % array_length(c.a, 1)], (array['CX','CX','CX','FINANCE','VENDOR_OPS','TECH'])[1 + i % 6], t.created,
      t.created + interval '4 hours', case when i % 6 >= 3 then t.created + ((i % 300) || ' minutes')::interval end,
      t.created + interval '72 hours', case when i % 6 >= 4 then t.created + interval '1 day' end, case when i % 17 = 0 then 1 else 0 end, 1
    from generate_series(1, $1::int) i, c, lateral (select now() - ((i % (364 * 24 * 60)) || ' minutes')::interval as created) t`, [s.cases]);
  await step(`${2 * s.cases} SLA clocks`, `
    insert into sla_clock (id, subject_type, subject_id, kind, calendar, budget_ms, started_at, due_at, met_at, paused_total_ms)
    select gen_random_uuid(), 'CASE', sc.id, k.kind, 'BUSINESS_HOURS', k.ms, sc.created_at,
      case k.kind when 'FIRST_RESPONSE' then sc.first_response_due_at else sc.resolution_due_at end,
      case k.kind when 'FIRST_RESPONSE' then sc.first_responded_at else sc.resolved_at end, 0
    from support_case sc, (values ('FIRST_RESPONSE', 14400000::bigint), ('RESOLUTION', 259200000::bigint)) k(kind, ms)`);
  for (const t of tables) await db.query(`alter table ${t} enable trigger user`);
  await step('rollups from the base tables', REBUILD_ROLLUPS);
  await step('vacuum analyze', 'vacuum analyze');
}

/** The migrations' backfill statements: every rollup computed from the base tables. */
const REBUILD_ROLLUPS = `
  truncate feedback_daily_rollup, vendor_daily_rollup, vendor_rollup, escalation_daily_rollup, review_daily_rollup;
  insert into feedback_daily_rollup (day, shard, total, positive, negative, rating_sum)
    select (created_at at time zone 'Asia/Kolkata')::date, abs(hashtext(id::text)) % 8, count(*), count(*) filter (where rating >= 4), count(*) filter (where rating <= 2), sum(rating)
    from feedback group by 1, 2;
  insert into vendor_daily_rollup (vendor_id, day, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum)
    select vendor_id, (created_at at time zone 'Asia/Kolkata')::date, count(*), sum(rating), count(vendor_behaviour), coalesce(sum(vendor_behaviour), 0),
      count(vendor_timeliness), coalesce(sum(vendor_timeliness), 0), count(vendor_professionalism), coalesce(sum(vendor_professionalism), 0)
    from feedback where vendor_id is not null group by 1, 2;
  insert into vendor_rollup (vendor_id, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum, orders_completed)
    select vendor_id, count(*), sum(rating), count(vendor_behaviour), coalesce(sum(vendor_behaviour), 0),
      count(vendor_timeliness), coalesce(sum(vendor_timeliness), 0), count(vendor_professionalism), coalesce(sum(vendor_professionalism), 0), 0
    from feedback where vendor_id is not null group by 1;
  insert into vendor_rollup (vendor_id, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum, orders_completed)
    select vendor_id, 0, 0, 0, 0, 0, 0, 0, 0, count(*) from customer_order where status = 'COMPLETED' and vendor_id is not null group by 1
    on conflict (vendor_id) do update set orders_completed = excluded.orders_completed;
  insert into escalation_daily_rollup (day, category, vendor_attributed, n)
    select (created_at at time zone 'Asia/Kolkata')::date, category, vendor_id is not null, count(*)
    from escalation where category is not null group by 1, 2, 3;
  insert into review_daily_rollup (day, source, n, rating_sum, sentiment_sum)
    select (posted_at at time zone 'Asia/Kolkata')::date, source, count(*), sum(rating), sum(sentiment_score::numeric)
    from review group by 1, 2;`;
