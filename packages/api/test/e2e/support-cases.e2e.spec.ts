// Support cases over HTTP against PostgreSQL (K1–K6, S2): opening by customer or phone, the K2
// clocks by type and priority in business hours, breaches marked once by the timer, replies
// through the outbox, parking and resuming shifted by the paused time, escalation to a team that
// alone sees it, resolution with its rating request, reopening and closing. Every refusal is
// checked for its code (and rule or field) and for having changed nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { formatIst } from '../../src/common/time-text.js';
import { CREATE_API_KEY } from '../graphql/documents.js';
import { completedOrder, createOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type GqlResult, type TestApp } from '../setup/test-app.js';

const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const IST_MS = 330 * M;

let t: TestApp;
let agent: { id: string; token: string };
let lead: { id: string; token: string };
let finance: { id: string; email: string; token: string };
let vendorOps: { id: string; email: string; token: string };
let tech: { id: string; token: string };
let marketing: { id: string; token: string };
let casesKey: string;
beforeAll(async () => {
  t = await initTestApp();
  [agent, lead, finance, vendorOps, tech, marketing] = await Promise.all(
    [Role.CX_AGENT, Role.CX_LEAD, Role.FINANCE, Role.VENDOR_OPS, Role.TECH, Role.MARKETING].map((r) => t.userWith(r)),
  );
  casesKey = (await t.gql(CREATE_API_KEY, { n: 'website', s: ['CASES_WRITE'] }, t.adminToken)).data.createApiKey.secret;
});
afterAll(() => t.close());

const CASE = `id number type status priority channel subject description deviceSerial team createdAt
  firstResponseDueAt firstRespondedAt resolutionDueAt resolvedAt closedAt slaBreached slaPausedAt parkReason parkedUntil
  reopenCount resolution version customer { id name } order { id }
  interactions { kind channel summary } messages { kind channel recipient body }
  availableActions { action enabled reason }`;
const OPEN = `mutation($i: OpenCaseInput!) { openCase(input: $i) { ${CASE} } }`;
const GET = `query($id: ID!) { supportCase(id: $id) { ${CASE} } }`;
const REPLY = `mutation($id: ID!, $c: Channel!, $b: String!, $v: Int) { replyToCase(caseId: $id, channel: $c, body: $b, expectedVersion: $v) { ${CASE} } }`;
const NOTE = `mutation($id: ID!, $b: String!, $v: Int) { addCaseNote(caseId: $id, body: $b, expectedVersion: $v) { ${CASE} } }`;
const PARK = `mutation($id: ID!, $s: CaseStatus!, $r: String!, $u: DateTime, $v: Int) { parkCase(caseId: $id, status: $s, reason: $r, until: $u, expectedVersion: $v) { ${CASE} } }`;
const ESCALATE = `mutation($id: ID!, $team: Team!, $r: String!, $v: Int) { escalateCase(caseId: $id, team: $team, reason: $r, expectedVersion: $v) { ${CASE} } }`;
const RESOLVE = `mutation($id: ID!, $r: String!, $v: Int) { resolveCase(caseId: $id, resolution: $r, expectedVersion: $v) { ${CASE} } }`;
const REOPEN = `mutation($id: ID!, $r: String!, $v: Int) { reopenCase(caseId: $id, reason: $r, expectedVersion: $v) { ${CASE} } }`;
const CUSTOMER_WRITES = `mutation($id: ID!, $b: String!, $c: Channel!) { addCaseMessage(caseId: $id, body: $b, channel: $c) { id status slaPausedAt firstResponseDueAt resolutionDueAt reopenCount } }`;
const LIST = `query($f: SupportCaseFilter) { allSupportCases(filter: $f, perPage: 500) { id team } }`;
const ALERTS = `query($c: ID!) { allAlerts(filter: { supportCaseId: $c }) { kind team forRole text supportCase { id } } }`;

/** An instant written in India time. */
const ist = (local: string) => new Date(`${local.replace(' ', 'T')}:00+05:30`);
const iso = (d: Date | number) => new Date(d).toISOString();
/** Moves the manual clock forward to the next `hh:mm` IST (at least a minute ahead). */
function nextIst(hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  const now = t.clock.now().getTime();
  const local = now + IST_MS;
  let at = local - (local % D) + (h * 60 + m) * M - IST_MS;
  while (at <= now + M) at += D;
  t.clock.set(new Date(at));
  return new Date(at);
}

const ok = <T = any>(r: GqlResult, field: string): T => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data[field];
};
const field = (r: GqlResult) => r.errors?.[0]?.extensions?.field;

async function customerOf(orderId: string): Promise<{ id: string; phone: string; name: string }> {
  const r = await t.gql(`query($id: ID!) { order(id: $id) { customer { id phone name } } }`, { id: orderId }, t.adminToken);
  return r.data.order.customer;
}

let phones = 0;
const newPhone = () => `98${String(40_000_000 + ++phones * 7919 + Math.floor(Math.random() * 5000)).padStart(8, '0')}`;

/** A case for a fresh customer (with an order, unless told not to). */
async function openCase(input: Record<string, unknown> = {}, token = agent.token): Promise<any> {
  let base: Record<string, unknown> = {};
  if (!input.customerId && !input.customerPhone) {
    const orderId = await createOrder(t, { phone: newPhone(), email: 'rahul@example.com' });
    base = { customerId: (await customerOf(orderId)).id, orderId };
  }
  return ok(await t.gql(OPEN, { i: { type: 'OTHER', channel: 'WHATSAPP', subject: 'Where is my payment?', description: 'The customer asked on WhatsApp.', ...base, ...input } }, token), 'openCase');
}
const get = async (id: string, token = t.adminToken) => (await t.gql(GET, { id }, token)).data.supportCase;
const audits = (id: string, action: string) => t.sql(`select rule, data, at from audit_event where entity_id = ? and action = ? order by at`, [id, action]);
const count = async (table: string, where = 'true', params: unknown[] = []) => Number((await t.sql(`select count(*)::int as n from ${table} where ${where}`, params))[0].n);
/** What went to the customer about the case (the staff's alert e-mails, CASE_ALERT, are linked to it too). */
const caseMessages = (id: string) => t.sql(`select kind, channel, recipient, body, order_id, status from message where support_case_id = ? and kind <> 'CASE_ALERT' order by scheduled_for, kind`, [id]);
const alerts = async (id: string, token = t.adminToken) => ok<any[]>(await t.gql(ALERTS, { c: id }, token), 'allAlerts');

