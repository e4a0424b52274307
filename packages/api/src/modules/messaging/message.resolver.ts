// Message fields read through a rule: whom a message goes to is contact data (S2).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { Channel } from '../../common/enums.js';
import { maskEmail, maskPhone } from '../../common/phone.js';
import { maySeeContactData } from '../access/access.policy.js';
import { Message } from './message.entity.js';

@Resolver(() => Message)
export class MessageResolver {
  // Messages are read by CX and ADMIN only (FIELD_ACCESS Order.messages, FeedbackRequest.messages),
  // who see contact data and staff addresses; masked all the same should another role reach one.
  @FieldResolver(() => String, {
    description: "Whom it goes to: the customer's phone (WhatsApp, SMS) or id (in-app), or a staff e-mail (alerts, one message per person). Masked for roles that do not see customer contact data.",
  })
  recipient(@Root() m: Message, @Ctx() ctx: GraphQLContext): string {
    if (maySeeContactData(ctx.principal)) return m.recipient;
    if (m.channel === Channel.EMAIL) return maskEmail(m.recipient);
    return m.channel === Channel.APP ? m.recipient : maskPhone(m.recipient);
  }
}
