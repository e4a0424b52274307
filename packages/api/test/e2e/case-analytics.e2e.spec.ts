// A1 with K2, K6: caseAnalytics per team, type and Asia/Kolkata week, from cases worked through
// the API with the clock moved by hand, so every figure below is counted by hand; the team scope
// (S2, K5), the range guard and the CSV export of the same figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { ORDER_LOOP } from '../graphql/documents.js';
import { createOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

// Monday 23 Nov 2026, 11:00 IST: the first day of the IST week starting 22 Nov 18:30 UTC.
const T0 = new Date('2026-11-23T05:30:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
// Tuesday 1 Dec 2026, 11:00 IST, in the next week.
const T1 = new Date('2026-12-01T05:30:00Z');
const LATER = new Date('2026-12-02T05:30:00Z');
const FROM = '2026-11-22T18:30:00.000Z';
const TO = '2026-12-06T18:30:00.000Z';

const OPEN = `mutation($i: OpenCaseInput!) { openCase(input: $i) { id status firstResponseDueAt resolutionDueAt } }`;
const REPLY = `mutation($id: ID!) { replyToCase(caseId: $id, channel: WHATSAPP, body: "We are looking into it.") { id firstRespondedAt } }`;
const RESOLVE = `mutation($id: ID!) { resolveCase(caseId: $id, resolution: "Sorted with the customer.") { id status resolvedAt } }`;
const REOPEN = `mutation($id: ID!) { reopenCase(caseId: $id, reason: "The customer says it is not sorted.") { id status reopenCount } }`;
const ESCALATE = `mutation($id: ID!) { escalateCase(caseId: $id, team: FINANCE, reason: "Needs the payment gateway's records.") { id team status } }`;
const FIGURES = `query($f: DateTime!, $t: DateTime!, $g: CaseAnalyticsGroup!) { caseAnalytics(from: $f, to: $t, groupBy: $g) {
  group cases firstResponseMet firstResponseHitRate resolutionMet resolutionHitRate medianFirstResponseMinutes medianResolutionMinutes
  reopened reopenRate rated resolutionCsat averageResolutionRating } }`;

let t: TestApp;
const ids: Record<string, string> = {};

async function ok(query: string, variables: Record<string, unknown>, when?: Date) {
  if (when) t.clock.set(when);
  const r = await t.gql(query, variables, t.adminToken);
  expect(r.errors).toBeUndefined();
  return r.data;
}

/** The customer answers the resolution's rating request (K6) through the rating page's signed link. */
async function rateResolution(orderId: string, rating: number) {
  const o = (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order;
  const request = o.feedbackRequests.find((r: any) => r.touchpoint === 'AFTER_RESOLUTION' && r.status === 'OPEN');
  const res = await t.http.post(new URL(request.link).pathname).type('form').send({ rating: String(rating) });
  expect(res.status).toBe(200);
}

const figures = async (groupBy: string, token = t.adminToken, from = FROM, to = TO) => {
  const r = await t.gql(FIGURES, { f: from, t: to, g: groupBy }, token);
  expect(r.errors).toBeUndefined();
  return r.data.caseAnalytics as Record<string, unknown>[];
};

let early: Record<string, unknown>[];

beforeAll(async () => {
  t = await initTestApp({ start: at(-60) });
  const orderA = await createOrder(t, { name: 'Asha Rao' });
  const orderB = await createOrder(t, { name: 'Bilal Khan' });
  const customerOf = async (orderId: string) => (await t.sql(`select customer_id from customer_order where id = ?`, [orderId]))[0].customer_id;
  const open = async (name: string, input: Record<string, unknown>) => {
    ids[name] = (await ok(OPEN, { i: { channel: 'WHATSAPP', subject: `Case ${name}`, description: 'What the customer asked.', ...input } }, T0)).openCase.id;
  };
  // A: PAYMENT_ISSUE, HIGH by default (K2: first response 1 h, resolution 24 h, all hours).
  await open('A', { type: 'PAYMENT_ISSUE', customerId: await customerOf(orderA), orderId: orderA });
  // B: REFUND_STATUS, HIGH by default.
  await open('B', { type: 'REFUND_STATUS', customerId: await customerOf(orderB), orderId: orderB });
  // C: URGENT (first response 15 min, resolution 72 h, all hours), never answered.
  await open('C', { type: 'ORDER_STATUS', priority: 'URGENT', customerPhone: '9876501234', customerName: 'Chitra Iyer' });

  // At 11:20 only C's 15-minute clock is overdue: A's and B's are still within their hour.
  t.clock.set(at(20));
  early = await figures('TEAM');

  await ok(REPLY, { id: ids.A }, at(30)); // 30 min: in time
  await ok(REPLY, { id: ids.B }, at(90)); // 90 min: half an hour late
  await ok(RESOLVE, { id: ids.A }, at(120));
  await rateResolution(orderA, 5);
  await ok(RESOLVE, { id: ids.B }, at(180));
  await rateResolution(orderB, 2);
  await ok(REOPEN, { id: ids.B }, at(210)); // its resolution clock starts again: 24 h from 14:30
  await ok(RESOLVE, { id: ids.B }, at(240)); // resolved again in time; 240 min after opening
  await ok(ESCALATE, { id: ids.C }, at(240)); // C is FINANCE's now, still unanswered

  // D, the next week: URGENT, answered after 10 min and resolved after 20; no order, so no rating.
  t.clock.set(T1);
  ids.D = (await ok(OPEN, { i: { type: 'OTHER', priority: 'URGENT', channel: 'APP', subject: 'Case D', description: 'A question.', customerId: await customerOf(orderA) } })).openCase.id;
  await ok(REPLY, { id: ids.D }, new Date(T1.getTime() + 10 * 60_000));
  await ok(RESOLVE, { id: ids.D }, new Date(T1.getTime() + 20 * 60_000));
  // By now C's 72-hour resolution clock is overdue too (its timer has not run: it counts all the same).
  t.clock.set(LATER);
}, 60_000);
afterAll(() => t.close());

const NOTHING_YET = { medianFirstResponseMinutes: null, medianResolutionMinutes: null, reopened: 0, reopenRate: null, rated: 0, resolutionCsat: null, averageResolutionRating: null };

describe('caseAnalytics', () => {
  it('counts a clock once it is met or overdue: at 11:20 only C is decided, and it missed', () => {
    expect(early).toEqual([
      { group: 'CX', cases: 3, firstResponseMet: 0, firstResponseHitRate: 0, resolutionMet: 0, resolutionHitRate: null, ...NOTHING_YET },
    ]);
  });

  it('per team: the team each case is with now', async () => {
    expect(await figures('TEAM')).toEqual([
      // First response: A 30, B 90 (late), D 10 min → 2 of 3 in time, median 30. Resolution: A 120, B 240, D 20 min, all
      // in time → median 120. B reopened: 1 of the 3 resolved. Ratings 5 (A) and 2 (B): 1 of 2 positive, average 3.5.
      { group: 'CX', cases: 3, firstResponseMet: 2, firstResponseHitRate: 66.7, resolutionMet: 3, resolutionHitRate: 100, medianFirstResponseMinutes: 30,
        medianResolutionMinutes: 120, reopened: 1, reopenRate: 33.3, rated: 2, resolutionCsat: 50, averageResolutionRating: 3.5 },
      // C: both clocks overdue and unmet.
      { group: 'FINANCE', cases: 1, firstResponseMet: 0, firstResponseHitRate: 0, resolutionMet: 0, resolutionHitRate: 0, ...NOTHING_YET },
    ]);
  });

  it('per Asia/Kolkata week, every week of the range, by when the case was opened', async () => {
    expect(await figures('WEEK')).toEqual([
      // A, B, C: first response 1 of 3 (A); resolution 2 of 3 (A, B; C overdue); medians of A and B: 60 and 180 min.
      { group: '2026-11-23', cases: 3, firstResponseMet: 1, firstResponseHitRate: 33.3, resolutionMet: 2, resolutionHitRate: 66.7, medianFirstResponseMinutes: 60,
        medianResolutionMinutes: 180, reopened: 1, reopenRate: 50, rated: 2, resolutionCsat: 50, averageResolutionRating: 3.5 },
      { group: '2026-11-30', cases: 1, firstResponseMet: 1, firstResponseHitRate: 100, resolutionMet: 1, resolutionHitRate: 100, medianFirstResponseMinutes: 10,
        medianResolutionMinutes: 20, reopened: 0, reopenRate: 0, rated: 0, resolutionCsat: null, averageResolutionRating: null },
    ]);
  });

  it('per type, in the schema\'s order', async () => {
    const rows = await figures('TYPE');
    expect(rows.map((r) => [r.group, r.cases])).toEqual([['ORDER_STATUS', 1], ['PAYMENT_ISSUE', 1], ['REFUND_STATUS', 1], ['OTHER', 1]]);
    expect(rows[2]).toEqual({ group: 'REFUND_STATUS', cases: 1, firstResponseMet: 0, firstResponseHitRate: 0, resolutionMet: 1, resolutionHitRate: 100,
      medianFirstResponseMinutes: 90, medianResolutionMinutes: 240, reopened: 1, reopenRate: 100, rated: 1, resolutionCsat: 0, averageResolutionRating: 2 });
  });

  it('counts cases opened in [from, to): D, opened on 1 December at 11:00 IST, is out of a range ending then', async () => {
    const rows = await figures('WEEK', t.adminToken, FROM, T1.toISOString());
    expect(rows.map((r) => [r.group, r.cases])).toEqual([['2026-11-23', 3], ['2026-11-30', 0]]);
  });

  it('each team sees the figures of the cases it may read (S2, K5)', async () => {
    const finance = await t.userWith(Role.FINANCE);
    expect((await figures('TEAM', finance.token)).map((r) => [r.group, r.cases])).toEqual([['FINANCE', 1]]);
    expect((await figures('WEEK', finance.token)).map((r) => [r.group, r.cases])).toEqual([['2026-11-23', 1], ['2026-11-30', 0]]);
    const vendorOps = await t.userWith(Role.VENDOR_OPS);
    expect(await figures('TEAM', vendorOps.token)).toEqual([]);
    // MARKETING reads no case: it may ask, and gets no figures.
    const marketing = await t.userWith(Role.MARKETING);
    expect(await figures('TYPE', marketing.token)).toEqual([]);
    const agent = await t.userWith(Role.CX_AGENT);
    expect((await figures('TEAM', agent.token)).map((r) => r.group)).toEqual(['CX', 'FINANCE']);
  });
});

describe('caseAnalytics refuses when', () => {
  it.each([
    ['the range is wider than 106 weeks', '2024-01-01T00:00:00Z', '2026-12-01T00:00:00Z', 'from'],
    ['it spans millennia', '0001-01-01T00:00:00Z', '9999-12-31T00:00:00Z', 'from'],
    ['it is reversed', TO, FROM, 'to'],
    ['it is empty', FROM, FROM, 'to'],
  ])('%s, before reading a case', async (_what, from, to, field) => {
    let r: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await t.statementsDuring(async () => {
      r = await t.gql(FIGURES, { f: from, t: to, g: 'WEEK' }, t.adminToken);
    });
    expectRefusal(r!, 'BAD_USER_INPUT');
    expect(r!.errors![0].extensions.field).toBe(field);
    expect(statements.filter((s) => /support_case/.test(s))).toEqual([]);
  });

  it('there is no credential (S1)', async () => {
    expectRefusal(await t.gql(FIGURES, { f: FROM, t: TO, g: 'TEAM' }, null), 'UNAUTHENTICATED');
  });
});

describe('the case analytics CSV (/exports/case-analytics.csv)', () => {
  const csv = (query: string, token: string | null = t.adminToken) => {
    const req = t.http.get(`/exports/case-analytics.csv?${query}`);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };
  const HEADER = 'group,cases,firstResponseMet,firstResponseHitRate,resolutionMet,resolutionHitRate,medianFirstResponseMinutes,medianResolutionMinutes,reopened,reopenRate,rated,resolutionCsat,averageResolutionRating';
  const range = `from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`;

  it('has the same figures as the query, one row per group', async () => {
    const res = await csv(`${range}&groupBy=TEAM`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/case-analytics-\d{4}-\d{2}-\d{2}\.csv/);
    expect(res.text).toBe([HEADER, 'CX,3,2,66.7,3,100,30,120,1,33.3,2,50,3.5', 'FINANCE,1,0,0,0,0,,,0,,0,,', ''].join('\r\n'));
  });

  it('in the caller\'s teams', async () => {
    const finance = await t.userWith(Role.FINANCE);
    expect((await csv(`${range}&groupBy=TEAM`, finance.token)).text).toBe([HEADER, 'FINANCE,1,0,0,0,0,,,0,,0,,', ''].join('\r\n'));
    expect((await csv(`${range}&groupBy=WEEK`, finance.token)).text).toBe([HEADER, '2026-11-23,1,0,0,0,0,,,0,,0,,', '2026-11-30,0,0,,0,,,,0,,0,,', ''].join('\r\n'));
  });

  it.each([
    ['groupBy is missing', range, 'groupBy'],
    ['groupBy is not a grouping', `${range}&groupBy=VENDOR`, 'groupBy'],
    ['from is not a date', `from=yesterday&to=${encodeURIComponent(TO)}&groupBy=TEAM`, 'from'],
    ['the range is wider than 106 weeks', `from=2020-01-01T00:00:00Z&to=${encodeURIComponent(TO)}&groupBy=TEAM`, 'from'],
  ])('refuses when %s, on that argument', async (_what, query, field) => {
    const res = await csv(query);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('needs credentials (S1)', async () => {
    expect((await csv(`${range}&groupBy=TEAM`, null)).status).toBe(401);
  });
});
