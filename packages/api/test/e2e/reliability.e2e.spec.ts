// Issue 7: idempotent partner writes, optimistic concurrency, sign-in lockout, and customers'
// privacy requests (opt-out, export, erasure).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { CATEGORIZE, CREATE_ORDER, ESCALATION, HOLD_VENDOR, LOG_CONTACT, ORDER_LOOP, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder, createVendor } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t.close());

const post = (body: unknown, key?: string, token = t.adminToken) => {
  const req = t.http.post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`);
  if (key) req.set('idempotency-key', key);
  return req.send(body as object);
};
const orderBody = (ref: string, price = 10000) => ({
  query: CREATE_ORDER,
  variables: { input: { externalRef: ref, customer: { name: 'Neha Joshi', phone: '9822200011' }, deviceCategory: 'TABLET', deviceModel: 'iPad Air', quotedPrice: price } },
});

describe('Idempotency-Key', () => {
  it('replays the first response for a retried mutation; the work runs once', async () => {
    const orderId = await completedOrder(t);
    const body = { query: SUBMIT_FEEDBACK, variables: { input: { orderId, rating: 1 } } };
    const first = await post(body, 'retry-1');
    const second = await post(body, 'retry-1');
    expect(first.body.errors).toBeUndefined();
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect((await t.sql(`select count(*)::int n from feedback where order_id = ?`, [orderId]))[0].n).toBe(1);
    expect((await t.sql(`select count(*)::int n from escalation where order_id = ?`, [orderId]))[0].n).toBe(1);
    // Without the key the same retry is refused by F4, as it should be.
    expectRefusal({ ...second, status: 200, data: null, errors: (await post(body)).body.errors, body: {} }, 'SOP_VIOLATION', 'FEEDBACK_ALREADY_SUBMITTED');
  });

  it('refuses the same key with a different request', async () => {
    await post(orderBody(`IDEM-${Date.now()}`), 'retry-2');
    const other = await post(orderBody(`IDEM-OTHER-${Date.now()}`), 'retry-2');
    expect(other.status).toBe(422);
    expect(other.body.errors[0].extensions.code).toBe('CONFLICT');
  });

  it('scopes keys to the caller and forgets them after 24 hours', async () => {
    const ref = `IDEM-SCOPE-${Date.now()}`;
    const a = await post(orderBody(ref), 'shared-key');
    const { token } = await t.userWith(Role.CX_AGENT);
    const b = await post(orderBody(ref), 'shared-key', token);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.data.createOrder.id).toBe(a.body.data.createOrder.id);
    const start = t.clock.now();
    t.clock.advance(24 * 3_600_000 + 1000);
    const later = await post(orderBody(ref), 'shared-key');
    t.clock.set(start);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
  });
});

describe('optimistic concurrency', () => {
  it('two agents acting on one escalation with the version they saw: one succeeds, one gets CONFLICT', async () => {
    const orderId = await completedOrder(t);
    const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 2 } }, t.adminToken);
    const id = r.data.submitFeedback.escalation.id;
    const seen = (await t.gql(`query($id: ID!) { escalation(id: $id) { version } }`, { id }, t.adminToken)).data.escalation.version;
    const a = await t.userWith(Role.CX_AGENT);
    const b = await t.userWith(Role.CX_AGENT);
    const CAT = `mutation($id: ID!, $c: EscalationCategory!, $v: Int) { categorizeEscalation(escalationId: $id, category: $c, expectedVersion: $v) { category version } }`;
    const results = await Promise.all([
      t.gql(CAT, { id, c: 'PRICING', v: seen }, a.token),
      t.gql(CAT, { id, c: 'PAYMENT', v: seen }, b.token),
    ]);
    expect(results.filter((x) => !x.errors)).toHaveLength(1);
    const loser = results.find((x) => x.errors)!;
    expectRefusal(loser, 'CONFLICT');
    // The refusal names who changed it, from the audit log, so the loser knows whose work it is.
    expect(loser.errors![0].extensions.details).toMatchObject({ currentVersion: seen + 1, changedBy: 'Test User' });
    expect(loser.errors![0].message).toContain('changed by Test User since you loaded it');
    const winner = results.find((x) => !x.errors)!.data.categorizeEscalation;
    expect(winner.version).toBe(seen + 1);
    expect((await t.gql(ESCALATION, { id }, t.adminToken)).data.escalation.category).toBe(winner.category);
  });

  it('a stale vendor version is refused and changes nothing', async () => {
    const v = await createVendor(t);
    const HOLD = `mutation($v: ID!, $e: Int) { holdVendor(vendorId: $v, reason: "late pickups", expectedVersion: $e) { status version } }`;
    const stale = await t.gql(HOLD, { v, e: 7 }, t.adminToken);
    expectRefusal(stale, 'CONFLICT');
    expect(stale.errors![0].extensions.details).toMatchObject({ currentVersion: 1, changedBy: expect.any(String), changedAt: expect.any(String) });
    const ok = await t.gql(HOLD, { v, e: 1 }, t.adminToken);
    expect(ok.data.holdVendor).toEqual({ status: 'ON_HOLD', version: 2 });
    expect((await t.gql(HOLD_VENDOR, { v, r: 'again' }, t.adminToken)).errors![0].extensions.code).toBe('CONFLICT');
  });

  it('editing a vendor with the version one saw: a change since is refused, naming who made it, and nothing is overwritten', async () => {
    const v = await createVendor(t);
    const EDIT = `mutation($v: ID!, $n: String, $e: Int) { updateVendor(id: $v, name: $n, expectedVersion: $e) { name version } }`;
    const seen = (await t.gql(`query($v: ID!) { Vendor(id: $v) { version } }`, { v }, t.adminToken)).data.Vendor.version;
    const ops = await t.userWith(Role.VENDOR_OPS);
    expect((await t.gql(EDIT, { v, n: 'QuickFix Mobiles (Whitefield)', e: seen }, ops.token)).data.updateVendor).toEqual({ name: 'QuickFix Mobiles (Whitefield)', version: seen + 1 });
    const stale = await t.gql(EDIT, { v, n: 'QuickFix', e: seen }, t.adminToken);
    expectRefusal(stale, 'CONFLICT');
    expect(stale.errors![0].message).toContain('changed by Test User since you loaded it');
    expect((await t.gql(`query($v: ID!) { Vendor(id: $v) { name } }`, { v }, t.adminToken)).data.Vendor.name).toBe('QuickFix Mobiles (Whitefield)');
  });

  it('editing a user with the version one saw: a change since is refused; signing in does not make the page stale', async () => {
    const u = await t.userWith(Role.CX_AGENT);
    const EDIT = `mutation($u: ID!, $n: String, $r: [Role!], $e: Int) { updateUser(id: $u, name: $n, roles: $r, expectedVersion: $e) { name roles version } }`;
    const seen = (await t.gql(`query($u: ID!) { User(id: $u) { version } }`, { u: u.id }, t.adminToken)).data.User.version;
    await t.login(u.email, 'password-123');
    const first = await t.gql(EDIT, { u: u.id, r: ['CX_AGENT', 'CX_LEAD'], e: seen }, t.adminToken);
    expect(first.data.updateUser).toEqual({ name: 'Test User', roles: ['CX_AGENT', 'CX_LEAD'], version: seen + 1 });
    const stale = await t.gql(EDIT, { u: u.id, n: 'Asha Agent', r: ['CX_AGENT'], e: seen }, t.adminToken);
    expectRefusal(stale, 'CONFLICT');
    expect(stale.errors![0].extensions.details).toMatchObject({ currentVersion: seen + 1, changedBy: 'Administrator' });
    expect((await t.gql(`query($u: ID!) { User(id: $u) { name roles } }`, { u: u.id }, t.adminToken)).data.User).toEqual({ name: 'Test User', roles: ['CX_AGENT', 'CX_LEAD'] });
  });
});

describe('reviews carry versions too', () => {
  it('refuses a stale review version', async () => {
    const imp = await t.gql(`mutation { importReviews(reviews: [{ source: GOOGLE_BUSINESS, externalId: "v-1", authorName: "Divya Rao", rating: 5, text: "Sold my phone to Cashkr, quick payment and a polite executive", postedAt: "2026-11-01T10:00:00Z" }]) { reviews { id version } } }`, {}, t.adminToken);
    const { id, version } = imp.data.importReviews.reviews[0];
    const REPLY = `mutation($id: ID!, $v: Int) { replyToReview(reviewId: $id, text: "Thank you, Divya!", expectedVersion: $v) { version reply } }`;
    expect((await t.gql(REPLY, { id, v: version }, t.adminToken)).data.replyToReview.version).toBe(version + 1);
    expectRefusal(await t.gql(REPLY, { id, v: version }, t.adminToken), 'CONFLICT');
  });
});

describe('sign-in lockout', () => {
  it('locks an account after 5 failures, with backoff, and the right password waits too', async () => {
    const u = await t.userWith(Role.CX_LEAD);
    const LOGIN = (p: string) => t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: u.email, p });
    for (let i = 0; i < 5; i++) expectRefusal(await LOGIN('wrong-password'), 'UNAUTHENTICATED');
    const locked = await LOGIN('password-123');
    expectRefusal(locked, 'UNAUTHENTICATED');
    expect(locked.errors![0].extensions.details.retryAfterSeconds).toBe(30);
    t.clock.advance(31_000);
    expect((await LOGIN('password-123')).data.login.token).toBeTruthy();
    // A success resets the count.
    expect((await t.sql(`select failures from login_throttle where key = encode(sha256(convert_to(?, 'UTF8')), 'hex')`, [u.email]))[0].failures).toBe(0);
  });

  it('limits sign-in attempts per client address', async () => {
    // Four a minute; the harness's own admin sign-in is the first.
    const small = await initTestApp({ loginsPerMinute: 4 });
    try {
      const tries = [];
      for (let i = 0; i < 4; i++) tries.push(await small.http.post('/graphql').send({ query: `mutation { login(email: "nobody@x.in", password: "whatever-1") { token } }` }));
      expect(tries.map((r) => r.status)).toEqual([200, 200, 200, 429]);
      expect(tries[3].headers['retry-after']).toBeDefined();
    } finally {
      await small.close();
    }
  });
});

describe('privacy', () => {
  it('an opt-out stops every scheduled message for the customer, now and later', async () => {
    const orderId = await completedOrder(t, { phone: '9833300044' });
    const customerId = (await t.gql(ORDER_LOOP.replace('id status', 'id status customer { id }'), { id: orderId }, t.adminToken)).data.order.customer.id;
    const r = await t.gql(`mutation($c: ID!) { setMessagingOptOut(customerId: $c, optOut: true) { messagingOptOut } }`, { c: customerId }, t.adminToken);
    expect(r.data.setMessagingOptOut.messagingOptOut).toBe(true);
    // Past the 2 h reminder and the 24 h follow-up: nothing of theirs goes.
    t.clock.advance(30 * 3_600_000);
    await t.runDue();
    const o = (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order;
    expect(o.messages.every((m: any) => m.status === 'CANCELLED')).toBe(true);
    // A message scheduled after the opt-out is not sent either.
    await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 5 } }, t.adminToken);
    await t.runDue();
    const after = (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order.messages;
    expect(after.find((m: any) => m.kind === 'STORE_REDIRECT').status).toBe('CANCELLED');
  });

  it('exports a customer\'s data and erases it, keeping ratings for analytics', async () => {
    const vendorId = await createVendor(t);
    const orderId = await completedOrder(t, { phone: '9844400055', name: 'Farhan Khan', vendorId });
    const customerId = (await t.sql(`select customer_id from customer_order where id = ?`, [orderId]))[0].customer_id;
    const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1, comment: 'Call me on 9844400055' } }, t.adminToken);
    await t.gql(LOG_CONTACT, { id: r.data.submitFeedback.escalation.id, c: 'CALL', s: 'Farhan asked for a callback' }, t.adminToken);
    await t.gql(CATEGORIZE, { id: r.data.submitFeedback.escalation.id, c: 'DELAY' }, t.adminToken);
    const exported = JSON.parse((await t.gql(`mutation($c: ID!) { exportCustomerData(customerId: $c) }`, { c: customerId }, t.adminToken)).data.exportCustomerData);
    expect(exported.customer).toMatchObject({ name: 'Farhan Khan', phone: '+919844400055' });
    expect(exported.feedback[0]).toMatchObject({ rating: 1, comment: 'Call me on 9844400055' });
    expect(exported.messages.length).toBeGreaterThan(0);

    const erased = await t.gql(`mutation($c: ID!) { eraseCustomer(customerId: $c, reason: "Customer request by email, 23 Nov") { name erasedAt } }`, { c: customerId }, t.adminToken);
    expect(erased.data.eraseCustomer.name).toBe('Erased customer');
    const dump = JSON.stringify(await t.sql(`select * from customer where id = ?`, [customerId])) + JSON.stringify(await t.sql(`select m.* from message m where m.order_id = ?`, [orderId]))
      + JSON.stringify(await t.sql(`select * from feedback where order_id = ?`, [orderId])) + JSON.stringify(await t.sql(`select i.* from interaction i join escalation e on e.id = i.escalation_id where e.order_id = ?`, [orderId]));
    expect(dump).not.toMatch(/Farhan|9844400055/);
    expect((await t.sql(`select rating from feedback where order_id = ?`, [orderId]))[0].rating).toBe(1);
    const card = (await t.gql(`query($v: ID!) { vendor(id: $v) { scorecard { ratingsCount complaintsLast30Days } } }`, { v: vendorId }, t.adminToken)).data.vendor.scorecard;
    expect(card).toEqual({ ratingsCount: 1, complaintsLast30Days: 1 });
    expectRefusal(await t.gql(`mutation($c: ID!) { eraseCustomer(customerId: $c, reason: "again") { name } }`, { c: customerId }, t.adminToken), 'CONFLICT');
    const { token } = await t.userWith(Role.CX_LEAD);
    expectRefusal(await t.gql(`mutation($c: ID!) { exportCustomerData(customerId: $c) }`, { c: customerId }, token), 'FORBIDDEN');
  });
});
