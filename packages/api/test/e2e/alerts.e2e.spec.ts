// Alerts reach the team that must act (R1, E1, E2, V2 with S2's teams: alert-audience.policy.ts),
// TECH is a role that works what is routed to TECH (S2), and the notices read as people read
// them: Asia/Kolkata times, one message per recipient shown with its recipient, and the SLA
// breach on the timeline at the time it happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { CATEGORIZE, LOG_CONTACT, RESOLVE, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

const MIN = 60_000;
type Person = { id: string; email: string; token: string };
let t: TestApp;
let agent: Person, lead: Person, agentAndLead: Person, ops1: Person, ops2: Person, fin: Person, tech1: Person, tech2: Person, opsGone: Person;

beforeAll(async () => {
  t = await initTestApp();
  // Every staff member of this app: the recipients below are compared as whole sets.
  agent = await t.userWith(Role.CX_AGENT);
  lead = await t.userWith(Role.CX_LEAD);
  agentAndLead = await t.userWith(Role.CX_AGENT, Role.CX_LEAD);
  ops1 = await t.userWith(Role.VENDOR_OPS);
  ops2 = await t.userWith(Role.VENDOR_OPS);
  fin = await t.userWith(Role.FINANCE);
  tech1 = await t.userWith(Role.TECH);
  tech2 = await t.userWith(Role.TECH);
  opsGone = await t.userWith(Role.VENDOR_OPS);
  expect((await t.gql(`mutation($id: ID!) { updateUser(id: $id, active: false) { id } }`, { id: opsGone.id }, t.adminToken)).errors).toBeUndefined();
});
afterAll(() => t.close());

async function escalated(): Promise<{ orderId: string; id: string; due: string }> {
  const orderId = await completedOrder(t);
  const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1, comment: 'The app showed the wrong price' } }, t.adminToken);
  expect(r.errors).toBeUndefined();
  const e = r.data.submitFeedback.escalation;
  return { orderId, id: e.id, due: e.firstContactDueAt };
}
const contact = (id: string, token = agent.token) => t.gql(LOG_CONTACT, { id, c: 'CALL', s: 'Called the customer and listened' }, token);
const alertsOf = (id: string) => t.sql(`select kind, team, for_role from alert where escalation_id = ? order by created_at, kind`, [id]);
/** The e-mails of one kind on the order whose text matches, as sorted recipients. */
const mailed = async (orderId: string, kind: string, like = '%') =>
  (await t.sql(`select recipient from message where order_id = ? and kind = ? and body like ? order by recipient`, [orderId, kind, like])).map((m: any) => m.recipient);
const sorted = (...people: Person[]) => people.map((p) => p.email).sort();

