// The GraphQL shape of common/actions.ts, shared by Order, Escalation, Vendor and Review.
import { Field, ObjectType } from 'type-graphql';

@ObjectType('AvailableAction', {
  description:
    'Something the caller can do with this record now (its role may call the mutation and the lifecycle offers it from the current status). ' +
    'enabled is false when an SOP rule blocks it until another step is done; the mutation decides with the same policy.',
})
export class AvailableActionType {
  @Field(() => String, { description: "The action's name, e.g. RESOLVE, HOLD, ADVANCE_TO_PICKED_UP; each record type's availableActions lists its names." })
  action!: string;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the action is blocked, in plain words with the SOP rule id; null when enabled.' })
  reason!: string | null;
}
