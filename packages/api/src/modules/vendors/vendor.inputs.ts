import { Field, ID, InputType } from 'type-graphql';
import { VendorStatus } from '../../common/enums.js';

@InputType()
export class VendorFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Searches name and city.' })
  q?: string | null;

  @Field(() => [VendorStatus], { nullable: true })
  status?: VendorStatus[] | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only vendors that take new orders (assignVendor accepts them); false: only those that do not.' })
  assignable?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Scorecard lists only.' })
  topPerformer?: boolean | null;

  @Field(() => Number, { nullable: true, description: 'Scorecard lists only: composite score at least this.' })
  minComposite?: number | null;
}
