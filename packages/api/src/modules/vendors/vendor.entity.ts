import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
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
}
