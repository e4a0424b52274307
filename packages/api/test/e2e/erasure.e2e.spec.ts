// Item 12 (privacy): after eraseCustomer no table and no role's read holds the customer's
// name, phone or e-mail, wherever staff or partners wrote them; ratings, counts and the fact
// that things happened stay. exportCustomerData gives the customer everything that concerns them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import {
  ADVANCE_ORDER, ASSIGN_VENDOR, CATEGORIZE, COMPLETE_ORDER, CREATE_ORDER, HOLD_VENDOR, LOG_CONTACT, ORDER, RESOLVE, SUBMIT_FEEDBACK,
} from '../graphql/documents.js';
import {
  CASE_ESCALATE, CASE_MESSAGE, CASE_NOTE, CASE_PARK, CASE_REPLY, CASE_RESOLVE, COMPLETE_CALL_TASK, ERASE_CUSTOMER, EXPORT_CUSTOMER, OPEN_CASE, ORDER_EVERYTHING, STAFF_READS,
} from '../graphql/erasure.js';
import { IMPORT_REVIEWS, PUBLISH_REVIEW, REJECT_REVIEW, REPLY_TO_REVIEW, REVIEW_FROM_FEEDBACK, SHORTLIST_REVIEW, UNPUBLISH_REVIEW } from '../graphql/reviews.js';
import { createVendor } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

