// Orders: creation from partners (idempotent on externalRef), vendor assignment and the
// lifecycle up to payment. Each method is one transaction with its audit event.
import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { type CancellationReason, OrderStatus } from '../../common/enums.js';
import { badInput, conflict } from '../../common/errors.js';
import { findOrFail } from '../../common/find.js';
import { normalisePhone } from '../../common/phone.js';
import { recordAudit } from '../../common/audit.js';
import { actorOf, rolesOf, type Principal } from '../access/principal.js';
import { Vendor } from '../vendors/vendor.entity.js';
import { Customer } from './customer.entity.js';
import { decideCancel, type CancelInput } from './cancellation.policy.js';
import type { CreateOrderInput } from './order.inputs.js';
import { Order } from './order.entity.js';
import type { OrderEvents } from './order.events.js';
import { defineCustomerList, defineOrderList } from './order.list.js';
import { refId } from '../../common/lean.js';
import type { AvailableAction } from '../../common/actions.js';
import type { EventPublisher } from '../../common/events.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import {
  availableActions,
  customerDetailsNotApplied,
  checkVendorActive,
  decideAdvance,
  decideCompletion,
  decideVendorAssignment,
  nextStatuses,
  normaliseOrderInput,
  orderFingerprint,
  type OrderAction,
  type OrderSnapshot,
} from './order.policy.js';

const snapshot = (o: Order): OrderSnapshot => ({
  status: o.status,
  vendorId: refId(o.vendor),
  paymentReference: o.paymentReference ?? null,
});

export class OrderService {
  constructor(
    private readonly clock: Clock,
    private readonly events: EventPublisher<OrderEvents>,
  ) {}

  /** allOrders (a page with its customers and vendors in one statement), allCustomers, their counts and Customer.orders. */
  readonly orderList = defineOrderList(this.clock);
  readonly customerList = defineCustomerList(this.clock);

  async createOrder(em: EntityManager, principal: Principal, raw: CreateOrderInput): Promise<Order> {
    const input = orThrow(normaliseOrderInput(raw, normalisePhone)).value;
    const fingerprint = orderFingerprint(input);
    const existing = await this.findByExternalRef(em, input.externalRef, fingerprint);
    if (existing) return existing;
    try {
      return await em.transactional(async (tem) => {
        const now = this.clock.now();
        let vendor: Vendor | null = null;
        if (input.vendorId) {
          vendor = await findOrFail(tem, Vendor, input.vendorId, 'Vendor');
          orThrow(checkVendorActive(vendor) ?? { ok: true });
        }
        // Customers are matched by phone; a known customer keeps their record.
        const [created] = await tem.execute(
          `insert into customer (id, name, phone, email, corporate, has_whatsapp, created_at)
           values (gen_random_uuid(), ?, ?, ?, ?, ?, ?) on conflict (phone) do nothing returning id`,
          [input.customer.name, input.customer.phone, input.customer.email, input.customer.corporate, input.customer.hasWhatsapp ?? true, now],
        );
        const customer = await tem.findOneOrFail(Customer, { phone: input.customer.phone });
        const notApplied = created ? [] : customerDetailsNotApplied(customer, input.customer);
        const order = tem.create(Order, {
          externalRef: input.externalRef,
          inputFingerprint: fingerprint,
          status: OrderStatus.CREATED,
          customer,
          vendor,
          deviceCategory: input.deviceCategory,
          deviceModel: input.deviceModel,
          quotedPrice: input.quotedPrice,
          pincode: input.pincode,
          createdAt: now,
          updatedAt: now,
        });
        await tem.flush();
        recordAudit(tem, actorOf(principal), now, {
          action: 'ORDER_CREATED',
          entityType: 'Order',
          entityId: order.id,
          orderId: order.id,
          data: { externalRef: order.externalRef, status: order.status, vendorId: vendor?.id ?? null, quotedPrice: order.quotedPrice, ...(notApplied.length ? { customerDetailsNotApplied: notApplied } : {}) },
        });
        return order;
      });
    } catch (e) {
      // Two identical requests raced: the loser answers with the winner's order.
      if (e instanceof UniqueConstraintViolationException) {
        const winner = await this.findByExternalRef(em.fork(), input.externalRef, fingerprint);
        if (winner) return winner;
      }
      throw e;
    }
  }

  private async findByExternalRef(em: EntityManager, externalRef: string, fingerprint: string): Promise<Order | null> {
    const existing = await em.findOne(Order, { externalRef });
    if (!existing) return null;
    if (existing.inputFingerprint !== fingerprint) {
      throw conflict(`An order with externalRef ${externalRef} already exists with different details; use a new externalRef for a new order.`, {
        orderId: existing.id,
      });
    }
    return existing;
  }

  async assignVendor(em: EntityManager, principal: Principal, orderId: string, vendorId: string): Promise<Order> {
    return em.transactional(async (tem) => {
      const order = await this.lockOrder(tem, orderId);
      const vendor = await findOrFail(tem, Vendor, vendorId, 'Vendor');
      const decision = orThrow(decideVendorAssignment(snapshot(order), vendor));
      if (decision.kind === 'UNCHANGED') return order;
      const now = this.clock.now();
      const previous = order.vendor?.id ?? null;
      order.vendor = vendor;
      order.updatedAt = now;
      if (decision.kind === 'REPLACE') order.vendorReplacedAt = now;
      recordAudit(tem, actorOf(principal), now, {
        action: decision.kind === 'REPLACE' ? 'VENDOR_REPLACED' : 'VENDOR_ASSIGNED',
        entityType: 'Order',
        entityId: order.id,
        orderId: order.id,
        data: { vendorId: vendor.id, vendorName: vendor.name, previousVendorId: previous },
      });
      return order;
    });
  }

