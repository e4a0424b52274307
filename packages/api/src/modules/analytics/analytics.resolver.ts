import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { CaseAnalyticsGroup, CaseServiceFigures, LoopAnalytics, SentimentCell, WeeklyFeedbackStats, WeeklyReviewStats } from './analytics.types.js';

export { WeeklyFeedbackStats };

@Resolver()
export class AnalyticsResolver {
  @Query(() => [WeeklyFeedbackStats], { description: 'Weeks that overlap [from, to), oldest first; weeks with no feedback are included with zeros.' })
  feedbackAnalytics(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: GraphQLContext) {
    return ctx.services.analytics.weeklyFeedback(ctx.em, from, to);
  }

  @Query(() => [WeeklyReviewStats], { description: 'Public review growth and rating trend per source and week.' })
  reviewAnalytics(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: GraphQLContext) {
    return ctx.services.analytics.weeklyReviews(ctx.em, from, to);
  }

  @Query(() => [SentimentCell], { description: 'Average sentiment by week: public reviews by source, and feedback comments (bucket FEEDBACK).' })
  sentimentHeatmap(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: GraphQLContext) {
    return ctx.services.analytics.sentimentHeatmap(ctx.em, from, to);
  }

  @Query(() => LoopAnalytics, { description: 'SLA hit rate, time to first contact and to resolution per team, and the recovery rate, for escalations created (resolved) in [from, to).' })
  loopAnalytics(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: GraphQLContext) {
    return ctx.services.analytics.loop(ctx.em, from, to);
  }

  @Query(() => [CaseServiceFigures], {
    description: 'Support cases opened in [from, to) (at most 106 weeks) per team, type or Asia/Kolkata week: SLA hit rates (K2), median times, reopen rate (K6) and resolution CSAT. Each team sees the figures of the cases it may read (VENDOR_OPS, FINANCE and TECH their own; CX, ADMIN and API keys every team\'s; MARKETING none).',
  })
  caseAnalytics(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('groupBy', () => CaseAnalyticsGroup) groupBy: CaseAnalyticsGroup,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.analytics.cases(ctx.em, ctx.principal, from, to, groupBy);
  }
}
