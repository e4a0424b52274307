import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EscalationCategory, ReviewSource, Team } from '../../common/enums.js';
import { CaseAnalyticsGroup } from './case-analytics.policy.js';

// Registered beside the type it groups: the enum is the analytics' own, not the domain's (common/enums.ts).
registerEnumType(CaseAnalyticsGroup, { name: 'CaseAnalyticsGroup', description: 'How caseAnalytics groups the cases: by the team a case is with now, by its type, or by the Asia/Kolkata week it was opened in.' });
export { CaseAnalyticsGroup };

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

@ObjectType({ description: 'Support cases (K1–K6) opened in the range, in one group: their SLA hit rates (K2), times, reopens (K6) and resolution ratings.' })
export class CaseServiceFigures {
  @Field(() => String, { description: 'TEAM: the team the case is with now (CX, FINANCE…); TYPE: the case type; WEEK: the Asia/Kolkata date of the week\'s Monday, YYYY-MM-DD.' })
  group!: string;
  @Field(() => Int, { description: 'Cases opened (createdAt) in [from, to).' }) cases!: number;
  @Field(() => Int, { description: 'First-response clocks met at or before their due time (the due time shifted by any pause, K4) and never breached.' })
  firstResponseMet!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'firstResponseMet / first-response clocks decided: met (in time or late), or breached, or still running past their due time; 0..100. A clock still running within its time, paused, or stopped without a breach is not counted. Null when none is decided.',
  })
  firstResponseHitRate!: number | null;
  @Field(() => Int, { description: 'Resolution clocks met at or before their due time and never breached; a reopened case\'s clock runs again from the reopening (K6) and keeps a breach already marked.' })
  resolutionMet!: number;
  @Field(() => Float, { nullable: true, description: 'resolutionMet / resolution clocks decided (as for the first response: met, breached, or running past due); 0..100, null when none is decided.' })
  resolutionHitRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median wall-clock minutes from opening to the first response (paused time included), over the responded cases.' })
  medianFirstResponseMinutes!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median wall-clock minutes from opening to the (latest) resolution, over the cases resolved now (RESOLVED or CLOSED).' })
  medianResolutionMinutes!: number | null;
  @Field(() => Int, { description: 'Cases reopened at least once (reopenCount > 0).' }) reopened!: number;
  @Field(() => Float, { nullable: true, description: 'reopened / cases resolved at least once (resolved now, or reopened since); 0..100, null when none was resolved.' })
  reopenRate!: number | null;
  @Field(() => Int, { description: 'Cases whose customer rated the resolution (one rating per case, K6).' }) rated!: number;
  @Field(() => Float, { nullable: true, description: 'Share of those resolution ratings that are 4 or 5 (A1\'s % positive), 0..100; null when none was rated.' })
  resolutionCsat!: number | null;
  @Field(() => Float, { nullable: true, description: 'The average resolution rating, 1..5.' }) averageResolutionRating!: number | null;
}
