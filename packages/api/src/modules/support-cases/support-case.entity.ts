import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CasePriority, CaseStatus, CaseType, Channel, Team } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';

/**
 * K1–K6: a customer's inquiry. The clock times (due, responded, resolved, breached, paused) are
 * copies of its SLA clocks' (modules/sla-clocks) that the inbox sorts and filters on; the
 * engine's rows decide, and the service copies after every change.
 */
@ObjectType()
@Entity()
@Index({ properties: ['status', 'firstResponseDueAt', 'id'] })
@Index({ properties: ['team', 'status'] })
@Index({ properties: ['createdAt', 'id'] })
export class SupportCase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The readable sequence (K1): 10001, 10002…; `number` in GraphQL is CX-10001. */
  @Property({ type: 'integer', unique: true })
  seq!: number;

  @Field(() => CaseType)
  @Enum({ items: () => CaseType })
  type!: CaseType;

  @Field(() => CaseStatus)
  @Enum({ items: () => CaseStatus })
  status: CaseStatus = CaseStatus.OPEN;

  @Field(() => CasePriority)
  @Enum({ items: () => CasePriority })
  priority!: CasePriority;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  @Field(() => String)
  @Property({ type: 'text' })
  subject!: string;

  @Field(() => String, { description: 'What the customer asked, as they or the agent wrote it when opening the case.' })
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne({ entity: () => Customer, index: true })
  customer!: Rel<Customer>;

  @ManyToOne({ entity: () => Order, nullable: true, index: true })
  order?: Rel<Order> | null;

  /** SOP 004: a product-support case carries the device's IMEI or serial number. */
  @Field(() => String, { nullable: true, description: 'PRODUCT_SUPPORT (SOP 004): the device\'s IMEI (15 digits) or serial number.' })
  @Property({ type: 'string', nullable: true })
  deviceSerial?: string | null;

  @Field(() => Team)
  @Enum({ items: () => Team })
  team: Team = Team.CX;

  @ManyToOne({ entity: () => User, nullable: true, index: true })
  assignee?: Rel<User> | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  firstResponseDueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  firstRespondedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  resolutionDueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  /** The first due time that passed before its event (set by the clocks' timer or by a late event). */
  @Property({ type: 'datetime', nullable: true })
  slaBreachedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  slaPausedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the case is parked (K4), while it is.' })
  @Property({ type: 'text', nullable: true })
  parkReason?: string | null;

  @Field(() => Date, { nullable: true, description: 'When a parked case comes back by itself (K4), if a date was given.' })
  @Property({ type: 'datetime', nullable: true })
  parkedUntil?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Field(() => Int, { description: 'How many times the case was reopened (K6).' })
  @Property({ type: 'integer' })
  reopenCount: Opt<number> = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastCustomerMessageAt?: Date | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
