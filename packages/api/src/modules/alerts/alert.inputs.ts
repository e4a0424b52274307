import { Field, ID, InputType } from 'type-graphql';
import { AlertKind, Role } from '../../common/enums.js';

@InputType()
export class AlertFilter {
  @Field(() => [AlertKind], { nullable: true }) kind?: AlertKind[] | null;
  @Field(() => Role, { nullable: true }) forRole?: Role | null;
  @Field(() => Boolean, { nullable: true }) acknowledged?: boolean | null;
  @Field(() => ID, { nullable: true }) escalationId?: string | null;
  @Field(() => ID, { nullable: true }) supportCaseId?: string | null;
}
