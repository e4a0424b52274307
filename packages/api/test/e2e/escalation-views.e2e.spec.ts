// Issue 14 item 12: "Assign to me" (takeEscalation, decideTake) and the escalation list's saved
// views (Mine, Unassigned, Due soon, Breached) as server-side filters, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { CATEGORIZE, LOG_CONTACT, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

const MIN = 60_000;
let t: TestApp;
let lead: { token: string; email: string; id: string };
let agent: { token: string; email: string; id: string };
let agent2: { token: string; email: string; id: string };
beforeAll(async () => {
  t = await initTestApp();
  lead = await t.userWith(Role.CX_LEAD);
  agent = await t.userWith(Role.CX_AGENT);
  agent2 = await t.userWith(Role.CX_AGENT);
});
afterAll(() => t.close());

async function escalated(): Promise<string> {
  const orderId = await completedOrder(t);
  const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1, comment: 'Rude vendor' } }, t.adminToken);
  expect(r.errors).toBeUndefined();
  return r.data.submitFeedback.escalation.id;
}
const TAKE = `mutation($id: ID!, $v: Int) { takeEscalation(escalationId: $id, expectedVersion: $v) { id version assignee { email } availableActions { action } } }`;
const ACTIONS = `query($id: ID!) { escalation(id: $id) { version availableActions { action } } }`;
const actions = async (id: string, token: string) => (await t.gql(ACTIONS, { id }, token)).data.escalation.availableActions.map((a: any) => a.action);
const ids = async (filter: object, token: string) => {
  const r = await t.gql(`query($f: EscalationFilter) { allEscalations(filter: $f, perPage: 500) { id } }`, { f: filter }, token);
  expect(r.errors).toBeUndefined();
  return r.data.allEscalations.map((e: any) => e.id) as string[];
};

describe('Assign to me (takeEscalation)', () => {
  it('an agent takes an unassigned escalation of their team; the server offers it and then stops offering it', async () => {
    const id = await escalated();
    expect(await actions(id, agent.token)).toContain('ASSIGN_TO_ME');
    const version = (await t.gql(ACTIONS, { id }, agent.token)).data.escalation.version;
    const r = await t.gql(TAKE, { id, v: version }, agent.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.takeEscalation.assignee.email).toBe(agent.email);
    expect(r.data.takeEscalation.availableActions.map((a: any) => a.action)).not.toContain('ASSIGN_TO_ME');
    const audit = await t.sql(`select data from audit_event where entity_id = ? and action = 'ESCALATION_ASSIGNED'`, [id]);
    expect(audit[0].data).toMatchObject({ assigneeId: agent.id, selfAssigned: true });
  });

  it("an agent cannot take a colleague's escalation; a lead can", async () => {
    const id = await escalated();
    expect((await t.gql(TAKE, { id }, agent.token)).errors).toBeUndefined();
    expect(await actions(id, agent2.token)).not.toContain('ASSIGN_TO_ME');
    expectRefusal(await t.gql(TAKE, { id }, agent2.token), 'CONFLICT');
    expect(await actions(id, lead.token)).toContain('ASSIGN_TO_ME');
    expect((await t.gql(TAKE, { id }, lead.token)).data.takeEscalation.assignee.email).toBe(lead.email);
  });

  it('a stale version is refused, and people outside the team cannot take it', async () => {
    const id = await escalated();
    expectRefusal(await t.gql(TAKE, { id, v: 999 }, agent.token), 'CONFLICT');
    const finance = await t.userWith(Role.FINANCE);
    expectRefusal(await t.gql(TAKE, { id }, finance.token), 'FORBIDDEN');
    const marketing = await t.userWith(Role.MARKETING);
    expectRefusal(await t.gql(TAKE, { id }, marketing.token), 'FORBIDDEN');
  });
});

