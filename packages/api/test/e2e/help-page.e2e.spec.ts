// "Need Help? Contact Support" (SOP 001 §4, the message's third button) behind the customer's
// rating link: it opens a support case on the order (K1), adds later messages to that case,
// reopens it within the window once resolved (K6), and needs a valid link (S1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDER_LOOP } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({ start: new Date('2026-12-01T04:30:00Z') });
});
afterAll(() => t.close());

async function link(): Promise<{ orderId: string; path: string }> {
  const orderId = await completedOrder(t);
  const o = (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order;
  return { orderId, path: new URL(o.feedbackRequests.find((r: any) => r.touchpoint === 'ORDER_COMPLETED').link).pathname };
}

const casesOn = (orderId: string) => t.sql<{ id: string; seq: number; type: string; status: string; channel: string; customer_id: string }>(
  'select id, seq, type, status, channel, customer_id from support_case where order_id = ? order by seq', [orderId]);

describe('the rating page\'s "Need help?"', () => {
  it('is the third button of the rating page and of its thank-you page', async () => {
    const { path } = await link();
    const token = path.split('/').pop()!;
    const page = await t.http.get(path);
    expect(page.text).toContain(`href="${token}/help"`);
    expect(page.text).toContain('Need help? Contact support');
    const thanks = await t.http.post(path).type('form').send({ rating: '4' });
    expect(thanks.text).toContain(`href="${token}/help"`);
  });

  it('opens a case on the order for the customer, with the channel the link was sent on, and says when we will reply', async () => {
    const { orderId, path } = await link();
    const form = await t.http.get(`${path}/help`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('How can we help?');
    const res = await t.http.post(`${path}/help`).type('form').send({ topic: 'PAYMENT_ISSUE', message: 'I was paid 500 less than the final price' });
    expect(res.status).toBe(200);
    const [c] = await casesOn(orderId);
    expect(c).toMatchObject({ type: 'PAYMENT_ISSUE', status: 'OPEN', channel: 'WHATSAPP' });
    expect(res.text).toContain(`CX-${c.seq}`);
    expect(res.text).toMatch(/will reply by .* IST/);
    const audit = await t.sql('select actor_type, rule from audit_event where entity_id = ? and action = ?', [c.id, 'CASE_OPENED']);
    expect(audit).toEqual([{ actor_type: 'CUSTOMER', rule: 'K1' }]);
  });

  it('adds a second message to the open case instead of opening another, and reopens it once resolved', async () => {
    const { orderId, path } = await link();
    await t.http.post(`${path}/help`).type('form').send({ topic: 'ORDER_STATUS', message: 'Where is my payment?' });
    const again = await t.http.post(`${path}/help`).type('form').send({ topic: 'ORDER_STATUS', message: 'Still waiting' });
    expect(again.text).toContain('added your message');
    const cases = await casesOn(orderId);
    expect(cases).toHaveLength(1);
    const messages = await t.sql('select summary from interaction where support_case_id = ? and kind = ? order by at', [cases[0].id, 'CUSTOMER_MESSAGE']);
    expect(messages.map((m: any) => m.summary)).toEqual(['Where is my order / pickup?: Still waiting']);

    const agent = t.adminToken;
    await t.gql(`mutation($id: ID!) { replyToCase(caseId: $id, channel: SMS, body: "Your payment went out today.") { id } }`, { id: cases[0].id }, agent);
    const resolved = await t.gql(`mutation($id: ID!) { resolveCase(caseId: $id, resolution: "Payment confirmed") { status } }`, { id: cases[0].id }, agent);
    expect(resolved.data.resolveCase.status).toBe('RESOLVED');
    t.clock.advance(2 * 86_400_000);
    await t.http.post(`${path}/help`).type('form').send({ topic: 'OTHER', message: 'It did not arrive after all' });
    expect((await casesOn(orderId)).map((c) => c.status)).toEqual(['OPEN']);
  });

  it('refuses an empty message on the form, and a forged or missing link', async () => {
    const { orderId, path } = await link();
    const empty = await t.http.post(`${path}/help`).type('form').send({ topic: 'OTHER', message: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('role="alert"');
    expect(await casesOn(orderId)).toHaveLength(0);
    const forged = `${path.slice(0, -3)}abc/help`;
    expect((await t.http.get(forged)).status).toBe(404);
    expect((await t.http.post(forged).type('form').send({ topic: 'OTHER', message: 'x' })).status).toBe(404);
    expect(await casesOn(orderId)).toHaveLength(0);
  });
});