/** What a refusal must leave as it was: the case as read back, its messages and interactions. */
async function unchanged(id: string, attempt: () => Promise<GqlResult>, code: string, ruleOrField?: { rule?: string; field?: string }): Promise<GqlResult> {
  const before = { c: await get(id), messages: await count('message', 'support_case_id = ?', [id]), audits: await count('audit_event', 'entity_id = ?', [id]) };
  const r = await attempt();
  expectRefusal(r, code, ruleOrField?.rule);
  if (ruleOrField?.field) expect(field(r)).toBe(ruleOrField.field);
  expect({ c: await get(id), messages: await count('message', 'support_case_id = ?', [id]), audits: await count('audit_event', 'entity_id = ?', [id]) }).toEqual(before);
  return r;
}

describe('K1: openCase', () => {
  it('numbers cases CX-10001, CX-10002, … in order, for a customer by id, by phone + name (created) and by a known phone; team CX', async () => {
    const orderId = await createOrder(t, { phone: newPhone(), name: 'Anita Desai' });
    const anita = await customerOf(orderId);
    const first = await openCase({ customerId: anita.id, orderId, type: 'ORDER_STATUS', channel: 'SMS' });
    expect(first).toMatchObject({
      number: 'CX-10001', type: 'ORDER_STATUS', status: 'OPEN', priority: 'NORMAL', channel: 'SMS', team: 'CX',
      customer: { id: anita.id, name: 'Anita Desai' }, order: { id: orderId }, slaBreached: false, slaPausedAt: null, firstRespondedAt: null, version: 1,
    });
    expect(first.interactions).toMatchObject([{ kind: 'STATUS_CHANGE' }]);
    expect(await audits(first.id, 'CASE_OPENED')).toMatchObject([{ rule: 'K1', data: { number: 'CX-10001', type: 'ORDER_STATUS', customerId: anita.id } }]);

    const phone = newPhone();
    const customersBefore = await count('customer');
    const second = await openCase({ customerPhone: `+91 ${phone}`, customerName: '  Vikram Rao ', channel: 'CALL' });
    expect(second.number).toBe('CX-10002');
    expect(second.order).toBeNull();
    expect(second.customer.name).toBe('Vikram Rao');
    expect(await count('customer')).toBe(customersBefore + 1);
    expect(await t.sql(`select name, phone from customer where id = ?`, [second.customer.id])).toEqual([{ name: 'Vikram Rao', phone: expect.stringContaining(phone) }]);

    // A known phone is that customer (the name given is not a new customer, nor a rename).
    const third = await openCase({ customerPhone: anita.phone, customerName: 'Someone Else' });
    expect(third).toMatchObject({ number: 'CX-10003', customer: { id: anita.id, name: 'Anita Desai' } });
    expect(await count('customer')).toBe(customersBefore + 1);
  });

  it.each([
    ['an unknown phone without a name', () => ({ customerPhone: newPhone() }), 'customerName'],
    ['a malformed phone', () => ({ customerPhone: '12345', customerName: 'Ravi' }), 'customerPhone'],
    ['neither a customer nor a phone', () => ({}), 'customerId'],
  ])('refuses %s (BAD_USER_INPUT on its field), creating nothing', async (_what, input, badField) => {
    const before = { customers: await count('customer'), cases: await count('support_case') };
    const r = await t.gql(OPEN, { i: { type: 'OTHER', channel: 'CALL', subject: 'Help', description: 'Called in.', ...input() } }, agent.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(field(r)).toBe(badField);
    expect({ customers: await count('customer'), cases: await count('support_case') }).toEqual(before);
  });

  it("refuses another customer's order (orderId), and does not create the new customer it would have been for", async () => {
    const othersOrder = await createOrder(t, { phone: newPhone() });
    const mine = await customerOf(await createOrder(t, { phone: newPhone() }));
    const before = { customers: await count('customer'), cases: await count('support_case') };
    for (const who of [{ customerId: mine.id }, { customerPhone: newPhone(), customerName: 'New Person' }]) {
      const r = await t.gql(OPEN, { i: { type: 'REFUND_STATUS', channel: 'CALL', subject: 'Refund', description: 'Where is it?', orderId: othersOrder, ...who } }, agent.token);
      expectRefusal(r, 'BAD_USER_INPUT');
      expect(field(r)).toBe('orderId');
    }
    expect({ customers: await count('customer'), cases: await count('support_case') }).toEqual(before);
  });

  it('PRODUCT_SUPPORT needs a device serial: missing or a wrong IMEI check digit is refused; a valid IMEI or serial is kept', async () => {
    const customer = await customerOf(await createOrder(t, { phone: newPhone() }));
    const base = { type: 'PRODUCT_SUPPORT', channel: 'CALL', subject: 'Phone not turning on', description: 'After the pickup test', customerId: customer.id };
    const before = await count('support_case');
    for (const deviceSerial of [null, '', '490154203237519', '12345', 'ABC-!!']) {
      const r = await t.gql(OPEN, { i: { ...base, deviceSerial } }, agent.token);
      expectRefusal(r, 'BAD_USER_INPUT');
      expect(field(r)).toBe('deviceSerial');
    }
    expect(await count('support_case')).toBe(before);
    const imei = await openCase({ ...base, deviceSerial: '49-015420-323751-8' });
    expect(imei.deviceSerial).toBe('490154203237518');
    const serial = await openCase({ ...base, deviceSerial: 'r58m12abcde' });
    expect(serial.deviceSerial).toBe('R58M12ABCDE');
    // The numbers stay consecutive: refusals take no number.
    expect(Number(serial.number.slice(3))).toBe(Number(imei.number.slice(3)) + 1);
  });

  it.each([
    ['subject', { subject: '   ' }],
    ['subject', { subject: 'x'.repeat(201) }],
    ['description', { description: '' }],
    ['description', { description: 'y'.repeat(5001) }],
  ])('refuses a bad %s and accepts one at the limit', async (badField, bad) => {
    const customer = await customerOf(await createOrder(t, { phone: newPhone() }));
    const before = await count('support_case');
    const r = await t.gql(OPEN, { i: { type: 'OTHER', channel: 'CALL', subject: 'Question', description: 'Asked', customerId: customer.id, ...bad } }, agent.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(field(r)).toBe(badField);
    expect(await count('support_case')).toBe(before);
    const atLimit = await openCase({ customerId: customer.id, subject: ` ${'s'.repeat(200)} `, description: 'd'.repeat(5000) });
    expect(atLimit.subject).toHaveLength(200);
  });
});

describe('K2: the two SLA clocks', () => {
  it.each([
    // type, priority given, priority, first response due, resolution due (from Monday 11:00 IST)
    ['OTHER', null, 'NORMAL', '2026-11-30 15:00', '2026-12-06 11:00'],
    ['PAYMENT_ISSUE', null, 'HIGH', '2026-11-30 12:00', '2026-12-01 11:00'],
    ['REFUND_STATUS', null, 'HIGH', '2026-11-30 12:00', '2026-12-01 11:00'],
    ['ORDER_STATUS', 'URGENT', 'URGENT', '2026-11-30 11:15', '2026-12-03 11:00'],
    ['INVOICE', 'LOW', 'LOW', '2026-12-02 11:00', '2026-12-06 11:00'],
    ['PAYMENT_ISSUE', 'NORMAL', 'NORMAL', '2026-11-30 15:00', '2026-12-02 11:00'],
  ])('%s (priority %s → %s): first response due %s, resolution due %s', async (type, priority, expected, firstDue, resolutionDue) => {
    t.clock.set(ist('2026-11-30 11:00'));
    const c = await openCase({ type, ...(priority ? { priority } : {}) });
    expect(c).toMatchObject({ priority: expected, firstResponseDueAt: iso(ist(firstDue)), resolutionDueAt: iso(ist(resolutionDue)) });
  });

  it('HIGH and URGENT count all hours: a HIGH case at 20:30 IST is due 21:30', async () => {
    nextIst('20:30');
    const c = await openCase({ type: 'PAYMENT_ISSUE' });
    expect(c.firstResponseDueAt).toBe(iso(t.clock.now().getTime() + H));
  });

  it('a NORMAL case opened 20:30 IST is due 12:30 the next day; the timer marks the breach then, once, and alerts CX_LEAD; never before', async () => {
    const opened = nextIst('20:30');
    const c = await openCase();
    const due = new Date(opened.getTime() + 16 * H);
    expect(c.firstResponseDueAt).toBe(iso(due));
    expect(formatIst(due)).toMatch(/12:30 pm IST$/);

    // Overnight and the next morning, hours past a wall-clock 4 h: not breached.
    for (const at of [opened.getTime() + 5 * H, opened.getTime() + 13 * H, due.getTime() - 1]) {
      t.clock.set(new Date(at));
      await t.runDue();
      expect((await get(c.id)).slaBreached).toBe(false);
    }
    expect(await audits(c.id, 'CASE_SLA_BREACHED')).toEqual([]);
    expect(await alerts(c.id)).toEqual([]);
    expect(ok<any[]>(await t.gql(LIST, { f: { slaBreached: true, ids: [c.id] } }, agent.token), 'allSupportCases')).toEqual([]);

    t.clock.set(due);
    await t.runDue();
    t.clock.advance(10 * M);
    await t.runDue();
    expect((await get(c.id)).slaBreached).toBe(true);
    const marked = await audits(c.id, 'CASE_SLA_BREACHED');
    expect(marked).toMatchObject([{ rule: 'K2', data: { clock: 'FIRST_RESPONSE', dueAt: iso(due) } }]);
    expect(iso((await t.sql(`select sla_breached_at from support_case where id = ?`, [c.id]))[0].sla_breached_at)).toBe(iso(due));
    const feed = await alerts(c.id, lead.token);
    expect(feed).toMatchObject([{ kind: 'CASE_SLA_BREACHED', team: 'CX', forRole: 'CX_LEAD', supportCase: { id: c.id } }]);
    expect(feed[0].text).toContain(c.number);
    expect(ok<any[]>(await t.gql(LIST, { f: { slaBreached: true, ids: [c.id] } }, agent.token), 'allSupportCases')).toHaveLength(1);

    // Answering late keeps the breach.
    const replied = ok(await t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'Sorry for the wait.' }, agent.token), 'replyToCase');
    expect(replied.slaBreached).toBe(true);
    expect(await audits(c.id, 'CASE_SLA_BREACHED')).toHaveLength(1);
  });
});

