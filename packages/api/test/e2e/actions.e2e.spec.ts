// STYLE "Actions": each record says what its caller can do now (availableActions), decided by the
// policy that decides the mutation; the admin renders its buttons from it. Per role and state,
// for orders, escalations, vendors and reviews; a blocked action is refused by its mutation with
// the rule its reason names. Booted with POLICY_REVIEW_MIN_WORDS=6 so the check hints show the
// policy numbers in force.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import {
  ADVANCE_ORDER, ASSIGN_VENDOR, CATEGORIZE, COMPLETE_ORDER, CREATE_API_KEY, HOLD_VENDOR, LOG_CONTACT, REINSTATE_VENDOR, RESOLVE, SUBMIT_FEEDBACK,
} from '../graphql/documents.js';
import { CREATE_ORDER_ACTIONS, ESCALATION_ACTIONS, HOLD_VENDOR_ACTIONS, ORDER_ACTIONS, REVIEW_ACTIONS, VENDOR_ACTIONS } from '../graphql/actions.js';
import { IMPORT_REVIEWS, PUBLISH_REVIEW, SHORTLIST_REVIEW } from '../graphql/reviews.js';
import { completedOrder, createOrder, createVendor } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

interface Action { action: string; enabled: boolean; reason: string | null }
type User = { id: string; email: string; token: string };

let t: TestApp;
let agent: User, lead: User, ops: User, finance: User, marketing: User;
let readKey: string;
let writeKey: string;

/** Enabled actions by name; blocked ones as "NAME (blocked)". */
const names = (actions: Action[]) => actions.map((a) => (a.enabled ? a.action : `${a.action} (blocked)`));
const ok = <T = any>(r: { data: T; errors?: unknown }) => {
  expect(r.errors).toBeUndefined();
  return r.data;
};

beforeAll(async () => {
  t = await initTestApp({ policyEnv: { POLICY_REVIEW_MIN_WORDS: '6' } });
  [agent, lead, ops, finance, marketing] = await Promise.all([
    t.userWith(Role.CX_AGENT), t.userWith(Role.CX_LEAD), t.userWith(Role.VENDOR_OPS), t.userWith(Role.FINANCE), t.userWith(Role.MARKETING),
  ]);
  readKey = (await t.gql(CREATE_API_KEY, { n: 'bi', s: ['READ_ALL'] }, t.adminToken)).data.createApiKey.secret;
  writeKey = (await t.gql(CREATE_API_KEY, { n: 'website', s: ['ORDERS_WRITE'] }, t.adminToken)).data.createApiKey.secret;
});
afterAll(() => t.close());

