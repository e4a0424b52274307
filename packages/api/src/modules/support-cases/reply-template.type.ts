import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'K8: a reply in the SOPs\' words, with the customer\'s name, the order and the case filled in.' })
export class ReplyTemplate {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Where the wording comes from, e.g. "SOP 001 §7 step 2".' }) source!: string;
  @Field(() => String) body!: string;
}
