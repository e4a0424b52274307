import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ApiScope } from '../../common/enums.js';
import { User } from './user.entity.js';

@ObjectType()
@Entity()
export class ApiKey {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => [ApiScope])
  @Enum({ items: () => ApiScope, array: true })
  scopes: ApiScope[] = [];

  /** sha256 of the secret: the secret is high-entropy, so a fast hash is safe and lookups stay cheap. */
  @Property({ type: 'string', hidden: true })
  secretHash!: string;

  @ManyToOne({ entity: () => User, nullable: true })
  createdBy?: Rel<User> | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;
}
