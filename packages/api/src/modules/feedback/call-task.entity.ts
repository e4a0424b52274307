import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityRef } from '../../common/entity-ref.js';
import { CallReason, CallTaskStatus } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Order } from '../orders/order.entity.js';

@ObjectType()
@Entity()
@Index({ properties: ['status', 'dueAt'] })
export class CallTask {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Order, index: true })
  order!: Rel<Order>;

  /** The resolved escalation a C2 call follows up (an Escalation; escalations sit above feedback). */
  @ManyToOne({ entity: 'Escalation', nullable: true })
  escalation?: Rel<EntityRef> | null;

  @Field(() => [CallReason])
  @Enum({ items: () => CallReason, array: true })
  reasons: CallReason[] = [];

  @Field(() => CallTaskStatus)
  @Enum({ items: () => CallTaskStatus })
  status: CallTaskStatus = CallTaskStatus.OPEN;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  completedBy?: Rel<User> | null;
}
