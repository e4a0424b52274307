// SOP_RULES "Access" S1–S3: credentials, roles, API key scopes, hashed secrets, expiring tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { OPERATION_ACCESS } from '../../src/modules/access/access.policy.js';
import { buildAppSchema } from '../../src/schema.js';
import { CREATE_API_KEY, CREATE_ORDER, CREATE_VENDOR, ME } from '../graphql/documents.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({ tokenTtlSeconds: 3600 });
});
afterAll(() => t.close());

const order = (ref: string) => ({
  externalRef: ref,
  customer: { name: 'Ananya Reddy', phone: '9876512345' },
  deviceCategory: 'LAPTOP',
  deviceModel: 'Dell Inspiron 15',
  quotedPrice: 21000,
});

describe('login and tokens (S1, S3)', () => {
  it('signs in with email and password and answers me', async () => {
    const token = await t.login(ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD);
    const r = await t.gql(ME, {}, token);
    expect(r.data.me).toMatchObject({ email: ADMIN_EMAIL, roles: ['ADMIN'] });
  });

  it.each([
    [ADMIN_EMAIL, 'wrong-password'],
    ['nobody@test.local', ADMIN_PASSWORD],
  ])('refuses %s with a wrong password or unknown email alike (UNAUTHENTICATED)', async (email, password) => {
    const r = await t.gql(`mutation { login(email: "${email}", password: "${password}") { token } }`);
    expectRefusal(r, 'UNAUTHENTICATED');
    expect(r.errors![0].message).toBe('Email or password is incorrect.');
  });

  it('stores passwords only as argon2 hashes', async () => {
    const [row] = await t.sql(`select password_hash from app_user where email = ?`, [ADMIN_EMAIL]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(ADMIN_PASSWORD);
  });

  it('expires tokens: after the TTL the same token is UNAUTHENTICATED', async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await t.gql(ME, {}, token)).data.me).not.toBeNull();
    const start = t.clock.now();
    t.clock.advance(3601 * 1000);
    const r = await t.gql(ME, {}, token);
    t.clock.set(start);
    expectRefusal(r, 'UNAUTHENTICATED');
    expect(r.errors![0].message).toMatch(/expired/);
  });

  it('refuses a forged token and a malformed header', async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expectRefusal(await t.gql(ME, {}, token.slice(0, -3) + 'abc'), 'UNAUTHENTICATED');
    const res = await t.http.post('/graphql').set('authorization', 'Basic abc').send({ query: ME });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a deactivated user at once, even with a valid token', async () => {
    const u = await t.userWith(Role.CX_AGENT);
    await t.gql(`mutation($id: ID!) { updateUser(id: $id, active: false) { active } }`, { id: u.id }, t.adminToken);
    expectRefusal(await t.gql(ME, {}, u.token), 'UNAUTHENTICATED');
    expectRefusal(await t.gql(`mutation { login(email: "${u.email}", password: "password-123") { token } }`), 'UNAUTHENTICATED');
  });
});

