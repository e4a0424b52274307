import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityRef } from '../../common/entity-ref.js';
import { Channel, FeedbackRoute, Touchpoint } from '../../common/enums.js';
import { Order } from '../orders/order.entity.js';
import { Vendor } from '../vendors/vendor.entity.js';
import { FeedbackRequest } from './feedback-request.entity.js';

@ObjectType()
@Entity()
@Index({ properties: ['createdAt'] })
// The start-up backfill's rows (feedback-sentiment.ts): answers with text and no score yet.
@Index({
  name: 'feedback_unscored_idx',
  expression: `create index "feedback_unscored_idx" on "feedback" ("id") where sentiment_score is null and (comment ~ '\\S' or details ~ '\\S')`,
})
export class Feedback {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Order, index: true })
  order!: Rel<Order>;

  @ManyToOne({ entity: () => FeedbackRequest, nullable: true })
  request?: Rel<FeedbackRequest> | null;

  /** For AFTER_RESOLUTION: the resolved escalation this answer re-rates (one answer each, F4); an Escalation, named by string (escalations sit above feedback). */
  @ManyToOne({ entity: 'Escalation', nullable: true, unique: true })
  reRatedEscalation?: Rel<EntityRef> | null;

  /** K6: the resolved support case this answer rates (one answer each); a SupportCase, named by string. */
  @ManyToOne({ entity: 'SupportCase', nullable: true, unique: true })
  supportCase?: Rel<EntityRef> | null;

  /** The order's vendor when the feedback was given: scorecards attribute ratings to it. */
  @ManyToOne({ entity: () => Vendor, nullable: true, index: true })
  vendor?: Rel<Vendor> | null;

  @Field(() => Touchpoint)
  @Enum({ items: () => Touchpoint })
  touchpoint!: Touchpoint;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  rating!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  vendorBehaviour?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  pickupExperience?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  paymentSpeed?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  vendorTimeliness?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  vendorProfessionalism?: number | null;

  /** R2: what a 3-star customer wrote when asked for details afterwards (once). */
  @Field(() => String, { nullable: true, description: 'R2: the details a customer added after a 3-star rating (addFeedbackDetails, once).' })
  @Property({ type: 'text', nullable: true })
  details?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  detailsAt?: Date | null;

  /** The comment's (and details') sentiment, -1..1, from the same model as reviews; null when the customer wrote nothing. */
  @Field(() => Number, { nullable: true, description: "Sentiment of what the customer wrote (comment and details), -1..1; null when nothing was written." })
  @Property({ type: 'double', nullable: true })
  sentimentScore?: number | null;

  @Field(() => FeedbackRoute)
  @Enum({ items: () => FeedbackRoute })
  route!: FeedbackRoute;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel: Channel = Channel.APP;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
