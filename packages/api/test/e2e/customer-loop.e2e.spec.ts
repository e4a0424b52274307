// The loop as the customer lives it (issue 13): a 3-star answer leads to a details form (R2),
// the pickup and new-vendor questions are asked (F6) with the sub-ratings each needs, the
// review-gating switch reaches the page (R5), the answer records the channel its link came by,
// and a link that leads nowhere says why and how to reach support.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { ADVANCE_ORDER, ASSIGN_VENDOR, COMPLETE_ORDER, ORDER_LOOP, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder, createOrder, createVendor, inspectedOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

const H = 3_600_000;
let t: TestApp;
let everyone: TestApp;
beforeAll(async () => {
  [t, everyone] = await Promise.all([initTestApp(), initTestApp({ policyEnv: { POLICY_PUBLIC_REVIEW_INVITES: 'EVERYONE' } })]);
});
afterAll(async () => {
  await Promise.all([t.close(), everyone.close()]);
});

const loop = async (app: TestApp, id: string) => {
  const r = await app.gql(ORDER_LOOP, { id }, app.adminToken);
  expect(r.errors).toBeUndefined();
  return r.data.order;
};
const requestOf = (o: any, touchpoint: string) => o.feedbackRequests.find((r: any) => r.touchpoint === touchpoint);
/** The path of the customer link in a message's text. */
const linkIn = (body: string) => new URL(/https?:\/\/\S+\/r\/[\w.-]+/.exec(body)![0]).pathname;
/** The rating page path of an order's request, as the customer's WhatsApp message carries it. */
async function ratingPath(app: TestApp, orderId: string, touchpoint = 'ORDER_COMPLETED', channel = 'WHATSAPP'): Promise<string> {
  const request = requestOf(await loop(app, orderId), touchpoint);
  return linkIn(request.messages.find((m: any) => m.channel === channel).body);
}
const FEEDBACK = `query($id: ID!) { order(id: $id) { feedback { id touchpoint rating route channel details detailsAt vendorBehaviour vendorTimeliness vendorProfessionalism pickupExperience paymentSpeed } } }`;
const feedbackOf = async (app: TestApp, orderId: string, token = app.adminToken) => (await app.gql(FEEDBACK, { id: orderId }, token)).data.order.feedback;
const ADD_DETAILS = `mutation($t: String, $f: ID, $d: String!) { addFeedbackDetails(token: $t, feedbackId: $f, details: $d) { id rating route details detailsAt } }`;
const formAction = (html: string) => /<form method="post" action="\.\/([\w.-]+)">/.exec(html)?.[1];

