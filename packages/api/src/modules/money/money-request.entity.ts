import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityRef } from '../../common/entity-ref.js';
import { MoneyKind, MoneyStatus } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Order } from '../orders/order.entity.js';
import { Vendor } from '../vendors/vendor.entity.js';
import type { FraudFactor } from './money.policy.js';

/** M1–M6: money proposed to or from a customer or a vendor, decided (maker-checker) and paid once. */
@ObjectType()
@Entity()
@Index({ properties: ['status', 'proposedAt', 'id'] })
@Index({ properties: ['order', 'kind'] })
export class MoneyRequest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => MoneyKind)
  @Enum({ items: () => MoneyKind })
  kind!: MoneyKind;

  @Field(() => MoneyStatus)
  @Enum({ items: () => MoneyStatus })
  status: MoneyStatus = MoneyStatus.PROPOSED;

  @Field(() => Int, { description: 'Rupees.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne({ entity: () => Order, index: true })
  order!: Rel<Order>;

  /** The case it was proposed from (support cases sit below money). */
  @ManyToOne({ entity: 'SupportCase', nullable: true, index: true })
  supportCase?: Rel<EntityRef> | null;

  @ManyToOne({ entity: 'Escalation', nullable: true })
  escalation?: Rel<EntityRef> | null;

  @ManyToOne({ entity: () => Vendor, nullable: true, index: true })
  vendor?: Rel<Vendor> | null;

  @Field(() => String, { nullable: true, description: 'The rule that set or capped the amount, e.g. GOODWILL_NO_SHOW or REFUND_FRAUD_CAP.' })
  @Property({ type: 'string', nullable: true })
  rule?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  fraudScore?: number | null;

  /** M4: the factors of the score, stored with the request as they were when it was proposed. */
  @Property({ type: 'json', nullable: true })
  fraudFactors?: FraudFactor[] | null;

  /** M5: a REFUND that the vendor who caused it pays back (a VENDOR_RECOVERY follows its payment). */
  @Field(() => Boolean, { description: 'M5: once paid, the same amount is recovered from the order\'s vendor (wrong job, vendor not responding).' })
  @Property({ type: 'boolean' })
  recoverFromVendor: Opt<boolean> = false;

  /** The REFUND a VENDOR_RECOVERY recovers (M5). */
  @ManyToOne({ entity: () => MoneyRequest, nullable: true })
  recovers?: Rel<MoneyRequest> | null;

  @ManyToOne({ entity: () => User, nullable: true })
  proposedBy?: Rel<User> | null;

  /** Who proposed it when it was not a person (the system after a return, an API key). */
  @Property({ type: 'string' })
  proposedByLabel!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  proposedAt!: Date;

  @ManyToOne({ entity: () => User, nullable: true })
  decidedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null;

  @Field(() => String, { nullable: true, description: "The payment provider's id once paid; a retry never pays twice." })
  @Property({ type: 'string', nullable: true })
  providerReference?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the payment failed (the provider\'s words), once FAILED.' })
  @Property({ type: 'text', nullable: true })
  failureReason?: string | null;

  /**
   * M6: whom the payout goes to, as it was when the request was approved. Every try sends the
   * same body under the same idempotency key (a provider refuses a retry whose body changed, e.g.
   * after the customer's name was edited).
   */
  @Property({ type: 'string', nullable: true })
  payeeName?: string | null;

  @Property({ type: 'string', nullable: true })
  payeePhone?: string | null;

  /** Tries of the pay job so far (M6: FAILED after the last). */
  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
