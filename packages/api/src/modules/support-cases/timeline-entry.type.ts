import { Field, ID, ObjectType } from 'type-graphql';
import { TimelineKind } from '../../common/enums.js';

@ObjectType({ description: 'One entry of the customer 360 timeline: an order, a feedback, an escalation, a case, a message or a call.' })
export class TimelineEntry {
  @Field(() => ID, { description: 'KIND:<id> of the record.' }) id!: string;
  @Field(() => TimelineKind) kind!: TimelineKind;
  @Field(() => Date) at!: Date;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'The comment, the resolution, the message body, the call outcome.' }) detail!: string | null;
  @Field(() => Boolean, { description: 'Still needs something (an order in progress, an open escalation or case, a scheduled message, an open call task): listed first.' })
  open!: boolean;
  @Field(() => String, { nullable: true, description: "The record's own status, route or interaction kind." }) status!: string | null;
  @Field(() => String, { nullable: true }) channel!: string | null;
  @Field(() => ID, { nullable: true }) orderId!: string | null;
  @Field(() => ID, { nullable: true }) escalationId!: string | null;
  @Field(() => ID, { nullable: true }) supportCaseId!: string | null;
  @Field(() => ID, { nullable: true }) feedbackId!: string | null;
}