describe('item 7: the team an escalation is routed to is alerted (E2)', () => {
  const ROUTES: [string, string, () => Person[]][] = [
    ['MISSED_PICKUP', 'VENDOR_OPS', () => [ops1, ops2]],
    ['PAYMENT', 'FINANCE', () => [fin]],
    ['TECH', 'TECH', () => [tech1, tech2]],
  ];

  it.each(ROUTES)('%s → an alert for %s and an e-mail to each of its active people, nobody else', async (category, team, people) => {
    const { id, orderId } = await escalated();
    expect((await contact(id)).errors).toBeUndefined();
    const r = await t.gql(CATEGORIZE, { id, c: category }, agent.token);
    expect(r.data.categorizeEscalation).toMatchObject({ team, status: 'ROUTED' });
    expect(await alertsOf(id)).toEqual([
      { kind: 'ESCALATION_OPENED', team: 'CX', for_role: 'CX_AGENT' },
      { kind: 'ESCALATION_ROUTED', team, for_role: team },
    ]);
    expect(await mailed(orderId, 'ESCALATION_ALERT', `%routed to ${team}%`)).toEqual(sorted(...people()));
  });

  it('the receiving team sees its alert and acknowledges it; TECH works the escalation routed to TECH', async () => {
    const { id, orderId } = await escalated();
    await contact(id);
    await t.gql(CATEGORIZE, { id, c: 'TECH' }, agent.token);
    const feed = await t.gql(`query($e: ID!) { allAlerts(filter: { escalationId: $e, forRole: TECH }) { id kind team escalation { id team } } }`, { e: id }, tech1.token);
    expect(feed.errors).toBeUndefined();
    expect(feed.data.allAlerts).toMatchObject([{ kind: 'ESCALATION_ROUTED', team: 'TECH', escalation: { id, team: 'TECH' } }]);
    const ack = await t.gql(`mutation($a: ID!) { acknowledgeAlert(id: $a) { acknowledgedBy { email } } }`, { a: feed.data.allAlerts[0].id }, tech1.token);
    expect(ack.data.acknowledgeAlert.acknowledgedBy.email).toBe(tech1.email);

    // TECH's queue is what is routed to TECH; the customer's contact data is masked for TECH (S2).
    const q = await t.gql(`{ allEscalations(perPage: 500) { id team order { id customer { phone } messages { id } timeline { action } } } }`, {}, tech1.token);
    expect(q.errors).toBeUndefined();
    expect(new Set(q.data.allEscalations.map((e: any) => e.team))).toEqual(new Set(['TECH']));
    const mine = q.data.allEscalations.find((e: any) => e.id === id);
    expect(mine.order.id).toBe(orderId);
    expect(mine.order.customer.phone).toMatch(/^\+91\*+\d{4}$/);
    expect(mine.order).toMatchObject({ messages: [], timeline: [] });
    expectRefusal(await t.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: orderId }, tech1.token), 'FORBIDDEN');

    // Assignable to TECH's people (and ADMIN), not to CX_LEAD instead.
    // (Colleagues are cards to TECH, staff-cards.e2e: their roles are looked up as ADMIN.)
    const choices = await t.gql(`query($id: ID!) { assignableUsers(escalationId: $id) { id } }`, { id }, tech1.token);
    expect(choices.errors).toBeUndefined();
    const everyone = (await t.gql(`{ allUsers(perPage: 500) { id roles } }`, {}, t.adminToken)).data.allUsers as { id: string; roles: string[] }[];
    const rolesOf = (userId: string) => everyone.find((u) => u.id === userId)!.roles;
    expect(choices.data.assignableUsers.every((u: any) => rolesOf(u.id).includes('TECH') || rolesOf(u.id).includes('ADMIN'))).toBe(true);
    expect(choices.data.assignableUsers.map((u: any) => u.id)).toEqual(expect.arrayContaining([tech1.id, tech2.id]));
    const assigned = await t.gql(`mutation($id: ID!, $u: ID) { assignEscalation(escalationId: $id, userId: $u) { assignee { id } } }`, { id, u: tech2.id }, tech1.token);
    expect(assigned.data.assignEscalation.assignee.id).toBe(tech2.id);
    expect((await t.gql(RESOLVE, { id, r: 'Fixed the price shown in the app' }, tech2.token)).data.resolveEscalation.status).toBe('RESOLVED');

    // Other teams' escalations stay out of TECH's reach.
    const other = await escalated();
    expect((await t.gql(`query($id: ID!) { escalation(id: $id) { id } }`, { id: other.id }, tech1.token)).data.escalation).toBeNull();
    expectRefusal(await contact(other.id, tech1.token), 'FORBIDDEN');
  });

  it('routed back to CX, CX is alerted; a new category within the same team alerts nobody again', async () => {
    const { id, orderId } = await escalated();
    await contact(id);
    await t.gql(CATEGORIZE, { id, c: 'DELAY' }, agent.token);
    await t.gql(CATEGORIZE, { id, c: 'MISSED_PICKUP' }, ops1.token);
    expect((await t.gql(CATEGORIZE, { id, c: 'PRICING' }, ops1.token)).data.categorizeEscalation).toMatchObject({ team: 'CX', status: 'CONTACTED' });
    expect(await alertsOf(id)).toEqual([
      { kind: 'ESCALATION_OPENED', team: 'CX', for_role: 'CX_AGENT' },
      { kind: 'ESCALATION_ROUTED', team: 'VENDOR_OPS', for_role: 'VENDOR_OPS' },
      { kind: 'ESCALATION_ROUTED', team: 'CX', for_role: 'CX_AGENT' },
    ]);
    expect(await mailed(orderId, 'ESCALATION_ALERT', '%routed to VENDOR_OPS%')).toEqual(sorted(ops1, ops2));
    expect(await mailed(orderId, 'ESCALATION_ALERT', '%routed to CX%')).toEqual(sorted(agent, lead, agentAndLead));
  });

  it('an SLA breach on an escalation routed to a team alerts that team, and CX_LEAD hears of it too (E1)', async () => {
    for (const [category, team, people] of ROUTES) {
      const { id, orderId } = await escalated();
      // Routed before anyone reached the customer.
      expect((await t.gql(CATEGORIZE, { id, c: category }, agent.token)).data.categorizeEscalation.team).toBe(team);
      t.clock.advance(16 * MIN);
      await t.runDue();
      expect((await alertsOf(id)).filter((a: any) => a.kind === 'SLA_BREACHED')).toEqual([{ kind: 'SLA_BREACHED', team, for_role: team }]);
      expect(await mailed(orderId, 'SLA_BREACH_ALERT')).toEqual([...people().map((p) => p.email), lead.email, agentAndLead.email].sort());
    }
    // With CX, the breach is CX_LEAD's, as before.
    const { id, orderId } = await escalated();
    t.clock.advance(16 * MIN);
    await t.runDue();
    expect((await alertsOf(id)).filter((a: any) => a.kind === 'SLA_BREACHED')).toEqual([{ kind: 'SLA_BREACHED', team: 'CX', for_role: 'CX_LEAD' }]);
    expect(await mailed(orderId, 'SLA_BREACH_ALERT')).toEqual(sorted(lead, agentAndLead));
  });
});

