// The CX desk's inbox over HTTP: open cases and open escalations in one queue, in the caller's
// teams, with the views (Mine, Unassigned, Due soon, Breached, Pending customer), the running
// clock's due time, and bulk assign (all or none).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';
import { SUBMIT_FEEDBACK } from '../graphql/documents.js';

const INBOX = `query($filter: InboxFilter, $sortField: String, $sortOrder: String) {
  allInboxItems(filter: $filter, perPage: 50, sortField: $sortField, sortOrder: $sortOrder) {
    id kind title customerName team status priority nextDueAt nextDueKind slaBreached slaPausedAt
    assignee { id } supportCase { id number } escalation { id status }
  }
  _allInboxItemsMeta(filter: $filter) { count }
}`;
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id number customer { id } firstResponseDueAt resolutionDueAt version } }`;

describe('the inbox', () => {
  let t: TestApp;
  let agent: { id: string; token: string };
  let lead: { id: string; token: string };
  let finance: { id: string; token: string };
  let urgent: { id: string; number: string };
  let normal: { id: string };
  let escalationId: string;

  beforeAll(async () => {
    // Tue 1 Dec 2026, 10:00 IST: inside business hours.
    t = await initTestApp({ start: new Date('2026-12-01T04:30:00Z') });
    agent = await t.userWith(Role.CX_AGENT);
    lead = await t.userWith(Role.CX_LEAD);
    finance = await t.userWith(Role.FINANCE);
    const orderId = await completedOrder(t);
    const fb = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1, comment: 'The vendor never came on time' } }, agent.token);
    escalationId = fb.data.submitFeedback.escalation.id;
    const customerId = (await t.sql<{ customer_id: string }>('select customer_id from customer_order where id = ?', [orderId]))[0].customer_id;
    const a = await t.gql(OPEN, { input: { type: 'PAYMENT_ISSUE', channel: 'WHATSAPP', subject: 'Payment came in short', description: 'I got 500 less', customerId, orderId, priority: 'URGENT' } }, agent.token);
    urgent = a.data.openCase;
    const b = await t.gql(OPEN, { input: { type: 'INVOICE', channel: 'EMAIL', subject: 'Invoice has the wrong name', description: 'Please fix my invoice', customerPhone: '9876500011', customerName: 'Neha Rao' } }, agent.token);
    normal = b.data.openCase;
  });
  afterAll(() => t.close());

  it('lists cases and escalations together, the most urgent running clock first', async () => {
    const r = await t.gql(INBOX, {}, agent.token);
    expect(r.errors).toBeUndefined();
    const items = r.data.allInboxItems;
    expect(r.data._allInboxItemsMeta.count).toBe(3);
    expect(items.map((i: any) => i.kind).sort()).toEqual(['CASE', 'CASE', 'ESCALATION']);
    // The escalation's 15-minute first contact and the URGENT case's 15 minutes come before the NORMAL case's 4 business hours.
    expect(items[2].supportCase.id).toBe(normal.id);
    const dues = items.map((i: any) => new Date(i.nextDueAt).getTime());
    expect([...dues].sort((x, y) => x - y)).toEqual(dues);
    const esc = items.find((i: any) => i.kind === 'ESCALATION');
    expect(esc.escalation.id).toBe(escalationId);
    expect(esc.title).toContain('1★');
    expect(items.find((i: any) => i.supportCase?.id === urgent.id).title).toBe(`${urgent.number} · Payment came in short`);
  });

  it('has the views: Due soon, Breached, Mine, Unassigned, Pending customer', async () => {
    const view = async (v: string, token = agent.token) => (await t.gql(INBOX, { filter: { view: v } }, token)).data.allInboxItems;
    expect(await view('BREACHED')).toHaveLength(0);
    t.clock.advance(8 * 60_000);
    // 7 minutes left on the escalation (window 10m) and the URGENT case (window 30m): both due soon.
    expect((await view('DUE_SOON')).map((i: any) => i.kind).sort()).toEqual(['CASE', 'ESCALATION']);
    t.clock.advance(10 * 60_000);
    expect((await view('BREACHED')).length).toBe(2);
    expect((await view('DUE_SOON')).length).toBe(0);
    expect(await view('MINE')).toHaveLength(0);
    expect(await view('UNASSIGNED')).toHaveLength(3);
    const park = await t.gql(`mutation($id: ID!) { parkCase(caseId: $id, status: PENDING_CUSTOMER, reason: "Waiting for the bank statement") { id status slaPausedAt } }`, { id: normal.id }, agent.token);
    expect(park.errors).toBeUndefined();
    const pending = await view('PENDING_CUSTOMER');
    expect(pending.map((i: any) => i.supportCase.id)).toEqual([normal.id]);
    expect(pending[0].nextDueAt).toBeNull();
    expect(pending[0].slaPausedAt).not.toBeNull();
  });

  it('bulk assigns all or none, and a team sees only its own rows', async () => {
    const bad = await t.gql(`mutation($items: [WorkItemInput!]!, $userId: ID) { assignWork(items: $items, userId: $userId) { id } }`,
      { items: [{ kind: 'CASE', id: urgent.id }, { kind: 'ESCALATION', id: escalationId }], userId: finance.id }, lead.token);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.sql('select assignee_id from support_case where id = ?', [urgent.id]))[0].assignee_id).toBeNull();

    const ok = await t.gql(`mutation($items: [WorkItemInput!]!, $userId: ID) { assignWork(items: $items, userId: $userId) { id assignee { id } } }`,
      { items: [{ kind: 'CASE', id: urgent.id }, { kind: 'ESCALATION', id: escalationId }], userId: agent.id }, lead.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.assignWork.map((i: any) => i.assignee.id)).toEqual([agent.id, agent.id]);
    // The assign dialog's choices: the people of the case's team (one query per team on a page of cases).
    const choices = await t.gql(`{ allSupportCases(perPage: 10) { team assignableUsers { id } } }`, {}, lead.token);
    expect(choices.errors).toBeUndefined();
    for (const c of choices.data.allSupportCases) expect(c.team === 'CX' ? c.assignableUsers.map((u: any) => u.id) : []).toEqual(c.team === 'CX' ? expect.arrayContaining([agent.id, lead.id]) : []);
    expect((await t.gql(INBOX, { filter: { view: 'MINE' } }, agent.token)).data.allInboxItems).toHaveLength(2);

    expect((await t.gql(INBOX, {}, finance.token)).data.allInboxItems).toHaveLength(0);
    const esc = await t.gql(`mutation($id: ID!) { escalateCase(caseId: $id, team: FINANCE, reason: "Short payment to check") { id team } }`, { id: urgent.id }, agent.token);
    expect(esc.errors).toBeUndefined();
    const fin = (await t.gql(INBOX, {}, finance.token)).data.allInboxItems;
    expect(fin.map((i: any) => i.supportCase?.id)).toEqual([urgent.id]);
    const agentAssign = await t.gql(`mutation($items: [WorkItemInput!]!) { assignWork(items: $items, userId: null) { id } }`, { items: [{ kind: 'CASE', id: normal.id }] }, agent.token);
    expect(agentAssign.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('offers K8 reply templates filled in with the customer and the order, on cases and escalations', async () => {
    const r = await t.gql(`query($id: ID!, $e: ID!) { supportCase(id: $id) { replyTemplates { id name source body } } escalation(id: $e) { replyTemplates { id body } } }`,
      { id: normal.id, e: escalationId }, agent.token);
    expect(r.errors).toBeUndefined();
    const first = r.data.supportCase.replyTemplates.find((x: any) => x.id === 'FIRST_CONTACT');
    expect(first.body).toBe("Hi Neha, we noticed you had an issue. We're here to resolve it immediately.");
    expect(r.data.escalation.replyTemplates.map((x: any) => x.id)).toEqual(['FIRST_CONTACT', 'CALL_SCRIPT', 'UPDATED_RATING']);
    expect(r.data.escalation.replyTemplates[0].body).toMatch(/with your order LOOP-/);
  });

  it('searches by case number, name and order reference, and refuses unknown sorts', async () => {
    const q = async (text: string) => (await t.gql(INBOX, { filter: { q: text } }, agent.token)).data.allInboxItems;
    expect((await q(urgent.number)).map((i: any) => i.supportCase?.id)).toEqual([urgent.id]);
    expect((await q('neha')).map((i: any) => i.supportCase?.id)).toEqual([normal.id]);
    // Escalated to FINANCE, the agent let go of it (they cannot work FINANCE cases): not theirs any more.
    expect((await t.gql(INBOX, { filter: { view: 'MINE', team: 'FINANCE' } }, agent.token)).data.allInboxItems).toEqual([]);
    const team = await t.gql(INBOX, { filter: { team: 'FINANCE', kind: ['CASE'] } }, agent.token);
    expect(team.errors).toBeUndefined();
    expect(team.data.allInboxItems.map((i: any) => i.supportCase?.id)).toEqual([urgent.id]);
    expect((await t.gql(INBOX, { filter: { kind: ['ESCALATION'], team: 'CX' } }, agent.token)).data.allInboxItems.map((i: any) => i.kind)).toEqual(['ESCALATION']);
    const sort = await t.gql(INBOX, { sortField: 'nope' }, agent.token);
    expect(sort.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
