// Money (SOP 002, 003 §4, 000 #4; M1–M6): requests proposed from an order, a case or an
// escalation, approved by the policy or by FINANCE (maker-checker), paid once by a durable job
// through the payment provider, and every movement in an append-only ledger.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { recordAudit, checkVersionAudited } from '../../common/audit.js';
import type { EntityRef } from '../../common/entity-ref.js';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { Channel, MessageKind, MoneyKind, MoneyStatus } from '../../common/enums.js';
import { badInput } from '../../common/errors.js';
import { findOrFail, isUuid } from '../../common/find.js';
import { refId } from '../../common/lean.js';
import { moneyJobKey, scheduleJobs, TASKS } from '../../jobs/schedule.js';
import { actorOf, SYSTEM_ACTOR, type Actor, type Principal } from '../access/principal.js';
import { User } from '../access/user.entity.js';
import type { MessagingService } from '../messaging/messaging.service.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import { SupportCase } from '../support-cases/support-case.entity.js';
import { Vendor } from '../vendors/vendor.entity.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { MoneyRequest } from './money-request.entity.js';
import type { ProposeMoneyInput } from './money.inputs.js';
import { defineMoneyList } from './money.list.js';
import {
  DEFAULT_MONEY, decideApproval, decideProposal, decideRejection, fraudScore, isOutgoing, LIVE, partyOf, signOf,
  type CustomerHistory, type MoneySettings,
} from './money.policy.js';
import type { PayoutProvider, PayoutResult } from './payout-provider.js';

/** M6: the pay job gives up after this many tries (graphile-worker retries with backoff in between). */
export const MAX_PAY_ATTEMPTS = 5;

const rupees = (n: number) => `₹${n.toLocaleString('en-IN')}`;

export class MoneyService {
  constructor(
    private readonly clock: Clock,
    private readonly messaging: MessagingService,
    private readonly provider: PayoutProvider,
    private readonly brand: string,
    private readonly settings: MoneySettings = DEFAULT_MONEY,
  ) {}

  readonly list = defineMoneyList(this.clock);

  get providerName(): string {
    return this.provider.name;
  }

  /** M4: the customer's history as the fraud score reads it. */
  private async history(em: EntityManager, customerId: string, now: Date): Promise<CustomerHistory> {
    const [h]: Record<string, string | number>[] = await em.execute(
      `select
         (select count(*) from money_request m join customer_order o on o.id = m.order_id
           where o.customer_id = ? and m.kind in ('REFUND', 'GOODWILL') and m.status in ('PROPOSED', 'APPROVED', 'PAID') and m.proposed_at > ?) as money_count,
         (select coalesce(sum(m.amount), 0) from money_request m join customer_order o on o.id = m.order_id
           where o.customer_id = ? and m.kind in ('REFUND', 'GOODWILL') and m.status in ('PROPOSED', 'APPROVED', 'PAID') and m.proposed_at > ?) as money_amount,
         (select count(*) from escalation e join customer_order o on o.id = e.order_id where o.customer_id = ?) as complaints,
         (select count(*) from money_request m join customer_order o on o.id = m.order_id where o.customer_id = ? and m.kind = 'PAYMENT_REVERSAL' and m.status = 'PAID') as reversed,
         (select count(*) from customer_order o where o.customer_id = ? and o.status = 'CANCELLED') as cancellations,
         (select extract(epoch from (?::timestamptz - c.created_at)) / 86400 from customer c where c.id = ?) as age_days`,
      [customerId, new Date(now.getTime() - 90 * 86_400_000), customerId, new Date(now.getTime() - 90 * 86_400_000), customerId, customerId, customerId, now, customerId],
    );
    return {
      moneyCount90d: Number(h.money_count), moneyAmount90d: Number(h.money_amount), complaints: Number(h.complaints),
      reversedPayouts: Number(h.reversed), cancellations: Number(h.cancellations), accountAgeDays: Math.floor(Number(h.age_days)),
    };
  }

