import { Migration } from '@mikro-orm/migrations';

export class Migration20261123121639_rollups extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "feedback_daily_rollup" ("day" date not null, "shard" smallint not null, "total" int not null, "positive" int not null, "negative" int not null, "rating_sum" int not null, constraint "feedback_daily_rollup_pkey" primary key ("day", "shard"));`);

    this.addSql(`create table "vendor_daily_rollup" ("vendor_id" uuid not null, "day" date not null, "ratings" int not null, "rating_sum" int not null, "behaviour_n" int not null, "behaviour_sum" int not null, "timeliness_n" int not null, "timeliness_sum" int not null, "professionalism_n" int not null, "professionalism_sum" int not null, constraint "vendor_daily_rollup_pkey" primary key ("vendor_id", "day"));`);

    this.addSql(`create index "review_posted_at_index" on "review" ("posted_at");`);

    this.addSql(`create index "escalation_created_at_index" on "escalation" ("created_at");`);

    // Kept by the database in the inserting transaction: nothing can forget to update them.
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
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger feedback_rollup after insert on feedback for each row execute function cxloop_feedback_rollup();`);
    // Feedback given before this migration.
    this.addSql(`insert into feedback_daily_rollup (day, shard, total, positive, negative, rating_sum)
      select (created_at at time zone 'Asia/Kolkata')::date, abs(hashtext(id::text)) % 8, count(*), count(*) filter (where rating >= 4), count(*) filter (where rating <= 2), sum(rating)
      from feedback group by 1, 2;`);
    this.addSql(`insert into vendor_daily_rollup (vendor_id, day, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum)
      select vendor_id, (created_at at time zone 'Asia/Kolkata')::date, count(*), sum(rating), count(vendor_behaviour), coalesce(sum(vendor_behaviour), 0),
        count(vendor_timeliness), coalesce(sum(vendor_timeliness), 0), count(vendor_professionalism), coalesce(sum(vendor_professionalism), 0)
      from feedback where vendor_id is not null group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists feedback_rollup on feedback;`);
    this.addSql(`drop function if exists cxloop_feedback_rollup();`);
    this.addSql(`drop table if exists "feedback_daily_rollup" cascade;`);

    this.addSql(`drop table if exists "vendor_daily_rollup" cascade;`);

    this.addSql(`drop index "escalation_created_at_index";`);

    this.addSql(`drop index "review_posted_at_index";`);
  }

}
