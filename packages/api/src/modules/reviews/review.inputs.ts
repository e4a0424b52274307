import { Field, ID, InputType, Int } from 'type-graphql';
import { ReviewSource } from '../../common/enums.js';

@InputType()
export class ReviewInput {
  @Field(() => ReviewSource) source!: ReviewSource;
  @Field(() => String) externalId!: string;
  @Field(() => String) authorName!: string;
  @Field(() => Int) rating!: number;
  @Field(() => String) text!: string;
  @Field(() => Date) postedAt!: Date;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
}

@InputType()
export class CreativeInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true }) excerpt?: string | null;
}
