import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityRef } from '../../common/entity-ref.js';
import { FeedbackRequestStatus, Touchpoint } from '../../common/enums.js';
import { Order } from '../orders/order.entity.js';

@ObjectType()
@Entity()
@Index({ properties: ['order', 'touchpoint'] })
export class FeedbackRequest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Order })
  order!: Rel<Order>;

  @Field(() => Touchpoint)
  @Enum({ items: () => Touchpoint })
  touchpoint!: Touchpoint;

  /** For AFTER_RESOLUTION: the resolved escalation this request re-rates (an Escalation; escalations sit above feedback). */
  @ManyToOne({ entity: 'Escalation', nullable: true })
  escalation?: Rel<EntityRef> | null;

  /** For AFTER_RESOLUTION of a support case (K6): the resolved case whose resolution it rates (cases sit above feedback). */
  @ManyToOne({ entity: 'SupportCase', nullable: true, index: true })
  supportCase?: Rel<EntityRef> | null;

  @Field(() => FeedbackRequestStatus)
  @Enum({ items: () => FeedbackRequestStatus })
  status: FeedbackRequestStatus = FeedbackRequestStatus.OPEN;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}
