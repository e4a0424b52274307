import { Migration } from '@mikro-orm/migrations';

// The start-up backfill (feedback-sentiment.ts) asks for answers with text and no score, by id,
// a batch at a time. A partial index of exactly those rows makes each batch an index range read
// and, once every answer is scored, an empty index: start-up no longer scans the feedback table.
// Its predicate is the backfill query's, word for word, so the planner can prove it applies.
export class Migration20261201120000_feedback_unscored_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "feedback_unscored_idx" on "feedback" ("id") where sentiment_score is null and (comment ~ '\\S' or details ~ '\\S');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "feedback_unscored_idx";`);
  }

}