describe('K3: replies, calls and notes', () => {
  it('a reply goes through the outbox as CASE_REPLY linked to the case and its order, listed in the order\'s messages, and is the first response', async () => {
    const c = await openCase();
    const at = t.clock.advance(5 * M);
    const r = ok(await t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: '  We are checking with the vendor. ' }, agent.token), 'replyToCase');
    expect(r).toMatchObject({ firstRespondedAt: iso(at), status: 'OPEN', version: 2 });
    expect(r.interactions.at(-1)).toEqual({ kind: 'REPLY', channel: 'WHATSAPP', summary: 'We are checking with the vendor.' });
    const customer = (await t.sql(`select phone from customer where id = ?`, [c.customer.id]))[0];
    expect(await caseMessages(c.id)).toMatchObject([{ kind: 'CASE_REPLY', channel: 'WHATSAPP', recipient: customer.phone, body: 'We are checking with the vendor.', order_id: c.order.id }]);
    const order = await t.gql(`query($id: ID!) { order(id: $id) { messages { kind channel body } } }`, { id: c.order.id }, agent.token);
    expect(order.data.order.messages).toContainEqual({ kind: 'CASE_REPLY', channel: 'WHATSAPP', body: 'We are checking with the vendor.' });
    expect(iso((await t.sql(`select met_at from sla_clock where subject_id = ? and kind = 'FIRST_RESPONSE'`, [c.id]))[0].met_at)).toBe(iso(at));
    expect(await audits(c.id, 'CASE_REPLIED')).toMatchObject([{ rule: 'K3', data: { firstResponse: true, withinSla: true, sent: true } }]);

    // The met clock never breaches, and a second reply is not a new first response.
    t.clock.set(new Date(new Date(c.firstResponseDueAt).getTime() + H));
    await t.runDue();
    const again = ok(await t.gql(REPLY, { id: c.id, c: 'SMS', b: 'Update: paid.' }, agent.token), 'replyToCase');
    expect(again).toMatchObject({ firstRespondedAt: iso(at), slaBreached: false });
    expect(await audits(c.id, 'CASE_SLA_BREACHED')).toEqual([]);
  });

  it('a CALL is logged as the first response without a message; a note is never sent and is no response', async () => {
    const c = await openCase();
    const noted = ok(await t.gql(NOTE, { id: c.id, b: 'Vendor says pickup was done.' }, agent.token), 'addCaseNote');
    expect(noted).toMatchObject({ firstRespondedAt: null });
    expect(noted.interactions.at(-1)).toMatchObject({ kind: 'NOTE', summary: 'Vendor says pickup was done.' });
    expect(await count('message', 'support_case_id = ?', [c.id])).toBe(0);
    const called = ok(await t.gql(REPLY, { id: c.id, c: 'CALL', b: 'Called: explained the payment timeline.' }, agent.token), 'replyToCase');
    expect(called.firstRespondedAt).toBe(iso(t.clock.now()));
    expect(called.interactions.at(-1)).toMatchObject({ kind: 'REPLY', channel: 'CALL' });
    expect(await count('message', 'support_case_id = ?', [c.id])).toBe(0);
    expect(await audits(c.id, 'CASE_REPLIED')).toMatchObject([{ data: { sent: false, firstResponse: true } }]);
  });

  it('an opted-out customer gets no message (SOP_VIOLATION K3), nothing changes; a logged call is still possible', async () => {
    const c = await openCase();
    expect((await t.gql(`mutation($c: ID!) { setMessagingOptOut(customerId: $c, optOut: true) { id } }`, { c: c.customer.id }, agent.token)).errors).toBeUndefined();
    for (const channel of ['WHATSAPP', 'SMS', 'APP', 'EMAIL']) {
      await unchanged(c.id, () => t.gql(REPLY, { id: c.id, c: channel, b: 'Hello' }, agent.token), 'SOP_VIOLATION', { rule: 'K3' });
    }
    expect((await get(c.id)).firstRespondedAt).toBeNull();
    ok(await t.gql(REPLY, { id: c.id, c: 'CALL', b: 'Called instead.' }, agent.token), 'replyToCase');
    expect(await count('message', 'support_case_id = ?', [c.id])).toBe(0);
  });

  it('refuses WhatsApp to a customer without it and e-mail without an address (channel), and an SMS over 1,530 characters (body)', async () => {
    const orderId = await createOrder(t, { phone: newPhone(), hasWhatsapp: false });
    const c = await openCase({ customerId: (await customerOf(orderId)).id, orderId });
    await unchanged(c.id, () => t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'Hi' }, agent.token), 'BAD_USER_INPUT', { field: 'channel' });
    await unchanged(c.id, () => t.gql(REPLY, { id: c.id, c: 'EMAIL', b: 'Hi' }, agent.token), 'BAD_USER_INPUT', { field: 'channel' });
    await unchanged(c.id, () => t.gql(REPLY, { id: c.id, c: 'SMS', b: 'x'.repeat(1531) }, agent.token), 'BAD_USER_INPUT', { field: 'body' });
    await unchanged(c.id, () => t.gql(REPLY, { id: c.id, c: 'SMS', b: '   ' }, agent.token), 'BAD_USER_INPUT', { field: 'body' });
    ok(await t.gql(REPLY, { id: c.id, c: 'SMS', b: 'x'.repeat(1530) }, agent.token), 'replyToCase');
    expect(await caseMessages(c.id)).toMatchObject([{ kind: 'CASE_REPLY', channel: 'SMS' }]);
  });
});

