import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../../common/enums.js';

@ObjectType()
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Masked (a***@example.com) for a caller who may not read staff accounts (allUsers), unless it is their own.' })
  @Property({ type: 'string', unique: true })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => [Role], { description: 'Empty for a caller who may not read staff accounts (allUsers), unless it is their own.' })
  @Enum({ items: () => Role, array: true })
  roles: Role[] = [];

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  /**
   * Bumped by each edit of the account (name, roles, active), which an editor may send back as
   * expectedVersion. Not MikroORM's automatic version: signing in writes lastLoginAt, and that
   * must not make an admin's open edit page stale.
   */
  @Field(() => Int)
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  @Field(() => Date, { nullable: true, description: 'Null for a caller who may not read staff accounts (allUsers), unless it is their own.' })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  /**
   * Part of every token this user holds: a password change, a reset or deactivation bumps it,
   * and tokens issued before stop working at once instead of at their expiry.
   */
  @Property({ type: 'integer', hidden: true })
  credentialVersion: Opt<number> = 0;
}
