// The CSV exports of the panel's other lists (orders, customers, call tasks, vendors with their
// scorecards, users, API keys): every row past the lists' 500-row page, the list's filter, the
// list's access rule, contact data as the list shows it, formulas defused.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiScope, Role } from '../../src/common/enums.js';
import { CATEGORIZE, CREATE_API_KEY, LOG_CONTACT, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder, createVendor } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

const ROWS = 600; // more than a list page's 500
// An E.164 phone starts with '+', which a spreadsheet reads as a formula (or a number, losing the
// '+'): the CSV guard keeps it text with a leading apostrophe (exports/csv.ts).
const asText = (phone: string) => `'${phone}`;
const PHONE = asText('+919812345678');

let t: TestApp;
let orderId: string;
let vendorId: string;
let tokens: Record<'cx' | 'lead' | 'finance' | 'marketing' | 'ops' | 'tech', string>;
let readKey: string;

beforeAll(async () => {
  t = await initTestApp();
  vendorId = await createVendor(t, 'Chennai Phone Point');
  orderId = await completedOrder(t, { vendorId, name: 'Meera Iyer', phone: '9812345678', email: 'meera@example.in', corporate: true });
  const roles = { cx: Role.CX_AGENT, lead: Role.CX_LEAD, finance: Role.FINANCE, marketing: Role.MARKETING, ops: Role.VENDOR_OPS, tech: Role.TECH } as const;
  tokens = Object.fromEntries(await Promise.all(Object.entries(roles).map(async ([k, r]) => [k, (await t.userWith(r)).token]))) as typeof tokens;
  readKey = (await t.gql(CREATE_API_KEY, { n: 'warehouse', s: [ApiScope.READ_ALL] }, t.adminToken)).data.createApiKey.secret;

  // ROWS more of each, straight to the tables, with millisecond times as the application writes them.
  const at = `date_trunc('milliseconds', now()) - (i || ' minutes')::interval`;
  await t.sql(`insert into customer (id, name, phone, corporate, created_at)
    select gen_random_uuid(), case when i = 1 then '=HYPERLINK("http://evil")' else 'Bulk ' || i end, '+9190000' || lpad(i::text, 5, '0'), i % 2 = 0, ${at}
    from generate_series(1, ${ROWS}) i`);
  await t.sql(`insert into customer_order (id, customer_id, external_ref, input_fingerprint, status, device_category, device_model, quoted_price, vendor_id, created_at, updated_at)
    select gen_random_uuid(), (select id from customer where name = 'Bulk 2'), 'BULK-' || i, 'fp-' || i, case when i % 3 = 0 then 'CANCELLED' else 'CREATED' end,
      'LAPTOP', case when i = 1 then '@SUM(1+1)*cmd' else 'Dell ' || i end, 10000 + i, ?, ${at}, ${at}
    from generate_series(1, ${ROWS}) i`, [vendorId]);
  await t.sql(`insert into call_task (id, order_id, reasons, status, due_at, created_at, outcome)
    select gen_random_uuid(), ?, case when i % 2 = 0 then '{CORPORATE}'::text[] else '{HIGH_VALUE}'::text[] end, case when i % 4 = 0 then 'DONE' else 'OPEN' end,
      ${at}, ${at}, case when i = 1 then '-2+3' else null end
    from generate_series(1, ${ROWS}) i`, [orderId]);
  await t.sql(`insert into vendor (id, name, city, status, created_at)
    select gen_random_uuid(), case when i = 1 then '+SUM(1)' else 'Bulk vendor ' || i end, case when i % 5 = 0 then 'Pune' else 'Delhi' end,
      case when i % 10 = 0 then 'ON_HOLD' else 'ACTIVE' end, ${at}
    from generate_series(1, ${ROWS}) i`);
  await t.sql(`insert into app_user (id, email, name, roles, password_hash, active, created_at)
    select gen_random_uuid(), 'bulk' || i || '@test.local', case when i = 1 then '=cmd|'' /C calc''!A0' else 'Bulk ' || i end,
      case when i % 2 = 0 then '{FINANCE}'::text[] else '{CX_AGENT}'::text[] end, 'not-a-hash-' || i, i % 7 <> 0, ${at}
    from generate_series(1, ${ROWS}) i`);
  await t.sql(`insert into api_key (id, name, scopes, secret_hash, created_at, revoked_at)
    select gen_random_uuid(), case when i = 1 then '=1+1' else 'bulk key ' || i end, '{READ_ALL}'::text[], 'secret-hash-' || i, ${at},
      case when i % 3 = 0 then ${at} else null end
    from generate_series(1, ${ROWS}) i`);
});
afterAll(() => t.close());

