import { Field, ID, InputType, Int } from 'type-graphql';
import { CallReason, CallTaskStatus, Channel, FeedbackRoute, Touchpoint } from '../../common/enums.js';

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID) orderId!: string;
  @Field(() => Touchpoint, { nullable: true, defaultValue: Touchpoint.ORDER_COMPLETED }) touchpoint?: Touchpoint | null;
  @Field(() => Int, { description: '1..5' }) rating!: number;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => Int, { nullable: true, description: 'Each sub-rating is 1..5 when given.' }) vendorBehaviour?: number | null;
  @Field(() => Int, { nullable: true }) pickupExperience?: number | null;
  @Field(() => Int, { nullable: true }) paymentSpeed?: number | null;
  @Field(() => Int, { nullable: true }) vendorTimeliness?: number | null;
  @Field(() => Int, { nullable: true }) vendorProfessionalism?: number | null;
  @Field(() => Channel, { nullable: true, defaultValue: Channel.APP }) channel?: Channel | null;
}

@InputType()
export class FeedbackFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => Touchpoint, { nullable: true }) touchpoint?: Touchpoint | null;
  @Field(() => FeedbackRoute, { nullable: true }) route?: FeedbackRoute | null;
  @Field(() => [Int], { nullable: true }) rating?: number[] | null;
  @Field(() => ID, { nullable: true }) vendorId?: string | null;
  @Field(() => Date, { nullable: true }) createdFrom?: Date | null;
  @Field(() => Date, { nullable: true }) createdTo?: Date | null;
}

@InputType()
export class CallTaskFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => CallTaskStatus, { nullable: true }) status?: CallTaskStatus | null;
  @Field(() => CallReason, { nullable: true }) reason?: CallReason | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => Date, { nullable: true }) dueBefore?: Date | null;
}
