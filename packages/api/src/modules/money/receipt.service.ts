// M7 (SOP 003 §3): a completed order's payment receipt, reissued on demand: the facts from the
// order (receipt.policy), a signed link to the PDF (receipt-link), and a resend through the
// outbox. Nothing is stored: the receipt is drawn from the order each time, so every copy agrees.
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../common/audit.js';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { Channel, MessageKind } from '../../common/enums.js';
import { findById, findOrFail } from '../../common/find.js';
import { refId } from '../../common/lean.js';
import { actorOf, type Principal } from '../access/principal.js';
import type { MessagingService } from '../messaging/messaging.service.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import type { ReceiptLinkSigner } from './receipt-link.js';
import { renderReceiptPdf } from './receipt.pdf.js';
import { decideReceipt, decideResendChannel, deviceLabel, receiptFileName, receiptMessage, type ReceiptFacts } from './receipt.policy.js';

/** The Receipt type's source: the facts, the order, and a fresh link. */
export interface ReceiptView extends ReceiptFacts {
  order: Order;
  url: string;
}

export type ReceiptPdf =
  | { ok: true; fileName: string; body: Buffer }
  /** INVALID: forged, or not ours; EXPIRED: signed by us, past its time; GONE: the order has no receipt (any more). */
  | { ok: false; reason: 'INVALID' | 'EXPIRED' | 'GONE' };

const snapshot = (o: Order) => ({
  externalRef: o.externalRef, status: o.status, quotedPrice: o.quotedPrice, finalPrice: o.finalPrice ?? null,
  paymentReference: o.paymentReference ?? null, completedAt: o.completedAt ?? null,
});

export class ReceiptService {
  constructor(
    private readonly clock: Clock,
    private readonly messaging: MessagingService,
    readonly links: ReceiptLinkSigner,
    private readonly brand: string,
  ) {}

  /** The receipt, or null when the order does not exist or has none (not COMPLETED). */
  async receipt(em: EntityManager, orderId: string): Promise<ReceiptView | null> {
    const order = await findById(em, Order, orderId);
    if (!order) return null;
    const d = decideReceipt(snapshot(order));
    if (!d.ok) return null;
    return this.view(order, d);
  }

  /** M7: the link goes to the customer again, on WhatsApp or by e-mail (the e-mail's body carries the link: no attachments yet). */
  async resend(em: EntityManager, principal: Principal, orderId: string, channel: Channel): Promise<ReceiptView> {
    return em.transactional(async (tem) => {
      const order = await findOrFail(tem, Order, orderId, 'Order');
      const facts = orThrow(decideReceipt(snapshot(order)));
      const customer = await tem.findOneOrFail(Customer, { id: refId(order.customer)! });
      const to = orThrow(decideResendChannel(channel, {
        email: customer.email ?? null, hasWhatsapp: customer.hasWhatsapp, optedOut: customer.messagingOptOut, erased: Boolean(customer.erasedAt),
      }));
      const view = await this.view(order, facts);
      const now = this.clock.now();
      const body = receiptMessage({
        brand: this.brand, customerName: customer.name, number: facts.number, externalRef: order.externalRef, amount: facts.amount, url: view.url, linkTtlMs: this.links.ttlMs,
      });
      const [message] = await this.messaging.scheduleMany(tem, [{
        order, kind: MessageKind.RECEIPT, channel: to.channel, recipient: to.channel === Channel.EMAIL ? customer.email! : customer.phone, body, scheduledFor: now,
      }]);
      recordAudit(tem, actorOf(principal), now, {
        action: 'RECEIPT_SENT', entityType: 'Order', entityId: order.id, orderId: order.id, rule: 'M7',
        data: { number: facts.number, channel: to.channel, messageId: message.id },
      });
      return view;
    });
  }

  /** The PDF behind a link: the token is the credential, the order is read now. */
  async pdf(em: EntityManager, token: string): Promise<ReceiptPdf> {
    const link = await this.links.read(token);
    if (!link.ok) return link;
    const order = await findById(em, Order, link.orderId);
    if (!order) return { ok: false, reason: 'INVALID' };
    const d = decideReceipt(snapshot(order));
    if (!d.ok) return { ok: false, reason: 'GONE' };
    const customer = await em.findOneOrFail(Customer, { id: refId(order.customer)! });
    const body = await renderReceiptPdf({
      brand: this.brand, number: d.number, paidAt: d.paidAt, issuedAt: this.clock.now(), customerName: customer.name,
      externalRef: order.externalRef, device: deviceLabel(order.deviceModel, order.deviceCategory), amount: d.amount, paymentReference: d.paymentReference,
    });
    return { ok: true, fileName: receiptFileName(d.number), body };
  }

  private async view(order: Order, facts: ReceiptFacts): Promise<ReceiptView> {
    return { number: facts.number, amount: facts.amount, paidAt: facts.paidAt, paymentReference: facts.paymentReference, order, url: await this.links.link(order.id) };
  }
}
