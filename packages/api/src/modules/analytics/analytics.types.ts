import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EscalationCategory, ReviewSource, Team } from '../../common/enums.js';

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

@ObjectType({ description: 'Public reviews posted in one week from one source.' })
export class WeeklyReviewStats {
  @Field(() => Date) weekStart!: Date;
  @Field(() => ReviewSource) source!: ReviewSource;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) averageRating!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average sentiment, -1..1.' }) averageSentiment!: number | null;
}

@ObjectType({ description: 'Average feedback sentiment by week and escalation category (the heatmap).' })
export class SentimentCell {
  @Field(() => Date) weekStart!: Date;
  @Field(() => String, { description: 'An escalation category, or the review source.' }) bucket!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) averageRating!: number | null;
  @Field(() => Float, { nullable: true }) averageSentiment!: number | null;
}

@ObjectType({ description: "The closed loop's own figures for one team." })
export class TeamLoopStats {
  @Field(() => Team) team!: Team;
  @Field(() => Int) escalations!: number;
  @Field(() => Int) contacted!: number;
  @Field(() => Float, { nullable: true, description: 'Share (0..100) of contacted escalations first contacted within the SLA.' }) slaHitRate!: number | null;
  @Field(() => Float, { nullable: true }) medianMinutesToFirstContact!: number | null;
  @Field(() => Float, { nullable: true }) medianMinutesToResolution!: number | null;
}

@ObjectType()
export class LoopAnalytics {
  @Field(() => [TeamLoopStats]) teams!: TeamLoopStats[];
  @Field(() => Int) resolved!: number;
  @Field(() => Int, { description: 'Resolved escalations whose updated rating is 3 or more.' }) recovered!: number;
  @Field(() => Float, { nullable: true, description: 'recovered / resolved, 0..100.' }) recoveryRate!: number | null;
}