describe('K4: parking stops both clocks', () => {
  it('a HIGH case parked for 10 h is due 10 h later when the customer writes; while parked no breach is marked', async () => {
    t.clock.set(nextIst('10:00'));
    const c = await openCase({ type: 'PAYMENT_ISSUE' });
    const parkedAt = t.clock.advance(15 * M);
    const p = ok(await t.gql(PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: 'Waiting for the UPI reference' }, agent.token), 'parkCase');
    expect(p).toMatchObject({ status: 'PENDING_CUSTOMER', slaPausedAt: iso(parkedAt), parkReason: 'Waiting for the UPI reference', slaBreached: false });
    expect(p.availableActions.map((a: any) => a.action)).toContain('RESOLVE');
    const clocks = await t.sql(`select kind, paused_at, remaining_ms::int as remaining_ms from sla_clock where subject_id = ? order by kind`, [c.id]);
    expect(clocks.map((k) => ({ ...k, paused_at: iso(k.paused_at) }))).toEqual([
      { kind: 'FIRST_RESPONSE', paused_at: iso(parkedAt), remaining_ms: 45 * M },
      { kind: 'RESOLUTION', paused_at: iso(parkedAt), remaining_ms: 24 * H - 15 * M },
    ]);
    t.clock.advance(10 * H);
    await t.runDue();
    expect(await get(c.id)).toMatchObject({ slaBreached: false, status: 'PENDING_CUSTOMER' });
    expect(await audits(c.id, 'CASE_SLA_BREACHED')).toEqual([]);

    const resumed = ok(await t.gql(CUSTOMER_WRITES, { id: c.id, b: 'Here is the reference: 4242', c: 'APP' }, casesKey), 'addCaseMessage');
    expect(resumed).toMatchObject({
      status: 'OPEN', slaPausedAt: null,
      firstResponseDueAt: iso(new Date(c.firstResponseDueAt).getTime() + 10 * H),
      resolutionDueAt: iso(new Date(c.resolutionDueAt).getTime() + 10 * H),
    });
    expect((await t.sql(`select paused_total_ms::int as paused_total_ms from sla_clock where subject_id = ? and kind = 'RESOLUTION'`, [c.id]))[0].paused_total_ms).toBe(10 * H);
  });

  it('a NORMAL case shifts by the paused business hours only; a reply resumes it', async () => {
    const opened = nextIst('11:00');
    const c = await openCase();
    expect(c.firstResponseDueAt).toBe(iso(opened.getTime() + 4 * H));
    t.clock.set(new Date(opened.getTime() + H)); // 12:00: 3 h left
    ok(await t.gql(PARK, { id: c.id, s: 'PENDING_INTERNAL', r: 'Asked finance' }, agent.token), 'parkCase');
    t.clock.set(new Date(opened.getTime() + 23 * H)); // 10:00 next day: 10 business hours later
    const r = ok(await t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'Finance confirmed the transfer.' }, agent.token), 'replyToCase');
    expect(r).toMatchObject({ status: 'OPEN', slaPausedAt: null, parkReason: null, firstRespondedAt: iso(t.clock.now()), slaBreached: false });
    // The first response came in time (3 h were left); the resolution clock moved by the 10 paused business hours.
    const [first] = await t.sql(`select due_at, breached_at from sla_clock where subject_id = ? and kind = 'FIRST_RESPONSE'`, [c.id]);
    expect({ due_at: iso(first.due_at), breached_at: first.breached_at }).toEqual({ due_at: iso(opened.getTime() + 26 * H), breached_at: null });
    expect(r.resolutionDueAt).toBe(iso(addBusiness(new Date(c.resolutionDueAt), 10 * H)));
  });

  it('when `until` passes the timer brings the case back (OPEN) with a CASE_FOLLOW_UP alert; not before', async () => {
    const c = await openCase();
    const until = new Date(t.clock.now().getTime() + 2 * D);
    const p = ok(await t.gql(PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: 'Customer will send the invoice', u: iso(until) }, agent.token), 'parkCase');
    expect(p.parkedUntil).toBe(iso(until));
    t.clock.set(new Date(until.getTime() - 1));
    await t.runDue();
    expect((await get(c.id)).status).toBe('PENDING_CUSTOMER');
    expect(await alerts(c.id)).toEqual([]);
    t.clock.set(until);
    await t.runDue();
    await t.runDue();
    expect(await get(c.id)).toMatchObject({ status: 'OPEN', slaPausedAt: null, parkedUntil: null });
    const feed = await alerts(c.id, agent.token);
    expect(feed).toMatchObject([{ kind: 'CASE_FOLLOW_UP', team: 'CX', forRole: 'CX_AGENT' }]);
    expect(feed[0].text).toContain('Customer will send the invoice');
    expect(await audits(c.id, 'CASE_PARK_ENDED')).toMatchObject([{ rule: 'K4' }]);
  });

  it('refuses parking a resolved case (K4), an `until` in the past (until), a non-waiting status (status) and no reason (reason)', async () => {
    const c = await openCase();
    const now = t.clock.now().getTime();
    await unchanged(c.id, () => t.gql(PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: 'x', u: iso(now - M) }, agent.token), 'BAD_USER_INPUT', { field: 'until' });
    await unchanged(c.id, () => t.gql(PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: 'x', u: iso(now) }, agent.token), 'BAD_USER_INPUT', { field: 'until' });
    await unchanged(c.id, () => t.gql(PARK, { id: c.id, s: 'ESCALATED', r: 'x' }, agent.token), 'BAD_USER_INPUT', { field: 'status' });
    await unchanged(c.id, () => t.gql(PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: '  ' }, agent.token), 'BAD_USER_INPUT', { field: 'reason' });
    ok(await t.gql(REPLY, { id: c.id, c: 'CALL', b: 'Sorted on the call.' }, agent.token), 'replyToCase');
    ok(await t.gql(RESOLVE, { id: c.id, r: 'Explained the payout.' }, agent.token), 'resolveCase');
    await unchanged(c.id, () => t.gql(PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: 'More questions' }, agent.token), 'SOP_VIOLATION', { rule: 'K4' });
  });
});

