import { Field, ID, InputType, Int } from 'type-graphql';
import { EscalationCategory, EscalationStatus, Team } from '../../common/enums.js';

@InputType()
export class EscalationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => [EscalationStatus], { nullable: true }) status?: EscalationStatus[] | null;
  @Field(() => [Team], { nullable: true }) team?: Team[] | null;
  @Field(() => EscalationCategory, { nullable: true }) category?: EscalationCategory | null;
  @Field(() => Boolean, { nullable: true, description: 'E1: first contact late or, not yet made, overdue (as slaBreached).' }) breached?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Not yet contacted and due within this many minutes (overdue ones included).' })
  dueWithinMinutes?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Not yet contacted, not yet breached, and first contact due within the policy\'s window (POLICY_ESCALATION_DUE_SOON, 10 minutes by default).',
  })
  dueSoon?: boolean | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Assigned to the caller (true) or not (false).' }) assignedToMe?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Nobody assigned (true) or someone (false).' }) unassigned?: boolean | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
}
