// The reviews module's GraphQL result types (RV1 import results, RV2 checks).
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
