import { Field, ID, InputType, Int } from 'type-graphql';
import { Channel, Touchpoint } from '../../common/enums.js';

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
