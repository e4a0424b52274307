import { Arg, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import { refId } from '../../common/lean.js';
import { ListQueries } from '../../common/list-queries.js';
import { principalOf, type GraphQLContext } from '../../context.js';
import { User } from '../access/user.entity.js';
import { Order } from '../orders/order.entity.js';
import { SupportCase } from '../support-cases/support-case.entity.js';
import { Vendor } from '../vendors/vendor.entity.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { MoneyRequest } from './money-request.entity.js';
import { MoneyRequestFilter, ProposeMoneyInput } from './money.inputs.js';

@ObjectType({ description: 'M4: one factor of a request\'s fraud score, as stored when it was proposed.' })
export class FraudFactorType {
  @Field(() => String) factor!: string;
  @Field(() => Int) value!: number;
  @Field(() => Int) points!: number;
}

@ObjectType({ description: 'An order\'s or a vendor\'s money movements, oldest first, and their sum.' })
export class Ledger {
  @Field(() => [LedgerEntry]) entries!: LedgerEntry[];
  @Field(() => Int, { description: 'Rupees: what the party received minus what was taken back.' }) balance!: number;
}

@Resolver(() => MoneyRequest)
export class MoneyRequestResolver extends ListQueries({
  name: 'MoneyRequests', type: MoneyRequest, filter: MoneyRequestFilter, list: (ctx) => ctx.services.money.list,
  description: 'The finance queue: money requests, newest first by default.',
  one: { alias: 'moneyRequest' },
}) {
  @Mutation(() => MoneyRequest, { description: 'M1–M5: the policy sets GOODWILL, caps REFUND and approves what it allows; the rest waits for FINANCE.' })
  proposeMoney(@Arg('input', () => ProposeMoneyInput) input: ProposeMoneyInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.money.propose(ctx.em, principalOf(ctx), input);
  }

  @Mutation(() => MoneyRequest, { description: 'FINANCE or ADMIN, never the person who proposed it.' })
  approveMoney(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.money.approve(ctx.em, principalOf(ctx), id, note, expectedVersion);
  }

  @Mutation(() => MoneyRequest)
  rejectMoney(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.money.reject(ctx.em, principalOf(ctx), id, note, expectedVersion);
  }

  @Query(() => Ledger, { description: "The ledger of an order or of a vendor (give one): every movement and the balance." })
  ledger(@Arg('orderId', () => ID, { nullable: true }) orderId: string | null, @Arg('vendorId', () => ID, { nullable: true }) vendorId: string | null, @Ctx() ctx: GraphQLContext) {
    return ctx.services.money.ledgerOf(ctx.em, { orderId, vendorId });
  }

  @FieldResolver(() => Order)
  order(@Root() r: MoneyRequest, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Order, r.order);
  }

  @FieldResolver(() => SupportCase, { nullable: true, name: 'case' })
  async supportCase(@Root() r: MoneyRequest, @Ctx() ctx: GraphQLContext) {
    if (!r.supportCase) return null;
    const [c] = await ctx.services.cases.list.children(ctx, 'id', { createdAt: 'asc' }).load(refId(r.supportCase)!);
    return c ?? null;
  }

  @FieldResolver(() => Vendor, { nullable: true })
  vendor(@Root() r: MoneyRequest, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Vendor, r.vendor);
  }

  @FieldResolver(() => User, { nullable: true })
  proposedBy(@Root() r: MoneyRequest, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, r.proposedBy);
  }

  @FieldResolver(() => String, { description: 'Who proposed it: a person\'s name, or the system (a return after payment, M5).' })
  proposedByLabel(@Root() r: MoneyRequest) {
    return r.proposedByLabel;
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() r: MoneyRequest, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, r.decidedBy);
  }

  @FieldResolver(() => [FraudFactorType], { description: 'M4: the fraud score\'s factors as they were when it was proposed.' })
  fraudFactors(@Root() r: MoneyRequest) {
    return r.fraudFactors ?? [];
  }
}

/** Order.moneyRequests: the money module's field of Order. */
@Resolver(() => Order)
export class OrderMoneyResolver {
  @FieldResolver(() => [MoneyRequest], { description: 'Money requests on this order, oldest first.' })
  moneyRequests(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.services.money.list.children(ctx, 'order', { proposedAt: 'asc' }).load(order.id);
  }
}
