// M7 (SOP 003 §3): a completed order's payment receipt over HTTP: the Receipt, its PDF behind
// the signed link (read back as text), the link's refusals, and resendReceipt through the outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { Role } from '../../src/common/enums.js';
import { ADVANCE_ORDER, CREATE_API_KEY } from '../graphql/documents.js';
import { OPT_OUT, ORDER_REF, RECEIPT, RESEND_RECEIPT } from '../graphql/receipts.js';
import { completedOrder, createOrder, inspectedOrder, type OrderOptions } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let agent: string;
beforeAll(async () => {
  t = await initTestApp();
  agent = (await t.userWith(Role.CX_AGENT)).token;
});
afterAll(() => t.close());

const pathOf = (url: string) => new URL(url).pathname;
/** The PDF as a client reads it: the bytes fetched whole, then its text. */
const pdfText = async (path: string) => {
  const res = await t.http.get(path).buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.body as Buffer)), { mergePages: true });
  return { res, text: text.replace(/\s+/g, ' ') };
};

async function paidOrder(o: OrderOptions = {}) {
  const id = await completedOrder(t, o);
  const order = (await t.gql(ORDER_REF, { id }, t.adminToken)).data.order;
  return { id, externalRef: order.externalRef as string, customerId: order.customer.id as string };
}

describe('receipt(orderId)', () => {
  it('is the receipt of a completed order: number, amount, date and reference of the payment, a signed link', async () => {
    const { id, externalRef } = await paidOrder({ quotedPrice: 130_000, finalPrice: 125_000 });
    const r = await t.gql(RECEIPT, { o: id }, agent);
    expect(r.errors).toBeUndefined();
    expect(r.data.receipt).toMatchObject({
      number: `RC-202611-${externalRef}`, amount: 125_000, paidAt: t.clock.now().toISOString(), paymentReference: `PAY-${id.slice(0, 8)}`,
      order: { id, externalRef, status: 'COMPLETED' },
    });
    expect(r.data.receipt.url).toMatch(/^http:\/\/cx\.test\/receipts\/[\w-]+\.[\w-]+\.[\w-]+\.pdf$/);
  });

  it('is the quote when inspection kept the price, and the same number when asked again', async () => {
    const { id } = await paidOrder({ quotedPrice: 20_000 });
    const first = (await t.gql(RECEIPT, { o: id }, agent)).data.receipt;
    expect(first.amount).toBe(20_000);
    const start = t.clock.now();
    t.clock.advance(40 * 86_400_000);
    const later = (await t.gql(RECEIPT, { o: id }, agent)).data.receipt;
    t.clock.set(start);
    expect(later).toMatchObject({ number: first.number, paidAt: first.paidAt });
  });

  it('is null for an order that is not paid, and for one that does not exist', async () => {
    const created = await createOrder(t);
    expect(await t.gql(RECEIPT, { o: created }, agent)).toMatchObject({ data: { receipt: null } });
    expect((await t.gql(RECEIPT, { o: created }, agent)).errors).toBeUndefined();
    expect((await t.gql(RECEIPT, { o: await inspectedOrder(t) }, agent)).data.receipt).toBeNull();
    expect((await t.gql(RECEIPT, { o: '00000000-0000-4000-8000-000000000000' }, agent)).data.receipt).toBeNull();
  });

  it('is gone once the device is returned after payment: no receipt, and its link answers 410', async () => {
    const { id } = await paidOrder();
    const url = (await t.gql(RECEIPT, { o: id }, agent)).data.receipt.url;
    expect((await t.gql(ADVANCE_ORDER, { o: id, s: 'RETURNED', p: null }, (await t.userWith(Role.FINANCE)).token)).errors).toBeUndefined();
    expect((await t.gql(RECEIPT, { o: id }, agent)).data.receipt).toBeNull();
    expectRefusal(await t.gql(RESEND_RECEIPT, { o: id, c: 'WHATSAPP' }, agent), 'SOP_VIOLATION', 'RECEIPT_NOT_AVAILABLE');
    const res = await t.http.get(pathOf(url));
    expect(res.status).toBe(410);
    expect(res.text).toContain('payment was reversed');
  });

  it('is read by CX, FINANCE and READ_ALL keys; MARKETING and VENDOR_OPS are refused', async () => {
    const { id } = await paidOrder();
    for (const role of [Role.CX_LEAD, Role.FINANCE]) {
      expect((await t.gql(RECEIPT, { o: id }, (await t.userWith(role)).token)).data.receipt.order.id).toBe(id);
    }
    const key = (await t.gql(CREATE_API_KEY, { n: 'reader', s: ['READ_ALL'] }, t.adminToken)).data.createApiKey.secret;
    expect((await t.gql(RECEIPT, { o: id }, key)).data.receipt.order.id).toBe(id);
    for (const role of [Role.MARKETING, Role.VENDOR_OPS]) {
      const token = (await t.userWith(role)).token;
      expectRefusal(await t.gql(RECEIPT, { o: id }, token), 'FORBIDDEN');
      expectRefusal(await t.gql(RESEND_RECEIPT, { o: id, c: 'WHATSAPP' }, token), 'FORBIDDEN');
    }
    // A key reads receipts; sending one is a person's decision.
    expectRefusal(await t.gql(RESEND_RECEIPT, { o: id, c: 'WHATSAPP' }, key), 'FORBIDDEN');
  });
});

