import { describe, expect, it } from 'vitest';
import { Channel, DeviceCategory, OrderStatus as S } from '../../common/enums.js';
import { decideReceipt, decideResendChannel, deviceLabel, formatRupees, receiptFileName, receiptMessage, receiptNumber, type ReceiptOrder } from './receipt.policy.js';

const PAID_AT = new Date('2026-11-30T19:00:00Z'); // 1 Dec 2026, 12:30 am IST
const paid: ReceiptOrder = { externalRef: 'WEB-88231', status: S.COMPLETED, quotedPrice: 20_000, finalPrice: 18_500, paymentReference: 'UTR 4711', completedAt: PAID_AT };

describe('decideReceipt (M7, RECEIPT_NOT_AVAILABLE)', () => {
  it('takes the number from the IST month of payment and the order reference, the amount from the final price', () => {
    expect(decideReceipt(paid)).toEqual({ ok: true, number: 'RC-202612-WEB-88231', amount: 18_500, paidAt: PAID_AT, paymentReference: 'UTR 4711' });
  });

  it('falls back to the quote when inspection set no final price', () => {
    expect(decideReceipt({ ...paid, finalPrice: null })).toMatchObject({ ok: true, amount: 20_000 });
  });

  it('gives the same number on every reissue', () => {
    expect(receiptNumber('WEB-88231', PAID_AT)).toBe(receiptNumber('WEB-88231', new Date(PAID_AT)));
    expect(receiptNumber('A', new Date('2026-01-31T18:29:59Z'))).toBe('RC-202601-A');
    expect(receiptNumber('A', new Date('2026-01-31T18:30:00Z'))).toBe('RC-202602-A');
  });

  it.each([S.CREATED, S.PICKUP_SCHEDULED, S.PICKED_UP, S.INSPECTED, S.CANCELLED])('has none for a %s order', (status) => {
    const d = decideReceipt({ ...paid, status, paymentReference: null, completedAt: null });
    expect(d).toMatchObject({ ok: false, code: 'SOP_VIOLATION', rule: 'RECEIPT_NOT_AVAILABLE', details: { status } });
    expect(d.ok === false && d.message).toContain('only a COMPLETED (paid) order has one');
  });

  it('has none for a device returned after payment: the payment is reversed', () => {
    const d = decideReceipt({ ...paid, status: S.RETURNED });
    expect(d).toMatchObject({ ok: false, rule: 'RECEIPT_NOT_AVAILABLE' });
    expect(d.ok === false && d.message).toContain('returned after payment');
  });
});

describe('decideResendChannel (M7)', () => {
  const reachable = { email: 'rahul@example.in', hasWhatsapp: true, optedOut: false, erased: false };

  it.each([Channel.EMAIL, Channel.WHATSAPP])('sends on %s when the customer can get it there', (channel) => {
    expect(decideResendChannel(channel, reachable)).toEqual({ ok: true, channel });
  });

  it.each([
    ['SMS', Channel.SMS, reachable],
    ['CALL', Channel.CALL, reachable],
    ['EMAIL without an address', Channel.EMAIL, { ...reachable, email: null }],
    ['WHATSAPP for a customer without it', Channel.WHATSAPP, { ...reachable, hasWhatsapp: false }],
  ] as const)('refuses %s on the channel field', (_, channel, to) => {
    expect(decideResendChannel(channel, to)).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field: 'channel' });
  });

  it.each([
    ['an opted-out customer', { ...reachable, optedOut: true }, 'OPTED_OUT'],
    ['an erased customer', { ...reachable, erased: true, optedOut: true, email: null }, 'ERASED'],
  ] as const)('refuses %s by rule M7 on every channel', (_, to, reason) => {
    for (const channel of [Channel.EMAIL, Channel.WHATSAPP]) {
      expect(decideResendChannel(channel, to)).toMatchObject({ ok: false, code: 'SOP_VIOLATION', rule: 'M7', details: { reason } });
    }
  });
});

describe('receipt wording', () => {
  it.each([[0, '₹0'], [999, '₹999'], [1_000, '₹1,000'], [18_500, '₹18,500'], [125_000, '₹1,25,000'], [1_250_000, '₹12,50,000'], [123_456_789, '₹12,34,56,789']])(
    'writes %i rupees as %s', (n, text) => expect(formatRupees(n)).toBe(text),
  );

  it('names the device with its category unless the model says it', () => {
    expect(deviceLabel('Samsung Galaxy S22', DeviceCategory.PHONE)).toBe('Samsung Galaxy S22 (phone)');
    expect(deviceLabel('Apple iPhone 13', DeviceCategory.PHONE)).toBe('Apple iPhone 13 (phone)');
    expect(deviceLabel('Lenovo Tab P11 tablet', DeviceCategory.TABLET)).toBe('Lenovo Tab P11 tablet');
    expect(deviceLabel('MacBook Air M2', DeviceCategory.MACBOOK)).toBe('MacBook Air M2');
    expect(deviceLabel('Kindle', DeviceCategory.OTHER)).toBe('Kindle');
  });

  it('keeps the file name to safe characters', () => {
    expect(receiptFileName('RC-202612-WEB/88 231"x')).toBe('RC-202612-WEB_88_231_x.pdf');
  });

  it('the message carries the number, amount, link and how long it works', () => {
    const text = receiptMessage({ brand: 'Cashkr', customerName: 'Rahul Sharma', number: 'RC-202612-WEB-1', externalRef: 'WEB-1', amount: 125_000, url: 'https://cx/receipts/t.pdf', linkTtlMs: 7 * 86_400_000 });
    expect(text).toBe('Hi Rahul, here is your payment receipt RC-202612-WEB-1 for order WEB-1 (₹1,25,000): https://cx/receipts/t.pdf\nThe link works for 7 days; ask us any time for a new one. – Cashkr');
  });
});