  async advanceOrder(em: EntityManager, principal: Principal, orderId: string, to: OrderStatus, finalPrice?: number | null): Promise<Order> {
    return em.transactional(async (tem) => {
      const order = await this.lockOrder(tem, orderId);
      const decision = orThrow(decideAdvance(snapshot(order), to, finalPrice, rolesOf(principal), principal.kind === 'USER'));
      const now = this.clock.now();
      // Kept for the partners that cancel this way; cancelOrder is the same step with the customer's reason.
      if (decision.to === OrderStatus.CANCELLED) {
        return this.applyCancel(tem, principal, order, { from: order.status, reason: null, note: null, caseId: null }, now, 'advanceOrder');
      }
      const from = order.status;
      order.status = decision.to;
      order.updatedAt = now;
      if (decision.finalPrice !== undefined) order.finalPrice = decision.finalPrice;
      recordAudit(tem, actorOf(principal), now, {
        action: 'ORDER_STATUS_CHANGED',
        entityType: 'Order',
        entityId: order.id,
        orderId: order.id,
        data: { from, to: decision.to, ...(decision.finalPrice !== undefined ? { finalPrice: decision.finalPrice } : {}) },
      });
      await tem.flush();
      if (decision.to === OrderStatus.PICKED_UP) await this.events.publish(tem, { type: 'OrderPickedUp', order, at: now });
      if (decision.cancelsFeedback) await this.events.publish(tem, { type: 'OrderReturnedAfterPayment', order, at: now });
      return order;
    });
  }

  /** SOP 002: cancelled at the customer's request, with the reason confirmed with them (after the reschedule offer). */
  async cancelOrder(em: EntityManager, principal: Principal, orderId: string, input: CancelInput): Promise<Order> {
    return em.transactional(async (tem) => {
      const order = await this.lockOrder(tem, orderId);
      const decision = orThrow(decideCancel(snapshot(order), input));
      return this.applyCancel(tem, principal, order, decision, this.clock.now(), 'cancelOrder');
    });
  }

  private async applyCancel(
    tem: EntityManager,
    principal: Principal,
    order: Order,
    c: { from: OrderStatus; reason: CancellationReason | null; note: string | null; caseId: string | null },
    now: Date,
    via: 'cancelOrder' | 'advanceOrder',
  ): Promise<Order> {
    order.status = OrderStatus.CANCELLED;
    order.cancellationReason = c.reason;
    order.cancellationNote = c.note;
    order.cancelledAt = now;
    order.updatedAt = now;
    recordAudit(tem, actorOf(principal), now, {
      action: 'ORDER_CANCELLED',
      entityType: 'Order',
      entityId: order.id,
      orderId: order.id,
      rule: 'ORDER_INVALID_TRANSITION',
      data: { from: c.from, to: OrderStatus.CANCELLED, reason: c.reason, note: c.note, caseId: c.caseId, via },
    });
    await tem.flush();
    await this.events.publish(tem, { type: 'OrderCancelled', order, reason: c.reason, at: now, caseId: c.caseId });
    return order;
  }

  async completeOrder(em: EntityManager, principal: Principal, orderId: string, paymentReference: string): Promise<Order> {
    const reference = paymentReference.trim();
    if (!reference) throw badInput('paymentReference', 'Give the payment reference of the successful payment.');
    return em.transactional(async (tem) => {
      const order = await this.lockOrder(tem, orderId);
      const decision = orThrow(decideCompletion(snapshot(order), reference));
      if (decision.kind === 'ALREADY_COMPLETED') return order;
      const now = this.clock.now();
      order.status = OrderStatus.COMPLETED;
      order.paymentReference = reference;
      order.completedAt = now;
      order.updatedAt = now;
      recordAudit(tem, actorOf(principal), now, {
        action: 'ORDER_COMPLETED',
        entityType: 'Order',
        entityId: order.id,
        orderId: order.id,
        data: { from: OrderStatus.INSPECTED, to: OrderStatus.COMPLETED, paymentReference: reference },
      });
      await tem.flush();
      await this.events.publish(tem, { type: 'OrderCompleted', order, at: now });
      return order;
    });
  }

  /** Row lock: two requests changing one order run one after the other, each seeing the other's result. */
  private async lockOrder(em: EntityManager, id: string): Promise<Order> {
    return findOrFail(em, Order, id, 'Order', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  /** The statuses advanceOrder would accept now from this caller (the admin shows only these). */
  nextStatuses(order: Order, principal: Principal | null): OrderStatus[] {
    return nextStatuses(snapshot(order), principal);
  }

  /** What the caller can do with this order now (the admin's buttons). */
  availableActions(order: Order, principal: Principal | null, settings: PolicySettings): AvailableAction<OrderAction>[] {
    return availableActions(snapshot(order), principal, settings);
  }

  /** Completed orders per customer, for many customers in one query. */
  async completedOrderCounts(em: EntityManager, customerIds: readonly string[]): Promise<number[]> {
    if (customerIds.length === 0) return [];
    const rows: { customer_id: string; n: number }[] = await em.execute(
      `select customer_id, count(*)::int as n from customer_order where status = 'COMPLETED' and customer_id in (?) group by customer_id`,
      [[...customerIds]],
    );
    const counts = new Map(rows.map((r) => [r.customer_id, r.n]));
    return customerIds.map((id) => counts.get(id) ?? 0);
  }
}
