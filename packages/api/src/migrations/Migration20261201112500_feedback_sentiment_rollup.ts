import { Migration } from '@mikro-orm/migrations';

// The feedback trigger as Migration20261123133112_more_rollups left it, to put back on the way down.
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
      end $$;`;

/**
 * Feedback comments' sentiment in the daily feedback rollup, for the weekly figures and the
 * heatmap: how many answers have a scored comment, their ratings' sum and their scores' exact sum. An answer is
 * scored when it is written and again when R2's details are added, so a second trigger moves
 * the sums on an update of sentiment_score.
 */
export class Migration20261201112500_feedback_sentiment_rollup extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "feedback_daily_rollup" add column "comments" int not null default 0, add column "comment_rating_sum" int not null default 0, add column "sentiment_sum" numeric not null default 0;`);

    this.addSql(FEEDBACK_ROLLUP_BEFORE
      .replace('(day, shard, total, positive, negative, rating_sum)', '(day, shard, total, positive, negative, rating_sum, comments, comment_rating_sum, sentiment_sum)')
      .replace('(new.rating <= 2)::int, new.rating)', '(new.rating <= 2)::int, new.rating,\n          (new.sentiment_score is not null)::int, case when new.sentiment_score is not null then new.rating else 0 end, coalesce(new.sentiment_score, 0)::numeric)')
      .replace('rating_sum = feedback_daily_rollup.rating_sum + excluded.rating_sum;', `rating_sum = feedback_daily_rollup.rating_sum + excluded.rating_sum,
          comments = feedback_daily_rollup.comments + excluded.comments, comment_rating_sum = feedback_daily_rollup.comment_rating_sum + excluded.comment_rating_sum,
          sentiment_sum = feedback_daily_rollup.sentiment_sum + excluded.sentiment_sum;`));

    // The answer's own day and shard, as the insert trigger chose them; the insert's deferred
    // trigger runs first at commit, so the row is there.
    this.addSql(`create or replace function cxloop_feedback_sentiment_rollup() returns trigger language plpgsql as $$
      begin
        if old.sentiment_score is not distinct from new.sentiment_score then return null; end if;
        update feedback_daily_rollup
        set comments = comments - (old.sentiment_score is not null)::int + (new.sentiment_score is not null)::int,
          comment_rating_sum = comment_rating_sum - case when old.sentiment_score is not null then old.rating else 0 end
            + case when new.sentiment_score is not null then new.rating else 0 end,
          sentiment_sum = sentiment_sum - coalesce(old.sentiment_score, 0)::numeric + coalesce(new.sentiment_score, 0)::numeric
        where day = (new.created_at at time zone 'Asia/Kolkata')::date and shard = abs(hashtext(new.id::text)) % 8;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger feedback_sentiment_rollup after update of sentiment_score on feedback deferrable initially deferred for each row execute function cxloop_feedback_sentiment_rollup();`);

    // Answers scored before this migration.
    this.addSql(`update feedback_daily_rollup r set comments = s.n, comment_rating_sum = s.ratings, sentiment_sum = s.total
      from (select (created_at at time zone 'Asia/Kolkata')::date as day, abs(hashtext(id::text)) % 8 as shard,
              count(sentiment_score)::int as n, coalesce(sum(rating) filter (where sentiment_score is not null), 0)::int as ratings,
              coalesce(sum(sentiment_score::numeric), 0) as total
            from feedback group by 1, 2) s
      where r.day = s.day and r.shard = s.shard;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists feedback_sentiment_rollup on feedback;`);
    this.addSql(`drop function if exists cxloop_feedback_sentiment_rollup();`);
    this.addSql(FEEDBACK_ROLLUP_BEFORE);
    this.addSql(`alter table "feedback_daily_rollup" drop column "comments", drop column "comment_rating_sum", drop column "sentiment_sum";`);
  }

}