describe('the PDF behind the link', () => {
  it('opens without login and shows the brand, number, date, order, device, ₹ amount in Indian digits, payment reference and customer', async () => {
    const { id, externalRef } = await paidOrder({ name: 'Priya Nair', quotedPrice: 130_000, finalPrice: 125_000, deviceModel: 'Apple iPhone 13' });
    const receipt = (await t.gql(RECEIPT, { o: id }, agent)).data.receipt;
    const { res, text } = await pdfText(pathOf(receipt.url));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="${receipt.number}.pdf"`);
    expect(res.headers['cache-control']).toBe('private, no-store');
    for (const part of [
      'Cashkr', 'Payment receipt', `Receipt number ${receipt.number}`, 'Date of payment 23 Nov 2026, 11:00 am IST', 'Paid to Priya Nair',
      `Order ${externalRef}`, 'Device Apple iPhone 13 (phone)', 'Amount paid ₹1,25,000', `Payment reference PAY-${id.slice(0, 8)}`,
    ]) expect(text).toContain(part);
  });

  it('refuses a forged, a tampered and a foreign token with 404, and an expired one with 410, in plain words', async () => {
    const { id } = await paidOrder();
    const path = pathOf((await t.gql(RECEIPT, { o: id }, agent)).data.receipt.url);
    const token = path.replace(/^\/receipts\/|\.pdf$/g, '');
    const [h, p, s] = token.split('.');
    const flipped = `${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`;
    const rating = pathOf((await t.gql(`query($id: ID!) { order(id: $id) { feedbackRequests { link } } }`, { id }, t.adminToken)).data.order.feedbackRequests[0].link).replace(/^\/r\//, '');
    for (const bad of ['/receipts/not-a-token.pdf', `/receipts/${h}.${p}.${flipped}.pdf`, `/receipts/${rating}.pdf`, `/receipts/${token}`, '/receipts/a.b.c.pdf']) {
      const res = await t.http.get(bad);
      expect(res.status, bad).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toContain('This receipt link is not valid.');
      expect(res.text).not.toMatch(/at \w+ \(|\.ts:\d+|Error/);
    }
    const start = t.clock.now();
    t.clock.advance(7 * 86_400_000 - 1000);
    expect((await t.http.get(path)).status).toBe(200);
    t.clock.advance(2000);
    const expired = await t.http.get(path);
    t.clock.set(start);
    expect(expired.status).toBe(410);
    expect(expired.text).toContain('This receipt link has expired. Ask us and we will send you a new one.');
    expect(t.internalErrors).toEqual([]);
  });
});

describe('resendReceipt', () => {
  it('on WHATSAPP puts a RECEIPT message with the link in the outbox, sent to the customer, and audits RECEIPT_SENT', async () => {
    const { id } = await paidOrder({ phone: '9812345670', quotedPrice: 18_500 });
    const r = await t.gql(RESEND_RECEIPT, { o: id, c: 'WHATSAPP' }, agent);
    expect(r.errors).toBeUndefined();
    const [m, ...others] = await t.sql(`select kind, channel, recipient, body, status from message where order_id = ? and kind = 'RECEIPT'`, [id]);
    expect(others).toEqual([]);
    expect(m).toMatchObject({ kind: 'RECEIPT', channel: 'WHATSAPP', recipient: '+919812345670', status: 'SCHEDULED' });
    expect(m.body).toContain(r.data.resendReceipt.url);
    expect(m.body).toContain(`Hi Rahul, here is your payment receipt ${r.data.resendReceipt.number}`);
    expect(m.body).toContain('₹18,500');
    expect((await pdfText(pathOf(/(http\S+\.pdf)/.exec(m.body)![1]))).res.status).toBe(200);
    await t.runDue();
    expect((await t.sql(`select status from message where order_id = ? and kind = 'RECEIPT'`, [id]))[0].status).toBe('SENT');
    const timeline = (await t.gql(ORDER_REF, { id }, t.adminToken)).data.order.timeline;
    expect(timeline.find((e: any) => e.action === 'RECEIPT_SENT')).toMatchObject({ rule: 'M7', data: { channel: 'WHATSAPP', number: r.data.resendReceipt.number } });
  });

  it('by EMAIL goes to the customer\'s address with the link in the body; FINANCE may send it', async () => {
    const { id } = await paidOrder({ email: 'priya@example.in' });
    const r = await t.gql(RESEND_RECEIPT, { o: id, c: 'EMAIL' }, (await t.userWith(Role.FINANCE)).token);
    expect(r.errors).toBeUndefined();
    const [m] = await t.sql(`select channel, recipient, body from message where order_id = ? and kind = 'RECEIPT'`, [id]);
    expect(m).toMatchObject({ channel: 'EMAIL', recipient: 'priya@example.in' });
    expect(m.body).toContain(r.data.resendReceipt.url);
  });

  describe('refuses when …', () => {
    it.each([
      ['the order is not paid', async () => createOrder(t), 'WHATSAPP', 'SOP_VIOLATION', 'RECEIPT_NOT_AVAILABLE', undefined],
      ['EMAIL and no e-mail address is known', async () => (await paidOrder()).id, 'EMAIL', 'BAD_USER_INPUT', undefined, 'channel'],
      ['WHATSAPP and the customer has none', async () => (await paidOrder({ hasWhatsapp: false, email: 'x@example.in' })).id, 'WHATSAPP', 'BAD_USER_INPUT', undefined, 'channel'],
      ['SMS (a receipt goes by e-mail or WhatsApp)', async () => (await paidOrder()).id, 'SMS', 'BAD_USER_INPUT', undefined, 'channel'],
      ['the customer opted out', async () => {
        const o = await paidOrder({ email: 'optout@example.in' });
        expect((await t.gql(OPT_OUT, { c: o.customerId }, agent)).errors).toBeUndefined();
        return o.id;
      }, 'EMAIL', 'SOP_VIOLATION', 'M7', undefined],
    ] as const)('%s', async (_, order, channel, code, rule, field) => {
      const id = await order();
      const r = await t.gql(RESEND_RECEIPT, { o: id, c: channel }, agent);
      expectRefusal(r, code, rule);
      if (field) expect(r.errors![0].extensions.field).toBe(field);
      expect(await t.sql(`select id from message where order_id = ? and kind = 'RECEIPT'`, [id])).toEqual([]);
    });

    it('the order does not exist', async () => {
      expectRefusal(await t.gql(RESEND_RECEIPT, { o: '00000000-0000-4000-8000-000000000000', c: 'WHATSAPP' }, agent), 'NOT_FOUND');
    });
  });
});
