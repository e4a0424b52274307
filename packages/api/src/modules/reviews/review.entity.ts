// RV1–RV5: an imported review, its shortlist checks, status history and reply.
import { randomUUID } from 'node:crypto';
import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ReviewSource, ReviewStatus } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Order } from '../orders/order.entity.js';
import { StoredChecks } from './stored-checks.embeddable.js';

@ObjectType()
@Entity()
@Unique({ properties: ['source', 'externalId'] })
@Index({ properties: ['status', 'postedAt', 'id'] })
@Index({ properties: ['postedAt', 'id'] })
export class Review {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ReviewSource)
  @Enum({ items: () => ReviewSource })
  source!: ReviewSource;

  @Field(() => String)
  @Property({ type: 'string' })
  externalId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  authorName!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  rating!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  /** Lower-cased, punctuation and spacing folded: two reviews with the same one are not genuine (RV2). */
  @Index()
  @Property({ type: 'text' })
  normalisedText!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  postedAt!: Date;

  @Field(() => Number)
  @Property({ type: 'double' })
  sentimentScore!: number;

  @ManyToOne({ entity: () => Order, nullable: true, index: true })
  order?: Rel<Order> | null;

  /** RV2: when a person confirmed the order as the author's (confirmReviewOrder); null when it came with the import. */
  @Field(() => Date, { nullable: true, description: 'When a person confirmed the linked order as the author\'s (confirmReviewOrder); null when it came with the review.' })
  @Property({ type: 'datetime', nullable: true })
  orderMatchedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true })
  orderMatchedBy?: Rel<User> | null;

  /** RV2's five checks as of the import or the last shortlisting (columns check_genuine, …). */
  @Embedded({ entity: () => StoredChecks, prefix: 'check_' })
  checks: StoredChecks = new StoredChecks();

  @Field(() => ReviewStatus)
  @Enum({ items: () => ReviewStatus })
  status: ReviewStatus = ReviewStatus.NEW;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  statusReason?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  statusChangedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true })
  statusChangedBy?: Rel<User> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reply?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  repliedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true })
  repliedBy?: Rel<User> | null;

  /** RV3: the checks MARKETING shortlisted it despite (the reason is the statusReason and in the timeline). */
  @Field(() => [String], { nullable: true, description: 'Shortlist checks MARKETING overrode (RV3), if any.' })
  @Property({ type: 'json', nullable: true })
  overriddenChecks?: string[] | null;

  /** Internal feedback is private: how the customer agreed to its public use. */
  @Field(() => String, { nullable: true, description: "INTERNAL reviews: how the customer consented to public use." })
  @Property({ type: 'text', nullable: true })
  consentNote?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  consentRecordedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  importedAt!: Date;
  /** Optimistic concurrency: bumped on every change; a caller may send the version it saw. */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
