import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityRef } from '../../common/entity-ref.js';
import { Channel, MessageKind, MessageStatus } from '../../common/enums.js';

/** The outbox: every outgoing message is a row first; a sender delivers it when it is due. */
@ObjectType()
@Entity()
@Index({ properties: ['status', 'scheduledFor'] })
export class Message {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  // Messaging sits below the modules it sends for: their entities are named by string.
  @ManyToOne({ entity: 'Order', nullable: true, index: true })
  order?: Rel<EntityRef> | null;

  @ManyToOne({ entity: 'FeedbackRequest', nullable: true, index: true })
  request?: Rel<EntityRef> | null;

  /** K3: the case a reply or an update belongs to (listed with the order's messages too, when it has one). */
  @ManyToOne({ entity: 'SupportCase', nullable: true, index: true })
  supportCase?: Rel<EntityRef> | null;

  @Field(() => MessageKind)
  @Enum({ items: () => MessageKind })
  kind!: MessageKind;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  /** Phone, e-mail or user id, depending on the channel. */
  @Property({ type: 'string' })
  recipient!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  scheduledFor!: Date;

  @Field(() => MessageStatus)
  @Enum({ items: () => MessageStatus })
  status: MessageStatus = MessageStatus.SCHEDULED;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts: number = 0;

  /** After a failed delivery: when the next try is due (backoff). */
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  /** The runner that claimed the message to send it; its outcome is written only under this token. */
  @Property({ type: 'uuid', nullable: true })
  claimToken?: string | null;

  /** The claim's lease: until then no other runner takes the message (one whose runner died is taken after). */
  @Property({ type: 'datetime', nullable: true })
  claimedUntil?: Date | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