/** Business hours 09:00–21:00 IST every day, as the case's clocks count them. */
function addBusiness(start: Date, ms: number): Date {
  let at = start.getTime();
  let left = ms;
  while (left > 0) {
    const local = (at + IST_MS) % D;
    if (local < 9 * H) at += 9 * H - local;
    else if (local >= 21 * H) at += D - local + 9 * H;
    else {
      const step = Math.min(left, 21 * H - local);
      at += step;
      left -= step;
    }
  }
  return new Date(at);
}

describe('K5: escalateCase', () => {
  it('hands the case to FINANCE (ESCALATED), alerts FINANCE, tells the customer when to expect an answer; FINANCE sees it, VENDOR_OPS does not', async () => {
    const c = await openCase({ type: 'PAYMENT_ISSUE' });
    const e = ok(await t.gql(ESCALATE, { id: c.id, team: 'FINANCE', r: 'Payout failed twice' }, agent.token), 'escalateCase');
    expect(e).toMatchObject({ status: 'ESCALATED', team: 'FINANCE' });
    const feed = await alerts(c.id, finance.token);
    expect(feed).toMatchObject([{ kind: 'CASE_ESCALATED', team: 'FINANCE', forRole: 'FINANCE', supportCase: { id: c.id } }]);
    const staffMail = await t.sql(`select recipient from message where support_case_id = ? and kind = 'CASE_ALERT'`, [c.id]);
    expect(staffMail.map((m: any) => m.recipient)).toContain(finance.email);
    expect(staffMail.map((m: any) => m.recipient)).not.toContain(vendorOps.email);
    const [update] = await caseMessages(c.id);
    expect(update).toMatchObject({ kind: 'CASE_UPDATE', channel: 'WHATSAPP', order_id: c.order.id });
    expect(update.body).toContain(c.number);
    expect(update.body).toContain(`You can expect an answer by ${formatIst(new Date(e.resolutionDueAt))}`);
    expect(await audits(c.id, 'CASE_ESCALATED')).toMatchObject([{ rule: 'K5', data: { team: 'FINANCE', from: { team: 'CX', status: 'OPEN' } } }]);

    expect(ok<any[]>(await t.gql(LIST, {}, finance.token), 'allSupportCases').map((x) => x.id)).toContain(c.id);
    expect(ok<any[]>(await t.gql(LIST, {}, finance.token), 'allSupportCases').every((x) => x.team === 'FINANCE')).toBe(true);
    expect((await get(c.id, finance.token)).id).toBe(c.id);
    expect(ok<any[]>(await t.gql(LIST, {}, vendorOps.token), 'allSupportCases').map((x) => x.id)).not.toContain(c.id);
    expect(await get(c.id, vendorOps.token)).toBeNull();
    await unchanged(c.id, () => t.gql(REPLY, { id: c.id, c: 'CALL', b: 'Hi' }, vendorOps.token), 'FORBIDDEN');
    await unchanged(c.id, () => t.gql(NOTE, { id: c.id, b: 'Hi' }, vendorOps.token), 'FORBIDDEN');
    await unchanged(c.id, () => t.gql(RESOLVE, { id: c.id, r: 'Done' }, vendorOps.token), 'FORBIDDEN');
    await unchanged(c.id, () => t.gql(ESCALATE, { id: c.id, team: 'TECH', r: 'Mine now' }, vendorOps.token), 'FORBIDDEN');

    // FINANCE works it; escalating to the team it is with is refused (handing it back to CX is the next test's).
    ok(await t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'We have re-initiated the payout.' }, finance.token), 'replyToCase');
    await unchanged(c.id, () => t.gql(ESCALATE, { id: c.id, team: 'FINANCE', r: 'Again' }, agent.token), 'SOP_VIOLATION', { rule: 'K5' });
    await unchanged(c.id, () => t.gql(ESCALATE, { id: c.id, team: 'TECH', r: '' }, finance.token), 'BAD_USER_INPUT', { field: 'reason' });
  });

  it('TECH sees only cases routed to TECH; VENDOR_OPS and TECH read the customer phone masked, CX and FINANCE in full', async () => {
    const techCase = await openCase({ type: 'UNABLE_TO_ORDER' });
    const cxCase = await openCase();
    const opsCase = await openCase({ type: 'RESCHEDULE' });
    ok(await t.gql(ESCALATE, { id: techCase.id, team: 'TECH', r: 'App crashes at checkout' }, agent.token), 'escalateCase');
    ok(await t.gql(ESCALATE, { id: opsCase.id, team: 'VENDOR_OPS', r: 'Vendor to reschedule' }, agent.token), 'escalateCase');
    const techList = ok<any[]>(await t.gql(LIST, {}, tech.token), 'allSupportCases');
    expect(techList.map((x) => x.id)).toContain(techCase.id);
    expect(techList.every((x) => x.team === 'TECH')).toBe(true);
    expect(await get(cxCase.id, tech.token)).toBeNull();
    expect(await get(opsCase.id, tech.token)).toBeNull();

    const PHONE = `query($id: ID!) { supportCase(id: $id) { id customer { phone } } }`;
    const phoneOf = async (id: string, token: string) => (await t.gql(PHONE, { id }, token)).data.supportCase.customer.phone as string;
    const real = (await t.sql(`select phone from customer where id = ?`, [techCase.customer.id]))[0].phone;
    const techPhone = await phoneOf(techCase.id, tech.token);
    expect(techPhone).not.toBe(real);
    expect(techPhone).not.toContain(real.slice(2, 8));
    const opsReal = (await t.sql(`select phone from customer where id = ?`, [opsCase.customer.id]))[0].phone;
    const opsPhone = await phoneOf(opsCase.id, vendorOps.token);
    expect(opsPhone).not.toBe(opsReal);
    expect(opsPhone).not.toContain(opsReal.slice(2, 8));
    expect(await phoneOf(techCase.id, agent.token)).toBe(real);
    const finCase = await openCase({ type: 'REFUND_STATUS' });
    ok(await t.gql(ESCALATE, { id: finCase.id, team: 'FINANCE', r: 'Refund pending' }, agent.token), 'escalateCase');
    expect(await phoneOf(finCase.id, finance.token)).toBe((await t.sql(`select phone from customer where id = ?`, [finCase.customer.id]))[0].phone);
  });
});

