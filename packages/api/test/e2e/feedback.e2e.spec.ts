// SOP_RULES "Feedback collection" (F1–F5), "Routing" (R1–R5) and "Manual calls" (C1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVANCE_ORDER, ASSIGN_VENDOR, COMPLETE_ORDER, ORDER_LOOP, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder, createOrder, createVendor, inspectedOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

const H = 3_600_000;
let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t.close());

const loop = async (id: string) => {
  const r = await t.gql(ORDER_LOOP, { id }, t.adminToken);
  expect(r.errors).toBeUndefined();
  return r.data.order;
};
const submit = (input: Record<string, unknown>, token = t.adminToken) => t.gql(SUBMIT_FEEDBACK, { input }, token);
/** The payment's request (F1); the pickup's (F6) was opened before it. */
const completion = (o: any) => o.feedbackRequests.find((r: any) => r.touchpoint === 'ORDER_COMPLETED');

describe('F1: completing an order opens a feedback request', () => {
  it('schedules REQUEST now, REMINDER at +2 h and FINAL_FOLLOW_UP at +24 h on WhatsApp, plus the in-app prompt', async () => {
    const now = t.clock.now().getTime();
    const o = await loop(await completedOrder(t));
    expect(o.feedbackRequests.map((r: any) => r.touchpoint)).toEqual(['AFTER_PICKUP', 'ORDER_COMPLETED']);
    const req = completion(o);
    expect(req).toMatchObject({ touchpoint: 'ORDER_COMPLETED', status: 'OPEN' });
    expect(req.link).toMatch(/^http:\/\/cx\.test\/r\/[\w-]+\.[\w-]+\.[\w-]+$/);
    const plan = req.messages.map((m: any) => [m.kind, m.channel, new Date(m.scheduledFor).getTime() - now, m.status]);
    expect(plan).toEqual([
      ['REQUEST', 'APP', 0, 'SCHEDULED'],
      ['REQUEST', 'WHATSAPP', 0, 'SCHEDULED'],
      ['REMINDER', 'WHATSAPP', 2 * H, 'SCHEDULED'],
      ['FINAL_FOLLOW_UP', 'WHATSAPP', 24 * H, 'SCHEDULED'],
    ]);
    const first = req.messages[1];
    expect(first.body).toContain('Thank you for selling your device on Cashkr! Please rate your experience');
    // Each message's link is for this request and names the channel it went out on.
    for (const m of req.messages) {
      const token = /http:\/\/cx\.test\/r\/([\w.-]+)/.exec(m.body)![1];
      expect(await t.services.ratingLinks.read(token)).toEqual({ ok: true, kind: 'rating', requestId: req.id, channel: m.channel });
    }
    expect(o.timeline.filter((e: any) => e.action === 'FEEDBACK_REQUEST_OPENED').map((e: any) => [e.data.touchpoint, e.rule])).toEqual([['AFTER_PICKUP', 'F6'], ['ORDER_COMPLETED', 'F1']]);
  });

  it('uses SMS for a customer without WhatsApp', async () => {
    const o = await loop(await completedOrder(t, { hasWhatsapp: false }));
    expect(completion(o).messages.map((m: any) => m.channel)).toEqual(['APP', 'SMS', 'SMS', 'SMS']);
  });

  it('opens nothing twice when completeOrder is repeated with the same payment reference', async () => {
    const id = await inspectedOrder(t);
    await t.gql(COMPLETE_ORDER, { o: id, ref: 'PAY-TWICE' }, t.adminToken);
    await t.gql(COMPLETE_ORDER, { o: id, ref: 'PAY-TWICE' }, t.adminToken);
    const o = await loop(id);
    expect(o.feedbackRequests.filter((r: any) => r.touchpoint === 'ORDER_COMPLETED')).toHaveLength(1);
    expect(completion(o).messages).toHaveLength(4);
  });
});

