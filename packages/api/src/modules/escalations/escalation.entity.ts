import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EscalationCategory, EscalationStatus, Team } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Feedback } from '../feedback/feedback.entity.js';
import { Order } from '../orders/order.entity.js';
import { Vendor } from '../vendors/vendor.entity.js';

@ObjectType()
@Entity()
@Index({ properties: ['status', 'firstContactDueAt', 'id'] })
@Index({ properties: ['team', 'status'] })
@Index({ properties: ['createdAt'] })
export class Escalation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Order, index: true })
  order!: Rel<Order>;

  @ManyToOne({ entity: () => Feedback, nullable: true })
  feedback?: Rel<Feedback> | null;

  /** The order's vendor when the escalation opened (V1 attributes complaints to it). */
  @ManyToOne({ entity: () => Vendor, nullable: true, index: true })
  vendor?: Rel<Vendor> | null;

  @Field(() => EscalationStatus)
  @Enum({ items: () => EscalationStatus })
  status: EscalationStatus = EscalationStatus.OPEN;

  @Field(() => EscalationCategory, { nullable: true })
  @Enum({ items: () => EscalationCategory, nullable: true })
  category?: EscalationCategory | null;

  @Field(() => Team)
  @Enum({ items: () => Team })
  team: Team = Team.CX;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** Optimistic concurrency: bumped on every change; a caller may send the version it saw. */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  firstContactDueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  firstContactAt?: Date | null;

  /** Set by the SLA timer when the due time passed without contact. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  slaBreachedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true })
  assignee?: Rel<User> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}
