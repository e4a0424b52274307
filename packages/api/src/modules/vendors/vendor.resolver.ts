import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { principalOf, type GraphQLContext } from '../../context.js';
import { AvailableActionType } from '../../common/actions.types.js';
import { ListQueries } from '../../common/list-queries.js';
import { User } from '../access/user.entity.js';
import { VendorScorecard, loadScorecards } from './scorecard.js';
import { VendorAction } from './vendor-action.entity.js';
import { VendorFilter } from './vendor.inputs.js';
import { Vendor } from './vendor.entity.js';

@ObjectType({ description: "One week of a vendor's ratings and complaints (Asia/Kolkata weeks)." })
class VendorWeek {
  @Field(() => Date) weekStart!: Date;
  @Field(() => Int) ratings!: number;
  @Field(() => Float, { nullable: true }) averageRating!: number | null;
  @Field(() => Int) complaints!: number;
}

const scorecardLoader = (ctx: GraphQLContext) =>
  ctx.loaders.custom<string, VendorScorecard>('scorecards', async (ids) => {
    const cards = await loadScorecards(ctx.em, ids, ctx.clock.now());
    return ids.map((id) => cards.get(id)!);
  });

@Resolver(() => Vendor)
export class VendorResolver extends ListQueries({ name: 'Vendors', type: Vendor, filter: VendorFilter, list: (ctx) => ctx.services.vendors.vendorList, one: { alias: 'vendor' } }) {
  @Mutation(() => Vendor)
  createVendor(@Arg('name', () => String) name: string, @Arg('city', () => String, { nullable: true }) city: string | null, @Ctx() ctx: GraphQLContext) {
    return ctx.services.vendors.createVendor(ctx.em, principalOf(ctx), name, city);
  }

  @Mutation(() => Vendor, { description: "Edits a vendor's name or city; status changes go through holdVendor / reinstateVendor." })
  updateVendor(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('city', () => String, { nullable: true }) city: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT (naming who changed it) if it changed since.' }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.vendors.updateVendor(ctx.em, principalOf(ctx), id, { name, city: city ?? undefined }, expectedVersion);
  }

  @Mutation(() => Vendor)
  holdVendor(
    @Arg('vendorId', () => ID) vendorId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed since.' }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.vendors.holdVendor(ctx.em, principalOf(ctx), vendorId, reason, expectedVersion);
  }

  @Mutation(() => Vendor)
  reinstateVendor(
    @Arg('vendorId', () => ID) vendorId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.vendors.reinstateVendor(ctx.em, principalOf(ctx), vendorId, reason, expectedVersion);
  }

  @Query(() => [VendorWeek], { description: "The vendor's weekly ratings and complaints, oldest first." })
  vendorTrend(@Arg('vendorId', () => ID) vendorId: string, @Arg('weeks', () => Int, { defaultValue: 12 }) weeks: number, @Ctx() ctx: GraphQLContext) {
    return ctx.services.vendors.trend(ctx.em, vendorId, weeks);
  }

  @FieldResolver(() => VendorScorecard)
  scorecard(@Root() vendor: Vendor, @Ctx() ctx: GraphQLContext) {
    return scorecardLoader(ctx).load(vendor.id);
  }

  @FieldResolver(() => [VendorAction], { description: 'Newest first.' })
  actions(@Root() vendor: Vendor, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(VendorAction, 'vendor', { at: 'desc' }).load(vendor.id);
  }

  @FieldResolver(() => [AvailableActionType], { description: 'What the caller can do now (V3): HOLD (holdVendor), REINSTATE (reinstateVendor).' })
  availableActions(@Root() vendor: Vendor, @Ctx() ctx: GraphQLContext) {
    return ctx.services.vendors.availableActions(vendor, ctx.principal);
  }
}

/** V4's list: the vendors' own filters from their list, the figures from the scorecards' SQL. */
@Resolver(() => Vendor)
export class VendorScorecardResolver extends ListQueries({
  name: 'VendorScorecards', type: Vendor, filter: VendorFilter,
  description: 'Vendors with their scorecards, sorted by any scorecard figure (default: composite, best first).',
  list: (ctx) => ({
    async list(em, principal, args, filter) {
      const rows = await ctx.services.vendors.scorecards(em, principal, args, filter);
      // The scorecards came with the page: prime the loader so Vendor.scorecard does not query again.
      for (const r of rows) scorecardLoader(ctx).prime(r.vendor.id, r.card);
      return rows.map((r) => r.vendor);
    },
    count: (em, principal, filter) => ctx.services.vendors.countScorecards(em, principal, filter),
  }),
}) {}

@Resolver(() => VendorAction)
export class VendorActionResolver {
  @FieldResolver(() => User, { nullable: true })
  by(@Root() action: VendorAction, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, action.by);
  }
}
