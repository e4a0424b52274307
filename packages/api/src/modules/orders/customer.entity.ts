import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
@Entity()
export class Customer {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  /** E.164; customers are matched on it. Masked for MARKETING by the resolver. */
  @Property({ type: 'string', unique: true })
  phone!: string;

  @Property({ type: 'string', nullable: true })
  email?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  corporate: boolean = false;

  /** The customer has no WhatsApp: messages go by SMS. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  hasWhatsapp: boolean = true;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** The customer asked for no more messages: nothing scheduled for them is sent. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  messagingOptOut: Opt<boolean> = false;

  /** Personal data removed on the customer's request (counts and ratings stay for analytics). */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  erasedAt?: Date | null;
}
