import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { CallReason, CallTaskStatus } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Escalation } from '../escalations/escalation.entity.js';
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

  @ManyToOne({ entity: () => Escalation, nullable: true })
  escalation?: Rel<Escalation> | null;

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