describe('saved views: Mine, Unassigned, Due soon, Breached', () => {
  it('Mine and Unassigned follow the caller and the assignee', async () => {
    const mine = await escalated();
    const free = await escalated();
    await t.gql(TAKE, { id: mine }, agent.token);
    const agentsOwn = await ids({ assignedToMe: true }, agent.token);
    expect(agentsOwn).toContain(mine);
    expect(agentsOwn).not.toContain(free);
    expect(await ids({ assignedToMe: true }, agent2.token)).not.toContain(mine);
    expect(await ids({ assignedToMe: false }, agent2.token)).toContain(mine);
    const unassigned = await ids({ unassigned: true }, agent.token);
    expect(unassigned).toContain(free);
    expect(unassigned).not.toContain(mine);
    expect(await ids({ unassigned: false }, agent.token)).toContain(mine);
  });

  it('Due soon (due within 10 minutes, not breached) and Breached agree with slaBreached', async () => {
    const early = await escalated();
    t.clock.advance(8 * MIN);
    const late = await escalated();
    // early: due in 7 minutes; late: due in 15.
    let soon = await ids({ dueWithinMinutes: 10, breached: false }, agent.token);
    expect(soon).toContain(early);
    expect(soon).not.toContain(late);
    // The panel's "Due soon" view: the policy's window (10 minutes by default), decided here.
    expect(await ids({ dueSoon: true }, agent.token)).toEqual(expect.arrayContaining([early]));
    expect(await ids({ dueSoon: true }, agent.token)).not.toContain(late);
    expect(await ids({ dueSoon: false, ids: [early, late] }, agent.token)).toEqual([late]);
    // The countdown's warning starts where the view does: the window before the due time.
    const marks = await t.gql(`query($f: EscalationFilter) { allEscalations(filter: $f) { id firstContactDueAt firstContactDueSoonAt } }`, { f: { ids: [early] } }, agent.token);
    const [mark] = marks.data.allEscalations;
    expect(Date.parse(mark.firstContactDueAt) - Date.parse(mark.firstContactDueSoonAt)).toBe(10 * MIN);
    t.clock.advance(8 * MIN);
    // early: overdue by a minute, before the timer ran; late: due in 7.
    soon = await ids({ dueWithinMinutes: 10, breached: false }, agent.token);
    expect(soon).not.toContain(early);
    expect(soon).toContain(late);
    expect(await ids({ dueSoon: true, ids: [early, late] }, agent.token)).toEqual([late]);
    const breached = await ids({ breached: true }, agent.token);
    expect(breached).toContain(early);
    expect(breached).not.toContain(late);
    const flags = await t.gql(`query($f: EscalationFilter) { allEscalations(filter: $f, perPage: 500) { id slaBreached } }`, { f: { ids: [early, late] } }, agent.token);
    expect(Object.fromEntries(flags.data.allEscalations.map((e: any) => [e.id, e.slaBreached]))).toEqual({ [early]: true, [late]: false });
    // Contacted late: still breached, no longer due.
    expect((await t.gql(LOG_CONTACT, { id: early, c: 'CALL', s: 'Called, apologised' }, agent.token)).errors).toBeUndefined();
    expect(await ids({ breached: true }, agent.token)).toContain(early);
    expect(await ids({ dueWithinMinutes: 10 }, agent.token)).not.toContain(early);
  });
});

describe("the customer's phone as a tel: link (phoneUri)", () => {
  it('is a tel: link for CX and null where the number is masked (VENDOR_OPS on a routed escalation)', async () => {
    const id = await escalated();
    const Q = `query($id: ID!) { escalation(id: $id) { order { customer { phone phoneUri } } } }`;
    const cx = (await t.gql(Q, { id }, agent.token)).data.escalation.order.customer;
    expect(cx.phoneUri).toBe(`tel:${cx.phone}`);
    expect((await t.gql(CATEGORIZE, { id, c: 'DELAY' }, agent.token)).errors).toBeUndefined();
    const ops = await t.userWith(Role.VENDOR_OPS);
    const masked = (await t.gql(Q, { id }, ops.token)).data.escalation.order.customer;
    expect(masked.phone).toMatch(/\*{4}/);
    expect(masked.phoneUri).toBeNull();
  });
});
