import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VendorStatus } from '../../common/enums.js';

@ObjectType()
@Entity()
export class Vendor {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  city?: string | null;

  @Field(() => VendorStatus)
  @Index()
  @Enum({ items: () => VendorStatus })
  status: VendorStatus = VendorStatus.ACTIVE;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  statusReason?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** Optimistic concurrency: bumped on every change; a caller may send the version it saw. */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