const download = (kind: string, token: string | null, filter?: Record<string, unknown>) => {
  const req = t.http.get(`/exports/${kind}.csv${filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`);
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.buffer(true).parse((res, cb) => {
    let data = '';
    res.on('data', (c: Buffer) => (data += c));
    res.on('end', () => cb(null, data));
  });
};

/** The export as records keyed by its header, after checking it is a CSV attachment named for its kind. */
async function records(kind: string, token: string, filter?: Record<string, unknown>): Promise<Record<string, string>[]> {
  const res = await download(kind, token, filter);
  expect(res.status, res.text).toBe(200);
  expect(res.headers['content-type']).toMatch(/text\/csv/);
  expect(res.headers['content-disposition']).toMatch(new RegExp(`attachment; filename="?${kind}-\\d{4}-\\d{2}-\\d{2}\\.csv`));
  // The same RFC 4180 reader the review import uses (csv-parse), keyed by the header row.
  return parse(res.body as string, { columns: true, bom: true }) as Record<string, string>[];
}

/** The list's own total for the same filter, as the panel's list query reads it. */
async function listTotal(operation: string, filterType: string, token: string, filter: Record<string, unknown> = {}): Promise<number> {
  const r = await t.gql(`query($f: ${filterType}) { _${operation}Meta(filter: $f) { count } }`, { f: filter }, token);
  expect(r.errors).toBeUndefined();
  return r.data[`_${operation}Meta`].count;
}

function expectOneEachInKeysetOrder(rows: Record<string, string>[], key = 'createdAt') {
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  const times = rows.map((r) => Date.parse(r[key]));
  expect([...times].sort((a, b) => a - b)).toEqual(times);
}

