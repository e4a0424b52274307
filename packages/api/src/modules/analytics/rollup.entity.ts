// Rollups kept by database triggers in the same transaction as each write, so weekly
// analytics and vendor scorecards read a few thousand rows instead of a year of feedback,
// escalations, reviews and orders, and are never stale. Days are Asia/Kolkata days, so whole
// days add up to the Asia/Kolkata weeks of the analytics. Feedback ratings never change after
// insert, but a comment's sentiment is scored again when R2's details are added; escalations are
// categorised later and reviews are re-scored, so those triggers also move counts on update.
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EscalationCategory, ReviewSource } from '../../common/enums.js';

/**
 * Per Asia/Kolkata day and shard (hash of the feedback id, 0..7): eight rows a day share the
 * writes, so concurrent answers do not queue on one hot row.
 */
@Entity({ tableName: 'feedback_daily_rollup' })
export class FeedbackDailyRollup {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'smallint' })
  shard!: number;

  @Property({ type: 'integer' }) total!: number;
  @Property({ type: 'integer' }) positive!: number;
  @Property({ type: 'integer' }) negative!: number;
  @Property({ type: 'integer' }) ratingSum!: number;
  /** Answers whose comment (or details) has a sentiment score. */
  @Property({ type: 'integer', default: 0 }) comments!: number;
  /** Those answers' ratings, summed: the heatmap shows their average beside their sentiment. */
  @Property({ type: 'integer', default: 0 }) commentRatingSum!: number;
  /** Their scores' sum, exact (numeric): it moves when details re-score an answer and must not drift. */
  @Property({ type: 'decimal', columnType: 'numeric', default: 0 }) sentimentSum!: string;
}

/** The sums behind a vendor's scorecard averages (overall and the three vendor sub-ratings). */
@Entity({ abstract: true })
export abstract class VendorRatingSums {
  @Property({ type: 'integer' }) ratings!: number;
  @Property({ type: 'integer' }) ratingSum!: number;
  @Property({ type: 'integer' }) behaviourN!: number;
  @Property({ type: 'integer' }) behaviourSum!: number;
  @Property({ type: 'integer' }) timelinessN!: number;
  @Property({ type: 'integer' }) timelinessSum!: number;
  @Property({ type: 'integer' }) professionalismN!: number;
  @Property({ type: 'integer' }) professionalismSum!: number;
}

/**
 * Per vendor and Asia/Kolkata day: the scorecard sums. Scorecards read its ratings for the
 * 90-day window, which the (day, vendor, ratings) index answers without visiting the table.
 */
@Entity({ tableName: 'vendor_daily_rollup' })
@Index({ properties: ['day', 'vendorId', 'ratings'] })
export class VendorDailyRollup extends VendorRatingSums {
  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;
}

/**
 * Per vendor, all time: the sums behind the scorecard averages and the COMPLETED orders, so
 * scorecards read one row a vendor. Kept by the feedback trigger and one on customer_order.
 */
@Entity({ tableName: 'vendor_rollup' })
export class VendorRollup extends VendorRatingSums {
  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;

  @Property({ type: 'integer' }) ordersCompleted!: number;
}

/**
 * Categorised escalations per Asia/Kolkata day of creation, category and whether a vendor is
 * attributed. Uncategorised ones are not counted: no figure reads them. Re-categorising can
 * leave a row at 0, which readers must skip. Not sharded: escalations are categorised one by one.
 */
@Entity({ tableName: 'escalation_daily_rollup' })
export class EscalationDailyRollup {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text' })
  category!: EscalationCategory;

  @PrimaryKey({ type: 'boolean' })
  vendorAttributed!: boolean;

  @Property({ type: 'integer' }) n!: number;
}

/**
 * Reviews per Asia/Kolkata day posted and source. Sentiment scores are summed exactly
 * (numeric): the sum goes up and down as reviews change and must not drift. Not sharded:
 * imports run one at a time.
 */
@Entity({ tableName: 'review_daily_rollup' })
export class ReviewDailyRollup {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text' })
  source!: ReviewSource;

  @Property({ type: 'integer' }) n!: number;
  @Property({ type: 'integer' }) ratingSum!: number;
  @Property({ type: 'decimal', columnType: 'numeric' }) sentimentSum!: string;
}
