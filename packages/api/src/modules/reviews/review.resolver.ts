import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { PublishPlatform } from '../../common/enums.js';
import { findById } from '../../common/find.js';
import { NotYetAvailableError } from '../../common/not-yet.js';
import { Publication } from './publication.entity.js';
import { CreativeInput, ReviewInput } from './review.inputs.js';
import { Review } from './review.entity.js';

@ObjectType()
export class ShortlistCheck {
  @Field(() => Boolean) genuine!: boolean;
  @Field(() => Boolean) positiveSentiment!: boolean;
  @Field(() => Boolean) clearValue!: boolean;
  @Field(() => Boolean) mentionsBrand!: boolean;
  @Field(() => Boolean) relevantDevice!: boolean;
  @Field(() => Boolean, { description: 'All five hold.' }) passed!: boolean;
}

@ObjectType()
export class ImportReviewsResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => [Review]) reviews!: Review[];
}

@Resolver(() => Review)
export class ReviewResolver {
  @Query(() => Review, { nullable: true })
  review(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return findById(ctx.em, Review, id);
  }

  @Query(() => [Publication], { description: 'Public: needs no credentials. Currently published testimonials for one platform, newest first.' })
  testimonials(@Arg('platform', () => PublishPlatform) platform: PublishPlatform, @Ctx() ctx: GraphQLContext) {
    return ctx.em.find(Publication, { platform, unpublishedAt: null }, { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: 100 });
  }

  @Mutation(() => ImportReviewsResult)
  importReviews(@Arg('reviews', () => [ReviewInput]) _reviews: ReviewInput[]): ImportReviewsResult {
    throw new NotYetAvailableError('importReviews');
  }

  @Mutation(() => Review)
  shortlistReview(@Arg('reviewId', () => ID) _id: string, @Arg('overrideReason', () => String, { nullable: true }) _reason: string | null): Review {
    throw new NotYetAvailableError('shortlistReview');
  }

  @Mutation(() => Review)
  rejectReview(@Arg('reviewId', () => ID) _id: string, @Arg('reason', () => String) _reason: string): Review {
    throw new NotYetAvailableError('rejectReview');
  }

  @Mutation(() => Review)
  publishReview(
    @Arg('reviewId', () => ID) _id: string,
    @Arg('platforms', () => [PublishPlatform]) _platforms: PublishPlatform[],
    @Arg('creative', () => CreativeInput, { nullable: true }) _creative: CreativeInput | null,
  ): Review {
    throw new NotYetAvailableError('publishReview');
  }

  @Mutation(() => Review)
  unpublishReview(@Arg('reviewId', () => ID) _id: string, @Arg('reason', () => String) _reason: string): Review {
    throw new NotYetAvailableError('unpublishReview');
  }

  @Mutation(() => Review)
  replyToReview(@Arg('reviewId', () => ID) _id: string, @Arg('text', () => String) _text: string): Review {
    throw new NotYetAvailableError('replyToReview');
  }

  @FieldResolver(() => ShortlistCheck)
  checks(@Root() r: Review): ShortlistCheck {
    const c = {
      genuine: r.checkGenuine,
      positiveSentiment: r.checkPositiveSentiment,
      clearValue: r.checkClearValue,
      mentionsBrand: r.checkMentionsBrand,
      relevantDevice: r.checkRelevantDevice,
    };
    return { ...c, passed: Object.values(c).every(Boolean) };
  }

  @FieldResolver(() => [Publication])
  publications(@Root() r: Review, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(Publication, 'review', { publishedAt: 'asc' }).load(r.id);
  }
}
