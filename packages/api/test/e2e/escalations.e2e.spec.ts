// SOP_RULES "Escalations" (E1–E4), C2, and S2's team-scoped access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { CATEGORIZE, ESCALATION, LOG_CONTACT, ORDER_LOOP, RESOLVE, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

const MIN = 60_000;
let t: TestApp;
let lead: { token: string; email: string; id: string };
let agent: { token: string; email: string; id: string };
beforeAll(async () => {
  t = await initTestApp();
  lead = await t.userWith(Role.CX_LEAD);
  agent = await t.userWith(Role.CX_AGENT);
});
afterAll(() => t.close());

async function escalated(rating = 1): Promise<{ orderId: string; id: string }> {
  const orderId = await completedOrder(t);
  const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating, comment: 'The vendor argued about the price' } }, t.adminToken);
  expect(r.errors).toBeUndefined();
  return { orderId, id: r.data.submitFeedback.escalation.id };
}
const get = async (id: string, token = t.adminToken) => (await t.gql(ESCALATION, { id }, token)).data.escalation;
const contact = (id: string, token = agent.token, s = 'Called the customer; apologised and listened') => t.gql(LOG_CONTACT, { id, c: 'CALL', s }, token);

describe('E1: first contact within 15 minutes', () => {
  it('logging contact in time records the interaction and sets CONTACTED, never breached', async () => {
    const { id } = await escalated();
    t.clock.advance(10 * MIN);
    const r = await contact(id);
    expect(r.errors).toBeUndefined();
    expect(r.data.logEscalationContact).toMatchObject({ status: 'CONTACTED', slaBreached: false });
    t.clock.advance(20 * MIN);
    await t.runDue();
    const e = await get(id);
    expect(e.slaBreached).toBe(false);
    expect(e.interactions).toEqual([{ channel: 'CALL', summary: 'Called the customer; apologised and listened', by: { email: agent.email } }]);
  });

  it('the SLA timer marks the breach at the due time and alerts CX_LEAD', async () => {
    const { id, orderId } = await escalated(2);
    t.clock.advance(14 * MIN);
    expect((await t.runDue()).breaches).toBe(0);
    expect((await get(id)).slaBreached).toBe(false);
    t.clock.advance(1 * MIN + 1000);
    expect((await t.runDue()).breaches).toBe(1);
    expect((await get(id)).slaBreached).toBe(true);
    const alerts = await t.sql(`select kind, for_role from alert where escalation_id = ? order by created_at`, [id]);
    expect(alerts).toEqual([{ kind: 'ESCALATION_OPENED', for_role: 'CX_AGENT' }, { kind: 'SLA_BREACHED', for_role: 'CX_LEAD' }]);
    const feed = await t.gql(`query($e: ID!) { allAlerts(filter: { escalationId: $e, forRole: CX_LEAD }) { id kind text acknowledgedAt escalation { id } } }`, { e: id }, lead.token);
    expect(feed.data.allAlerts).toMatchObject([{ kind: 'SLA_BREACHED', acknowledgedAt: null, escalation: { id } }]);
    const ack = await t.gql(`mutation($a: ID!) { acknowledgeAlert(id: $a) { acknowledgedAt acknowledgedBy { email } } }`, { a: feed.data.allAlerts[0].id }, lead.token);
    expect(ack.data.acknowledgeAlert.acknowledgedBy.email).toBe(lead.email);
    const notices = await t.sql(`select recipient, status from message where order_id = ? and kind = 'SLA_BREACH_ALERT'`, [orderId]);
    expect(notices).toContainEqual({ recipient: lead.email, status: 'SENT' });
    expect(notices.map((n: any) => n.recipient)).not.toContain(agent.email);
    const timeline = (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order.timeline;
    expect(timeline.find((e: any) => e.action === 'ESCALATION_SLA_BREACHED').rule).toBe('E1');
    // The timer fires once: running it again adds nothing.
    await t.runDue();
    expect((await t.sql(`select count(*)::int as n from alert where escalation_id = ? and kind = 'SLA_BREACHED'`, [id]))[0].n).toBe(1);
  });

  it('a late first contact counts as breached even before the timer runs', async () => {
    const { id } = await escalated();
    t.clock.advance(16 * MIN);
    const r = await contact(id);
    expect(r.data.logEscalationContact).toMatchObject({ status: 'CONTACTED', slaBreached: true });
  });

  it('is breached while overdue and uncontacted, as the queue shows it', async () => {
    const { id } = await escalated();
    t.clock.advance(15 * MIN + 1);
    expect((await get(id)).slaBreached).toBe(true);
    const q = await t.gql(`{ allEscalations(filter: { breached: true }, perPage: 500) { id } }`, {}, t.adminToken);
    expect(q.data.allEscalations.map((e: any) => e.id)).toContain(id);
  });

  it('refuses an empty summary', async () => {
    const { id } = await escalated();
    const r = await contact(id, agent.token, '  ');
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('summary');
    expect((await get(id)).status).toBe('OPEN');
  });
});

describe('E2: categorising routes to the team that fixes it', () => {
  it.each([
    ['VENDOR_BEHAVIOUR', 'VENDOR_OPS', 'ROUTED'], ['MISSED_PICKUP', 'VENDOR_OPS', 'ROUTED'], ['WRONG_INSPECTION', 'VENDOR_OPS', 'ROUTED'],
    ['DELAY', 'VENDOR_OPS', 'ROUTED'], ['PAYMENT', 'FINANCE', 'ROUTED'], ['TECH', 'TECH', 'ROUTED'],
    ['PRICING', 'CX', 'CONTACTED'], ['MISCOMMUNICATION', 'CX', 'CONTACTED'],
  ])('%s → %s (%s)', async (category, team, status) => {
    const { id } = await escalated();
    await contact(id);
    const r = await t.gql(CATEGORIZE, { id, c: category }, agent.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.categorizeEscalation).toMatchObject({ category, team, status });
  });

  it('VENDOR_OPS sees and works only escalations routed to VENDOR_OPS; FINANCE only FINANCE', async () => {
    const ops = await t.userWith(Role.VENDOR_OPS);
    const fin = await t.userWith(Role.FINANCE);
    const a = await escalated();
    const b = await escalated();
    await contact(a.id);
    await contact(b.id);
    await t.gql(CATEGORIZE, { id: a.id, c: 'MISSED_PICKUP' }, agent.token);
    await t.gql(CATEGORIZE, { id: b.id, c: 'PAYMENT' }, agent.token);
    expect((await get(a.id, ops.token)).team).toBe('VENDOR_OPS');
    expect(await get(b.id, ops.token)).toBeNull();
    expect(await get(a.id, fin.token)).toBeNull();
    expect((await get(b.id, fin.token)).team).toBe('FINANCE');
    const opsQueue = await t.gql(`{ allEscalations(perPage: 500) { team } }`, {}, ops.token);
    expect(new Set(opsQueue.data.allEscalations.map((e: any) => e.team))).toEqual(new Set(['VENDOR_OPS']));
    expectRefusal(await contact(b.id, ops.token), 'FORBIDDEN');
    expect((await t.gql(RESOLVE, { id: a.id, r: 'Vendor rescheduled and apologised' }, ops.token)).errors).toBeUndefined();
  });
});

describe('E3: resolving', () => {
  it('refuses without a first contact (ESCALATION_NOT_CONTACTED) and without a category (ESCALATION_NEEDS_CATEGORY)', async () => {
    const { id } = await escalated();
    expectRefusal(await t.gql(RESOLVE, { id, r: 'Done' }, agent.token), 'SOP_VIOLATION', 'ESCALATION_NOT_CONTACTED');
    await t.gql(CATEGORIZE, { id, c: 'PRICING' }, agent.token);
    expectRefusal(await t.gql(RESOLVE, { id, r: 'Done' }, agent.token), 'SOP_VIOLATION', 'ESCALATION_NOT_CONTACTED');
    const { id: id2 } = await escalated();
    await contact(id2);
    expectRefusal(await t.gql(RESOLVE, { id: id2, r: 'Done' }, agent.token), 'SOP_VIOLATION', 'ESCALATION_NEEDS_CATEGORY');
    expect((await get(id2)).status).toBe('CONTACTED');
  });

  it('sets RESOLVED, asks for an updated rating and adds a COMPLAINT_RESOLVED call task', async () => {
    const { id, orderId } = await escalated();
    await contact(id);
    await t.gql(CATEGORIZE, { id, c: 'PRICING' }, agent.token);
    const r = await t.gql(RESOLVE, { id, r: 'Explained the price difference; paid ₹500 goodwill' }, agent.token);
    expect(r.data.resolveEscalation).toMatchObject({ status: 'RESOLVED', resolution: 'Explained the price difference; paid ₹500 goodwill' });
    const o = (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order;
    const req = o.feedbackRequests.find((q: any) => q.touchpoint === 'AFTER_RESOLUTION');
    expect(req.status).toBe('OPEN');
    expect(req.messages[0].kind).toBe('UPDATED_RATING_REQUEST');
    expect(req.messages[1].body).toContain('Your issue is resolved now. If you feel your experience has improved');
    expect(o.callTasks.map((c: any) => c.reasons)).toContainEqual(['COMPLAINT_RESOLVED']);
    expectRefusal(await t.gql(RESOLVE, { id, r: 'Again' }, agent.token), 'CONFLICT');
  });
});

describe('E4: the updated rating closes the escalation', () => {
  async function resolved() {
    const e = await escalated();
    await contact(e.id);
    await t.gql(CATEGORIZE, { id: e.id, c: 'MISCOMMUNICATION' }, agent.token);
    await t.gql(RESOLVE, { id: e.id, r: 'Clarified the pickup slot' }, agent.token);
    return e;
  }

  it('a good updated rating closes it; nothing changes a CLOSED escalation (ESCALATION_CLOSED)', async () => {
    const { id, orderId } = await resolved();
    const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, touchpoint: 'AFTER_RESOLUTION', rating: 4 } }, t.adminToken);
    expect(r.errors).toBeUndefined();
    expect((await get(id)).status).toBe('CLOSED');
    expectRefusal(await contact(id), 'SOP_VIOLATION', 'ESCALATION_CLOSED');
    expectRefusal(await t.gql(CATEGORIZE, { id, c: 'TECH' }, agent.token), 'SOP_VIOLATION', 'ESCALATION_CLOSED');
    expectRefusal(await t.gql(RESOLVE, { id, r: 'x' }, agent.token), 'SOP_VIOLATION', 'ESCALATION_CLOSED');
    expectRefusal(await t.gql(SUBMIT_FEEDBACK, { input: { orderId, touchpoint: 'AFTER_RESOLUTION', rating: 5 } }, t.adminToken), 'SOP_VIOLATION', 'FEEDBACK_ALREADY_SUBMITTED');
    const o = (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order;
    expect(o.feedbackRequests.find((q: any) => q.touchpoint === 'AFTER_RESOLUTION').status).toBe('RESPONDED');
  });

  it('a 1–2 updated rating closes it and opens a new escalation', async () => {
    const { id, orderId } = await resolved();
    const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, touchpoint: 'AFTER_RESOLUTION', rating: 2 } }, t.adminToken);
    expect(r.data.submitFeedback.route).toBe('ESCALATE');
    expect((await get(id)).status).toBe('CLOSED');
    const fresh = r.data.submitFeedback.escalation;
    expect(fresh.id).not.toBe(id);
    expect(fresh.status).toBe('OPEN');
  });
});

