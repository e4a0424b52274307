// The reviews module's GraphQL result types (RV1 import results, RV2 checks, RV4 creative).
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DeviceCategory } from '../../common/enums.js';
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
  @Field(() => String, {
    nullable: true,
    description: 'Why it came out as it did, where the check records it. genuine: "Verified order CK-…", "Google Business Profile vouches for the author", or what is missing.',
  })
  explanation!: string | null;
}

@ObjectType({ description: 'RV2: a completed order a review without one may be about, for a person to confirm (confirmReviewOrder). No contact data.' })
export class OrderMatch {
  @Field(() => ID) orderId!: string;
  @Field(() => String) externalRef!: string;
  @Field(() => DeviceCategory) deviceCategory!: DeviceCategory;
  @Field(() => String) deviceModel!: string;
  @Field(() => Date) completedAt!: Date;
  @Field(() => String, { description: 'The customer as a testimonial would name them: first name and last initial ("Rahul S.").' })
  customerDisplayName!: string;
  @Field(() => String, { description: 'FULL (first and last name), INITIAL (one given as an initial, "Rahul S.") or FIRST_NAME (the review gives only a first name).' })
  nameMatch!: string;
  @Field(() => String, { description: 'MODEL (the review names the model) or TOKENS (the brand or product line and every model number).' })
  deviceMatch!: string;
  @Field(() => Int, { description: 'Whole days from the order\'s completion to the review (0 to 30).' })
  daysAfterCompletion!: number;
  @Field(() => [String], { description: 'Why it is suggested, in words.' })
  reasons!: string[];
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

@ObjectType({ description: 'One row of an imported CSV as written in the file, and what importing the file does with it.' })
export class ReviewImportRow {
  @Field(() => Int, { description: 'As in ReviewImportError.row: 2 is the first review.' })
  row!: number;
  @Field(() => String, {
    description: 'CREATE (a new review), DUPLICATE (its source and externalId are already known or earlier in the file: nothing changes) or INVALID (see errors; then nothing in the file is imported).',
  })
  outcome!: 'CREATE' | 'DUPLICATE' | 'INVALID';
  @Field(() => String) source!: string;
  @Field(() => String) externalId!: string;
  @Field(() => String) authorName!: string;
  @Field(() => String) rating!: string;
  @Field(() => String) text!: string;
  @Field(() => String) postedAt!: string;
  @Field(() => [ReviewImportError]) errors!: ReviewImportError[];
}

@ObjectType({ description: 'With any error, nothing was imported: fix the rows and send the whole file again.' })
export class ImportReviewsCsvResult {
  @Field(() => Boolean, { description: 'true: a preview (dryRun); nothing was written, and created and duplicates say what importing the file would do.' })
  dryRun!: boolean;
  @Field(() => Int) created!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => [ReviewImportError]) errors!: ReviewImportError[];
  @Field(() => [ReviewImportRow], { description: 'Every row of the file in order, with its outcome and its own errors.' })
  rows!: ReviewImportRow[];
  @Field(() => [Review], { description: 'The reviews created (none for a dryRun or a file with errors).' })
  reviews!: Review[];
}

@ObjectType({ description: 'One column importReviewsCsv reads.' })
export class ReviewImportColumn {
  @Field(() => String, { description: 'The header as the template spells it (matched ignoring case, spaces and punctuation).' })
  name!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => String) description!: string;
}

@ObjectType({ description: 'What a review CSV must look like (RV1): its columns and a file with their header row to fill in.' })
export class ReviewImportTemplate {
  @Field(() => String, { description: 'A CSV holding only the header row, in the order of columns.' })
  csv!: string;
  @Field(() => [ReviewImportColumn]) columns!: ReviewImportColumn[];
}
