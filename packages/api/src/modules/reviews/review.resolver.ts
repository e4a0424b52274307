// RV1–RV5 over GraphQL: thin resolvers around ReviewService; testimonials is public (S1).
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Int } from 'type-graphql';
import { principalOf, type GraphQLContext } from '../../context.js';
import { AvailableActionType } from '../../common/actions.types.js';
import { AuditEvent } from '../../common/audit-event.entity.js';
import { PublishPlatform, ReviewStatus } from '../../common/enums.js';
import { ListQueries } from '../../common/list-queries.js';
import { refId } from '../../common/lean.js';
import { User } from '../access/user.entity.js';
import { Publication } from './publication.entity.js';
import { CreativeInput, ReviewFilter, ReviewInput } from './review.inputs.js';
import { CSV_COLUMNS, csvTemplate } from './review-csv.js';
import { Creative, ImportReviewsCsvResult, ImportReviewsResult, OrderMatch, ReviewImportTemplate, ShortlistCheck, ShortlistCheckDetail } from './review.types.js';
import { Review } from './review.entity.js';

@Resolver(() => Review)
export class ReviewResolver extends ListQueries({ name: 'Reviews', type: Review, filter: ReviewFilter, list: (ctx) => ctx.services.reviews.reviewList, one: { alias: 'review' } }) {
  @Query(() => [Publication], { description: 'Public: needs no credentials. Currently published testimonials for one platform, newest first.' })
  testimonials(@Arg('platform', () => PublishPlatform) platform: PublishPlatform, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.testimonials(ctx.em, platform);
  }

