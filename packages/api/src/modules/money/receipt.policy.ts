// M7 (SOP 003 §3): the payment receipt of a completed order; RECEIPT_NOT_AVAILABLE, and M7's
// channel checks when it is sent again.
import type { Refusal } from '../../common/decision.js';
import { Channel, DeviceCategory, OrderStatus } from '../../common/enums.js';
import { durationWords } from '../../common/time-text.js';
import { IST_OFFSET_MS } from '../../common/weeks.js';

/** What the receipt is made of: the order as it was paid. */
export interface ReceiptOrder {
  externalRef: string;
  status: OrderStatus;
  quotedPrice: number;
  finalPrice: number | null;
  paymentReference: string | null;
  completedAt: Date | null;
}

export interface ReceiptFacts {
  number: string;
  /** Rupees: the price after inspection, or the quote when inspection kept it. */
  amount: number;
  paidAt: Date;
  paymentReference: string;
}

export type ReceiptDecision = ({ ok: true } & ReceiptFacts) | Refusal;

/**
 * Only a COMPLETED order has a receipt. A RETURNED one has none, even when it was returned
 * after payment: the device went back and the payment is reversed (M5 PAYMENT_REVERSAL), so a
 * receipt would show money the customer no longer holds; the reversal is its own record.
 */
export function decideReceipt(o: ReceiptOrder): ReceiptDecision {
  if (o.status !== OrderStatus.COMPLETED || !o.completedAt || !o.paymentReference) {
    const why = o.status === OrderStatus.RETURNED && o.completedAt
      ? 'the device was returned after payment and the payment is reversed'
      : `the order is ${o.status}, and only a COMPLETED (paid) order has one`;
    return {
      ok: false, code: 'SOP_VIOLATION', rule: 'RECEIPT_NOT_AVAILABLE',
      message: `There is no payment receipt for order ${o.externalRef}: ${why}.`,
      details: { status: o.status },
    };
  }
  return { ok: true, number: receiptNumber(o.externalRef, o.completedAt), amount: o.finalPrice ?? o.quotedPrice, paidAt: o.completedAt, paymentReference: o.paymentReference };
}

/**
 * RC-<yyyymm of payment, IST>-<the order's externalRef>: the same every time it is reissued
 * (both parts are fixed once the order is paid), unique (externalRef is), and one a customer
 * can read out on the phone and CX can find the order by. No sequence: nothing to store or lock.
 */
export function receiptNumber(externalRef: string, paidAt: Date): string {
  const local = new Date(paidAt.getTime() + IST_OFFSET_MS);
  return `RC-${local.getUTCFullYear()}${String(local.getUTCMonth() + 1).padStart(2, '0')}-${externalRef}`;
}

/** A file name made of the number: anything but letters, digits, '-' and '_' becomes '_'. */
export const receiptFileName = (number: string): string => `${number.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf`;

export interface ReceiptRecipient {
  email: string | null;
  hasWhatsapp: boolean;
  optedOut: boolean;
  erased: boolean;
}

export type ResendDecision = { ok: true; channel: Channel.EMAIL | Channel.WHATSAPP } | Refusal;

/** M7: the receipt goes again to the customer's e-mail or WhatsApp, where we may and can reach them. */
export function decideResendChannel(channel: Channel, to: ReceiptRecipient): ResendDecision {
  if (channel !== Channel.EMAIL && channel !== Channel.WHATSAPP) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'channel', message: 'A receipt is sent by e-mail or WhatsApp (EMAIL or WHATSAPP).' };
  }
  if (to.erased) {
    return {
      ok: false, code: 'SOP_VIOLATION', rule: 'M7',
      message: "This customer's personal data was erased: there is no address to send the receipt to. Open the PDF and hand it over another way if they ask.",
      details: { reason: 'ERASED' },
    };
  }
  if (to.optedOut) {
    return {
      ok: false, code: 'SOP_VIOLATION', rule: 'M7',
      message: 'The customer asked for no more messages (opted out): open the PDF and share it with them in the conversation they started, or ask them to opt in again.',
      details: { reason: 'OPTED_OUT' },
    };
  }
  if (channel === Channel.EMAIL && !to.email) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'channel', message: 'We have no e-mail address for this customer: send the receipt on WhatsApp.' };
  }
  if (channel === Channel.WHATSAPP && !to.hasWhatsapp) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'channel', message: 'This customer has no WhatsApp: send the receipt by e-mail.' };
  }
  return { ok: true, channel };
}

const CATEGORY_WORDS: Record<DeviceCategory, string | null> = {
  [DeviceCategory.PHONE]: 'phone', [DeviceCategory.LAPTOP]: 'laptop', [DeviceCategory.TABLET]: 'tablet', [DeviceCategory.MACBOOK]: 'MacBook', [DeviceCategory.OTHER]: null,
};

/** "Samsung Galaxy S22 (phone)"; a MacBook's model already says what it is. */
export function deviceLabel(model: string, category: DeviceCategory): string {
  const words = CATEGORY_WORDS[category];
  return words && !new RegExp(`\\b${words}\\b`, 'i').test(model) ? `${model} (${words})` : model;
}

/** 1250000 → "₹12,50,000" (Indian grouping: thousands, then pairs). */
export function formatRupees(amount: number): string {
  const digits = String(Math.abs(Math.trunc(amount)));
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, ',');
  return `${amount < 0 ? '-' : ''}₹${rest ? `${rest},${last3}` : last3}`;
}

/** The message that carries the receipt's link (the e-mail body too: no attachments yet). */
export function receiptMessage(a: { brand: string; customerName: string; number: string; externalRef: string; amount: number; url: string; linkTtlMs: number }): string {
  const first = a.customerName.trim().split(/\s+/)[0] || a.customerName;
  return `Hi ${first}, here is your payment receipt ${a.number} for order ${a.externalRef} (${formatRupees(a.amount)}): ${a.url}\n`
    + `The link works for ${durationWords(a.linkTtlMs)}; ask us any time for a new one. – ${a.brand}`;
}