  /** Live amounts on the order by kind (what limits and "once per order" count). */
  private async live(em: EntityManager, orderId: string): Promise<Record<MoneyKind, number>> {
    const rows: { kind: MoneyKind; total: string }[] = await em.execute(
      `select kind, coalesce(sum(amount), 0) as total from money_request where order_id = ? and status in (?) group by kind`, [orderId, LIVE],
    );
    const out = Object.fromEntries(Object.values(MoneyKind).map((k) => [k, 0])) as Record<MoneyKind, number>;
    for (const r of rows) out[r.kind] = Number(r.total);
    return out;
  }

  /** M1–M5: the proposal becomes a request the policy sets, caps and may approve at once; approved ones are paid by the job. */
  async propose(em: EntityManager, principal: Principal | null, input: ProposeMoneyInput, actor: Actor = actorOf(principal)): Promise<MoneyRequest> {
    return em.transactional(async (tem) => {
      // The order's row lock serialises proposals on one order: two goodwill requests cannot both be "the first".
      const order = await findOrFail(tem, Order, input.orderId, 'Order', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const now = this.clock.now();
      let supportCase: SupportCase | null = null;
      if (input.caseId) {
        supportCase = await findOrFail(tem, SupportCase, input.caseId, 'Support case');
        if (refId(supportCase.order) !== order.id) throw badInput('caseId', 'This case is not about this order.');
      }
      if (input.escalationId) {
        const [e] = isUuid(input.escalationId) ? await tem.execute<{ order_id: string }[]>(`select order_id from escalation where id = ?`, [input.escalationId]) : [];
        if (!e) throw badInput('escalationId', 'No such escalation.');
        if (e.order_id !== order.id) throw badInput('escalationId', 'This escalation is not about this order.');
      }
      if (input.recoverFromVendor && input.kind !== MoneyKind.REFUND) throw badInput('recoverFromVendor', 'Only a refund is recovered from the vendor.');
      const live = await this.live(tem, order.id);
      const fraud = fraudScore(await this.history(tem, refId(order.customer)!, now));
      const d = orThrow(decideProposal({
        kind: input.kind, amount: input.amount, reason: input.reason,
        order: {
          status: order.status, quotedPrice: order.quotedPrice, finalPrice: order.finalPrice ?? null, completedAt: order.completedAt ?? null,
          cancellationReason: order.cancellationReason ?? null, vendorId: refId(order.vendor),
        },
        liveGoodwill: live.GOODWILL, liveRefunded: live.REFUND, liveReversed: live.PAYMENT_REVERSAL, liveRecovered: live.VENDOR_RECOVERY,
        fraudScore: fraud.score,
      }, this.settings));
      if (input.recoverFromVendor && !d.vendorId) throw badInput('recoverFromVendor', 'This order has no vendor to recover the refund from.');
      const request = tem.create(MoneyRequest, {
        kind: input.kind, status: MoneyStatus.PROPOSED, amount: d.amount, reason: d.reason, order,
        supportCase: supportCase ?? null, escalation: input.escalationId ? tem.getReference<EntityRef>('Escalation', input.escalationId) : null,
        vendor: d.vendorId ? tem.getReference(Vendor, d.vendorId) : null, rule: d.rule, fraudScore: fraud.score, fraudFactors: fraud.factors,
        recoverFromVendor: Boolean(input.recoverFromVendor),
        proposedBy: principal?.kind === 'USER' ? tem.getReference(User, principal.id) : null, proposedByLabel: actor.label, proposedAt: now,
      });
      recordAudit(tem, actor, now, {
        action: 'MONEY_PROPOSED', entityType: 'MoneyRequest', entityId: request.id, orderId: order.id, rule: d.rule,
        data: { kind: request.kind, amount: d.amount, reason: d.reason, fraudScore: fraud.score, caseId: supportCase?.id ?? null, autoApproved: d.autoApprove },
      });
      if (d.autoApprove) await this.approveNow(tem, request, null, `Within the policy (${d.rule}).`, SYSTEM_ACTOR, now);
      return request;
    });
  }

  /** Approval (by FINANCE or by the policy): outgoing money is paid by the job; money from a party is settled in the ledger at once. */
  private async approveNow(em: EntityManager, r: MoneyRequest, by: User | null, note: string | null, actor: Actor, now: Date): Promise<void> {
    r.status = MoneyStatus.APPROVED;
    r.decidedBy = by;
    r.decidedAt = now;
    r.decisionNote = note;
    recordAudit(em, actor, now, {
      action: 'MONEY_APPROVED', entityType: 'MoneyRequest', entityId: r.id, orderId: refId(r.order), rule: by ? 'M3' : r.rule, data: { amount: r.amount, note },
    });
    if (isOutgoing(r.kind)) {
      await this.snapshotPayee(em, r);
      await scheduleJobs(em, [{ task: TASKS.payMoney, payload: { id: r.id }, runAt: now, jobKey: moneyJobKey(r.id) }]);
    } else {
      await this.settle(em, r, now, null);
    }
  }

  /** M6: the payee as approved, so every try of the payout sends the same body. */
  private async snapshotPayee(em: EntityManager, r: MoneyRequest): Promise<void> {
    if (partyOf(r.kind) === 'VENDOR') {
      r.payeeName = r.vendor ? (await em.findOneOrFail(Vendor, { id: refId(r.vendor)! })).name : 'Vendor';
      r.payeePhone = null;
      return;
    }
    const order = await em.findOneOrFail(Order, { id: refId(r.order)! });
    const customer = await em.findOneOrFail(Customer, { id: refId(order.customer)! });
    r.payeeName = customer.name;
    r.payeePhone = customer.phone;
  }

  /** Money moved: the request's one ledger entry, PAID. */
  private async settle(em: EntityManager, r: MoneyRequest, at: Date, reference: string | null): Promise<void> {
    const order = await em.findOneOrFail(Order, { id: refId(r.order)! });
    r.status = MoneyStatus.PAID;
    r.paidAt = at;
    r.providerReference = reference;
    em.create(LedgerEntry, {
      // A vendor's ledger holds only money to or from the vendor; the customer's side names no vendor.
      moneyRequest: r, order, customer: order.customer, vendor: partyOf(r.kind) === 'VENDOR' ? r.vendor ?? null : null, party: partyOf(r.kind), kind: r.kind,
      amount: signOf(r.kind) * r.amount, at, reference,
    });
    recordAudit(em, SYSTEM_ACTOR, at, {
      action: 'MONEY_PAID', entityType: 'MoneyRequest', entityId: r.id, orderId: order.id, rule: 'M6',
      data: { amount: r.amount, kind: r.kind, reference, provider: isOutgoing(r.kind) ? this.provider.name : null },
    });
    if (r.kind === MoneyKind.GOODWILL || r.kind === MoneyKind.REFUND) await this.tellCustomer(em, order, r, at);
    // M5: the vendor who caused a refund pays it back, recorded against them once the refund is paid.
    if (r.kind === MoneyKind.REFUND && r.recoverFromVendor && r.vendor) {
      const recovery = em.create(MoneyRequest, {
        kind: MoneyKind.VENDOR_RECOVERY, status: MoneyStatus.PROPOSED, amount: r.amount, reason: `Recovered for the refund: ${r.reason}`, order,
        supportCase: r.supportCase ?? null, vendor: r.vendor, rule: 'M5', recovers: r, proposedByLabel: SYSTEM_ACTOR.label, proposedAt: at,
      });
      recordAudit(em, SYSTEM_ACTOR, at, { action: 'MONEY_PROPOSED', entityType: 'MoneyRequest', entityId: recovery.id, orderId: order.id, rule: 'M5', data: { kind: recovery.kind, amount: r.amount, refund: r.id } });
      await this.approveNow(em, recovery, null, 'M5: the refund it recovers was paid.', SYSTEM_ACTOR, at);
    }
  }

  private async tellCustomer(em: EntityManager, order: Order, r: MoneyRequest, at: Date): Promise<void> {
    const customer = await em.findOneOrFail(Customer, { id: refId(order.customer)! });
    if (customer.messagingOptOut || customer.erasedAt) return;
    const what = r.kind === MoneyKind.GOODWILL ? 'a goodwill credit' : 'a refund';
    const first = customer.name.trim().split(/\s+/)[0];
    const body = r.status === MoneyStatus.FAILED
      ? `Hi ${first}, we could not send you ${rupees(r.amount)} as ${what} for order ${order.externalRef}: the payment did not go through. Our team will contact you to sort it out. – ${this.brand}`
      : `Hi ${first}, we have sent you ${rupees(r.amount)} as ${what} for order ${order.externalRef}. It should reach your account shortly. – ${this.brand}`;
    await this.messaging.scheduleMany(em, [{
      order, supportCase: r.supportCase ?? null, kind: MessageKind.MONEY_NOTICE,
      channel: customer.hasWhatsapp ? Channel.WHATSAPP : Channel.SMS, recipient: customer.phone, scheduledFor: at, body,
    }]);
  }

  private async lockRequest(em: EntityManager, id: string, expectedVersion?: number | null): Promise<MoneyRequest> {
    const r = await findOrFail(em, MoneyRequest, id, 'Money request', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    await checkVersionAudited(em, 'MoneyRequest', r, expectedVersion);
    return r;
  }

  /** M3: FINANCE or ADMIN approve, never the proposer. */
  async approve(em: EntityManager, principal: Principal, id: string, note: string | null, expectedVersion?: number | null): Promise<MoneyRequest> {
    return em.transactional(async (tem) => {
      const r = await this.lockRequest(tem, id, expectedVersion);
      orThrow(decideApproval({ status: r.status, proposedById: refId(r.proposedBy) }, principal));
      const text = note?.trim() || null;
      if (text && text.length > 2000) throw badInput('note', 'The note can be at most 2,000 characters.');
      await this.approveNow(tem, r, principal.kind === 'USER' ? tem.getReference(User, principal.id) : null, text, actorOf(principal), this.clock.now());
      return r;
    });
  }

  async reject(em: EntityManager, principal: Principal, id: string, note: string, expectedVersion?: number | null): Promise<MoneyRequest> {
    return em.transactional(async (tem) => {
      const r = await this.lockRequest(tem, id, expectedVersion);
      const d = orThrow(decideRejection({ status: r.status, proposedById: refId(r.proposedBy) }, principal, note));
      const now = this.clock.now();
      r.status = MoneyStatus.REJECTED;
      r.decidedBy = principal.kind === 'USER' ? tem.getReference(User, principal.id) : null;
      r.decidedAt = now;
      r.decisionNote = d.note;
      recordAudit(tem, actorOf(principal), now, { action: 'MONEY_REJECTED', entityType: 'MoneyRequest', entityId: r.id, orderId: refId(r.order), rule: 'M3', data: { note: d.note } });
      return r;
    });
  }

  /**
   * M6, the durable job: an APPROVED outgoing request goes to the provider with its id as the
   * idempotency key. The call is made with no lock held; the outcome is written only if the
   * request is still APPROVED, so a retry, a second process or a late webhook changes nothing twice.
   * A provider error is retried by the queue with backoff (the job throws), FAILED after the last try.
   */
  async pay(em: EntityManager, id: string): Promise<'PAID' | 'PROCESSING' | 'FAILED' | 'NONE'> {
    if (!isUuid(id)) return 'NONE';
    const prepared = await em.transactional(async (tem) => {
      const r = await tem.findOne(MoneyRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['order'] });
      if (!r || r.status !== MoneyStatus.APPROVED || !isOutgoing(r.kind)) return null;
      r.attempts += 1;
      const party = partyOf(r.kind);
      const customer = await tem.findOneOrFail(Customer, { id: refId(r.order.customer)! });
      const vendor = r.vendor ? await tem.findOne(Vendor, { id: refId(r.vendor)! }) : null;
      return {
        attempts: r.attempts,
        order: {
          idempotencyKey: r.id, amount: r.amount, party,
          // As approved (snapshotPayee); requests approved before the snapshot existed read the records.
          name: r.payeeName ?? (party === 'VENDOR' ? vendor?.name ?? 'Vendor' : customer.name),
          phone: r.payeeName ? r.payeePhone ?? null : party === 'VENDOR' ? null : customer.phone,
          purpose: r.kind === MoneyKind.VENDOR_EXTRA ? 'vendor bill' : 'refund', narration: `${this.brand} ${r.order.externalRef}`.slice(0, 30),
        },
      };
    });
    if (!prepared) return 'NONE';
    let result: PayoutResult;
    try {
      result = await this.provider.pay(prepared.order);
    } catch (e) {
      result = { status: 'FAILED', reference: null, reason: e instanceof Error ? e.message : String(e), retryable: true };
    }
    if (result.status === 'FAILED' && result.retryable && prepared.attempts < MAX_PAY_ATTEMPTS) {
      throw new Error(`payout for money request ${id} not accepted yet (${result.reason}); retrying`);
    }
    return this.recordOutcome(em, id, result);
  }

  /** The provider's answer (from the job or its webhook), written once, only on an APPROVED request. */
  async recordOutcome(em: EntityManager, id: string, result: PayoutResult): Promise<'PAID' | 'PROCESSING' | 'FAILED' | 'NONE'> {
    return em.transactional(async (tem) => {
      const r = await tem.findOne(MoneyRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!r || r.status !== MoneyStatus.APPROVED) return 'NONE';
      const now = this.clock.now();
      if (result.status === 'PROCESSED') {
        await this.settle(tem, r, now, result.reference);
        return 'PAID';
      }
      if (result.status !== 'FAILED') {
        // PROCESSING: the webhook (or the next try, with the same key) says how it ended.
        r.providerReference = result.reference;
        return 'PROCESSING';
      }
      r.status = MoneyStatus.FAILED;
      r.failureReason = result.reason;
      r.providerReference = result.reference ?? r.providerReference ?? null;
      recordAudit(tem, SYSTEM_ACTOR, now, { action: 'MONEY_FAILED', entityType: 'MoneyRequest', entityId: r.id, orderId: refId(r.order), rule: 'M6', data: { reason: result.reason, attempts: r.attempts } });
      // M6: the customer hears of a failed payment too, with what happens next.
      if (r.kind === MoneyKind.GOODWILL || r.kind === MoneyKind.REFUND) await this.tellCustomer(tem, await tem.findOneOrFail(Order, { id: refId(r.order)! }), r, now);
      return 'FAILED';
    });
  }

  /** M5: a device returned after payment (OrderReturnedAfterPayment): the payout is reversed, proposed for FINANCE to approve. */
  async onReturnedAfterPayment(em: EntityManager, e: { order: Order; at: Date }): Promise<void> {
    const live = await this.live(em, e.order.id);
    const paid = e.order.finalPrice ?? e.order.quotedPrice;
    if (live.PAYMENT_REVERSAL >= paid) return;
    const r = em.create(MoneyRequest, {
      kind: MoneyKind.PAYMENT_REVERSAL, status: MoneyStatus.PROPOSED, amount: paid - live.PAYMENT_REVERSAL,
      reason: 'The device was returned after payment: the payout is to be reversed (SOP 000 #4).', order: e.order,
      vendor: e.order.vendor ?? null, rule: 'REVERSAL_RETURNED', proposedByLabel: SYSTEM_ACTOR.label, proposedAt: e.at,
    });
    recordAudit(em, SYSTEM_ACTOR, e.at, { action: 'MONEY_PROPOSED', entityType: 'MoneyRequest', entityId: r.id, orderId: e.order.id, rule: 'M5', data: { kind: r.kind, amount: r.amount } });
  }

  /** runDue: the pay jobs the queue would run now. */
  async dueIds(em: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await em.execute(`select id from money_request where status = 'APPROVED' and kind in ('GOODWILL', 'REFUND', 'VENDOR_EXTRA') and provider_reference is null order by decided_at, id`);
    return rows.map((r) => r.id);
  }

  /** The ledger of an order or a vendor, oldest first, and its balance (the sum of all its entries, counted in SQL). */
  async ledgerOf(em: EntityManager, where: { orderId?: string | null; vendorId?: string | null }): Promise<{ entries: LedgerEntry[]; balance: number }> {
    if (Boolean(where.orderId) === Boolean(where.vendorId)) throw badInput('orderId', 'Give either orderId or vendorId.');
    const id = (where.orderId ?? where.vendorId)!;
    if (!isUuid(id)) return { entries: [], balance: 0 };
    const filter = where.orderId ? { order: id } : { vendor: id };
    const entries = await em.find(LedgerEntry, filter as never, { orderBy: { at: 'asc', id: 'asc' }, limit: 1000 });
    const [sum]: { total: string }[] = await em.execute(`select coalesce(sum(amount), 0) as total from ledger_entry where ${where.orderId ? 'order_id' : 'vendor_id'} = ?`, [id]);
    return { entries, balance: Number(sum.total) };
  }
}