  @Mutation(() => ImportReviewsResult)
  importReviews(@Arg('reviews', () => [ReviewInput]) reviews: ReviewInput[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.imports.importReviews(ctx.em, principalOf(ctx), reviews);
  }

  @Mutation(() => ImportReviewsCsvResult, {
    description:
      'Imports a CSV with the columns source, externalId, authorName, rating, text, postedAt (ISO 8601; India time without an offset) ' +
      'and optionally orderId, consentNote (see reviewImportTemplate). Any row error: nothing is imported and every error is listed. ' +
      'dryRun: true reads and checks the file the same way and writes nothing, for a preview.',
  })
  importReviewsCsv(
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'Only report what importing would do (rows, outcomes, errors).' }) dryRun: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reviews.imports.importReviewsCsv(ctx.em, principalOf(ctx), csv, dryRun ?? false);
  }

  @Query(() => ReviewImportTemplate, { description: 'RV1: the columns importReviewsCsv reads, and a CSV with their header row to fill in.' })
  reviewImportTemplate(): ReviewImportTemplate {
    return { csv: csvTemplate(), columns: CSV_COLUMNS };
  }

  @Mutation(() => Review, { description: "Turns 4–5 star feedback with a comment into an INTERNAL review, recording the customer's consent." })
  createReviewFromFeedback(@Arg('feedbackId', () => ID) feedbackId: string, @Arg('consentNote', () => String) consentNote: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.imports.createReviewFromFeedback(ctx.em, principalOf(ctx), feedbackId, consentNote);
  }

  @Mutation(() => Review)
  shortlistReview(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('overrideReason', () => String, { nullable: true }) overrideReason: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed since.' }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reviews.lifecycle.shortlistReview(ctx.em, principalOf(ctx), reviewId, overrideReason, expectedVersion);
  }

  @Mutation(() => Review)
  rejectReview(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed since.' }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reviews.lifecycle.rejectReview(ctx.em, principalOf(ctx), reviewId, reason, expectedVersion);
  }

  @Mutation(() => Review)
  publishReview(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('platforms', () => [PublishPlatform]) platforms: PublishPlatform[],
    @Arg('creative', () => CreativeInput, { nullable: true }) creative: CreativeInput | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed since.' }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reviews.lifecycle.publishReview(ctx.em, principalOf(ctx), reviewId, platforms, creative, expectedVersion);
  }

  @Mutation(() => Review)
  unpublishReview(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed since.' }) expectedVersion: number | null,
    @Arg('platforms', () => [PublishPlatform], {
      nullable: true,
      description: 'Take it down only from these platforms (BAD_USER_INPUT if it is not live on one); it stays PUBLISHED while live elsewhere. Default: every platform.',
    })
    platforms: PublishPlatform[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reviews.lifecycle.unpublishReview(ctx.em, principalOf(ctx), reviewId, reason, expectedVersion, platforms);
  }

  @Mutation(() => Review)
  replyToReview(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('text', () => String) text: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed since.' }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reviews.lifecycle.replyToReview(ctx.em, principalOf(ctx), reviewId, text, expectedVersion);
  }

  @Mutation(() => Review, {
    description:
      'RV2: confirms by hand that the review is about this COMPLETED order (usually one of Review.suggestedOrders); the checks run again and the review is then a "Verified order". ' +
      'CONFLICT when the review already has an order or the order verifies another review from the same platform; SOP_VIOLATION (rule RV2) when the order is not COMPLETED.',
  })
  confirmReviewOrder(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('orderId', () => ID) orderId: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed since.' }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reviews.lifecycle.confirmReviewOrder(ctx.em, principalOf(ctx), reviewId, orderId, expectedVersion);
  }

  @FieldResolver(() => Boolean, { description: 'RV2: linked to an order that is COMPLETED (the admin shows "Verified order").' })
  verifiedOrder(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.verifiedOrder(ctx.loaders, r);
  }

  @FieldResolver(() => [OrderMatch], {
    description:
      'RV2: for a review without an order, the COMPLETED orders it may be about (same customer name, the device named in the text, posted within 30 days after completion), best first, for a person to confirm with confirmReviewOrder. Empty once it has an order.',
  })
  suggestedOrders(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.suggestedOrders(ctx.em, r);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who confirmed the linked order (confirmReviewOrder); null when it came with the review.' })
  orderMatchedBy(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, r.orderMatchedBy);
  }

  @FieldResolver(() => ShortlistCheck)
  checks(@Root() r: Review, @Ctx() ctx: GraphQLContext): ShortlistCheck {
    return ctx.services.reviews.checks(r);
  }

  @FieldResolver(() => [Publication], { description: 'Every publication, live or taken down (RV5), oldest first.' })
  publications(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(Publication, 'review', { publishedAt: 'asc' }).load(r.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The order the review is linked to (a COMPLETED one makes it a verified order).' })
  orderId(@Root() r: Review) {
    return refId(r.order);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the last status change.' })
  statusChangedBy(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, r.statusChangedBy);
  }

  @FieldResolver(() => [ReviewStatus], { description: 'The statuses this review can move to next (the admin shows only these actions).' })
  nextStatuses(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.lifecycle.nextStatuses(r, ctx.principal);
  }

  @FieldResolver(() => [AvailableActionType], {
    description: 'What the caller can do now: SHORTLIST (blocked when genuine or positiveSentiment fails, RV3), REJECT, PUBLISH, UNPUBLISH, REPLY.',
  })
  availableActions(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.lifecycle.availableActions(r, ctx.principal);
  }

  @FieldResolver(() => [ShortlistCheckDetail], { description: 'The five checks (as in checks) with what each asks and whether MARKETING may override it (RV2, RV3).' })
  checkDetails(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.checkDetails(r);
  }

  @FieldResolver(() => Creative, { description: 'RV4: the display name and excerpt publishReview uses when no creative is given.' })
  defaultCreative(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.defaultCreative(r);
  }

  @FieldResolver(() => [AuditEvent], { description: 'Import, checks, status changes and replies, with who and which rule, oldest first.' })
  timeline(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.services.access.auditEventList.children(ctx, 'entityId', { at: 'asc' }).load(r.id);
  }
}

@Resolver(() => Publication)
export class PublicationResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The review it shows; null for callers who may not read reviews (testimonials is public).' })
  reviewId(@Root() p: Publication) {
    return refId(p.review);
  }

  @FieldResolver(() => [AvailableActionType], { description: 'What the caller can do now: UNPUBLISH (unpublishReview with this platform) while it is live.' })
  availableActions(@Root() p: Publication, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.lifecycle.publicationActions(p, ctx.principal);
  }
}
