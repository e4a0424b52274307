import { Field, ID, InputType, Int } from 'type-graphql';
import { MoneyKind, MoneyStatus } from '../../common/enums.js';

@InputType()
export class ProposeMoneyInput {
  @Field(() => ID) orderId!: string;
  @Field(() => MoneyKind) kind!: MoneyKind;
  @Field(() => Int, { nullable: true, description: 'Omitted for GOODWILL: the policy sets it.' }) amount?: number | null;
  @Field(() => String) reason!: string;
  @Field(() => ID, { nullable: true }) caseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The escalation it was proposed from.' }) escalationId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'M5 (REFUND): once paid, recover the same amount from the order\'s vendor (wrong job, vendor not responding after 2 attempts).' })
  recoverFromVendor?: boolean | null;
}

@InputType()
export class MoneyRequestFilter {
  @Field(() => [MoneyStatus], { nullable: true }) status?: MoneyStatus[] | null;
  @Field(() => [MoneyKind], { nullable: true }) kind?: MoneyKind[] | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => ID, { nullable: true }) vendorId?: string | null;
  @Field(() => ID, { nullable: true }) caseId?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
}
