import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/**
 * Who changed what, and which SOP rule fired for automated decisions. Orders' timelines are
 * read from here, so every event that concerns an order carries its id.
 */
@ObjectType()
@Entity()
@Index({ properties: ['orderId', 'at'] })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Index()
  @Property({ type: 'datetime' })
  at!: Date;

  /** USER, API_KEY or SYSTEM (automated decisions). */
  @Field(() => String)
  @Property({ type: 'string' })
  actorType!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  actorLabel!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  action!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  entityType!: string;

  @Field(() => String)
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  orderId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  rule?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;
}