describe('Order.availableActions', () => {
  const read = async (id: string, token: string) => ok(await t.gql(ORDER_ACTIONS, { id }, token)).order;

  it('a new order: CX may schedule, reschedule or cancel (SOP 002, reschedule offered first) and assign; FINANCE nothing; a read-only key nothing', async () => {
    const id = await createOrder(t);
    const cx = await read(id, agent.token);
    expect(names(cx.availableActions)).toEqual(['ADVANCE_TO_PICKUP_SCHEDULED', 'RESCHEDULE', 'CANCEL', 'ASSIGN_VENDOR']);
    // The lifecycle steps are nextStatuses, which partners already read; cancelling is offered as
    // CANCEL (cancelOrder, with a reason) though advanceOrder still accepts CANCELLED.
    expect(cx.nextStatuses).toEqual(['PICKUP_SCHEDULED', 'CANCELLED']);
    expect(cx.availableActions.filter((a: Action) => a.action.startsWith('ADVANCE_TO_')).map((a: Action) => a.action.slice(11))).toEqual(
      cx.nextStatuses.filter((s: string) => s !== 'CANCELLED'),
    );
    // Neither may take a step on a new order, so neither is offered one, in either field.
    for (const other of [await read(id, finance.token), await read(id, readKey)]) {
      expect(other.availableActions).toEqual([]);
      expect(other.nextStatuses).toEqual([]);
    }
  });

  it('a partner key with ORDERS_WRITE sees the steps it may take on the order it created', async () => {
    const r = await t.gql(CREATE_ORDER_ACTIONS, {
      input: { externalRef: `ACT-${Date.now()}`, customer: { name: 'Asha Verma', phone: '9811122233' }, deviceCategory: 'PHONE', deviceModel: 'Redmi Note 12', quotedPrice: 9000 },
    }, writeKey);
    expect(names(ok(r).createOrder.availableActions)).toEqual(['ADVANCE_TO_PICKUP_SCHEDULED', 'RESCHEDULE', 'CANCEL', 'ASSIGN_VENDOR']);
  });

  it('INSPECTED without a vendor: payment is offered but blocked, and completeOrder refuses with the same rule', async () => {
    const id = await createOrder(t);
    for (const s of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) ok(await t.gql(ADVANCE_ORDER, { o: id, s, p: null }, agent.token));
    const cx = await read(id, agent.token);
    expect(cx.availableActions).toEqual([
      { action: 'ADVANCE_TO_RETURNED', enabled: true, reason: null },
      { action: 'COMPLETE', enabled: false, reason: 'Assign the vendor who picked up the device before recording the payment (ORDER_NEEDS_VENDOR).' },
      { action: 'ASSIGN_VENDOR', enabled: true, reason: null },
    ]);
    expectRefusal(await t.gql(COMPLETE_ORDER, { o: id, ref: 'PAY-X' }, agent.token), 'SOP_VIOLATION', 'ORDER_NEEDS_VENDOR');

    ok(await t.gql(ASSIGN_VENDOR, { o: id, v: await createVendor(t) }, agent.token));
    expect(names((await read(id, agent.token)).availableActions)).toEqual(['ADVANCE_TO_RETURNED', 'COMPLETE', 'ASSIGN_VENDOR']);
    // FINANCE takes returns only (its part of the lifecycle).
    expect(names((await read(id, finance.token)).availableActions)).toEqual(['ADVANCE_TO_RETURNED']);
  });

  it('COMPLETED: only FINANCE (or ADMIN) may return the device; CX gets nothing, and advanceOrder agrees', async () => {
    const id = await completedOrder(t);
    expect((await read(id, agent.token)).availableActions).toEqual([]);
    expectRefusal(await t.gql(ADVANCE_ORDER, { o: id, s: 'RETURNED', p: null }, agent.token), 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
    expect(names((await read(id, finance.token)).availableActions)).toEqual(['ADVANCE_TO_RETURNED']);
    expect(names((await read(id, t.adminToken)).availableActions)).toEqual(['ADVANCE_TO_RETURNED']);
    ok(await t.gql(ADVANCE_ORDER, { o: id, s: 'RETURNED', p: null }, finance.token));
    expect((await read(id, t.adminToken)).availableActions).toEqual([]);
  });
});

describe('Escalation.availableActions', () => {
  async function opened(): Promise<{ id: string; orderId: string }> {
    const orderId = await completedOrder(t);
    const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1, comment: 'The pickup agent came three hours late' } }, t.adminToken);
    return { id: ok(r).submitFeedback.escalation.id, orderId };
  }
  const read = async (id: string, token: string) => ok(await t.gql(ESCALATION_ACTIONS, { id }, token)).escalation;

  it('walks E1–E4: resolving is blocked until contact and category, nothing is offered once CLOSED', async () => {
    const { id, orderId } = await opened();
    const open = await read(id, agent.token);
    expect(open.availableActions).toEqual([
      { action: 'LOG_CONTACT', enabled: true, reason: null },
      { action: 'CATEGORIZE', enabled: true, reason: null },
      { action: 'RESOLVE', enabled: false, reason: 'Log the first contact before resolving (E3).' },
      // Unassigned: anyone on the team may take it (decideTake).
      { action: 'ASSIGN_TO_ME', enabled: true, reason: null },
    ]);
    // Only a lead (or the team's lead role) assigns others.
    expect(names((await read(id, lead.token)).availableActions)).toEqual(['LOG_CONTACT', 'CATEGORIZE', 'RESOLVE (blocked)', 'ASSIGN', 'ASSIGN_TO_ME']);
    expectRefusal(await t.gql(RESOLVE, { id, r: 'Refunded' }, agent.token), 'SOP_VIOLATION', 'ESCALATION_NOT_CONTACTED');

    ok(await t.gql(LOG_CONTACT, { id, c: 'CALL', s: 'Called the customer and apologised' }, agent.token));
    expect((await read(id, agent.token)).availableActions.find((a: Action) => a.action === 'RESOLVE')).toEqual({
      action: 'RESOLVE', enabled: false, reason: 'Categorize the escalation before resolving (E3).',
    });
    expectRefusal(await t.gql(RESOLVE, { id, r: 'Refunded' }, agent.token), 'SOP_VIOLATION', 'ESCALATION_NEEDS_CATEGORY');

    ok(await t.gql(CATEGORIZE, { id, c: 'PRICING' }, agent.token));
    expect(names((await read(id, agent.token)).availableActions)).toEqual(['LOG_CONTACT', 'CATEGORIZE', 'RESOLVE', 'ASSIGN_TO_ME']);
    expect(ok(await t.gql(RESOLVE, { id, r: 'Explained the price; paid goodwill' }, agent.token)).resolveEscalation.status).toBe('RESOLVED');

    // Waiting for the updated rating: the API still takes contacts, a category and an assignee.
    expect(names((await read(id, lead.token)).availableActions)).toEqual(['LOG_CONTACT', 'CATEGORIZE', 'ASSIGN', 'ASSIGN_TO_ME']);
    ok(await t.gql(SUBMIT_FEEDBACK, { input: { orderId, touchpoint: 'AFTER_RESOLUTION', rating: 5 } }, t.adminToken));
    const closed = await read(id, t.adminToken);
    expect(closed.status).toBe('CLOSED');
    expect(closed.availableActions).toEqual([]);
    expectRefusal(await t.gql(LOG_CONTACT, { id, c: 'CALL', s: 'again' }, agent.token), 'SOP_VIOLATION', 'ESCALATION_CLOSED');
    // E4 closed it through the lifecycle table (RESOLVED → CLOSED), with its time.
    const [row] = await t.sql(`select status, closed_at from escalation where id = ?`, [id]);
    expect(row.status).toBe('CLOSED');
    expect(row.closed_at).not.toBeNull();
  });

  it('a team sees the actions on what is routed to it; the order it reaches offers it nothing', async () => {
    const { id } = await opened();
    ok(await t.gql(CATEGORIZE, { id, c: 'MISSED_PICKUP' }, agent.token));
    const routed = await read(id, ops.token);
    expect(routed.status).toBe('ROUTED');
    expect(names(routed.availableActions)).toEqual(['LOG_CONTACT', 'CATEGORIZE', 'RESOLVE (blocked)', 'ASSIGN', 'ASSIGN_TO_ME']);
    expect(routed.order.availableActions).toEqual([]);
    // FINANCE does not work VENDOR_OPS escalations: it cannot even read this one.
    expect(ok(await t.gql(ESCALATION_ACTIONS, { id }, finance.token)).escalation).toBeNull();
  });

  it('recategorised back to CX before any contact, a routed escalation is OPEN again (through the table)', async () => {
    const { id } = await opened();
    ok(await t.gql(CATEGORIZE, { id, c: 'DELAY' }, lead.token));
    const back = ok(await t.gql(CATEGORIZE, { id, c: 'PRICING' }, lead.token)).categorizeEscalation;
    expect(back).toMatchObject({ status: 'OPEN', team: 'CX' });
  });
});