describe('item 8: alert e-mails as people read them', () => {
  const ORDER_PAGE = `query($id: ID!) { order(id: $id) { messages { kind channel body } timeline { action at rule data } escalations { firstContactDueAt slaBreachedAt } } }`;
  const MESSAGES_TO = `query($id: ID!) { order(id: $id) { messages { kind channel recipient body } } }`;

  it('times are in Asia/Kolkata, never raw UTC', async () => {
    t.clock.set(new Date('2026-12-01T06:55:43.187Z'));
    const { id, orderId, due } = await escalated();
    expect(due).toBe('2026-12-01T07:10:43.187Z');
    t.clock.advance(20 * MIN);
    await t.runDue();
    const page = (await t.gql(ORDER_PAGE, { id: orderId }, agent.token)).data.order;
    const notices = page.messages.filter((m: any) => ['ESCALATION_ALERT', 'SLA_BREACH_ALERT'].includes(m.kind));
    expect(new Set(notices.map((m: any) => m.kind))).toEqual(new Set(['ESCALATION_ALERT', 'SLA_BREACH_ALERT']));
    for (const m of notices) {
      expect(m.body).toContain('1 Dec 2026, 12:40 pm IST');
      expect(m.body).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    }
    // Routed: the team is told when first contact is due, in the same words.
    await t.gql(CATEGORIZE, { id, c: 'PAYMENT' }, agent.token);
    const [routed] = await t.sql(`select body from message where order_id = ? and body like '%routed to FINANCE%'`, [orderId]);
    expect(routed.body).toContain('1 Dec 2026, 12:40 pm IST');
  });

  it('one message per recipient, each shown with its recipient on the order page', async () => {
    const { orderId } = await escalated();
    const r = await t.gql(MESSAGES_TO, { id: orderId }, lead.token);
    expect(r.errors).toBeUndefined();
    const alerts = r.data.order.messages.filter((m: any) => m.kind === 'ESCALATION_ALERT');
    // CX_AGENT, CX_LEAD and the person who holds both roles: three messages, not four, and none alike.
    expect(alerts.map((m: any) => m.recipient).sort()).toEqual(sorted(agent, lead, agentAndLead));
    expect(alerts.every((m: any) => m.channel === 'EMAIL')).toBe(true);
    // The customer's messages name the customer's number (CX sees contact data).
    const toCustomer = r.data.order.messages.filter((m: any) => m.kind === 'REQUEST' && m.channel !== 'APP');
    expect(toCustomer.length).toBeGreaterThan(0);
    for (const m of toCustomer) expect(m.recipient).toMatch(/^\+91\d{10}$/);
  });

  it('the SLA breach is on the timeline at the due time, not when the timer noticed it', async () => {
    const { id, orderId, due } = await escalated();
    // The timer runs 40 minutes late (a server was down).
    t.clock.advance(55 * MIN);
    const noticed = t.clock.now().toISOString();
    expect((await t.runDue()).breaches).toBeGreaterThanOrEqual(1);
    const page = (await t.gql(ORDER_PAGE, { id: orderId }, agent.token)).data.order;
    expect(page.escalations).toEqual([{ firstContactDueAt: due, slaBreachedAt: due }]);
    const breach = page.timeline.filter((e: any) => e.action === 'ESCALATION_SLA_BREACHED');
    expect(breach).toHaveLength(1);
    expect(breach[0]).toMatchObject({ at: due, rule: 'E1', data: { firstContactDueAt: due, noticedAt: noticed } });
    // In order: after the opening, before anything done since the due time.
    const actions = page.timeline.map((e: any) => e.action);
    expect(actions.indexOf('ESCALATION_OPENED')).toBeLessThan(actions.indexOf('ESCALATION_SLA_BREACHED'));
    const [row] = await t.sql(`select sla_breached_at from escalation where id = ?`, [id]);
    expect(new Date(row.sla_breached_at).toISOString()).toBe(due);
  });
});
