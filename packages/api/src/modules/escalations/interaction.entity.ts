import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Channel } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Escalation } from './escalation.entity.js';

@ObjectType()
@Entity()
export class Interaction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Escalation, index: true })
  escalation!: Rel<Escalation>;

  @Field(() => Channel)
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