describe('CSV exports of the other lists', () => {
  it('orders: every row with its customer and vendor, the list filter, what the list shows', async () => {
    const all = await records('orders', tokens.finance);
    expect(all).toHaveLength(ROWS + 1);
    expect(all.length).toBe(await listTotal('allOrders', 'OrderFilter', tokens.finance));
    expectOneEachInKeysetOrder(all);
    const own = all.find((o) => o.id === orderId)!;
    expect(own).toMatchObject({ status: 'COMPLETED', customerName: 'Meera Iyer', customerPhone: PHONE, vendorId, vendorName: 'Chennai Phone Point' });
    expect(own.paymentReference).toMatch(/^PAY-/);
    expect(all.find((o) => o.externalRef === 'BULK-1')!.deviceModel).toBe("'@SUM(1+1)*cmd");

    const filter = { status: ['CANCELLED'], createdFrom: new Date(Date.now() - 300.5 * 60_000).toISOString() };
    const cancelled = await records('orders', tokens.cx, filter);
    expect(cancelled.length).toBe(await listTotal('allOrders', 'OrderFilter', tokens.cx, filter));
    expect(cancelled.length).toBe(100); // every 3rd of the first 300 minutes
    expect(cancelled.every((o) => o.status === 'CANCELLED')).toBe(true);
    expect(await records('orders', tokens.cx, { q: '9812345678' })).toEqual([own]);
  });

  it('customers: every row with completed orders, the list filter, contact data as the list shows it', async () => {
    const all = await records('customers', tokens.cx);
    expect(all.length).toBe(ROWS + 1);
    expectOneEachInKeysetOrder(all);
    const meera = all.find((c) => c.name === 'Meera Iyer')!;
    expect(meera).toMatchObject({ corporate: 'true', completedOrders: '1', email: 'meera@example.in' });
    expect(all.some((c) => c.name === `'=HYPERLINK("http://evil")`)).toBe(true);

    const corporate = await records('customers', tokens.finance, { corporate: true });
    expect(corporate.length).toBe(ROWS / 2 + 1);
    expect(corporate.every((c) => c.corporate === 'true')).toBe(true);
    // Each caller sees the phone and e-mail its Customer list shows it (shownContact, S2).
    for (const token of [tokens.cx, tokens.finance, readKey]) {
      const list = await t.gql(`{ allCustomers(filter: { q: "Meera" }) { id phone email } }`, {}, token);
      const [row] = await records('customers', token, { q: 'Meera' });
      const shown = list.data.allCustomers[0];
      expect({ id: row.id, phone: row.phone, email: row.email }).toEqual({ ...shown, phone: asText(shown.phone) });
    }
  });

  it('call tasks: every row with whom to call, the queue filter', async () => {
    const all = await records('call-tasks', tokens.cx);
    expect(all.length).toBe(await listTotal('allCallTasks', 'CallTaskFilter', tokens.cx));
    expect(all.length).toBeGreaterThan(ROWS);
    expectOneEachInKeysetOrder(all);
    const bulk = all.find((c) => c.outcome === "'-2+3")!;
    expect(bulk).toMatchObject({ orderId, customerName: 'Meera Iyer', customerPhone: PHONE, reasons: 'HIGH_VALUE' });

    const filter = { status: 'OPEN', reason: 'CORPORATE' };
    const open = await records('call-tasks', tokens.lead, filter);
    expect(open.length).toBe(await listTotal('allCallTasks', 'CallTaskFilter', tokens.lead, filter));
    expect(open.length).toBeGreaterThanOrEqual(ROWS / 4);
    expect(open.every((c) => c.status === 'OPEN' && c.reasons.split('|').includes('CORPORATE'))).toBe(true);
  });

  it('vendors: every row with its scorecard, the vendor and scorecard filters', async () => {
    const all = await records('vendors', tokens.ops);
    expect(all.length).toBe(ROWS + 1);
    expectOneEachInKeysetOrder(all);
    expect(all.some((v) => v.name === "'+SUM(1)")).toBe(true);
    const card = await t.gql(`{ allVendorScorecards(filter: { q: "Chennai" }) { id scorecard { ordersCompleted ratingsCount compositeScore topPerformer } } }`, {}, tokens.ops);
    const chennai = all.find((v) => v.id === vendorId)!;
    const s = card.data.allVendorScorecards[0].scorecard;
    expect(chennai).toMatchObject({ ordersCompleted: String(s.ordersCompleted), ratingsCount: String(s.ratingsCount), compositeScore: String(s.compositeScore ?? ''), topPerformer: String(s.topPerformer) });
    expect(chennai.ordersCompleted).toBe('1');

    const held = await records('vendors', tokens.finance, { status: ['ON_HOLD'], city: 'Pune' });
    expect(held.length).toBe(await listTotal('allVendorScorecards', 'VendorFilter', tokens.finance, { status: ['ON_HOLD'], city: 'Pune' }));
    expect(held.length).toBe(ROWS / 10);
    expect(held.every((v) => v.status === 'ON_HOLD' && v.city === 'Pune')).toBe(true);
    // A scorecard figure's filter is the scorecards' own (no vendor has a composite of 101).
    expect(await records('vendors', tokens.cx, { minComposite: 101 })).toEqual([]);
    expect((await records('vendors', tokens.cx, { topPerformer: false })).length).toBe(ROWS + 1);
  });

  it('users and API keys: ADMIN only, the list filter, never a hash', async () => {
    const users = await records('users', t.adminToken);
    expect(users.length).toBe(await listTotal('allUsers', 'UserFilter', t.adminToken));
    expect(users.length).toBeGreaterThan(ROWS);
    expectOneEachInKeysetOrder(users);
    expect(Object.keys(users[0])).toEqual(['id', 'email', 'name', 'roles', 'active', 'createdAt', 'lastLoginAt']);
    expect(users.some((u) => u.name === `'=cmd|' /C calc'!A0`)).toBe(true);
    const finance = await records('users', t.adminToken, { role: 'FINANCE', active: true });
    expect(finance.length).toBe(await listTotal('allUsers', 'UserFilter', t.adminToken, { role: 'FINANCE', active: true }));
    expect(finance.every((u) => u.roles.split('|').includes('FINANCE') && u.active === 'true')).toBe(true);

    const keys = await records('api-keys', t.adminToken);
    expect(keys.length).toBe(ROWS + 1);
    expectOneEachInKeysetOrder(keys);
    expect(keys.some((k) => k.name === "'=1+1")).toBe(true);
    const revoked = await records('api-keys', t.adminToken, { revoked: true });
    expect(revoked.length).toBe(ROWS / 3);
    expect(revoked.every((k) => k.revokedAt !== '')).toBe(true);
    const csv = (await download('api-keys', t.adminToken)).body as string;
    expect(csv).not.toMatch(/secret-hash|not-a-hash/);
    expect((await download('users', t.adminToken)).body).not.toMatch(/not-a-hash/);
  });

  it("alerts: every row of the caller's teams, the list filter", async () => {
    // A complaint routed to FINANCE alerts FINANCE; ROWS more alerts on it for CX, straight to the table.
    await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1, comment: 'Payment not received' } }, t.adminToken);
    const [{ id: escalationId }] = await t.sql(`select id from escalation where order_id = ?`, [orderId]);
    await t.gql(LOG_CONTACT, { id: escalationId, c: 'CALL', s: 'called' }, t.adminToken);
    expect((await t.gql(CATEGORIZE, { id: escalationId, c: 'PAYMENT' }, t.adminToken)).data.categorizeEscalation.team).toBe('FINANCE');
    await t.sql(`insert into alert (id, kind, escalation_id, team, for_role, text, created_at)
      select gen_random_uuid(), 'SLA_BREACHED', ?, 'CX', 'CX_LEAD', case when i = 1 then '=HYPERLINK("x")' else 'Alert ' || i end, date_trunc('milliseconds', now()) - (i || ' minutes')::interval
      from generate_series(1, ${ROWS}) i`, [escalationId]);

    const all = await records('alerts', tokens.lead);
    expect(all.length).toBe(await listTotal('allAlerts', 'AlertFilter', tokens.lead));
    expect(all.length).toBeGreaterThan(ROWS);
    expectOneEachInKeysetOrder(all);
    expect(all.some((a) => a.text === `'=HYPERLINK("x")`)).toBe(true);
    const breaches = await records('alerts', tokens.cx, { kind: ['SLA_BREACHED'], acknowledged: false });
    expect(breaches.length).toBe(await listTotal('allAlerts', 'AlertFilter', tokens.cx, { kind: ['SLA_BREACHED'], acknowledged: false }));
    expect(breaches.every((a) => a.kind === 'SLA_BREACHED' && a.acknowledgedAt === '')).toBe(true);
    // FINANCE reads only its team's alerts (S2), as its list does; VENDOR_OPS has none here.
    const finance = await records('alerts', tokens.finance);
    expect(finance.length).toBe(await listTotal('allAlerts', 'AlertFilter', tokens.finance));
    expect(finance.length).toBeGreaterThan(0);
    expect(finance.every((a) => a.team === 'FINANCE')).toBe(true);
    expect(await records('alerts', tokens.ops)).toEqual([]);
  });

  it.each([
    ['alerts', ['marketing']],
    ['orders', ['marketing', 'ops', 'tech']],
    ['customers', ['marketing', 'ops', 'tech']],
    ['call-tasks', ['finance', 'marketing', 'ops', 'tech']],
    ['vendors', ['marketing', 'tech']],
    ['users', ['cx', 'lead', 'finance', 'marketing', 'ops', 'tech', 'key']],
    ['api-keys', ['cx', 'lead', 'finance', 'marketing', 'ops', 'tech', 'key']],
  ] as const)('refuses %s to whom its list refuses', async (kind, refused) => {
    expect((await download(kind, null)).status).toBe(401);
    for (const who of refused) {
      const res = await download(kind, who === 'key' ? readKey : tokens[who]);
      expect(res.status, `${kind} for ${who}`).toBe(403);
      expect(JSON.parse(res.body as string).errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a filter its list would refuse, naming the field', async () => {
    const res = await download('orders', tokens.cx, { status: ['SHIPPED'] });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body as string).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status[0]' });
    expect(JSON.parse((await download('vendors', tokens.cx, { nope: 1 })).body as string).errors[0].extensions.field).toBe('nope');
  });
});