describe('R2: a 3-star answer is asked for details, and they reach CX', () => {
  it('shows the details form right after the rating; what the customer writes is stored on that feedback, once', async () => {
    const orderId = await completedOrder(t);
    const path = await ratingPath(t, orderId);
    const rated = await t.http.post(path).type('form').send({ rating: '3' });
    expect(rated.status).toBe(200);
    expect(rated.text).toContain('What could we have done better?');
    const token = formAction(rated.text);
    expect(token).toBeTruthy();

    const sent = await t.http.post(`/r/${token}`).type('form').send({ details: '  The vendor was 40 minutes late and did not call.  ' });
    expect(sent.status).toBe(200);
    expect(sent.text).toContain('Thank you for telling us');
    const { token: agent } = await t.userWith(Role.CX_AGENT);
    const [f] = await feedbackOf(t, orderId, agent);
    expect(f).toMatchObject({ rating: 3, route: 'ASK_DETAILS', details: 'The vendor was 40 minutes late and did not call.' });
    expect(new Date(f.detailsAt).getTime()).toBe(t.clock.now().getTime());
    const audit = (await loop(t, orderId)).timeline.find((e: any) => e.action === 'FEEDBACK_DETAILS_ADDED');
    expect(audit.rule).toBe('R2');

    const again = await t.http.post(`/r/${token}`).type('form').send({ details: 'Something else' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('We have your details');
    expect((await feedbackOf(t, orderId))[0].details).toBe('The vendor was 40 minutes late and did not call.');
  });

  it("the DETAILS_PROMPT message links to the details form, not to the request just answered", async () => {
    const orderId = await completedOrder(t);
    expect((await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 3 } }, t.adminToken)).errors).toBeUndefined();
    const prompt = (await loop(t, orderId)).messages.find((m: any) => m.kind === 'DETAILS_PROMPT');
    expect(prompt.body).not.toContain('undefined');
    const page = await t.http.get(linkIn(prompt.body));
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('already rated');
    expect(page.text).toContain('name="details"');
    const posted = await t.http.post(linkIn(prompt.body)).type('form').send({ details: 'Price was cut at the door' });
    expect(posted.status).toBe(200);
    expect((await feedbackOf(t, orderId))[0].details).toBe('Price was cut at the door');
  });

  it('the rating link, opened again before the details were written, shows the form instead of a dead end', async () => {
    const orderId = await completedOrder(t);
    const path = await ratingPath(t, orderId);
    await t.http.post(path).type('form').send({ rating: '3' });
    const back = await t.http.get(path);
    expect(back.text).toContain('You have already rated this');
    const token = formAction(back.text);
    expect(token).toBeTruthy();
    expect((await t.http.post(`/r/${token}`).type('form').send({ details: 'Slow payment' })).status).toBe(200);
    expect((await t.http.get(path)).text).not.toContain('name="details"');
  });

  it('re-shows the form with the reason when the details are empty', async () => {
    const orderId = await completedOrder(t);
    const rated = await t.http.post(await ratingPath(t, orderId)).type('form').send({ rating: '3' });
    const res = await t.http.post(`/r/${formAction(rated.text)}`).type('form').send({ details: '   ' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Write a few words');
    expect((await feedbackOf(t, orderId))[0].details).toBeNull();
  });
});

describe('what customers write is scored', () => {
  const SCORE = `query($id: ID!) { order(id: $id) { feedback { comment details sentimentScore } } }`;
  it('a comment is scored when given, and the details re-score it; no text, no score', async () => {
    const happy = await completedOrder(t);
    await t.gql(SUBMIT_FEEDBACK, { input: { orderId: happy, rating: 5, comment: 'Sold my OnePlus in a day, the executive was polite and the money hit my account instantly.' } }, t.adminToken);
    expect((await t.gql(SCORE, { id: happy }, t.adminToken)).data.order.feedback[0].sentimentScore).toBeGreaterThan(0.2);

    const silent = await completedOrder(t);
    await t.gql(SUBMIT_FEEDBACK, { input: { orderId: silent, rating: 4 } }, t.adminToken);
    expect((await t.gql(SCORE, { id: silent }, t.adminToken)).data.order.feedback[0].sentimentScore).toBeNull();

    const soSo = await completedOrder(t);
    const id = (await t.gql(SUBMIT_FEEDBACK, { input: { orderId: soSo, rating: 3 } }, t.adminToken)).data.submitFeedback.id;
    expect((await t.gql(SCORE, { id: soSo }, t.adminToken)).data.order.feedback[0].sentimentScore).toBeNull();
    await t.gql(ADD_DETAILS, { f: id, d: 'The executive came two hours late and did not even apologise. Not happy at all.' }, t.adminToken);
    expect((await t.gql(SCORE, { id: soSo }, t.adminToken)).data.order.feedback[0].sentimentScore).toBeLessThan(0);
  });
});

describe('addFeedbackDetails over GraphQL', () => {
  async function threeStar(): Promise<{ orderId: string; feedbackId: string; detailsToken: string; ratingToken: string }> {
    const orderId = await completedOrder(t);
    const ratingToken = (await ratingPath(t, orderId)).slice(3);
    const feedbackId = (await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 3 } }, t.adminToken)).data.submitFeedback.id;
    const prompt = (await loop(t, orderId)).messages.find((m: any) => m.kind === 'DETAILS_PROMPT');
    return { orderId, feedbackId, detailsToken: linkIn(prompt.body).slice(3), ratingToken };
  }

  it('takes the customer\'s token without sign-in (the details link, or the whole link), once', async () => {
    const { orderId, feedbackId, detailsToken } = await threeStar();
    const r = await t.gql(ADD_DETAILS, { t: `http://cx.test/r/${detailsToken}`, d: 'Courier never called' });
    expect(r.errors).toBeUndefined();
    expect(r.data.addFeedbackDetails).toMatchObject({ id: feedbackId, details: 'Courier never called' });
    expectRefusal(await t.gql(ADD_DETAILS, { t: detailsToken, d: 'again' }), 'SOP_VIOLATION', 'FEEDBACK_ALREADY_SUBMITTED');
    expect((await feedbackOf(t, orderId))[0].details).toBe('Courier never called');
  });

  it('takes the rating link the customer answered with, for the app', async () => {
    const { feedbackId, ratingToken } = await threeStar();
    const r = await t.gql(ADD_DETAILS, { t: ratingToken, d: 'Pickup slot moved twice' });
    expect(r.data.addFeedbackDetails).toMatchObject({ id: feedbackId, details: 'Pickup slot moved twice' });
  });

  it('by feedbackId for CX and FEEDBACK_WRITE keys; anonymous, MARKETING and READ_ALL keys are refused', async () => {
    const { feedbackId } = await threeStar();
    expectRefusal(await t.gql(ADD_DETAILS, { f: feedbackId, d: 'x' }), 'UNAUTHENTICATED');
    expectRefusal(await t.gql(ADD_DETAILS, { f: feedbackId, d: 'x' }, (await t.userWith(Role.MARKETING)).token), 'FORBIDDEN');
    const key = async (scope: string) => (await t.gql(`mutation($s: [ApiScope!]!) { createApiKey(name: "app", scopes: $s) { secret } }`, { s: [scope] }, t.adminToken)).data.createApiKey.secret;
    expectRefusal(await t.gql(ADD_DETAILS, { f: feedbackId, d: 'x' }, await key('READ_ALL')), 'FORBIDDEN');
    const r = await t.gql(ADD_DETAILS, { f: feedbackId, d: 'Told on the call: the vendor was rude' }, await key('FEEDBACK_WRITE'));
    expect(r.errors).toBeUndefined();
    expect(r.data.addFeedbackDetails.details).toBe('Told on the call: the vendor was rude');
  });

  it('refuses bad input, and feedback that was not a 3-star answer, changing nothing', async () => {
    const { orderId, feedbackId, detailsToken } = await threeStar();
    const field = (r: any) => r.errors?.[0]?.extensions?.field;
    let r = await t.gql(ADD_DETAILS, { d: 'x' }, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect({ field: field(r), message: r.errors![0].message }).toEqual({ field: 'token', message: "Give the token of the customer's link, or feedbackId." });
    r = await t.gql(ADD_DETAILS, { t: detailsToken, f: feedbackId, d: 'x' }, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    r = await t.gql(ADD_DETAILS, { t: detailsToken, d: 'x'.repeat(2001) });
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(field(r)).toBe('details');
    r = await t.gql(ADD_DETAILS, { t: `${detailsToken.slice(0, -3)}abc`, d: 'forged' });
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(field(r)).toBe('token');
    expect((await feedbackOf(t, orderId))[0].details).toBeNull();

    const happy = await completedOrder(t);
    const five = (await t.gql(SUBMIT_FEEDBACK, { input: { orderId: happy, rating: 5 } }, t.adminToken)).data.submitFeedback.id;
    expectRefusal(await t.gql(ADD_DETAILS, { f: five, d: 'More praise' }, t.adminToken), 'SOP_VIOLATION', 'FEEDBACK_NOT_ELIGIBLE');
  });

  it("gives an anonymous caller nothing of the order through the payload, and then changes nothing", async () => {
    const { orderId, detailsToken } = await threeStar();
    const r = await t.gql(`mutation($t: String) { addFeedbackDetails(token: $t, details: "hi") { id order { customer { phone } } } }`, { t: detailsToken });
    expect(r.data?.addFeedbackDetails ?? null).toBeNull();
    expect(JSON.stringify(r.body)).not.toMatch(/\+91\d{10}/);
    expect((await feedbackOf(t, orderId))[0].details).toBeNull();
  });
});

