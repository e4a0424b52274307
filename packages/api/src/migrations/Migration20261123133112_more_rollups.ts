import { Migration } from '@mikro-orm/migrations';

// The feedback trigger as Migration20261123121639_rollups left it, to put back on the way down.
const FEEDBACK_ROLLUP_BEFORE = `create or replace function cxloop_feedback_rollup() returns trigger language plpgsql as $$
      declare d date := (new.created_at at time zone 'Asia/Kolkata')::date;
      begin
        insert into feedback_daily_rollup (day, shard, total, positive, negative, rating_sum)
        values (d, abs(hashtext(new.id::text)) % 8, 1, (new.rating >= 4)::int, (new.rating <= 2)::int, new.rating)
        on conflict (day, shard) do update set total = feedback_daily_rollup.total + 1,
          positive = feedback_daily_rollup.positive + excluded.positive, negative = feedback_daily_rollup.negative + excluded.negative,
          rating_sum = feedback_daily_rollup.rating_sum + excluded.rating_sum;
        if new.vendor_id is not null then
          insert into vendor_daily_rollup (vendor_id, day, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum)
          values (new.vendor_id, d, 1, new.rating, (new.vendor_behaviour is not null)::int, coalesce(new.vendor_behaviour, 0),
            (new.vendor_timeliness is not null)::int, coalesce(new.vendor_timeliness, 0), (new.vendor_professionalism is not null)::int, coalesce(new.vendor_professionalism, 0))
          on conflict (vendor_id, day) do update set ratings = vendor_daily_rollup.ratings + 1, rating_sum = vendor_daily_rollup.rating_sum + excluded.rating_sum,
            behaviour_n = vendor_daily_rollup.behaviour_n + excluded.behaviour_n, behaviour_sum = vendor_daily_rollup.behaviour_sum + excluded.behaviour_sum,
            timeliness_n = vendor_daily_rollup.timeliness_n + excluded.timeliness_n, timeliness_sum = vendor_daily_rollup.timeliness_sum + excluded.timeliness_sum,
            professionalism_n = vendor_daily_rollup.professionalism_n + excluded.professionalism_n, professionalism_sum = vendor_daily_rollup.professionalism_sum + excluded.professionalism_sum;
        end if;
        return null;
      end $$;`;

