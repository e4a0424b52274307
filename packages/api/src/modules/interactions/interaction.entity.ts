// The one interaction log of the CX desk: what happened between the company and a customer on
// an escalation (E1's contacts) or a case (K3's replies and notes, K4–K6's status changes, the
// customer's own messages), oldest first. Escalations and cases sit above it and are named by
// string, so neither module imports the other.
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityRef } from '../../common/entity-ref.js';
import { Channel, InteractionKind } from '../../common/enums.js';
import { User } from '../access/user.entity.js';

@ObjectType()
@Entity()
@Index({ properties: ['supportCase', 'at'] })
export class Interaction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Escalation', nullable: true, index: true })
  escalation?: Rel<EntityRef> | null;

  @ManyToOne({ entity: 'SupportCase', nullable: true })
  supportCase?: Rel<EntityRef> | null;

  @Field(() => InteractionKind, { description: 'CONTACT (an escalation contact), REPLY (sent to the customer), NOTE (internal, never sent), CUSTOMER_MESSAGE, STATUS_CHANGE.' })
  @Enum({ items: () => InteractionKind })
  kind: InteractionKind = InteractionKind.CONTACT;

  @Field(() => Channel, { description: 'How it reached or came from the customer; for notes and status changes, the case\'s own channel.' })
  @Enum({ items: () => Channel })
  channel!: Channel;

  @Field(() => String)
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @ManyToOne({ entity: () => User, nullable: true })
  by?: Rel<User> | null;
}