describe('F6: the pickup and new-vendor questions', () => {
  it('a pickup opens AFTER_PICKUP: one message on the customer channel, no reminders, 72 h, opened once', async () => {
    const orderId = await createOrder(t, { vendorId: await createVendor(t) });
    const at = t.clock.now().getTime();
    for (const s of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) expect((await t.gql(ADVANCE_ORDER, { o: orderId, s, p: null }, t.adminToken)).errors).toBeUndefined();
    const o = await loop(t, orderId);
    expect(o.feedbackRequests.map((r: any) => r.touchpoint)).toEqual(['AFTER_PICKUP']);
    const [request] = o.feedbackRequests;
    expect(request.status).toBe('OPEN');
    expect(request.messages.map((m: any) => [m.kind, m.channel, new Date(m.scheduledFor).getTime() - at])).toEqual([['REQUEST', 'WHATSAPP', 0]]);
    expect(request.messages[0].body).toContain('How was the pickup experience?');
    expect(o.timeline.find((e: any) => e.action === 'FEEDBACK_REQUEST_OPENED')).toMatchObject({ rule: 'F6', data: { touchpoint: 'AFTER_PICKUP', expiresAt: new Date(at + 72 * H).toISOString() } });

    // Its page asks about the vendor and the pickup, not the payment that has not happened.
    const page = await t.http.get(linkIn(request.messages[0].body));
    expect(page.text).toContain('How was the pickup experience?');
    for (const q of ['How did the vendor behave?', 'Did the vendor come on time?', 'How professional was the vendor?', 'How was the pickup?']) expect(page.text).toContain(q);
    expect(page.text).not.toContain('Was the payment smooth and instant?');
    const answered = await t.http.post(linkIn(request.messages[0].body)).type('form').send({ rating: '4', vendorTimeliness: '2', vendorProfessionalism: '5', pickupExperience: '4' });
    expect(answered.status).toBe(200);
    expect((await feedbackOf(t, orderId))[0]).toMatchObject({ touchpoint: 'AFTER_PICKUP', rating: 4, vendorTimeliness: 2, vendorProfessionalism: 5, pickupExperience: 4, vendorBehaviour: null });
  });

  it('a replaced vendor opens AFTER_VENDOR_REPLACEMENT once the order completes, with its own question', async () => {
    const orderId = await createOrder(t, { vendorId: await createVendor(t) });
    expect((await t.gql(ASSIGN_VENDOR, { o: orderId, v: await createVendor(t) }, t.adminToken)).errors).toBeUndefined();
    for (const s of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) await t.gql(ADVANCE_ORDER, { o: orderId, s, p: null }, t.adminToken);
    expect(requestOf(await loop(t, orderId), 'AFTER_VENDOR_REPLACEMENT')).toBeUndefined();
    expect((await t.gql(COMPLETE_ORDER, { o: orderId, ref: 'PAY-NEWVENDOR' }, t.adminToken)).errors).toBeUndefined();
    const o = await loop(t, orderId);
    const request = requestOf(o, 'AFTER_VENDOR_REPLACEMENT');
    expect(request.messages.map((m: any) => m.kind)).toEqual(['REQUEST']);
    expect(request.messages[0].body).toContain('How was the new vendor experience?');
    const page = await t.http.get(linkIn(request.messages[0].body));
    expect(page.text).toContain('How was the new vendor experience?');
    expect(page.text).toContain('How professional was the vendor?');
    expect(page.text).not.toContain('How was the pickup?');
  });

  it('the payment request asks every sub-rating, SOP §10 B\'s payment question included, and records them', async () => {
    const orderId = await completedOrder(t);
    const path = await ratingPath(t, orderId);
    const page = await t.http.get(path);
    for (const q of ['How did the vendor behave?', 'Did the vendor come on time?', 'How professional was the vendor?', 'How was the pickup?', 'Was the payment smooth and instant?']) {
      expect(page.text).toContain(q);
    }
    // Five stars per question, each named for a screen reader.
    expect(page.text.match(/name="paymentSpeed"/g)).toHaveLength(5);
    expect(page.text).toContain('aria-label="Was the payment smooth and instant?: 4 stars"');
    await t.http.post(path).type('form').send({ rating: '5', vendorBehaviour: '5', vendorTimeliness: '4', vendorProfessionalism: '5', pickupExperience: '3', paymentSpeed: '2' });
    expect((await feedbackOf(t, orderId))[0]).toMatchObject({ vendorBehaviour: 5, vendorTimeliness: 4, vendorProfessionalism: 5, pickupExperience: 3, paymentSpeed: 2 });
  });
});

