import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../common/enums.js';

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => String, { nullable: true }) q?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
export class ApiKeyFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => Boolean, { nullable: true }) revoked?: boolean | null;
}

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => String, { nullable: true }) entityType?: string | null;
  @Field(() => ID, { nullable: true }) entityId?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
}