describe('Vendor.availableActions (V3)', () => {
  const read = async (id: string, token: string) => ok(await t.gql(VENDOR_ACTIONS, { id }, token)).vendor;

  it('hold an ACTIVE vendor, reinstate one ON_HOLD; only ADMIN reinstates a DEACTIVATED one', async () => {
    const id = await createVendor(t);
    expect(names((await read(id, ops.token)).availableActions)).toEqual(['HOLD']);
    // CX and FINANCE read vendors but do not manage them.
    expect((await read(id, agent.token)).availableActions).toEqual([]);
    expect((await read(id, finance.token)).availableActions).toEqual([]);

    const held = ok(await t.gql(HOLD_VENDOR_ACTIONS, { v: id, r: 'Two missed pickups' }, ops.token)).holdVendor;
    expect(held.status).toBe('ON_HOLD');
    expect(names(held.availableActions)).toEqual(['REINSTATE']);
    expectRefusal(await t.gql(HOLD_VENDOR, { v: id, r: 'again' }, ops.token), 'CONFLICT');

    await t.sql(`update vendor set status = 'DEACTIVATED' where id = ?`, [id]);
    expect((await read(id, ops.token)).availableActions).toEqual([]);
    expectRefusal(await t.gql(REINSTATE_VENDOR, { v: id, r: 'Fixed' }, ops.token), 'FORBIDDEN');
    expect(names((await read(id, t.adminToken)).availableActions)).toEqual(['REINSTATE']);
  });
});