describe('R5 on the page', () => {
  const invite = (html: string) => /<div class="invite">[\s\S]*?<\/div>/.exec(html)?.[0] ?? null;

  it('in EVERYONE mode ratings 1, 3 and 5 see the same neutral invite with Google, Play Store and App Store', async () => {
    const seen: (string | null)[] = [];
    for (const rating of [1, 3, 5]) {
      const orderId = await completedOrder(everyone);
      const res = await everyone.http.post(await ratingPath(everyone, orderId)).type('form').send({ rating: String(rating) });
      expect(res.status).toBe(200);
      seen.push(invite(res.text));
    }
    expect(seen[0]).not.toBeNull();
    expect(new Set(seen).size).toBe(1);
    for (const url of ['https://g.page/r/cashkr/review', 'https://play.google.com/store/apps/details?id=com.cashkr.app', 'https://apps.apple.com/in/app/cashkr/id1234567890']) {
      expect(seen[0]).toContain(url);
    }
    expect(seen[0]).not.toMatch(/support us/i);
  });

  it('in SOP mode 5 stars get every store (App Store included), 4 gets Google, 1–3 get no invite', async () => {
    const after = async (rating: number) => {
      const orderId = await completedOrder(t);
      return invite((await t.http.post(await ratingPath(t, orderId)).type('form').send({ rating: String(rating) })).text);
    };
    const five = await after(5);
    expect(five).toContain('https://apps.apple.com/in/app/cashkr/id1234567890');
    expect(five).toContain('https://play.google.com/store/apps/details?id=com.cashkr.app');
    const four = await after(4);
    expect(four).toContain('https://g.page/r/cashkr/review');
    expect(four).not.toContain('apps.apple.com');
    expect(await after(3)).toBeNull();
    expect(await after(1)).toBeNull();
  });
});