describe('what needs credentials (S1)', () => {
  it.each([
    ['me', ME],
    ['order', `{ order(id: "00000000-0000-4000-8000-000000000000") { id } }`],
    ['createVendor', `mutation { createVendor(name: "X") { id } }`],
    ['feedbackAnalytics', `{ feedbackAnalytics(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { total } }`],
  ])('%s without credentials is UNAUTHENTICATED', async (_op, query) => {
    expectRefusal(await t.gql(query), 'UNAUTHENTICATED');
  });

  it('testimonials and login are public', async () => {
    const r = await t.gql(`{ testimonials(platform: WEBSITE_TESTIMONIAL) { displayName } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.testimonials).toEqual([]);
  });

  it('every root operation of the schema has an access rule (no operation is left open by accident)', async () => {
    const schema = await buildAppSchema();
    const ops = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const missing = ops.filter((op) => !OPERATION_ACCESS[op]);
    expect(missing).toEqual([]);
    // And no stale rule for an operation that no longer exists.
    expect(Object.keys(OPERATION_ACCESS).filter((op) => !ops.includes(op))).toEqual([]);
    const publicOps = ops.filter((op) => OPERATION_ACCESS[op]?.public);
    // addFeedbackDetails: the customer's link is its credential (S1); by id it checks the caller itself.
    expect(publicOps.sort()).toEqual(['addFeedbackDetails', 'login', 'testimonials']);
  });
});

describe('roles (S2)', () => {
  it.each([
    [Role.CX_AGENT, 'createOrder', true],
    [Role.CX_LEAD, 'createOrder', true],
    [Role.MARKETING, 'createOrder', false],
    [Role.VENDOR_OPS, 'createOrder', false],
    [Role.FINANCE, 'createOrder', false],
    [Role.VENDOR_OPS, 'createVendor', true],
    [Role.CX_AGENT, 'createVendor', false],
    [Role.MARKETING, 'createVendor', false],
    [Role.CX_AGENT, 'createApiKey', false],
    [Role.VENDOR_OPS, 'createApiKey', false],
  ])('%s calling %s: allowed=%s', async (role, op, allowed) => {
    const { token } = await t.userWith(role);
    const queries: Record<string, [string, Record<string, unknown>]> = {
      createOrder: [CREATE_ORDER, { input: order(`ROLE-${role}-${Date.now()}`) }],
      createVendor: [CREATE_VENDOR, { name: `Vendor by ${role}` }],
      createApiKey: [CREATE_API_KEY, { n: 'k', s: ['READ_ALL'] }],
    };
    const [q, v] = queries[op];
    const r = await t.gql(q, v, token);
    if (allowed) expect(r.errors).toBeUndefined();
    else expectRefusal(r, 'FORBIDDEN');
  });

  it('keeps MARKETING away from customer records (S2); a user who also has FINANCE reads them', async () => {
    const created = await t.gql(CREATE_ORDER, { input: { ...order(`MASK-${Date.now()}`), customer: { name: 'Kavya Nair', phone: '9812345678', email: 'kavya@example.in' } } }, t.adminToken);
    const orderId = created.data.createOrder.id;
    const customerId = created.data.createOrder.customer.id;
    const marketing = await t.userWith(Role.MARKETING, Role.FINANCE);
    const unmasked = await t.gql(`query($id: ID!) { order(id: $id) { customer { phone phoneUri email } } }`, { id: orderId }, marketing.token);
    expect(unmasked.data.order.customer.phone).toBe('+919812345678');
    expect(unmasked.data.order.customer.phoneUri).toBe('tel:+919812345678');
    const { token } = await t.userWith(Role.MARKETING);
    expectRefusal(await t.gql(`query($id: ID!) { Customer(id: $id) { phone } }`, { id: customerId }, token), 'FORBIDDEN');
  });
});

describe('API keys (S2, S3)', () => {
  it('only ADMIN creates keys; the secret is shown once and stored as a hash', async () => {
    const r = await t.gql(CREATE_API_KEY, { n: 'Order platform', s: ['ORDERS_WRITE', 'READ_ALL'] }, t.adminToken);
    expect(r.errors).toBeUndefined();
    const { secret, apiKey } = r.data.createApiKey;
    expect(secret).toMatch(/^cxk_/);
    expect(apiKey).toMatchObject({ name: 'Order platform', scopes: ['ORDERS_WRITE', 'READ_ALL'], revokedAt: null });
    const [row] = await t.sql(`select secret_hash from api_key where id = ?`, [apiKey.id]);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await t.sql(`select * from api_key`))).not.toContain(secret);
    const list = await t.gql(`{ allApiKeys { id name } }`, {}, t.adminToken);
    expect(JSON.stringify(list.body)).not.toContain(secret);
  });

  it('scopes decide what a key may do', async () => {
    const orders = (await t.gql(CREATE_API_KEY, { n: 'orders', s: ['ORDERS_WRITE'] }, t.adminToken)).data.createApiKey.secret;
    const reader = (await t.gql(CREATE_API_KEY, { n: 'reader', s: ['READ_ALL'] }, t.adminToken)).data.createApiKey.secret;
    // A write-only key reads back only the order it wrote (its own fields), nothing nested.
    const made = await t.gql(`mutation($input: CreateOrderInput!) { createOrder(input: $input) { id status externalRef } }`, { input: order(`KEY-${Date.now()}`) }, orders);
    expect(made.errors).toBeUndefined();
    const id = made.data.createOrder.id;
    // ORDERS_WRITE writes orders but does not read them; READ_ALL reads but does not write.
    expectRefusal(await t.gql(`query($id: ID!) { order(id: $id) { id } }`, { id }, orders), 'FORBIDDEN');
    expect((await t.gql(`query($id: ID!) { order(id: $id) { id } }`, { id }, reader)).data.order.id).toBe(id);
    expectRefusal(await t.gql(CREATE_ORDER, { input: order(`KEY2-${Date.now()}`) }, reader), 'FORBIDDEN');
    expectRefusal(await t.gql(CREATE_VENDOR, { name: 'X' }, reader), 'FORBIDDEN');
    expectRefusal(await t.gql(CREATE_API_KEY, { n: 'x', s: ['READ_ALL'] }, reader), 'FORBIDDEN');
    const audit = await t.sql(`select actor_type, actor_label from audit_event where entity_id = ?`, [id]);
    expect(audit[0]).toMatchObject({ actor_type: 'API_KEY', actor_label: 'API key orders' });
  });

  it('a revoked or unknown key is UNAUTHENTICATED', async () => {
    const r = (await t.gql(CREATE_API_KEY, { n: 'temp', s: ['READ_ALL'] }, t.adminToken)).data.createApiKey;
    expect((await t.gql(`{ allOrders { id } }`, {}, r.secret)).errors).toBeUndefined();
    await t.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: r.apiKey.id }, t.adminToken);
    expectRefusal(await t.gql(`{ allOrders { id } }`, {}, r.secret), 'UNAUTHENTICATED');
    expectRefusal(await t.gql(`{ allOrders { id } }`, {}, r.secret.slice(0, -4) + 'AAAA'), 'UNAUTHENTICATED');
    expectRefusal(await t.gql(`{ allOrders { id } }`, {}, 'cxk_garbage'), 'UNAUTHENTICATED');
  });

  it('refuses a key without scopes or name', async () => {
    const r = await t.gql(CREATE_API_KEY, { n: 'x', s: [] }, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('scopes');
  });
});

describe('allowedOperations', () => {
  it('tells each user what the access table lets them call', async () => {
    const { token } = await t.userWith(Role.MARKETING);
    const ops = (await t.gql(`{ me { allowedOperations } }`, {}, token)).data.me.allowedOperations as string[];
    expect(ops).toContain('shortlistReview');
    expect(ops).toContain('feedbackAnalytics');
    expect(ops).not.toContain('createOrder');
    expect(ops).not.toContain('login');
  });
});

describe('user management (ADMIN)', () => {
  it('creates users, changes roles and refuses duplicates', async () => {
    const r = await t.gql(`mutation { createUser(email: "Meera@Test.local", name: "Meera Menon", roles: [CX_LEAD], password: "long-enough-1") { id email roles } }`, {}, t.adminToken);
    expect(r.data.createUser).toMatchObject({ email: 'meera@test.local', roles: ['CX_LEAD'] });
    const dup = await t.gql(`mutation { createUser(email: "meera@test.local", name: "M", roles: [CX_LEAD], password: "long-enough-1") { id } }`, {}, t.adminToken);
    expectRefusal(dup, 'CONFLICT');
    const upd = await t.gql(`mutation($id: ID!) { updateUser(id: $id, roles: [CX_LEAD, MARKETING]) { roles } }`, { id: r.data.createUser.id }, t.adminToken);
    expect(upd.data.updateUser.roles).toEqual(['CX_LEAD', 'MARKETING']);
    const list = await t.gql(`{ allUsers(filter: { role: MARKETING }) { email } _allUsersMeta(filter: { role: MARKETING }) { count } }`, {}, t.adminToken);
    expect(list.data.allUsers.map((u: any) => u.email)).toContain('meera@test.local');
  });

  it('refuses a short password naming the field', async () => {
    const r = await t.gql(`mutation { createUser(email: "short@test.local", name: "S", roles: [CX_AGENT], password: "short") { id } }`, {}, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('password');
  });

  it('records who created a user in the audit trail', async () => {
    const rows = await t.sql(`select actor_label, action from audit_event where action = 'USER_CREATED' and actor_label = ?`, [ADMIN_EMAIL]);
    expect(rows.length).toBeGreaterThan(0);
  });
});
