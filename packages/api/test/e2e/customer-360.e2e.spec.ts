// The customer 360 over HTTP: one timeline of the customer's orders, feedback, escalations,
// cases, messages and calls, open items first, then newest first; CX's only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';
import { SUBMIT_FEEDBACK } from '../graphql/documents.js';

const TIMELINE = `query($id: ID!, $page: Int, $perPage: Int, $kinds: [TimelineKind!]) { Customer(id: $id) { id timeline(page: $page, perPage: $perPage, kinds: $kinds) {
  id kind at title detail open status channel orderId escalationId supportCaseId feedbackId } } }`;

describe('the customer 360 timeline', () => {
  let t: TestApp;
  let agent: { token: string };
  let customerId: string;
  let orderId: string;
  let caseId: string;

  beforeAll(async () => {
    t = await initTestApp({ start: new Date('2026-12-01T04:30:00Z') });
    agent = await t.userWith(Role.CX_AGENT);
    orderId = await completedOrder(t);
    customerId = (await t.sql<{ customer_id: string }>('select customer_id from customer_order where id = ?', [orderId]))[0].customer_id;
    t.clock.advance(60_000);
    await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 2, comment: 'Pickup was two hours late' } }, agent.token);
    t.clock.advance(60_000);
    const c = await t.gql(`mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`,
      { input: { type: 'REFUND_STATUS', channel: 'CALL', subject: 'When is my refund?', description: 'Asked on the phone', customerId, orderId } }, agent.token);
    caseId = c.data.openCase.id;
    t.clock.advance(60_000);
    const reply = await t.gql(`mutation($id: ID!) { replyToCase(caseId: $id, channel: CALL, body: "Called: refund is on its way") { id } }`, { id: caseId }, agent.token);
    expect(reply.errors).toBeUndefined();
    await t.gql(`mutation($id: ID!) { replyToCase(caseId: $id, channel: WHATSAPP, body: "Your refund was sent today.") { id } }`, { id: caseId }, agent.token);
  });
  afterAll(() => t.close());

  it('puts every kind on one timeline, open items first, then newest first', async () => {
    const r = await t.gql(TIMELINE, { id: customerId, perPage: 200 }, agent.token);
    expect(r.errors).toBeUndefined();
    const entries = r.data.Customer.timeline;
    const kinds = new Set(entries.map((e: any) => e.kind));
    for (const k of ['ORDER', 'FEEDBACK', 'ESCALATION', 'CASE', 'MESSAGE', 'CALL']) expect(kinds).toContain(k);
    const firstClosed = entries.findIndex((e: any) => !e.open);
    expect(entries.slice(firstClosed).every((e: any) => !e.open)).toBe(true);
    const closed = entries.slice(firstClosed).map((e: any) => new Date(e.at).getTime());
    expect([...closed].sort((a, b) => b - a)).toEqual(closed);
    const theCase = entries.find((e: any) => e.kind === 'CASE');
    expect(theCase).toMatchObject({ open: true, supportCaseId: caseId, orderId });
    expect(entries.find((e: any) => e.kind === 'ESCALATION').open).toBe(true);
    expect(entries.some((e: any) => e.kind === 'CALL' && e.detail === 'Called: refund is on its way')).toBe(true);
    expect(entries.some((e: any) => e.kind === 'MESSAGE' && e.detail === 'Your refund was sent today.' && e.supportCaseId === caseId)).toBe(true);
    // Staff alert e-mails about the escalation are the desk's, not the customer's.
    const alerts = await t.sql<{ body: string }>(`select body from message where order_id = ? and kind = 'ESCALATION_ALERT'`, [orderId]);
    expect(alerts.length).toBeGreaterThan(0);
    expect(entries.filter((e: any) => e.kind === 'MESSAGE' && alerts.some((a) => a.body === e.detail))).toEqual([]);
    // Titles in people's words.
    expect(entries.find((e: any) => e.kind === 'FEEDBACK').title).toMatch(/^2★ feedback after the sale · LOOP-/);
    expect(entries.find((e: any) => e.kind === 'MESSAGE' && e.detail === 'Your refund was sent today.').title).toBe('Reply on WhatsApp');
    expect(entries.find((e: any) => e.kind === 'CALL' && e.supportCaseId === caseId).title).toMatch(/^Call logged on case CX-\d+$/);
  });

  it('pages, and refuses a page size beyond 200', async () => {
    const all = (await t.gql(TIMELINE, { id: customerId, perPage: 200 }, agent.token)).data.Customer.timeline;
    const p0 = (await t.gql(TIMELINE, { id: customerId, page: 0, perPage: 2 }, agent.token)).data.Customer.timeline;
    const p1 = (await t.gql(TIMELINE, { id: customerId, page: 1, perPage: 2 }, agent.token)).data.Customer.timeline;
    expect([...p0, ...p1].map((e: any) => e.id)).toEqual(all.slice(0, 4).map((e: any) => e.id));
    const big = await t.gql(TIMELINE, { id: customerId, perPage: 201 }, agent.token);
    expect(big.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps only the kinds asked for, paging over those alone', async () => {
    const all = (await t.gql(TIMELINE, { id: customerId, perPage: 200 }, agent.token)).data.Customer.timeline;
    const want = all.filter((e: any) => e.kind === 'CALL' || e.kind === 'CASE').map((e: any) => e.id);
    expect(want.length).toBeGreaterThanOrEqual(2);
    const r = await t.gql(TIMELINE, { id: customerId, perPage: 200, kinds: ['CALL', 'CASE'] }, agent.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.Customer.timeline.map((e: any) => e.id)).toEqual(want);
    const p1 = (await t.gql(TIMELINE, { id: customerId, page: 1, perPage: 1, kinds: ['CALL', 'CASE'] }, agent.token)).data.Customer.timeline;
    expect(p1.map((e: any) => e.id)).toEqual([want[1]]);
    expect((await t.gql(TIMELINE, { id: customerId, kinds: [] }, agent.token)).data.Customer.timeline).toEqual([]);
    const bad = await t.gql(TIMELINE, { id: customerId, kinds: ['REVIEW'] }, agent.token);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it("is CX's: FINANCE reads the customer but its timeline is empty", async () => {
    const finance = await t.userWith(Role.FINANCE);
    const r = await t.gql(TIMELINE, { id: customerId }, finance.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.Customer.id).toBe(customerId);
    expect(r.data.Customer.timeline).toEqual([]);
  });
});
