import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CasePriority, CaseType, Channel } from '../../common/enums.js';

@ObjectType({ description: 'K8: a reply in the SOPs\' words, with the customer\'s name, the order and the case filled in.' })
export class ReplyTemplate {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Where the wording comes from, e.g. "SOP 001 §7 step 2".' }) source!: string;
  @Field(() => String) body!: string;
}

@ObjectType({ description: 'K3: the longest reply a channel carries.' })
export class ReplyLimit {
  @Field(() => Channel) channel!: Channel;
  @Field(() => Int) max!: number;
}

@ObjectType({ description: 'K2: the priority a case of this type gets when none is given.' })
export class CaseTypeDefault {
  @Field(() => CaseType) type!: CaseType;
  @Field(() => CasePriority) priority!: CasePriority;
}

@ObjectType({ description: 'The case rules a form shows before it asks (the server decides with the same ones).' })
export class CaseRules {
  @Field(() => [ReplyLimit]) replyLimits!: ReplyLimit[];
  @Field(() => [CaseTypeDefault]) typeDefaults!: CaseTypeDefault[];
}
