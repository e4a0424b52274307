// Rollups of feedback kept by a database trigger in the same transaction as each insert, so
// weekly analytics and vendor scorecards read a few thousand rows instead of a year of
// feedback, and are never stale. Feedback ratings never change after insert.
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

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
}

/** Per vendor and Asia/Kolkata day: the sums behind the scorecard averages. */
@Entity({ tableName: 'vendor_daily_rollup' })
export class VendorDailyRollup {
  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' }) ratings!: number;
  @Property({ type: 'integer' }) ratingSum!: number;
  @Property({ type: 'integer' }) behaviourN!: number;
  @Property({ type: 'integer' }) behaviourSum!: number;
  @Property({ type: 'integer' }) timelinessN!: number;
  @Property({ type: 'integer' }) timelinessSum!: number;
  @Property({ type: 'integer' }) professionalismN!: number;
  @Property({ type: 'integer' }) professionalismSum!: number;
}
