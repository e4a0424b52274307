import { Field, ID, InputType, Int } from 'type-graphql';
import { EscalationCategory, EscalationStatus, Team } from '../../common/enums.js';

@InputType()
export class EscalationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => [EscalationStatus], { nullable: true }) status?: EscalationStatus[] | null;
  @Field(() => [Team], { nullable: true }) team?: Team[] | null;
  @Field(() => EscalationCategory, { nullable: true }) category?: EscalationCategory | null;
  @Field(() => Boolean, { nullable: true }) breached?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Not yet contacted and due within this many minutes (overdue ones included).' })
  dueWithinMinutes?: number | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
}