const NAME = 'Ishaan Varkey';
const FIRST = 'Ishaan';
const LAST = 'Varkey';
const PHONE = '9812377711';
const E164 = '+919812377711';
const EMAIL = 'ishaan.varkey@example.in';
/** How staff and customers write them in free text: every form the scan looks for is in it. */
const SAYS = `${NAME} (call ${PHONE}, +91 98123-77711 or 98123 77711; mail ${EMAIL}; WhatsApp ${E164})`;
const NEEDLES = [NAME, FIRST, LAST, E164, PHONE, '98123 77711', '98123-77711', EMAIL];
const NEEDLE = new RegExp(NEEDLES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');

const CONTROL = { name: 'Meera Pillai', phone: '9812388822', comment: 'Meera Pillai loved the quick payment' };

let t: TestApp;
let vendorId: string;
let customerId: string;
let orderA: string;
let orderB: string;
let controlOrder: string;
let internalReview: string;
let importedReview: string;

const post = (body: { query: string; variables?: Record<string, unknown> }, key?: string) => {
  const req = t.http.post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${t.adminToken}`);
  if (key) req.set('idempotency-key', key);
  return req.send(body);
};

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<T> {
  const res = await post({ query, variables }, key);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data;
}

async function completed(input: Record<string, unknown>, opts: { key?: string; paymentReference?: string } = {}): Promise<string> {
  const id = (await ok(CREATE_ORDER, { input }, opts.key)).createOrder.id as string;
  await ok(ASSIGN_VENDOR, { o: id, v: vendorId });
  for (const s of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) await ok(ADVANCE_ORDER, { o: id, s, p: null });
  await ok(COMPLETE_ORDER, { o: id, ref: opts.paymentReference ?? `PAY-${id.slice(0, 8)}` });
  return id;
}

const order = (customer: Record<string, unknown>, over: Record<string, unknown> = {}) => ({
  externalRef: `LOOP-${Math.random().toString(36).slice(2, 10)}`,
  customer,
  deviceCategory: 'PHONE',
  deviceModel: 'Samsung Galaxy S22',
  quotedPrice: 20_000,
  ...over,
});

/** Every text, varchar, json(b) and text[] column of every table, the job queue's included. */
async function freeTextColumns(): Promise<{ table: string; column: string }[]> {
  const rows = await t.sql<{ table_schema: string; table_name: string; column_name: string }>(
    `select c.table_schema, c.table_name, c.column_name from information_schema.columns c
     join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name and tb.table_type = 'BASE TABLE'
     where c.table_schema in ('public', 'graphile_worker')
       and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb') or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))
     order by 1, 2, 3`,
  );
  return rows.map((r) => ({ table: `"${r.table_schema}"."${r.table_name}"`, column: r.column_name }));
}

/** Where any form of the customer's identifiers is still stored: "table.column: value". */
async function findIdentifiers(): Promise<string[]> {
  const hits: string[] = [];
  for (const { table, column } of await freeTextColumns()) {
    const rows = await t.sql<{ v: string }>(`select "${column}"::text as v from ${table} where "${column}"::text ~* ?`, [NEEDLE.source]);
    for (const r of rows) hits.push(`${table.replace(/"/g, '')}.${column}: ${r.v.slice(0, 160)}`);
  }
  return hits;
}

const columnsOf = (hits: string[]) => [...new Set(hits.map((h) => h.slice(0, h.indexOf(':'))))].sort();

/** What a role gets back from every read it may make, as one text (refused reads add nothing). */
async function everythingReadBy(token: string): Promise<string> {
  const reads = [
    ...STAFF_READS.map((q) => ({ q, v: {} })),
    ...[orderA, orderB].map((id) => ({ q: ORDER_EVERYTHING, v: { id } })),
  ];
  let text = '';
  for (const { q, v } of reads) text += JSON.stringify((await t.gql(q, v, token)).data ?? null);
  return text;
}

beforeAll(async () => {
  t = await initTestApp();
  vendorId = await createVendor(t);
  const customer = { name: NAME, phone: PHONE, email: EMAIL };

  // A high-value order (C1 call task), created by a partner with an Idempotency-Key, whose
  // reference, device and payment reference carry the phone and name.
  orderA = await completed(order(customer, {
    externalRef: `ORD-${PHONE}`, deviceModel: `iPhone 13 of ${FIRST}`, quotedPrice: 60_000,
  }), { key: 'erasure-order-a', paymentReference: `UPI ${PHONE}@ybl` });
  customerId = (await t.sql(`select customer_id from customer_order where id = ?`, [orderA]))[0].customer_id;

  // A complaint, worked through to resolution (E1–E3, C2), with the customer's details in every note.
  const fb = (await ok(SUBMIT_FEEDBACK, { input: { orderId: orderA, rating: 1, comment: `Pickup was late. ${SAYS}` } }, 'erasure-feedback-a')).submitFeedback;
  const escalationId = fb.escalation.id as string;
  await ok(LOG_CONTACT, { id: escalationId, c: 'CALL', s: `Spoke to ${FIRST} on ${E164}` });
  await ok(CATEGORIZE, { id: escalationId, c: 'DELAY' });
  await ok(RESOLVE, { id: escalationId, r: `Refunded ${FIRST}; ${SAYS}` }, 'erasure-resolve-a');
  const tasks = (await ok(ORDER, { id: orderA })).order.callTasks as { id: string }[];
  expect(tasks.length).toBe(2);
  for (const task of tasks) await ok(COMPLETE_CALL_TASK, { id: task.id, o: `${FIRST} ${LAST} is happy now. ${SAYS}` });

  // A happy second order: their feedback becomes an internal testimonial, published, replied
  // to, taken down and published again.
  orderB = await completed(order(customer));
  const comment = `Sold my old iPhone 12 to Cashkr, the pickup was on time and the payment came instantly. Great service, highly recommend! ${SAYS}`;
  const happy = (await ok(SUBMIT_FEEDBACK, { input: { orderId: orderB, rating: 5, comment } })).submitFeedback;
  // Their pickup was so-so: the details they add afterwards (R2) name them too.
  const soSo = (await ok(SUBMIT_FEEDBACK, { input: { orderId: orderB, touchpoint: 'AFTER_PICKUP', rating: 3 } })).submitFeedback;
  await ok(`mutation($f: ID!, $d: String!) { addFeedbackDetails(feedbackId: $f, details: $d) { id } }`, { f: soSo.id, d: `The vendor kept calling ${FIRST} on ${E164}. ${SAYS}` });
  internalReview = (await ok(REVIEW_FROM_FEEDBACK, { f: happy.id, c: `${NAME} agreed on a call to ${PHONE}` })).createReviewFromFeedback.id;
  await ok(SHORTLIST_REVIEW, { id: internalReview, o: `Strong words from ${NAME}` });
  await ok(PUBLISH_REVIEW, { id: internalReview, p: ['WEBSITE_TESTIMONIAL'], c: { displayName: NAME, excerpt: `Great service, highly recommend! ${SAYS}` } });
  await ok(REPLY_TO_REVIEW, { id: internalReview, t: `Thank you ${FIRST}!` });
  await ok(UNPUBLISH_REVIEW, { id: internalReview, r: `${NAME} asked to change it` });
  await ok(PUBLISH_REVIEW, { id: internalReview, p: ['INSTAGRAM_FEED'] });

  // A public review tied to the complaint's order, rejected with a note naming them.
  const imported = await ok(IMPORT_REVIEWS, { reviews: [{
    source: 'GOOGLE_BUSINESS', externalId: 'g-erasure-1', authorName: NAME, rating: 2, text: `Pickup was late. ${SAYS}`,
    postedAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString(), orderId: orderA,
  }] });
  importedReview = imported.importReviews.reviews[0].id;
  await ok(REJECT_REVIEW, { id: importedReview, r: `Complaint by ${NAME}, handled in the escalation` });

  // Another customer, whose data erasure must leave alone.
  controlOrder = await completed(order({ name: CONTROL.name, phone: CONTROL.phone }), { key: 'erasure-control' });
  await ok(SUBMIT_FEEDBACK, { input: { orderId: controlOrder, rating: 4, comment: CONTROL.comment } });

  // Support cases (K1–K6), on the complaint's order and on no order, their identifiers in every text.
  const caseA = (await ok(OPEN_CASE, { input: { type: 'REFUND_STATUS', channel: 'WHATSAPP', subject: `Refund for ${NAME}`, description: `Asked by ${SAYS}`, customerId, orderId: orderA } })).openCase.id;
  await ok(CASE_REPLY, { id: caseA, ch: 'WHATSAPP', b: `Hi ${FIRST}, we are checking your refund` });
  await ok(CASE_NOTE, { id: caseA, b: `Customer's number is ${E164}` });
  await ok(CASE_PARK, { id: caseA, r: `Waiting for ${FIRST} to send the bank statement` });
  await ok(CASE_ESCALATE, { id: caseA, r: `${NAME} was charged twice` });
  await ok(CASE_RESOLVE, { id: caseA, r: `Refunded ${FIRST} ${LAST} to ${PHONE}@ybl` });
  const caseB = (await ok(OPEN_CASE, { input: { type: 'PRODUCT_SUPPORT', channel: 'EMAIL', subject: `Warranty for ${FIRST}'s phone`, description: SAYS, customerId, deviceSerial: '490154203237518' } })).openCase.id;
  await ok(CASE_MESSAGE, { id: caseB, b: `This is ${NAME}, write to ${EMAIL}` });
  await ok(CASE_REPLY, { id: caseB, ch: 'EMAIL', b: `Dear ${NAME}, the warranty runs until March` });

  // Money (M2): a refund paid, and one FINANCE rejects, both in the customer's words.
  await ok(`mutation($i: ProposeMoneyInput!) { proposeMoney(input: $i) { id status } }`, { i: { orderId: orderA, kind: 'REFUND', amount: 500, reason: `Overcharged, says ${SAYS}` } });
  const big = (await ok(`mutation($i: ProposeMoneyInput!) { proposeMoney(input: $i) { id } }`, { i: { orderId: orderA, kind: 'REFUND', amount: 9000, reason: `${NAME} wants more` } })).proposeMoney.id;
  const financeUser = await t.userWith(Role.FINANCE);
  const rejected = await t.gql(`mutation($id: ID!, $n: String!) { rejectMoney(id: $id, note: $n) { status } }`, { id: big, n: `Called ${FIRST} on ${E164}: not an overcharge` }, financeUser.token);
  expect(rejected.errors).toBeUndefined();

  // Vendor Ops quote the complaint when holding the vendor: not tied to the customer's rows.
  await ok(HOLD_VENDOR, { v: vendorId, r: `Complaint from ${SAYS}` });

  await t.runDue();
});
afterAll(() => t.close());

describe('eraseCustomer', () => {
  let exportedBefore: any;
  let financeBefore: string;
  let auditBeforeErasure: number;

  it('first, the setup has written the identifiers into every free-text column the API reaches, and FINANCE reads them', async () => {
    const hits = await findIdentifiers();
    expect(columnsOf(hits)).toEqual(expect.arrayContaining([
      'public.customer.name', 'public.customer.phone', 'public.customer.email',
      'public.customer_order.external_ref', 'public.customer_order.device_model', 'public.customer_order.payment_reference',
      'public.feedback.comment', 'public.feedback.details', 'public.message.recipient', 'public.message.body', 'public.interaction.summary',
      'public.escalation.resolution', 'public.alert.text', 'public.call_task.outcome',
      'public.review.author_name', 'public.review.text', 'public.review.normalised_text', 'public.review.reply',
      'public.review.status_reason', 'public.review.consent_note',
      'public.publication.display_name', 'public.publication.excerpt', 'public.publication.unpublish_reason',
      'public.vendor.status_reason', 'public.vendor_action.reason', 'public.audit_event.data',
    ]));
    // Idempotency records keep their responses encrypted under the caller's credential: nothing to read there.
    expect(columnsOf(hits)).not.toContain('public.idempotency_record.response');
    expect((await t.sql(`select count(*)::int n from idempotency_record where response is not null`))[0].n).toBeGreaterThan(0);
    financeBefore = await everythingReadBy((await t.userWith(Role.FINANCE)).token);
    expect(financeBefore).toMatch(NEEDLE);
  });

  it('exports everything that concerns the customer: interactions, call outcomes, audit entries and the rest', async () => {
    exportedBefore = JSON.parse((await ok(EXPORT_CUSTOMER, { c: customerId })).exportCustomerData);
    expect(exportedBefore.customer).toMatchObject({ name: NAME, phone: E164, email: EMAIL });
    expect(exportedBefore.orders.map((o: any) => o.id).sort()).toEqual([orderA, orderB].sort());
    expect(exportedBefore.feedback.map((f: any) => f.rating).sort()).toEqual([1, 3, 5]);
    expect(exportedBefore.feedback.find((f: any) => f.rating === 3).details).toContain(SAYS);
    expect(exportedBefore.escalations).toHaveLength(1);
    const escalationId = exportedBefore.escalations[0].id;
    expect(exportedBefore.interactions).toEqual([expect.objectContaining({ escalation_id: escalationId, summary: `Spoke to ${FIRST} on ${E164}` })]);
    const outcome = `${FIRST} ${LAST} is happy now. ${SAYS}`;
    expect(exportedBefore.callTasks.filter((c: any) => c.status === 'DONE').map((c: any) => c.outcome)).toEqual([outcome, outcome]);
    expect(exportedBefore.feedbackRequests.map((r: any) => r.touchpoint)).toEqual(expect.arrayContaining(['AFTER_RESOLUTION', 'ORDER_COMPLETED']));
    expect(exportedBefore.alerts.length).toBeGreaterThan(0);
    expect(exportedBefore.reviews.map((r: any) => r.id).sort()).toEqual([internalReview, importedReview].sort());
    expect(exportedBefore.publications.map((p: any) => p.platform).sort()).toEqual(['INSTAGRAM_FEED', 'WEBSITE_TESTIMONIAL']);
    const actions = exportedBefore.auditEvents.map((a: any) => a.action);
    expect(actions).toEqual(expect.arrayContaining([
      'ORDER_CREATED', 'ORDER_COMPLETED', 'FEEDBACK_SUBMITTED', 'ESCALATION_OPENED', 'ESCALATION_CONTACT_LOGGED', 'ESCALATION_RESOLVED',
      'CALL_TASK_CREATED', 'CALL_TASK_DONE', 'REVIEW_IMPORTED', 'REVIEW_PUBLISHED', 'REVIEW_REPLIED', 'REVIEW_REJECTED',
    ]));
    expect(exportedBefore.auditEvents.find((a: any) => a.action === 'ESCALATION_RESOLVED').data.resolution).toBe(`Refunded ${FIRST}; ${SAYS}`);
    // Another customer's data and staff identities are not theirs to receive.
    const text = JSON.stringify(exportedBefore);
    expect(text).not.toContain(CONTROL.name);
    expect(text).not.toContain('@test.local');
  });

  it('leaves no form of their name, phone or e-mail in any row of any table', async () => {
    auditBeforeErasure = (await t.sql(`select count(*)::int n from audit_event`))[0].n;
    const r = await ok(ERASE_CUSTOMER, { c: customerId, r: `Request from ${NAME} (${EMAIL}) of 23 Nov` });
    expect(r.eraseCustomer).toMatchObject({ name: 'Erased customer' });
    expect(await findIdentifiers()).toEqual([]);
  });

  it('a partner retry under an old Idempotency-Key gets no replay of the erased answer', async () => {
    const retry = await post({ query: SUBMIT_FEEDBACK, variables: { input: { orderId: orderA, rating: 1, comment: `Pickup was late. ${SAYS}` } } }, 'erasure-feedback-a');
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.body.errors[0].extensions).toMatchObject({ code: 'SOP_VIOLATION', rule: 'FEEDBACK_ALREADY_SUBMITTED' });
    expect(JSON.stringify(retry.body)).not.toMatch(NEEDLE);
  });

  it('keeps ratings, counts and the fact that everything happened', async () => {
    const count = async (sql: string, p: unknown[] = [customerId]) => (await t.sql(sql, p))[0].n as number;
    const mine = `(select id from customer_order where customer_id = ?)`;
    expect((await t.sql(`select rating from feedback where order_id in ${mine} order by rating`, [customerId])).map((f) => f.rating)).toEqual([1, 3, 5]);
    expect(await count(`select count(*)::int n from escalation where status = 'RESOLVED' and resolution is not null and order_id in ${mine}`)).toBe(1);
    expect(await count(`select count(*)::int n from call_task where status = 'DONE' and outcome like '%[erased]%' and order_id in ${mine}`)).toBe(2);
    expect(await count(`select count(*)::int n from interaction i join escalation e on e.id = i.escalation_id where e.order_id in ${mine}`)).toBe(1);
    expect((await t.sql(`select rating from review where order_id in ${mine} order by rating`, [customerId])).map((x) => x.rating)).toEqual([2, 5]);
    expect(await count(`select count(*)::int n from publication p join review r on r.id = p.review_id where r.order_id in ${mine}`)).toBe(2);
    // The one new audit entry is the erasure itself; none was dropped.
    expect(await count(`select count(*)::int n from audit_event`, [])).toBe(auditBeforeErasure + 1);
    const resolution = (await t.sql(`select resolution from escalation where order_id = ?`, [orderA]))[0].resolution;
    expect(resolution).toMatch(/^Refunded \[erased\]; \[erased\] \(call \[erased\], \[erased\] or \[erased\]; mail \[erased\]; WhatsApp \[erased\]\)$/);
  });

  it('leaves other customers\' data alone', async () => {
    expect((await t.sql(`select comment from feedback where order_id = ?`, [controlOrder]))[0].comment).toBe(CONTROL.comment);
    expect((await t.sql(`select name from customer c join customer_order o on o.customer_id = c.id where o.id = ?`, [controlOrder]))[0].name).toBe(CONTROL.name);
  });

  it('no role reads any of it any more, through any list or order page', async () => {
    for (const role of Object.values(Role)) {
      const text = await everythingReadBy((await t.userWith(role)).token);
      expect(text.match(NEEDLE)?.[0], role).toBeUndefined();
    }
    expect(financeBefore).toMatch(NEEDLE);
  });

  it('a later export has the same shape and counts, and no identifiers', async () => {
    const after = JSON.parse((await ok(EXPORT_CUSTOMER, { c: customerId })).exportCustomerData);
    expect(JSON.stringify(after)).not.toMatch(NEEDLE);
    expect(Object.keys(after).sort()).toEqual(Object.keys(exportedBefore).sort());
    for (const key of ['orders', 'feedback', 'escalations', 'interactions', 'callTasks', 'reviews', 'publications', 'feedbackRequests', 'alerts']) {
      expect(after[key].length, key).toBe(exportedBefore[key].length);
    }
    expect(after.customer.erasedAt).not.toBeNull();
  });
});