describe('Review.availableActions, checkDetails and defaultCreative (RV2–RV5)', () => {
  let orderId: string;
  let seq = 0;
  beforeAll(async () => {
    orderId = await completedOrder(t);
  });
  async function imported(over: Record<string, unknown>) {
    const r = await t.gql(IMPORT_REVIEWS, {
      reviews: [{
        source: 'GOOGLE_BUSINESS', externalId: `act-${++seq}`, authorName: 'Rahul Kumar Sharma', rating: 5,
        postedAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString(), orderId, ...over,
      }],
    }, marketing.token);
    return ok(r).importReviews.reviews[0].id as string;
  }
  const read = async (id: string, token = marketing.token) => ok(await t.gql(REVIEW_ACTIONS, { id }, token)).review;
  const longText = () =>
    `Sold my old iPhone 12 to Cashkr (#${++seq}) and the pickup agent was on time, polite and quick. ` +
    'The price they quoted online was exactly what I was paid after inspection, and the money reached my account within minutes. ' +
    'I have used other resale apps before and none of them came close to this level of service; highly recommended to everyone.';

  it('a review passing every check: shortlist, reject, reply; the default creative is what gets published', async () => {
    const text = longText();
    const id = await imported({ text });
    const fresh = await read(id);
    expect(fresh.availableActions).toEqual([
      { action: 'SHORTLIST', enabled: true, reason: null },
      { action: 'REJECT', enabled: true, reason: null },
      { action: 'REPLY', enabled: true, reason: null },
    ]);
    expect(fresh.checkDetails).toEqual([
      {
        check: 'genuine', passed: true, overridable: false,
        hint: 'Unique text, and a verified (COMPLETED) order or a platform that vouches for the author (Google Business Profile, Google Play, the App Store)',
      },
      { check: 'positiveSentiment', passed: true, overridable: false, hint: 'Rating ≥ 4 and sentiment above 0.2' },
      { check: 'clearValue', passed: true, overridable: true, hint: 'At least 6 words' },
      { check: 'mentionsBrand', passed: true, overridable: true, hint: 'Mentions the brand name (Cashkr)' },
      { check: 'relevantDevice', passed: true, overridable: true, hint: 'Mentions a phone, laptop, tablet or MacBook' },
    ]);
    expect(text.length).toBeGreaterThan(280);
    expect(fresh.defaultCreative.displayName).toBe('Rahul S.');
    expect(fresh.defaultCreative.maxExcerptLength).toBe(280);
    expect([...fresh.defaultCreative.excerpt].length).toBeLessThanOrEqual(280);
    expect(fresh.defaultCreative.excerpt.endsWith('…')).toBe(true);

    ok(await t.gql(SHORTLIST_REVIEW, { id, o: null }, marketing.token));
    expect(names((await read(id)).availableActions)).toEqual(['REJECT', 'PUBLISH', 'REPLY']);
    ok(await t.gql(PUBLISH_REVIEW, { id, p: ['WEBSITE_TESTIMONIAL'], c: null }, marketing.token));
    const live = await read(id);
    expect(names(live.availableActions)).toEqual(['PUBLISH', 'UNPUBLISH', 'REPLY']);
    expect(live.publications).toEqual([{ displayName: fresh.defaultCreative.displayName, excerpt: fresh.defaultCreative.excerpt }]);
  });

  it('failing only checks MARKETING may override: shortlisting is offered, needs an overrideReason, and the details say which', async () => {
    // Five words with its number (< 6), no brand, no device; genuine and positive.
    const id = await imported({ text: `Wonderful and friendly service #${++seq}` });
    const r = await read(id);
    expect(names(r.availableActions)).toEqual(['SHORTLIST', 'REJECT', 'REPLY']);
    expect(r.checkDetails.filter((c: { passed: boolean }) => !c.passed).map((c: { check: string; overridable: boolean }) => [c.check, c.overridable])).toEqual([
      ['clearValue', true], ['mentionsBrand', true], ['relevantDevice', true],
    ]);
    expectRefusal(await t.gql(SHORTLIST_REVIEW, { id, o: null }, marketing.token), 'SOP_VIOLATION', 'REVIEW_CRITERIA_NOT_MET');
    expect(ok(await t.gql(SHORTLIST_REVIEW, { id, o: 'The customer agreed to a short quote' }, marketing.token)).shortlistReview.status).toBe('SHORTLISTED');
  });

  it('not genuine: shortlisting is blocked with the reason, and shortlistReview refuses it even with an override', async () => {
    const id = await imported({ text: longText(), orderId: null, source: 'WEBSITE' });
    const r = await read(id);
    expect(r.availableActions[0]).toEqual({
      action: 'SHORTLIST', enabled: false,
      reason: 'Cannot be shortlisted: genuine can never be overridden (RV3). A website review needs a linked COMPLETED order (confirm a suggested order match).',
    });
    expectRefusal(await t.gql(SHORTLIST_REVIEW, { id, o: 'Looks real to me' }, marketing.token), 'SOP_VIOLATION', 'REVIEW_CRITERIA_NOT_MET');
  });

  it('a read-only key reads the review and is offered nothing', async () => {
    const id = await imported({ text: longText() });
    const r = await read(id, readKey);
    expect(r.availableActions).toEqual([]);
    expect(r.defaultCreative.displayName).toBe('Rahul S.');
  });
});
