// The customer's rating page: the signed link is the credential, expires with the request,
// submits through the same service as submitFeedback and refuses a second answer politely.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDER_LOOP } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t.close());

async function link(): Promise<{ orderId: string; path: string }> {
  const orderId = await completedOrder(t);
  const o = (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order;
  return { orderId, path: new URL(o.feedbackRequests.find((r: any) => r.touchpoint === 'ORDER_COMPLETED').link).pathname };
}

describe('rating page', () => {
  it('shows a mobile page with five stars, without login', async () => {
    const { path } = await link();
    const res = await t.http.get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/html/);
    expect(res.text).toContain('name="viewport"');
    expect(res.text.match(/name="rating"/g)).toHaveLength(5);
    expect(res.text).toContain('Hi Rahul!');
  });

  it('the page after 5 stars links to the same Google page as the R4 message (decideRoute decides both)', async () => {
    const { path, orderId } = await link();
    const res = await t.http.post(path).type('form').send({ rating: '5' });
    expect(res.status).toBe(200);
    const [message] = await t.sql(`select body from message where order_id = ? and kind = 'STORE_REDIRECT'`, [orderId]);
    const google = /Google: (\S+)/.exec(message.body)![1];
    expect(res.text).toContain(`href="${google}"`);
  });

  it.each([
    [5, /Review us on Google/, 'REDIRECT_TO_STORE'],
    [4, /Review Cashkr on Google/, 'ASK_PUBLIC_REVIEW'],
    [3, /What could we have done better\?/, 'ASK_DETAILS'],
    [1, /customer experience team has been alerted/, 'ESCALATE'],
  ])('a %i-star answer is recorded and shows the next step', async (rating, text, route) => {
    const { path, orderId } = await link();
    const res = await t.http.post(path).type('form').send({ rating: String(rating), comment: 'Good pickup', vendorBehaviour: '5', pickupExperience: '' });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(text);
    const o = (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order;
    expect(o.feedback).toHaveLength(1);
    expect(o.feedback[0]).toMatchObject({ rating, route, touchpoint: 'ORDER_COMPLETED' });
    expect(o.feedbackRequests.find((r: any) => r.touchpoint === 'ORDER_COMPLETED').status).toBe('RESPONDED');
    const [row] = await t.sql(`select vendor_behaviour, pickup_experience, channel from feedback where order_id = ?`, [orderId]);
    expect(row).toEqual({ vendor_behaviour: 5, pickup_experience: null, channel: 'WHATSAPP' });
  });

  it('refuses a second answer politely and keeps the first', async () => {
    const { path, orderId } = await link();
    await t.http.post(path).type('form').send({ rating: '5' });
    const again = await t.http.post(path).type('form').send({ rating: '1' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('You have already rated this');
    expect((await t.http.get(path)).text).toContain('You have already rated this');
    expect((await t.sql(`select rating from feedback where order_id = ?`, [orderId])).map((r: any) => r.rating)).toEqual([5]);
  });

  it('re-shows the form with the reason when the answer is invalid', async () => {
    const { path } = await link();
    const res = await t.http.post(path).type('form').send({ rating: '7' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('rating must be a whole number from 1 to 5');
  });

  it('a link expires with its request; a forged link is refused as not valid', async () => {
    const { path } = await link();
    const start = t.clock.now();
    t.clock.advance(72 * 3_600_000 + 1000);
    const res = await t.http.get(path);
    t.clock.set(start);
    expect(res.status).toBe(410);
    expect(res.text).toContain('This link has expired');
    // How long links stay open is the policy's (REQUEST_EXPIRES_AFTER, 72h by default).
    expect(res.text).toContain('Rating links stay open for 3 days.');
    const forged = path.slice(0, -4) + 'AAAA';
    expect((await t.http.get(forged)).status).toBe(404);
    expect((await t.http.post(forged).type('form').send({ rating: '5' })).status).toBe(404);
  });
});
