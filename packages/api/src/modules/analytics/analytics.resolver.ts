import { Arg, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { EscalationCategory } from '../../common/enums.js';
import { NotYetAvailableError } from '../../common/not-yet.js';

@ObjectType()
export class WeeklyFeedbackStats {
  @Field(() => Date, { description: 'Monday 00:00 Asia/Kolkata, as UTC.' }) weekStart!: Date;
  @Field(() => Int) total!: number;
  @Field(() => Float) positivePct!: number;
  @Field(() => Float) negativePct!: number;
  @Field(() => Float, { nullable: true }) averageRating!: number | null;
  @Field(() => EscalationCategory, { nullable: true }) topComplaint!: EscalationCategory | null;
  @Field(() => Int) vendorIssuesFlagged!: number;
  @Field(() => Int) newPublicReviews!: number;
}

@Resolver()
export class AnalyticsResolver {
  @Query(() => [WeeklyFeedbackStats], { description: 'Weeks that overlap [from, to), oldest first; weeks with no feedback are included with zeros.' })
  feedbackAnalytics(@Arg('from', () => Date) _from: Date, @Arg('to', () => Date) _to: Date): WeeklyFeedbackStats[] {
    throw new NotYetAvailableError('feedbackAnalytics');
  }
}