describe('the queue', () => {
  it('sorts by first-contact due time and filters by status, team and due soon', async () => {
    const a = await escalated();
    t.clock.advance(2 * MIN);
    const b = await escalated();
    const q = await t.gql(`query($f: EscalationFilter) { allEscalations(filter: $f, sortField: "firstContactDueAt", sortOrder: "ASC", perPage: 500) { id firstContactDueAt } }`, { f: { status: ['OPEN'] } }, agent.token);
    const ids = q.data.allEscalations.map((e: any) => e.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
    const times = q.data.allEscalations.map((e: any) => Date.parse(e.firstContactDueAt));
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    const soon = await t.gql(`{ allEscalations(filter: { dueWithinMinutes: 14 }, perPage: 500) { id } }`, {}, agent.token);
    expect(soon.data.allEscalations.map((e: any) => e.id)).toContain(a.id);
    expect(soon.data.allEscalations.map((e: any) => e.id)).not.toContain(b.id);
    const count = await t.gql(`{ _allEscalationsMeta(filter: { team: [CX], status: [OPEN] }) { count } }`, {}, agent.token);
    expect(count.data._allEscalationsMeta.count).toBeGreaterThanOrEqual(2);
  });

  it('CX_LEAD assigns an escalation to an agent', async () => {
    const { id } = await escalated();
    const r = await t.gql(`mutation($id: ID!, $u: ID) { assignEscalation(escalationId: $id, userId: $u) { assignee { id } } }`, { id, u: agent.id }, lead.token);
    expect(r.data.assignEscalation.assignee.id).toBe(agent.id);
    const mine = await t.gql(`query($u: ID!) { allEscalations(filter: { assigneeId: $u }) { id } }`, { u: agent.id }, agent.token);
    expect(mine.data.allEscalations.map((e: any) => e.id)).toContain(id);
    expectRefusal(await t.gql(`mutation($id: ID!, $u: ID) { assignEscalation(escalationId: $id, userId: $u) { id } }`, { id, u: agent.id }, agent.token), 'FORBIDDEN');
    // Someone of another team is not offered, and refused if named anyway; the assignee stays.
    const tech = await t.userWith(Role.TECH);
    const wrong = await t.gql(`mutation($id: ID!, $u: ID) { assignEscalation(escalationId: $id, userId: $u) { id } }`, { id, u: tech.id }, lead.token);
    expectRefusal(wrong, 'BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.field).toBe('userId');
    expect((await t.gql(`query($id: ID!) { escalation(id: $id) { assignee { id } } }`, { id }, t.adminToken)).data.escalation.assignee.id).toBe(agent.id);
    // Colleagues are cards to a lead (staff-cards.e2e): their roles are looked up as ADMIN.
    const choices = await t.gql(`query($id: ID!) { assignableUsers(escalationId: $id) { id } }`, { id }, lead.token);
    const ids = choices.data.assignableUsers.map((u: any) => u.id);
    expect(ids).toContain(agent.id);
    const everyone = (await t.gql(`{ allUsers(perPage: 500) { id roles } }`, {}, t.adminToken)).data.allUsers as { id: string; roles: string[] }[];
    expect(ids.every((u: string) => everyone.find((p) => p.id === u)!.roles.some((r) => ['CX_AGENT', 'CX_LEAD', 'ADMIN'].includes(r)))).toBe(true);
  });
});