export class Migration20261123133112_more_rollups extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "escalation_daily_rollup" ("day" date not null, "category" text not null, "vendor_attributed" boolean not null, "n" int not null, constraint "escalation_daily_rollup_pkey" primary key ("day", "category", "vendor_attributed"));`);

    this.addSql(`create table "review_daily_rollup" ("day" date not null, "source" text not null, "n" int not null, "rating_sum" int not null, "sentiment_sum" numeric not null, constraint "review_daily_rollup_pkey" primary key ("day", "source"));`);

    this.addSql(`create table "vendor_rollup" ("vendor_id" uuid not null, "ratings" int not null, "rating_sum" int not null, "behaviour_n" int not null, "behaviour_sum" int not null, "timeliness_n" int not null, "timeliness_sum" int not null, "professionalism_n" int not null, "professionalism_sum" int not null, "orders_completed" int not null, constraint "vendor_rollup_pkey" primary key ("vendor_id"));`);

    this.addSql(`create index "vendor_daily_rollup_day_vendor_id_ratings_index" on "vendor_daily_rollup" ("day", "vendor_id", "ratings");`);

    // vendor_rollup: all-time feedback sums per vendor (trigger-kept), so scorecards stop summing a year of days.
    this.addSql(`create or replace function cxloop_feedback_rollup() returns trigger language plpgsql as $$
      declare d date := (new.created_at at time zone 'Asia/Kolkata')::date;
      begin
        insert into feedback_daily_rollup (day, shard, total, positive, negative, rating_sum)
        values (d, abs(hashtext(new.id::text)) % 8, 1, (new.rating >= 4)::int, (new.rating <= 2)::int, new.rating)
        on conflict (day, shard) do update set total = feedback_daily_rollup.total + 1,
          positive = feedback_daily_rollup.positive + excluded.positive, negative = feedback_daily_rollup.negative + excluded.negative,
          rating_sum = feedback_daily_rollup.rating_sum + excluded.rating_sum;
        if new.vendor_id is not null then
          insert into vendor_daily_rollup (vendor_id, day, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum)
          values (new.vendor_id, d, 1, new.rating, (new.vendor_behaviour is not null)::int, coalesce(new.vendor_behaviour, 0),
            (new.vendor_timeliness is not null)::int, coalesce(new.vendor_timeliness, 0), (new.vendor_professionalism is not null)::int, coalesce(new.vendor_professionalism, 0))
          on conflict (vendor_id, day) do update set ratings = vendor_daily_rollup.ratings + 1, rating_sum = vendor_daily_rollup.rating_sum + excluded.rating_sum,
            behaviour_n = vendor_daily_rollup.behaviour_n + excluded.behaviour_n, behaviour_sum = vendor_daily_rollup.behaviour_sum + excluded.behaviour_sum,
            timeliness_n = vendor_daily_rollup.timeliness_n + excluded.timeliness_n, timeliness_sum = vendor_daily_rollup.timeliness_sum + excluded.timeliness_sum,
            professionalism_n = vendor_daily_rollup.professionalism_n + excluded.professionalism_n, professionalism_sum = vendor_daily_rollup.professionalism_sum + excluded.professionalism_sum;
          -- One row per vendor is no hotter than the vendor's row for today above, which every answer already takes.
          insert into vendor_rollup (vendor_id, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum, orders_completed)
          values (new.vendor_id, 1, new.rating, (new.vendor_behaviour is not null)::int, coalesce(new.vendor_behaviour, 0),
            (new.vendor_timeliness is not null)::int, coalesce(new.vendor_timeliness, 0), (new.vendor_professionalism is not null)::int, coalesce(new.vendor_professionalism, 0), 0)
          on conflict (vendor_id) do update set ratings = vendor_rollup.ratings + 1, rating_sum = vendor_rollup.rating_sum + excluded.rating_sum,
            behaviour_n = vendor_rollup.behaviour_n + excluded.behaviour_n, behaviour_sum = vendor_rollup.behaviour_sum + excluded.behaviour_sum,
            timeliness_n = vendor_rollup.timeliness_n + excluded.timeliness_n, timeliness_sum = vendor_rollup.timeliness_sum + excluded.timeliness_sum,
            professionalism_n = vendor_rollup.professionalism_n + excluded.professionalism_n, professionalism_sum = vendor_rollup.professionalism_sum + excluded.professionalism_sum;
        end if;
        return null;
      end $$;`);

    // vendor_rollup.orders_completed: COMPLETED orders per vendor (trigger-kept). An order leaves
    // COMPLETED when it is returned, and could change vendor, so the old row gives its count back.
    this.addSql(`create or replace function cxloop_order_rollup() returns trigger language plpgsql as $$
      declare
        counted_for uuid;
        counts_for uuid;
      begin
        if tg_op <> 'INSERT' and old.status = 'COMPLETED' then counted_for := old.vendor_id; end if;
        if tg_op <> 'DELETE' and new.status = 'COMPLETED' then counts_for := new.vendor_id; end if;
        if counted_for is not distinct from counts_for then return null; end if;
        if counted_for is not null then
          update vendor_rollup set orders_completed = orders_completed - 1 where vendor_id = counted_for;
        end if;
        if counts_for is not null then
          insert into vendor_rollup (vendor_id, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum, orders_completed)
          values (counts_for, 0, 0, 0, 0, 0, 0, 0, 0, 1)
          on conflict (vendor_id) do update set orders_completed = vendor_rollup.orders_completed + 1;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger order_rollup after insert or delete or update of status, vendor_id on customer_order for each row execute function cxloop_order_rollup();`);

    // escalation_daily_rollup: categorised escalations per day, category and vendor attribution
    // (trigger-kept). Escalations are categorised, and re-categorised, after they open.
    this.addSql(`create or replace function cxloop_escalation_rollup() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then
          if old.category is not distinct from new.category and (old.vendor_id is null) = (new.vendor_id is null)
            and (old.created_at at time zone 'Asia/Kolkata')::date = (new.created_at at time zone 'Asia/Kolkata')::date then
            return null;
          end if;
        end if;
        if tg_op <> 'INSERT' and old.category is not null then
          update escalation_daily_rollup set n = n - 1
          where day = (old.created_at at time zone 'Asia/Kolkata')::date and category = old.category and vendor_attributed = (old.vendor_id is not null);
        end if;
        if tg_op <> 'DELETE' and new.category is not null then
          insert into escalation_daily_rollup (day, category, vendor_attributed, n)
          values ((new.created_at at time zone 'Asia/Kolkata')::date, new.category, new.vendor_id is not null, 1)
          on conflict (day, category, vendor_attributed) do update set n = escalation_daily_rollup.n + 1;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger escalation_rollup after insert or delete or update of category, vendor_id, created_at on escalation for each row execute function cxloop_escalation_rollup();`);

    // review_daily_rollup: reviews per day posted and source, with rating and sentiment sums
    // (trigger-kept). Only the columns it sums fire it: status changes and replies are frequent.
    this.addSql(`create or replace function cxloop_review_rollup() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then
          if old.posted_at = new.posted_at and old.source = new.source and old.rating = new.rating and old.sentiment_score = new.sentiment_score then
            return null;
          end if;
        end if;
        if tg_op <> 'INSERT' then
          update review_daily_rollup set n = n - 1, rating_sum = rating_sum - old.rating, sentiment_sum = sentiment_sum - old.sentiment_score::numeric
          where day = (old.posted_at at time zone 'Asia/Kolkata')::date and source = old.source;
        end if;
        if tg_op <> 'DELETE' then
          insert into review_daily_rollup (day, source, n, rating_sum, sentiment_sum)
          values ((new.posted_at at time zone 'Asia/Kolkata')::date, new.source, 1, new.rating, new.sentiment_score::numeric)
          on conflict (day, source) do update set n = review_daily_rollup.n + 1, rating_sum = review_daily_rollup.rating_sum + excluded.rating_sum,
            sentiment_sum = review_daily_rollup.sentiment_sum + excluded.sentiment_sum;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger review_rollup after insert or delete or update of posted_at, source, rating, sentiment_score on review for each row execute function cxloop_review_rollup();`);

    // Rows written before this migration (the triggers above hold their tables' write locks until commit).
    this.addSql(`insert into vendor_rollup (vendor_id, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum, orders_completed)
      select vendor_id, count(*), sum(rating), count(vendor_behaviour), coalesce(sum(vendor_behaviour), 0),
        count(vendor_timeliness), coalesce(sum(vendor_timeliness), 0), count(vendor_professionalism), coalesce(sum(vendor_professionalism), 0), 0
      from feedback where vendor_id is not null group by 1;`);
    this.addSql(`insert into vendor_rollup (vendor_id, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum, orders_completed)
      select vendor_id, 0, 0, 0, 0, 0, 0, 0, 0, count(*) from customer_order where status = 'COMPLETED' and vendor_id is not null group by 1
      on conflict (vendor_id) do update set orders_completed = excluded.orders_completed;`);
    this.addSql(`insert into escalation_daily_rollup (day, category, vendor_attributed, n)
      select (created_at at time zone 'Asia/Kolkata')::date, category, vendor_id is not null, count(*)
      from escalation where category is not null group by 1, 2, 3;`);
    this.addSql(`insert into review_daily_rollup (day, source, n, rating_sum, sentiment_sum)
      select (posted_at at time zone 'Asia/Kolkata')::date, source, count(*), sum(rating), sum(sentiment_score::numeric)
      from review group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists review_rollup on review;`);
    this.addSql(`drop function if exists cxloop_review_rollup();`);
    this.addSql(`drop trigger if exists escalation_rollup on escalation;`);
    this.addSql(`drop function if exists cxloop_escalation_rollup();`);
    this.addSql(`drop trigger if exists order_rollup on customer_order;`);
    this.addSql(`drop function if exists cxloop_order_rollup();`);
    this.addSql(FEEDBACK_ROLLUP_BEFORE);

    this.addSql(`drop table if exists "escalation_daily_rollup" cascade;`);

    this.addSql(`drop table if exists "review_daily_rollup" cascade;`);

    this.addSql(`drop table if exists "vendor_rollup" cascade;`);

    this.addSql(`drop index "vendor_daily_rollup_day_vendor_id_ratings_index";`);
  }

}