describe('F2: reminders stop the moment the customer answers', () => {
  it('sends the request now and the reminder at +2 h; an answer cancels the final follow-up', async () => {
    const start = t.clock.now();
    const id = await completedOrder(t);
    await t.runDue();
    let o = await loop(id);
    expect(completion(o).messages.filter((m: any) => m.status === 'SENT').map((m: any) => m.kind)).toEqual(['REQUEST', 'REQUEST']);
    t.clock.set(new Date(start.getTime() + 2 * H));
    await t.runDue();
    o = await loop(id);
    expect(o.messages.find((m: any) => m.kind === 'REMINDER').status).toBe('SENT');

    expect((await submit({ orderId: id, rating: 4 })).errors).toBeUndefined();
    t.clock.set(new Date(start.getTime() + 30 * H));
    await t.runDue();
    o = await loop(id);
    expect(completion(o).status).toBe('RESPONDED');
    const final = o.messages.find((m: any) => m.kind === 'FINAL_FOLLOW_UP');
    expect(final.status).toBe('CANCELLED');
    expect(final.sentAt).toBeNull();
    t.clock.set(start);
  });

  it('an answer before any reminder cancels both; none is ever sent', async () => {
    const start = t.clock.now();
    const id = await completedOrder(t);
    await submit({ orderId: id, rating: 5 });
    t.clock.set(new Date(start.getTime() + 100 * H));
    await t.runDue();
    const o = await loop(id);
    const kinds = (s: string) => completion(o).messages.filter((m: any) => m.status === s).map((m: any) => m.kind);
    expect(kinds('CANCELLED')).toEqual(['REQUEST', 'REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP']);
    const jobs = await t.sql(`select count(*)::int as n from graphile_worker.jobs where key in (select 'message:' || m.id from message m join feedback_request r on r.id = m.request_id where r.order_id = ?)`, [id]);
    expect(jobs[0].n).toBe(0);
    t.clock.set(start);
  });

  it('expires an unanswered request after 72 h and cancels what is left', async () => {
    const start = t.clock.now();
    const id = await completedOrder(t);
    t.clock.set(new Date(start.getTime() + 72 * H + 1000));
    const run = await t.runDue();
    expect(run.expired).toBeGreaterThanOrEqual(1);
    const o = await loop(id);
    expect(completion(o).status).toBe('EXPIRED');
    expect(completion(o).messages.every((m: any) => m.status === 'CANCELLED')).toBe(true);
    t.clock.set(start);
  });

  it('a device returned after payment cancels the open request and its messages', async () => {
    const id = await completedOrder(t);
    const { token } = await t.userWith('FINANCE' as never);
    expect((await t.gql(ADVANCE_ORDER, { o: id, s: 'RETURNED' }, token)).errors).toBeUndefined();
    const o = await loop(id);
    // The pickup's request, still open, goes too.
    expect(o.feedbackRequests.map((r: any) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(o.messages.every((m: any) => m.status === 'CANCELLED')).toBe(true);
  });
});

describe('F3–F5: who may answer, once, with valid ratings', () => {
  it('accepts feedback with sub-ratings and a comment and records the vendor', async () => {
    const vendorId = await createVendor(t);
    const id = await completedOrder(t, { vendorId });
    const r = await submit({ orderId: id, rating: 5, comment: '  Smooth pickup, paid on the spot ', vendorBehaviour: 5, pickupExperience: 4, paymentSpeed: 5, vendorTimeliness: 4, vendorProfessionalism: 5 });
    expect(r.errors).toBeUndefined();
    expect(r.data.submitFeedback).toMatchObject({ touchpoint: 'ORDER_COMPLETED', rating: 5, comment: 'Smooth pickup, paid on the spot', route: 'REDIRECT_TO_STORE', escalation: null });
    const [row] = await t.sql(`select vendor_id from feedback where id = ?`, [r.data.submitFeedback.id]);
    expect(row.vendor_id).toBe(vendorId);
  });

  it.each([
    ['ORDER_COMPLETED', ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']],
    ['AFTER_PAYMENT', ['PICKUP_SCHEDULED', 'PICKED_UP']],
    ['AFTER_PICKUP', ['PICKUP_SCHEDULED']],
    ['AFTER_PICKUP', ['CANCELLED']],
    ['AFTER_RESOLUTION', ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']],
    ['AFTER_VENDOR_REPLACEMENT', []],
  ])('refuses %s on an order after %j (FEEDBACK_NOT_ELIGIBLE) and stores nothing', async (touchpoint, path) => {
    const id = await createOrder(t);
    for (const s of path) await t.gql(ADVANCE_ORDER, { o: id, s }, t.adminToken);
    const r = await submit({ orderId: id, rating: 4, touchpoint });
    expectRefusal(r, 'SOP_VIOLATION', 'FEEDBACK_NOT_ELIGIBLE');
    expect((await t.sql(`select count(*)::int as n from feedback where order_id = ?`, [id]))[0].n).toBe(0);
  });

  it.each([
    ['AFTER_PICKUP', ['PICKUP_SCHEDULED', 'PICKED_UP']],
    ['AFTER_PICKUP', ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']],
  ])('accepts %s after %j', async (touchpoint, path) => {
    const id = await createOrder(t);
    for (const s of path) await t.gql(ADVANCE_ORDER, { o: id, s }, t.adminToken);
    expect((await submit({ orderId: id, rating: 4, touchpoint })).errors).toBeUndefined();
  });

  it('accepts AFTER_VENDOR_REPLACEMENT once the vendor changed', async () => {
    const id = await createOrder(t);
    await t.gql(ASSIGN_VENDOR, { o: id, v: await createVendor(t) }, t.adminToken);
    await t.gql(ASSIGN_VENDOR, { o: id, v: await createVendor(t) }, t.adminToken);
    expect((await submit({ orderId: id, rating: 4, touchpoint: 'AFTER_VENDOR_REPLACEMENT' })).errors).toBeUndefined();
  });

  it('refuses a second answer for the same order and touchpoint (FEEDBACK_ALREADY_SUBMITTED)', async () => {
    const id = await completedOrder(t);
    expect((await submit({ orderId: id, rating: 4 })).errors).toBeUndefined();
    expectRefusal(await submit({ orderId: id, rating: 1 }), 'SOP_VIOLATION', 'FEEDBACK_ALREADY_SUBMITTED');
    expect((await t.sql(`select count(*)::int as n from escalation where order_id = ?`, [id]))[0].n).toBe(0);
  });

  it('takes exactly one of two simultaneous answers', async () => {
    const id = await completedOrder(t);
    const results = await Promise.all([submit({ orderId: id, rating: 5 }), submit({ orderId: id, rating: 2 })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expectRefusal(results.find((r) => r.errors)!, 'SOP_VIOLATION', 'FEEDBACK_ALREADY_SUBMITTED');
  });

  it.each([
    ['rating', { rating: 0 }], ['rating', { rating: 6 }], ['vendorBehaviour', { rating: 4, vendorBehaviour: 0 }],
    ['paymentSpeed', { rating: 4, paymentSpeed: 9 }], ['vendorProfessionalism', { rating: 4, vendorProfessionalism: -1 }],
    ['comment', { rating: 4, comment: 'x'.repeat(2001) }],
  ])('refuses a bad %s with BAD_USER_INPUT naming it', async (field, answer) => {
    const id = await completedOrder(t);
    const r = await submit({ orderId: id, ...answer });
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe(field);
    expect(completion(await loop(id)).status).toBe('OPEN');
  });

  it('accepts a comment of exactly 2,000 characters', async () => {
    const id = await completedOrder(t);
    expect((await submit({ orderId: id, rating: 4, comment: 'y'.repeat(2000) })).errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown order', async () => {
    expectRefusal(await submit({ orderId: '00000000-0000-4000-8000-000000000000', rating: 4 }), 'NOT_FOUND');
  });
});

describe('R1–R4: routing every rating', () => {
  it.each([
    [1, 'ESCALATE', []],
    [2, 'ESCALATE', []],
    [3, 'ASK_DETAILS', ['DETAILS_PROMPT']],
    [4, 'ASK_PUBLIC_REVIEW', ['PUBLIC_REVIEW_INVITE']],
    [5, 'REDIRECT_TO_STORE', ['STORE_REDIRECT']],
  ])('rating %i → %s', async (rating, route, kinds) => {
    const id = await completedOrder(t);
    const r = await submit({ orderId: id, rating });
    expect(r.data.submitFeedback.route).toBe(route);
    const o = await loop(id);
    const after = o.messages.filter((m: any) => !['REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP'].includes(m.kind));
    const customer = after.filter((m: any) => m.channel !== 'EMAIL');
    expect(customer.map((m: any) => m.kind)).toEqual(kinds);
    if (route === 'ESCALATE') {
      expect(r.data.submitFeedback.escalation).toMatchObject({ status: 'OPEN', team: 'CX', slaBreached: false });
      expect(new Date(r.data.submitFeedback.escalation.firstContactDueAt).getTime() - t.clock.now().getTime()).toBe(15 * 60_000);
    } else {
      expect(r.data.submitFeedback.escalation).toBeNull();
    }
    const invite = customer.find((m: any) => m.kind === 'PUBLIC_REVIEW_INVITE');
    if (invite) expect(invite.body).toContain('Would you like to support us with a quick review on Google?');
    const redirect = customer.find((m: any) => m.kind === 'STORE_REDIRECT');
    if (redirect) expect(redirect.body).toMatch(/play\.google\.com/);
    expect(o.timeline.find((e: any) => e.action === 'FEEDBACK_SUBMITTED').rule).toBe({ 1: 'R1', 2: 'R1', 3: 'R2', 4: 'R3', 5: 'R4' }[rating]);
  });

  it('alerts CX when an escalation opens (alert record and a message to each CX agent and lead)', async () => {
    const agent = await t.userWith('CX_AGENT' as never);
    const id = await completedOrder(t);
    const r = await submit({ orderId: id, rating: 1, comment: 'Vendor was rude' });
    const alerts = await t.sql(`select kind, for_role from alert where escalation_id = ?`, [r.data.submitFeedback.escalation.id]);
    expect(alerts).toEqual([{ kind: 'ESCALATION_OPENED', for_role: 'CX_AGENT' }]);
    const mail = await t.sql(`select recipient from message where order_id = ? and kind = 'ESCALATION_ALERT'`, [id]);
    expect(mail.map((m: any) => m.recipient)).toContain(agent.email);
  });
});

describe('R5: the review-gating switch', () => {
  let e: TestApp;
  beforeAll(async () => {
    e = await initTestApp({ policyEnv: { POLICY_PUBLIC_REVIEW_INVITES: 'EVERYONE' } });
  });
  afterAll(() => e.close());

  it.each([
    [1, ['PUBLIC_REVIEW_INVITE']],
    [3, ['DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE']],
    [4, ['PUBLIC_REVIEW_INVITE']],
    [5, ['PUBLIC_REVIEW_INVITE']],
  ])('with EVERYONE, rating %i gets %j', async (rating, kinds) => {
    const id = await completedOrder(e);
    const r = await e.gql(SUBMIT_FEEDBACK, { input: { orderId: id, rating } }, e.adminToken);
    expect(r.errors).toBeUndefined();
    const o = (await e.gql(ORDER_LOOP, { id }, e.adminToken)).data.order;
    const after = o.messages.filter((m: any) => !['REQUEST', 'REMINDER', 'FINAL_FOLLOW_UP', 'ESCALATION_ALERT'].includes(m.kind));
    expect(after.map((m: any) => m.kind)).toEqual(kinds);
    // The same neutral invite, with every store's link, whatever the rating.
    const invite = after.at(-1).body.replace(/^Hi \S+,/, '');
    expect(invite).toBe(' thank you for your feedback. If you wish, you can share your experience publicly: Google: https://g.page/r/cashkr/review · Play Store: https://play.google.com/store/apps/details?id=com.cashkr.app · App Store: https://apps.apple.com/in/app/cashkr/id1234567890');
    if (rating <= 2) expect(r.data.submitFeedback.escalation.status).toBe('OPEN');
  });

  it('shows the mode in force', async () => {
    const r = await e.gql(`{ policySettings { key value } }`, {}, e.adminToken);
    expect(r.data.policySettings).toContainEqual({ key: 'PUBLIC_REVIEW_INVITES', value: 'EVERYONE' });
  });
});

describe('C1: manual calls on completion', () => {
  it.each([
    [{ quotedPrice: 45000 }, ['HIGH_VALUE']],
    [{ quotedPrice: 45000, finalPrice: 39000 }, []],
    [{ quotedPrice: 30000, finalPrice: 40000 }, ['HIGH_VALUE']],
    [{ corporate: true }, ['CORPORATE']],
    [{ quotedPrice: 50000, corporate: true }, ['HIGH_VALUE', 'CORPORATE']],
    [{}, []],
  ])('%j → %j', async (opts, reasons) => {
    const o = await loop(await completedOrder(t, opts));
    if (reasons.length === 0) expect(o.callTasks).toEqual([]);
    else {
      expect(o.callTasks).toHaveLength(1);
      expect(o.callTasks[0].reasons).toEqual(reasons);
      expect(new Date(o.callTasks[0].dueAt).getTime() - t.clock.now().getTime()).toBe(24 * H);
    }
  });

  it('adds REPEAT_CUSTOMER from the second completed order on', async () => {
    const phone = '9700011122';
    const first = await loop(await completedOrder(t, { phone }));
    expect(first.callTasks).toEqual([]);
    const second = await loop(await completedOrder(t, { phone }));
    expect(second.callTasks[0].reasons).toEqual(['REPEAT_CUSTOMER']);
  });

  it('lists call tasks and completes one with an outcome', async () => {
    const o = await loop(await completedOrder(t, { quotedPrice: 60000 }));
    const list = await t.gql(`query($f: CallTaskFilter) { allCallTasks(filter: $f) { id reasons order { id } } _allCallTasksMeta(filter: $f) { count } }`, { f: { orderId: o.id } }, t.adminToken);
    expect(list.data.allCallTasks).toHaveLength(1);
    const done = await t.gql(`mutation($id: ID!) { completeCallTask(id: $id, outcome: "Customer happy; asked about MacBook buyback") { status } }`, { id: o.callTasks[0].id }, t.adminToken);
    expect(done.data.completeCallTask.status).toBe('DONE');
    expectRefusal(await t.gql(`mutation($id: ID!) { completeCallTask(id: $id, outcome: "again") { status } }`, { id: o.callTasks[0].id }, t.adminToken), 'CONFLICT');
    expectRefusal(await t.gql(`mutation($id: ID!) { completeCallTask(id: $id, outcome: " ") { status } }`, { id: o.callTasks[0].id }, t.adminToken), 'BAD_USER_INPUT');
  });
  it('says a call task is overdue once it is still open after its due time, and never once done (issue 14 item 12)', async () => {
    const start = t.clock.now();
    const a = await loop(await completedOrder(t, { quotedPrice: 61000 }));
    const b = await loop(await completedOrder(t, { quotedPrice: 62000 }));
    const overdue = async () => {
      const r = await t.gql(`query($f: CallTaskFilter) { allCallTasks(filter: $f) { id overdue } }`, { f: { ids: [a.callTasks[0].id, b.callTasks[0].id] } }, t.adminToken);
      return Object.fromEntries(r.data.allCallTasks.map((c: any) => [c.id, c.overdue]));
    };
    expect(await overdue()).toEqual({ [a.callTasks[0].id]: false, [b.callTasks[0].id]: false });
    await t.gql(`mutation($id: ID!) { completeCallTask(id: $id, outcome: "Called; all good") { status } }`, { id: b.callTasks[0].id }, t.adminToken);
    t.clock.set(new Date(start.getTime() + 24 * H + 1000));
    expect(await overdue()).toEqual({ [a.callTasks[0].id]: true, [b.callTasks[0].id]: false });
    t.clock.set(start);
  });
});
