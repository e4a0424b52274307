// RV1, RV3, RV4: what the API takes for imports, creatives and the admin list filters.
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ReviewSource, ReviewStatus } from '../../common/enums.js';

@InputType()
export class ReviewInput {
  @Field(() => ReviewSource) source!: ReviewSource;
  @Field(() => String) externalId!: string;
  @Field(() => String) authorName!: string;
  @Field(() => Int) rating!: number;
  @Field(() => String) text!: string;
  @Field(() => Date) postedAt!: Date;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Required for source INTERNAL: how and when the customer agreed to the public use of their feedback.",
  })
  consentNote?: string | null;
}

@InputType()
export class CreativeInput {
  @Field(() => String, { nullable: true, description: 'Default: first name and last initial ("Rahul S.").' }) displayName?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'At most 280 characters of the customer\'s own words ("…" marks left-out parts). Default: the text, cut at a word.',
  })
  excerpt?: string | null;
}

@InputType()
export class ReviewFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Searches the text, author name and externalId.' })
  q?: string | null;

  @Field(() => [ReviewSource], { nullable: true })
  source?: ReviewSource[] | null;

  @Field(() => [ReviewStatus], { nullable: true })
  status?: ReviewStatus[] | null;

  @Field(() => [Int], { nullable: true })
  rating?: number[] | null;

  @Field(() => Float, { nullable: true, description: 'sentimentScore at least this.' })
  sentimentMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'sentimentScore at most this.' })
  sentimentMax?: number | null;

  @Field(() => Date, { nullable: true, description: 'postedAt on or after.' })
  postedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'postedAt before.' })
  postedTo?: Date | null;

  @Field(() => Boolean, { nullable: true })
  genuine?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  positiveSentiment?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  clearValue?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  mentionsBrand?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  relevantDevice?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: all five checks pass; false: at least one fails.' })
  checksPassed?: boolean | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: has a reply; false: not replied yet.' })
  replied?: boolean | null;
}
