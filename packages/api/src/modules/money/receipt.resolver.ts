// M7: receipt(orderId) and resendReceipt; the Receipt type. Translation only: ReceiptService decides.
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Channel } from '../../common/enums.js';
import { principalOf, type GraphQLContext } from '../../context.js';
import { Order } from '../orders/order.entity.js';

@ObjectType({ description: 'The payment receipt of a completed order (M7), drawn from the order each time it is asked for.' })
export class Receipt {
  @Field(() => String, { description: 'RC-<yyyymm of payment, IST>-<the order\'s externalRef>: the same on every reissue.' })
  number!: string;

  @Field(() => Order)
  order!: Order;

  @Field(() => Int, { description: 'Rupees: the final price, or the quote when inspection kept it.' })
  amount!: number;

  @Field(() => Date)
  paidAt!: Date;

  @Field(() => String)
  paymentReference!: string;

  @Field(() => String, { description: 'A signed link to the PDF.' })
  url!: string;
}

@Resolver(() => Receipt)
export class ReceiptResolver {
  @Query(() => Receipt, { nullable: true, description: "The customer's payment receipt for a completed order (SOP 003 §3); reissued on demand." })
  receipt(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.receipts.receipt(ctx.em, orderId);
  }

  @Mutation(() => Receipt, { description: "Sends the receipt again to the customer's e-mail or WhatsApp." })
  resendReceipt(@Arg('orderId', () => ID) orderId: string, @Arg('channel', () => Channel) channel: Channel, @Ctx() ctx: GraphQLContext) {
    return ctx.services.receipts.resend(ctx.em, principalOf(ctx), orderId, channel);
  }
}
