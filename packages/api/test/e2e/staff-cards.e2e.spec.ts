// S2 on staff accounts reached through other records: allUsers is ADMIN's, so a colleague met as
// an escalation's assignee, in the people one may assign, or as who acknowledged an alert is a
// card (id, name, masked e-mail, no roles, sign-ins or permissions) for anyone else. One's own
// account (me, the login payload, oneself as assignee) stays whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { CATEGORIZE, LOG_CONTACT, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

const ACCOUNT = 'id name email roles lastLoginAt allowedOperations availableActions { action }';
let t: TestApp;
let agent: { id: string; email: string; token: string };
let lead: { id: string; email: string; token: string };
let ops: { id: string; email: string; token: string };
let escalationId: string;

beforeAll(async () => {
  t = await initTestApp();
  agent = await t.userWith(Role.CX_AGENT);
  lead = await t.userWith(Role.CX_LEAD);
  ops = await t.userWith(Role.VENDOR_OPS);
  const orderId = await completedOrder(t);
  const fed = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1, comment: 'The pickup agent never came' } }, t.adminToken);
  escalationId = fed.data.submitFeedback.escalation.id;
  expect((await t.gql(`mutation($id: ID!) { takeEscalation(escalationId: $id) { id } }`, { id: escalationId }, agent.token)).errors).toBeUndefined();
  expect((await t.gql(LOG_CONTACT, { id: escalationId, c: 'CALL', s: 'Called the customer' }, agent.token)).errors).toBeUndefined();
  expect((await t.gql(CATEGORIZE, { id: escalationId, c: 'MISSED_PICKUP' }, agent.token)).errors).toBeUndefined();
});
afterAll(() => t.close());

const assigneeAs = async (token: string) =>
  (await t.gql(`query($id: ID!) { escalation(id: $id) { assignee { ${ACCOUNT} } } }`, { id: escalationId }, token)).data.escalation.assignee;

describe('a colleague reached through another record is a card (S2)', () => {
  it('VENDOR_OPS, working the routed escalation, sees its assignee by name only', async () => {
    const card = await assigneeAs(ops.token);
    expect(card).toEqual({ id: agent.id, name: 'Test User', email: `u***@test.local`, roles: [], lastLoginAt: null, allowedOperations: [], availableActions: [] });
    // allUsers itself stays refused, so the card is all there is.
    expect((await t.gql(`{ allUsers { id email } }`, {}, ops.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a lead choosing whom to assign sees names, not e-mails or roles', async () => {
    const r = await t.gql(`query($id: ID!) { assignableUsers(escalationId: $id) { ${ACCOUNT} } }`, { id: escalationId }, lead.token);
    expect(r.errors).toBeUndefined();
    const people = r.data.assignableUsers as { id: string; email: string; roles: string[] }[];
    expect(people.length).toBeGreaterThan(0);
    for (const p of people.filter((p) => p.id !== lead.id)) {
      expect(p.email).toMatch(/^.\*\*\*@/);
      expect(p.roles).toEqual([]);
    }
  });

  it('an alert acknowledged by one ops person shows the other only a card', async () => {
    const other = await t.userWith(Role.VENDOR_OPS);
    const alerts = await t.gql(`{ allAlerts(perPage: 50) { id escalation { id } } }`, {}, ops.token);
    const alert = alerts.data.allAlerts.find((a: { escalation: { id: string } | null }) => a.escalation?.id === escalationId);
    expect(alert).toBeDefined();
    const ack = await t.gql(`mutation($a: ID!) { acknowledgeAlert(id: $a) { acknowledgedBy { email roles } } }`, { a: alert.id }, ops.token);
    expect(ack.data.acknowledgeAlert.acknowledgedBy).toEqual({ email: ops.email, roles: ['VENDOR_OPS'] });
    const seen = await t.gql(`{ allAlerts(perPage: 50) { id acknowledgedBy { id email roles } } }`, {}, other.token);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.allAlerts.find((a: { id: string }) => a.id === alert.id).acknowledgedBy).toEqual({ id: ops.id, email: 'u***@test.local', roles: [] });
  });
});

describe('one\'s own account, and ADMIN, stay whole', () => {
  it('the assignee sees themselves in full; ADMIN sees everyone in full', async () => {
    expect(await assigneeAs(agent.token)).toMatchObject({ email: agent.email, roles: ['CX_AGENT'] });
    const admin = await assigneeAs(t.adminToken);
    expect(admin).toMatchObject({ email: agent.email, roles: ['CX_AGENT'] });
    expect(admin.allowedOperations.length).toBeGreaterThan(0);
    expect(admin.lastLoginAt).not.toBeNull();
  });

  it('me and the login payload are the caller\'s own', async () => {
    const me = await t.gql(`{ me { ${ACCOUNT} } }`, {}, ops.token);
    expect(me.data.me).toMatchObject({ email: ops.email, roles: ['VENDOR_OPS'] });
    expect(me.data.me.allowedOperations).toContain('allAlerts');
    const login = await t.gql(`mutation($e: String!) { login(email: $e, password: "password-123") { user { email roles } } }`, { e: ops.email });
    expect(login.data.login.user).toEqual({ email: ops.email, roles: ['VENDOR_OPS'] });
  });
});
