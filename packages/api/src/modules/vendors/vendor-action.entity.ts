import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VendorActionKind } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Vendor } from './vendor.entity.js';

@ObjectType()
@Entity()
export class VendorAction {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Vendor, index: true })
  vendor!: Rel<Vendor>;

  @Field(() => VendorActionKind)
  @Enum({ items: () => VendorActionKind })
  kind!: VendorActionKind;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  automatic: boolean = false;

  /** The SOP rule that fired, for automatic actions (e.g. V2). */
  @Property({ type: 'string', nullable: true })
  rule?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @ManyToOne({ entity: () => User, nullable: true })
  by?: Rel<User> | null;
}