describe('K6: resolving, rating, reopening and closing', () => {
  it('the team that has a case hands it back to CX when its part is done: OPEN with CX, CX alerted, the customer not told', async () => {
    const c = await openCase({ type: 'PAYMENT_ISSUE' });
    ok(await t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'Checking the payment.' }, agent.token), 'replyToCase');
    ok(await t.gql(`mutation($id: ID!) { escalateCase(caseId: $id, team: FINANCE, reason: "Short payment") { id } }`, { id: c.id }, agent.token), 'escalateCase');
    const told = await count('message', `support_case_id = ? and kind = 'CASE_UPDATE'`, [c.id]);
    const back = await t.gql(`mutation($id: ID!) { escalateCase(caseId: $id, team: CX, reason: "Balance paid on 1 Dec") { status team } }`, { id: c.id }, finance.token);
    expect(back.errors).toBeUndefined();
    expect(back.data.escalateCase).toEqual({ status: 'OPEN', team: 'CX' });
    expect(await count('message', `support_case_id = ? and kind = 'CASE_UPDATE'`, [c.id])).toBe(told);
    expect(await t.sql(`select team, for_role from alert where support_case_id = ? and kind = 'CASE_ESCALATED' order by created_at`, [c.id]))
      .toEqual([{ team: 'FINANCE', for_role: 'FINANCE' }, { team: 'CX', for_role: 'CX_AGENT' }]);
    // Back with CX, FINANCE no longer reads it; CX cannot "escalate" to CX.
    expect((await t.gql(`query($id: ID!) { supportCase(id: $id) { id } }`, { id: c.id }, finance.token)).data.supportCase).toBeNull();
    const again = await t.gql(`mutation($id: ID!) { escalateCase(caseId: $id, team: CX, reason: "x") { id } }`, { id: c.id }, agent.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'team' });
  });

  it('RESOLVE is offered but blocked until the first response (CASE_NOT_RESPONDED), then enabled', async () => {
    const c = await openCase();
    expect(c.availableActions.find((a: any) => a.action === 'RESOLVE')).toMatchObject({ enabled: false, reason: expect.stringContaining('CASE_NOT_RESPONDED') });
    expect(c.availableActions.find((a: any) => a.action === 'REPLY')).toMatchObject({ enabled: true });
    await unchanged(c.id, () => t.gql(RESOLVE, { id: c.id, r: 'Done' }, agent.token), 'SOP_VIOLATION', { rule: 'CASE_NOT_RESPONDED' });
    const r = ok(await t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'On it.' }, agent.token), 'replyToCase');
    expect(r.availableActions.find((a: any) => a.action === 'RESOLVE')).toMatchObject({ enabled: true, reason: null });
    await unchanged(c.id, () => t.gql(RESOLVE, { id: c.id, r: '   ' }, agent.token), 'BAD_USER_INPUT', { field: 'resolution' });
  });

  it('resolving asks the customer to rate the resolution on the case\'s order; the answer is linked to the case, once', async () => {
    const orderId = await completedOrder(t, { phone: newPhone() });
    const c = await openCase({ customerId: (await customerOf(orderId)).id, orderId, type: 'PAYMENT_ISSUE' });
    ok(await t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'Checking the payout.' }, agent.token), 'replyToCase');
    const resolvedAt = t.clock.advance(30 * M);
    const r = ok(await t.gql(RESOLVE, { id: c.id, r: 'The payout was credited on 1 Dec.' }, agent.token), 'resolveCase');
    expect(r).toMatchObject({ status: 'RESOLVED', resolvedAt: iso(resolvedAt), resolution: 'The payout was credited on 1 Dec.' });
    expect(r.availableActions.map((a: any) => a.action)).toContain('REOPEN');
    expect((await caseMessages(c.id)).map((m: any) => m.kind)).toEqual(['CASE_REPLY', 'CASE_UPDATE']);
    const requests = await t.sql(`select id, touchpoint, support_case_id, status from feedback_request where order_id = ? and touchpoint = 'AFTER_RESOLUTION'`, [orderId]);
    expect(requests).toMatchObject([{ support_case_id: c.id, status: 'OPEN' }]);
    const o = (await t.gql(`query($id: ID!) { order(id: $id) { feedbackRequests { id touchpoint link messages { kind } } } }`, { id: orderId }, agent.token)).data.order;
    const request = o.feedbackRequests.find((x: any) => x.id === requests[0].id);
    expect(request.messages[0].kind).toBe('UPDATED_RATING_REQUEST');
    const path = new URL(request.link).pathname;
    const answered = await t.http.post(path).type('form').send({ rating: '5' });
    expect(answered.status).toBe(200);
    expect(await t.sql(`select rating, touchpoint, support_case_id from feedback where order_id = ? and touchpoint = 'AFTER_RESOLUTION'`, [orderId]))
      .toEqual([{ rating: 5, touchpoint: 'AFTER_RESOLUTION', support_case_id: c.id }]);
    // It rates CX's answer to an inquiry, not the vendor's work: no vendor scorecard counts it.
    expect(await t.sql(`select vendor_id from feedback where support_case_id = ?`, [c.id])).toEqual([{ vendor_id: null }]);
    const again = await t.http.post(path).type('form').send({ rating: '1' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('already rated');
    expect(await count('feedback', `order_id = ? and touchpoint = 'AFTER_RESOLUTION'`, [orderId])).toBe(1);
    // The case shows its rating (to CX: SupportCase.resolutionFeedback follows Order.feedback's access).
    const shown = await t.gql(`query($id: ID!) { supportCase(id: $id) { resolutionFeedback { rating touchpoint } } }`, { id: c.id }, agent.token);
    expect(shown.errors).toBeUndefined();
    expect(shown.data.supportCase.resolutionFeedback).toEqual({ rating: 5, touchpoint: 'AFTER_RESOLUTION' });
  });

  it('reopens within 7 days with a fresh resolution clock; after 7 days the timer closes it and it is frozen (CASE_CLOSED)', async () => {
    const c = await openCase({ type: 'REFUND_STATUS' });
    ok(await t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'Refund is on its way.' }, agent.token), 'replyToCase');
    await unchanged(c.id, () => t.gql(REOPEN, { id: c.id, r: 'Not resolved' }, agent.token), 'SOP_VIOLATION', { rule: 'K6' });
    ok(await t.gql(RESOLVE, { id: c.id, r: 'Refunded.' }, agent.token), 'resolveCase');
    const reopenedAt = t.clock.advance(6 * D);
    const re = ok(await t.gql(REOPEN, { id: c.id, r: 'Customer says it has not arrived' }, agent.token), 'reopenCase');
    expect(re).toMatchObject({ status: 'OPEN', team: 'CX', resolvedAt: null, reopenCount: 1, resolutionDueAt: iso(reopenedAt.getTime() + 24 * H) });
    // The closing timer of the first resolution does nothing now.
    t.clock.advance(2 * D);
    await t.runDue();
    expect((await get(c.id)).status).toBe('OPEN');

    const resolvedAt = t.clock.now();
    ok(await t.gql(RESOLVE, { id: c.id, r: 'Refund credited, UTR shared.' }, agent.token), 'resolveCase');
    t.clock.set(new Date(resolvedAt.getTime() + 7 * D - M));
    await t.runDue();
    expect((await get(c.id)).status).toBe('RESOLVED');
    t.clock.set(new Date(resolvedAt.getTime() + 7 * D));
    await t.runDue();
    const closed = await get(c.id);
    expect(closed).toMatchObject({ status: 'CLOSED', closedAt: iso(t.clock.now()), availableActions: [] });
    expect(await audits(c.id, 'CASE_CLOSED')).toMatchObject([{ rule: 'K6' }]);
    for (const attempt of [
      () => t.gql(REOPEN, { id: c.id, r: 'Again' }, agent.token),
      () => t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'Hello' }, agent.token),
      () => t.gql(NOTE, { id: c.id, b: 'Note' }, agent.token),
      () => t.gql(PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: 'x' }, agent.token),
      () => t.gql(ESCALATE, { id: c.id, team: 'FINANCE', r: 'x' }, agent.token),
      () => t.gql(CUSTOMER_WRITES, { id: c.id, b: 'Still waiting', c: 'APP' }, casesKey),
    ]) await unchanged(c.id, attempt, 'SOP_VIOLATION', { rule: 'CASE_CLOSED' });
  });

  it('the customer writing (addCaseMessage) reopens a resolved case and resumes a parked one', async () => {
    const resolved = await openCase();
    ok(await t.gql(REPLY, { id: resolved.id, c: 'CALL', b: 'Explained.' }, agent.token), 'replyToCase');
    ok(await t.gql(RESOLVE, { id: resolved.id, r: 'Explained the price.' }, agent.token), 'resolveCase');
    t.clock.advance(H);
    const back = ok(await t.gql(CUSTOMER_WRITES, { id: resolved.id, b: 'I still do not agree with the price', c: 'APP' }, casesKey), 'addCaseMessage');
    expect(back).toMatchObject({ status: 'OPEN', reopenCount: 1 });
    expect((await get(resolved.id)).interactions.at(-1)).toMatchObject({ kind: 'CUSTOMER_MESSAGE', channel: 'APP', summary: 'I still do not agree with the price' });

    const parked = await openCase();
    ok(await t.gql(PARK, { id: parked.id, s: 'PENDING_CUSTOMER', r: 'Waiting for photos', u: iso(t.clock.now().getTime() + D) }, agent.token), 'parkCase');
    const resumed = ok(await t.gql(CUSTOMER_WRITES, { id: parked.id, b: 'Photos attached', c: 'WHATSAPP' }, casesKey), 'addCaseMessage');
    expect(resumed).toMatchObject({ status: 'OPEN', slaPausedAt: null });
    // Its follow-up timer went with the pause: no alert when the date passes.
    t.clock.advance(D + M);
    await t.runDue();
    expect((await alerts(parked.id)).filter((a) => a.kind === 'CASE_FOLLOW_UP')).toEqual([]);
  });
});

