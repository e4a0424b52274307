import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CancellationReason, DeviceCategory, OrderStatus } from '../../common/enums.js';
import { Vendor } from '../vendors/vendor.entity.js';
import { Customer } from './customer.entity.js';

@ObjectType()
@Entity({ tableName: 'customer_order' })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
export class Order {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', unique: true })
  externalRef!: string;

  /** Hash of the normalised createOrder input: a repeat with other data under the same externalRef is a CONFLICT. */
  @Property({ type: 'string', hidden: true })
  inputFingerprint!: string;

  @Field(() => OrderStatus)
  @Enum({ items: () => OrderStatus })
  status: OrderStatus = OrderStatus.CREATED;

  @ManyToOne({ entity: () => Customer, index: true })
  customer!: Rel<Customer>;

  @ManyToOne({ entity: () => Vendor, nullable: true, index: true })
  vendor?: Rel<Vendor> | null;

  @Field(() => DeviceCategory)
  @Enum({ items: () => DeviceCategory })
  deviceCategory!: DeviceCategory;

  @Field(() => String)
  @Property({ type: 'string' })
  deviceModel!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quotedPrice!: number;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  finalPrice?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  pincode?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  paymentReference?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  /** When the vendor was last replaced by another one (F3: AFTER_VENDOR_REPLACEMENT). */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  vendorReplacedAt?: Date | null;

  /** SOP 002: the reason confirmed with the customer (cancelOrder); null on an order cancelled through advanceOrder, which asks none. */
  @Field(() => CancellationReason, { nullable: true, description: 'Why the customer cancelled, as confirmed with them (cancelOrder); null when not cancelled or cancelled without a reason (advanceOrder).' })
  @Enum({ items: () => CancellationReason, nullable: true })
  cancellationReason?: CancellationReason | null;

  @Field(() => String, { nullable: true, description: "The agent's note on the cancellation (needed with reason OTHER)." })
  @Property({ type: 'text', nullable: true })
  cancellationNote?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
