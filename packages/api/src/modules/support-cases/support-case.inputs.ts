import { Field, ID, InputType } from 'type-graphql';
import { CasePriority, CaseStatus, CaseType, Channel, Team } from '../../common/enums.js';

@InputType({ description: 'K1: an inquiry for a customer (by id, or by phone + name: created if new) and optionally one of their orders.' })
export class OpenCaseInput {
  @Field(() => CaseType) type!: CaseType;
  @Field(() => Channel) channel!: Channel;
  @Field(() => String) subject!: string;
  @Field(() => String) description!: string;
  @Field(() => ID, { nullable: true, description: 'An existing customer, or the phone of a new one (with customerName).' }) customerId?: string | null;
  @Field(() => String, { nullable: true }) customerPhone?: string | null;
  @Field(() => String, { nullable: true }) customerName?: string | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => CasePriority, { nullable: true, description: 'Default HIGH for PAYMENT_ISSUE and REFUND_STATUS, NORMAL otherwise (K2).' }) priority?: CasePriority | null;
  @Field(() => String, { nullable: true, description: 'PRODUCT_SUPPORT (SOP 004): the device\'s IMEI (15 digits) or serial number; required for that type.' })
  deviceSerial?: string | null;
}

@InputType()
export class SupportCaseFilter {
  @Field(() => String, { nullable: true, description: 'A case number (CX-10042), or words of the subject or the customer\'s name or phone.' }) q?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => [CaseStatus], { nullable: true }) status?: CaseStatus[] | null;
  @Field(() => [CaseType], { nullable: true }) type?: CaseType[] | null;
  @Field(() => [CasePriority], { nullable: true }) priority?: CasePriority[] | null;
  @Field(() => Team, { nullable: true }) team?: Team | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Assigned to the caller (true) or not (false).' }) assignedToMe?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Nobody assigned (true) or someone (false).' }) unassigned?: boolean | null;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'K2: a due time passed before its event (as slaBreached).' }) slaBreached?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'A running clock is due within POLICY_CASE_DUE_SOON (30 minutes by default), not yet breached.' }) dueSoon?: boolean | null;
}
