import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyKind } from '../../common/enums.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import { Vendor } from '../vendors/vendor.entity.js';
import { MoneyRequest } from './money-request.entity.js';

/**
 * One money movement, append-only (a trigger refuses updates and deletes): + to the party, − from
 * it. A request moves money once: one entry per request, when it is paid or settled.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['moneyRequest'] })
@Index({ properties: ['order', 'at'] })
@Index({ properties: ['vendor', 'at'] })
export class LedgerEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => MoneyRequest })
  moneyRequest!: Rel<MoneyRequest>;

  @ManyToOne({ entity: () => Order })
  order!: Rel<Order>;

  @ManyToOne({ entity: () => Customer, index: true })
  customer!: Rel<Customer>;

  @ManyToOne({ entity: () => Vendor, nullable: true })
  vendor?: Rel<Vendor> | null;

  @Field(() => String, { description: 'CUSTOMER or VENDOR: whose money moved.' })
  @Property({ type: 'string' })
  party!: 'CUSTOMER' | 'VENDOR';

  @Field(() => MoneyKind)
  @Enum({ items: () => MoneyKind })
  kind!: MoneyKind;

  @Field(() => Int, { description: 'Rupees: positive to the party, negative from it.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  reference?: string | null;
}
