// The reviews module's GraphQL result types (RV1 import results, RV2 checks, RV4 creative).
import { Field, Int, ObjectType } from 'type-graphql';
import { Review } from './review.entity.js';

@ObjectType()
export class ShortlistCheck {
  @Field(() => Boolean) genuine!: boolean;
  @Field(() => Boolean) positiveSentiment!: boolean;
  @Field(() => Boolean) clearValue!: boolean;
  @Field(() => Boolean) mentionsBrand!: boolean;
  @Field(() => Boolean) relevantDevice!: boolean;
  @Field(() => Boolean, { description: 'All five hold.' }) passed!: boolean;
}

@ObjectType({ description: 'One shortlist check (RV2) as the admin shows it.' })
export class ShortlistCheckDetail {
  @Field(() => String, { description: 'genuine, positiveSentiment, clearValue, mentionsBrand or relevantDevice.' })
  check!: string;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => Boolean, { description: 'RV3: MARKETING may shortlist despite this check failing, with an overrideReason.' })
  overridable!: boolean;
  @Field(() => String, { description: 'What the check asks, with the policy numbers in force (e.g. POLICY_REVIEW_MIN_WORDS).' })
  hint!: string;
}

@ObjectType({ description: 'How a testimonial reads when published (RV4).' })
export class Creative {
  @Field(() => String) displayName!: string;
  @Field(() => String) excerpt!: string;
  @Field(() => Int, { description: 'The longest excerpt publishReview accepts, in characters.' })
  maxExcerptLength!: number;
}

@ObjectType()
export class ImportReviewsResult {
  @Field(() => Int) created!: number;
  @Field(() => Int, { description: 'Reviews whose (source, externalId) was already known or repeated in this batch; nothing about them changed.' })
  duplicates!: number;
  @Field(() => [Review], { description: 'The reviews created by this call, in input order.' })
  reviews!: Review[];
}

@ObjectType()
export class ReviewImportError {
  @Field(() => Int, { description: 'The row as a spreadsheet numbers it: 1 is the header, 2 the first review.' })
  row!: number;
  @Field(() => String, { nullable: true, description: 'The column at fault; null when the row as a whole is.' })
  field!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'With any error, nothing was imported: fix the rows and send the whole file again.' })
export class ImportReviewsCsvResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => [ReviewImportError]) errors!: ReviewImportError[];
  @Field(() => [Review]) reviews!: Review[];
}