describe('the channel the answer came by', () => {
  it.each(['APP', 'SMS'])('an answer through the %s message\'s link is recorded as that channel', async (channel) => {
    const orderId = await completedOrder(t, { hasWhatsapp: false });
    await t.http.post(await ratingPath(t, orderId, 'ORDER_COMPLETED', channel)).type('form').send({ rating: '4' });
    expect((await feedbackOf(t, orderId))[0].channel).toBe(channel);
  });
});

describe('links that lead nowhere', () => {
  const supportShown = (html: string) => {
    expect(html).toContain('+91 80 4718 0000');
    expect(html).toContain('https://wa.me/918047180000');
    expect(html).not.toContain('Cannot GET');
  };

  it('a garbage or tampered token says the link is not valid, not that it expired', async () => {
    const orderId = await completedOrder(t);
    const path = await ratingPath(t, orderId);
    for (const bad of ['/r/garbage', `${path.slice(0, -4)}AAAA`, `/r/${'x'.repeat(40)}.${'y'.repeat(10)}.z`]) {
      for (const res of [await t.http.get(bad), await t.http.post(bad).type('form').send({ rating: '5' })]) {
        expect(res.status, bad).toBe(404);
        expect(res.text).toContain('This link is not valid');
        expect(res.text).not.toContain('expired');
        supportShown(res.text);
      }
    }
    expect(await feedbackOf(t, orderId)).toEqual([]);
  });

  it('an expired link says so, with how to reach support', async () => {
    const orderId = await completedOrder(t);
    const path = await ratingPath(t, orderId);
    const start = t.clock.now();
    t.clock.advance(72 * H + 1000);
    const res = await t.http.get(path);
    t.clock.set(start);
    expect(res.status).toBe(410);
    expect(res.text).toContain('This link has expired');
    supportShown(res.text);
  });

  it('/r/ and anything under it that is not a link get a page, not Express\'s "Cannot GET"', async () => {
    for (const p of ['/r', '/r/', '/r/a/b']) {
      const res = await t.http.get(p);
      expect(res.status, p).toBe(404);
      expect(res.headers['content-type']).toMatch(/html/);
      expect(res.text).toContain('This page needs the link from our message');
      supportShown(res.text);
    }
  });
});

it('an inspected order has had its pickup question asked', async () => {
  const o = await loop(t, await inspectedOrder(t));
  expect(o.feedbackRequests.map((r: any) => r.touchpoint)).toEqual(['AFTER_PICKUP']);
});
