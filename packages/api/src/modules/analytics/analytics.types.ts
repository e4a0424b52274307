import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EscalationCategory, ReviewSource, Team } from '../../common/enums.js';

/** The heatmap's bucket for feedback comments, beside the review sources (none is called that). */
export const FEEDBACK_BUCKET = 'FEEDBACK';

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
  @Field(() => Int, { description: 'Answers that week whose comment (or R2 details) was scored for sentiment.' }) commentsScored!: number;
  @Field(() => Float, { nullable: true, description: "Those comments' average sentiment, -1..1; null when none was written." }) averageCommentSentiment!: number | null;
}

@ObjectType({ description: 'Public reviews posted in one week from one source.' })
export class WeeklyReviewStats {
  @Field(() => Date) weekStart!: Date;
  @Field(() => ReviewSource) source!: ReviewSource;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) averageRating!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average sentiment, -1..1.' }) averageSentiment!: number | null;
}

@ObjectType({ description: 'Average sentiment by week and bucket (the heatmap): public reviews by source, and feedback comments.' })
export class SentimentCell {
  @Field(() => Date) weekStart!: Date;
  @Field(() => String, { description: `A review source, or ${FEEDBACK_BUCKET} for feedback comments (and R2 details).` }) bucket!: string;
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
