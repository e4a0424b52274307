import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { principalOf, type GraphQLContext } from '../../context.js';
import { AvailableActionType } from '../../common/actions.types.js';
import { CancellationReason, OrderStatus } from '../../common/enums.js';
import { ListQueries } from '../../common/list-queries.js';
import { AuditEvent } from '../../common/audit-event.entity.js';
import { Message } from '../messaging/message.entity.js';
import { Vendor } from '../vendors/vendor.entity.js';
import { phoneLink, shownContact } from './customer-contact.js';
import { availableActions as customerActions } from './customer.policy.js';
import { Customer } from './customer.entity.js';
import { CreateOrderInput, CustomerFilter, OrderFilter } from './order.inputs.js';
import { Order } from './order.entity.js';

@Resolver(() => Order)
export class OrderResolver extends ListQueries({ name: 'Orders', type: Order, filter: OrderFilter, list: (ctx) => ctx.services.orders.orderList, one: { alias: 'order' } }) {
  @Mutation(() => Order)
  createOrder(@Arg('input', () => CreateOrderInput) input: CreateOrderInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.orders.createOrder(ctx.em, principalOf(ctx), input);
  }

  @Mutation(() => Order)
  assignVendor(@Arg('orderId', () => ID) orderId: string, @Arg('vendorId', () => ID) vendorId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.orders.assignVendor(ctx.em, principalOf(ctx), orderId, vendorId);
  }

  @Mutation(() => Order)
  advanceOrder(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('status', () => OrderStatus) status: OrderStatus,
    @Arg('finalPrice', () => Int, { nullable: true }) finalPrice: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.orders.advanceOrder(ctx.em, principalOf(ctx), orderId, status, finalPrice);
  }

  @Mutation(() => Order, {
    description: 'SOP 002: the reason is confirmed with the customer; CREATED or PICKUP_SCHEDULED only (ORDER_INVALID_TRANSITION otherwise).',
  })
  cancelOrder(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('reason', () => CancellationReason) reason: CancellationReason,
    @Arg('note', () => String, { nullable: true, description: 'Needed with reason OTHER; at most 1,000 characters.' }) note: string | null,
    @Arg('caseId', () => ID, { nullable: true, description: 'The support case the customer asked in, if any.' }) caseId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.orders.cancelOrder(ctx.em, principalOf(ctx), orderId, { reason, note, caseId });
  }

  @Mutation(() => Order)
  completeOrder(@Arg('orderId', () => ID) orderId: string, @Arg('paymentReference', () => String) paymentReference: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.orders.completeOrder(ctx.em, principalOf(ctx), orderId, paymentReference);
  }

  @FieldResolver(() => Customer)
  customer(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Customer, order.customer);
  }

  @FieldResolver(() => Vendor, { nullable: true })
  vendor(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Vendor, order.vendor);
  }

  // feedbackRequests, feedback and callTasks: OrderFeedbackResolver (feedback); escalations:
  // OrderEscalationsResolver (escalations). Modules further up add their fields to Order.

  @FieldResolver(() => [Message], { description: 'Every message sent or scheduled for this order, oldest first.' })
  messages(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(Message, 'order', { scheduledFor: 'asc' }).load(order.id);
  }

  @FieldResolver(() => [AuditEvent], { description: 'What happened to this order and who or which rule did it, oldest first.' })
  timeline(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.services.access.auditEventList.children(ctx, 'orderId', { at: 'asc' }).load(order.id);
  }

  @FieldResolver(() => [OrderStatus], { description: 'The statuses advanceOrder can move this order to, for the caller.' })
  nextStatuses(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.services.orders.nextStatuses(order, ctx.principal);
  }

  @FieldResolver(() => [AvailableActionType], {
    description:
      'What the caller can do now: ADVANCE_TO_<status> (advanceOrder, as nextStatuses but CANCELLED), RESCHEDULE (no mutation: SOP 002 offers the customer another pickup slot first) then CANCEL (cancelOrder, with the reason), COMPLETE (completeOrder; blocked until a vendor is assigned), ASSIGN_VENDOR.',
  })
  availableActions(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.services.orders.availableActions(order, ctx.principal, ctx.policy);
  }
}

@Resolver(() => Customer)
export class CustomerResolver extends ListQueries({ name: 'Customers', type: Customer, filter: CustomerFilter, list: (ctx) => ctx.services.orders.customerList, one: {} }) {
  @Mutation(() => Customer, { description: 'The customer asked for no more messages (or to receive them again). Opting out cancels everything scheduled.' })
  setMessagingOptOut(@Arg('customerId', () => ID) customerId: string, @Arg('optOut', () => Boolean) optOut: boolean, @Ctx() ctx: GraphQLContext) {
    return ctx.services.privacy.setOptOut(ctx.em, principalOf(ctx), customerId, optOut);
  }

  @Mutation(() => String, { description: "A copy of everything held about the customer, as JSON (the customer's data request)." })
  exportCustomerData(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.privacy.export(ctx.em, principalOf(ctx), customerId);
  }

  @Mutation(() => Customer, { description: "Erases the customer's personal data on request; ratings and counts stay for analytics." })
  eraseCustomer(@Arg('customerId', () => ID) customerId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.privacy.erase(ctx.em, principalOf(ctx), customerId, reason);
  }

  @FieldResolver(() => String, { description: 'E.164, e.g. +919812345678. Masked (+91******5678) for roles that do not work with customers (MARKETING, VENDOR_OPS, TECH).' })
  phone(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return shownContact(ctx.principal, c).phone;
  }

  @FieldResolver(() => String, { nullable: true, description: 'tel:+919812345678 for roles that see the number; null where phone is masked.' })
  phoneUri(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return phoneLink(ctx.principal, c);
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return shownContact(ctx.principal, c).email;
  }

  @FieldResolver(() => Int)
  completedOrders(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.custom<string, number>('customerCompletedOrders', (ids) => ctx.services.orders.completedOrderCounts(ctx.em, ids)).load(c.id);
  }

  @FieldResolver(() => [AvailableActionType], { description: 'What the caller can do now: OPT_OUT or OPT_IN (setMessagingOptOut), EXPORT (exportCustomerData), ERASE (eraseCustomer, once).' })
  availableActions(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return customerActions({ messagingOptOut: c.messagingOptOut, erasedAt: c.erasedAt ?? null }, ctx.principal);
  }

  @FieldResolver(() => [Order], { description: "The customer's orders, newest first." })
  orders(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return ctx.services.orders.orderList.children(ctx, 'customer', { createdAt: 'desc' }).load(c.id);
  }
}