describe('versions and access (S2)', () => {
  it('a stale expectedVersion is a CONFLICT and changes nothing', async () => {
    const c = await openCase();
    expect(ok(await t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'Hello', v: 1 }, agent.token), 'replyToCase').version).toBe(2);
    await unchanged(c.id, () => t.gql(NOTE, { id: c.id, b: 'Seen v1', v: 1 }, agent.token), 'CONFLICT');
    await unchanged(c.id, () => t.gql(REPLY, { id: c.id, c: 'WHATSAPP', b: 'Hello again', v: 1 }, agent.token), 'CONFLICT');
    await unchanged(c.id, () => t.gql(PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: 'x', v: 1 }, agent.token), 'CONFLICT');
    await unchanged(c.id, () => t.gql(ESCALATE, { id: c.id, team: 'FINANCE', r: 'x', v: 1 }, agent.token), 'CONFLICT');
    await unchanged(c.id, () => t.gql(RESOLVE, { id: c.id, r: 'x', v: 1 }, agent.token), 'CONFLICT');
    expect(ok(await t.gql(RESOLVE, { id: c.id, r: 'Answered.', v: 2 }, agent.token), 'resolveCase').status).toBe('RESOLVED');
  });

  it('MARKETING is refused every case query and mutation', async () => {
    const c = await openCase();
    const customerId = c.customer.id;
    for (const [query, vars] of [
      [OPEN, { i: { type: 'OTHER', channel: 'CALL', subject: 's', description: 'd', customerId } }],
      [LIST, {}], [GET, { id: c.id }],
      [REPLY, { id: c.id, c: 'CALL', b: 'x' }], [NOTE, { id: c.id, b: 'x' }], [PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: 'x' }],
      [ESCALATE, { id: c.id, team: 'FINANCE', r: 'x' }], [RESOLVE, { id: c.id, r: 'x' }], [REOPEN, { id: c.id, r: 'x' }],
      [CUSTOMER_WRITES, { id: c.id, b: 'x', c: 'APP' }],
    ] as const) {
      await unchanged(c.id, () => t.gql(query, vars as never, marketing.token), 'FORBIDDEN');
    }
  });

  it('a CASES_WRITE key opens cases and adds the customer\'s messages, and may not reply, note, park or resolve', async () => {
    const customer = await customerOf(await createOrder(t, { phone: newPhone() }));
    const opened = await t.gql(`mutation($i: OpenCaseInput!) { openCase(input: $i) { id number status team } }`, {
      i: { type: 'UNABLE_TO_ORDER', channel: 'APP', subject: 'Checkout fails', description: 'From the app', customerId: customer.id },
    }, casesKey);
    const c = ok(opened, 'openCase');
    expect(c).toMatchObject({ status: 'OPEN', team: 'CX', number: expect.stringMatching(/^CX-\d+$/) });
    expect(await audits(c.id, 'CASE_OPENED')).toHaveLength(1);
    ok(await t.gql(CUSTOMER_WRITES, { id: c.id, b: 'Tried again, same error', c: 'APP' }, casesKey), 'addCaseMessage');
    for (const [query, vars] of [
      [REPLY, { id: c.id, c: 'APP', b: 'x' }], [NOTE, { id: c.id, b: 'x' }], [PARK, { id: c.id, s: 'PENDING_CUSTOMER', r: 'x' }],
      [ESCALATE, { id: c.id, team: 'TECH', r: 'x' }], [RESOLVE, { id: c.id, r: 'x' }],
    ] as const) {
      await unchanged(c.id, () => t.gql(query, vars as never, casesKey), 'FORBIDDEN');
    }
  });
});
