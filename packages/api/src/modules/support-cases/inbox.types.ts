import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CasePriority, InboxView, Team, WorkKind } from '../../common/enums.js';

@InputType()
export class InboxFilter {
  @Field(() => InboxView, { nullable: true }) view?: InboxView | null;
  @Field(() => [WorkKind], { nullable: true }) kind?: WorkKind[] | null;
  @Field(() => Team, { nullable: true }) team?: Team | null;
  @Field(() => String, { nullable: true, description: 'A case number, an order reference, words of the subject or the customer\'s name.' }) q?: string | null;
}

@InputType()
export class WorkItemInput {
  @Field(() => WorkKind) kind!: WorkKind;
  @Field(() => ID) id!: string;
}

@ObjectType({ description: 'One open case or escalation in the CX desk\'s inbox, with the clock that runs now.' })
export class InboxItem {
  @Field(() => ID, { description: 'CASE:<id> or ESCALATION:<id>.' }) id!: string;
  @Field(() => WorkKind) kind!: WorkKind;
  /** The case's or the escalation's id (supportCase / escalation are resolved from it). */
  workId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) customerName!: string;
  @Field(() => Team) team!: Team;
  @Field(() => String, { description: 'The case\'s CaseStatus or the escalation\'s EscalationStatus.' }) status!: string;
  @Field(() => CasePriority, { nullable: true, description: 'Cases only.' }) priority!: CasePriority | null;
  assigneeId!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'First response (cases) or first contact (escalations) due.' }) firstResponseDueAt!: Date | null;
  @Field(() => Date, { nullable: true }) firstRespondedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Cases only.' }) resolutionDueAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the clock that runs now is due; null while a case is parked.' }) nextDueAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'FIRST_RESPONSE or RESOLUTION: which clock nextDueAt is.' }) nextDueKind!: string | null;
  @Field(() => Boolean) slaBreached!: boolean;
  @Field(() => Date, { nullable: true }) slaPausedAt!: Date | null;
}

