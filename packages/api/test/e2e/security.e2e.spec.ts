// The holes an attacker found (security issue, items 5–11), each reproduced over HTTP against
// real PostgreSQL: sign-in decided on text, racy lockout, account probing, tokens outliving a
// password change, nested fields reading past S2, write-only keys reading through payloads,
// and idempotency records replaying secrets before authentication.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { CATEGORIZE, CREATE_API_KEY } from '../graphql/documents.js';
import { completedOrder, createOrder } from '../setup/flows.js';
import { ADMIN_EMAIL, expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(async () => {
  await t.close();
});

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const key = async (...scopes: string[]) => (await t.gql(CREATE_API_KEY, { n: `key ${scopes.join(' ')}`, s: scopes }, t.adminToken)).data.createApiKey as { secret: string; apiKey: { id: string } };
const post = (body: object, token?: string, headers: Record<string, string> = {}) => {
  const req = t.http.post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  return req.send(body);
};

describe('decisions on the parsed operation, never on its text (item 5)', () => {
  it('counts every spelling of a sign-in against the per-address limit', async () => {
    // Three a minute; the harness's own admin sign-in is the first.
    const small = await initTestApp({ loginsPerMinute: 3 });
    try {
      const spellings = [
        'mutation { login,(email: "nobody@x.in", password: "whatever-1") { token } }',
        'mutation { login#c\n(email: "nobody@x.in", password: "whatever-1") { token } }',
        'mutation { ...L } fragment L on Mutation { login(email: "nobody@x.in", password: "whatever-1") { token } }',
      ];
      const statuses = [];
      for (const query of spellings) statuses.push((await small.http.post('/graphql').send({ query })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await small.close();
    }
  });

  it('remembers a mutation whose document starts with a fragment', async () => {
    const query = 'fragment F on Mutation { createVendor(name: "Idem Vendor") { id } }\nmutation M { ...F }';
    const first = await post({ query }, t.adminToken, { 'idempotency-key': 'fragment-first-1' });
    const again = await post({ query }, t.adminToken, { 'idempotency-key': 'fragment-first-1' });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.data.createVendor.id).toBe(first.body.data.createVendor.id);
    expect((await t.sql(`select count(*)::int as n from vendor where name = 'Idem Vendor'`))[0].n).toBe(1);
  });

  it('in production, refuses introspection without credentials as UNAUTHENTICATED, however it is spelled', async () => {
    const prod = await initTestApp({ production: true });
    try {
      for (const query of ['{ __schema { queryType { name } } }', '{ ...S } fragment S on Query { __schema { queryType { name } } }', '{ __type(name: "Order") { name } }']) {
        const r = await prod.http.post('/graphql').send({ query });
        expect(r.status).toBe(200);
        expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(r.body.data ?? null).toBeNull();
      }
      const signedIn = await prod.gql('{ __schema { queryType { name } } }', {}, prod.adminToken);
      expect(signedIn.data.__schema.queryType.name).toBe('Query');
      expect(prod.internalErrors).toEqual([]);
    } finally {
      await prod.close();
    }
  });
});

describe('sign-in (items 6–8)', () => {
  it('locks after 5 failures even when 40 guesses arrive at once', async () => {
    const u = await t.userWith(Role.CX_AGENT);
    const answers = await Promise.all(Array.from({ length: 40 }, () => t.gql(LOGIN, { e: u.email, p: 'wrong-password' })));
    const checked = answers.filter((a) => a.errors?.[0].message === 'Email or password is incorrect.');
    expect(checked.length).toBe(5);
    expect(answers.every((a) => a.errors?.[0].extensions.code === 'UNAUTHENTICATED')).toBe(true);
    // The right password waits too.
    expect((await t.gql(LOGIN, { e: u.email, p: 'password-123' })).errors?.[0].message).toMatch(/Too many failed sign-ins/);
  });

  it('answers an unknown address exactly like a known one, lockout included', async () => {
    const known = await t.userWith(Role.CX_AGENT);
    const unknown = `nobody-${Date.now()}@test.local`;
    const run = async (email: string) => {
      const messages = [];
      for (let i = 0; i < 6; i++) {
        const r = await t.gql(LOGIN, { e: email, p: 'wrong-password' });
        messages.push([r.errors![0].message, r.errors![0].extensions.code, r.errors![0].extensions.details ?? null]);
      }
      return messages;
    };
    const a = await run(known.email);
    const b = await run(unknown);
    expect(b).toEqual(a);
    expect(a[5][0]).toMatch(/Too many failed sign-ins/);
  });

  it('keeps no address in clear text for the count', async () => {
    const email = `typo-${Date.now()}@test.local`;
    await t.gql(LOGIN, { e: email, p: 'wrong-password' });
    expect(JSON.stringify(await t.sql('select * from login_throttle'))).not.toContain(email);
  });

  it('a token issued before a password change, a reset or a deactivation stops working', async () => {
    const me = '{ me { id } }';
    const u = await t.userWith(Role.CX_AGENT);
    const changed = await t.gql(`mutation { changePassword(currentPassword: "password-123", newPassword: "password-456") { id } }`, {}, u.token);
    expect(changed.errors).toBeUndefined();
    expectRefusal(await t.gql(me, {}, u.token), 'UNAUTHENTICATED');
    const fresh = await t.login(u.email, 'password-456');
    expect((await t.gql(me, {}, fresh)).data.me.id).toBe(u.id);

    await t.gql(`mutation($id: ID!) { resetUserPassword(id: $id, password: "password-789") { id } }`, { id: u.id }, t.adminToken);
    expectRefusal(await t.gql(me, {}, fresh), 'UNAUTHENTICATED');

    const again = await t.login(u.email, 'password-789');
    await t.gql(`mutation($id: ID!) { updateUser(id: $id, active: false) { id } }`, { id: u.id }, t.adminToken);
    await t.gql(`mutation($id: ID!) { updateUser(id: $id, active: true) { id } }`, { id: u.id }, t.adminToken);
    // Reactivated, the person signs in anew; the token from before stays dead.
    expectRefusal(await t.gql(me, {}, again), 'UNAUTHENTICATED');
    expect((await t.gql(me, {}, await t.login(u.email, 'password-789'))).data.me.id).toBe(u.id);
  });

  it.each([
    ['a wrong current password', 'not-my-password', 'password-456', 'currentPassword'],
    ['a new password that is too short', 'password-123', 'short', 'newPassword'],
  ])('refuses a password change with %s, naming the argument as the field', async (_case, currentPassword, newPassword, field) => {
    const u = await t.userWith(Role.CX_AGENT);
    const r = await t.gql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }', { c: currentPassword, n: newPassword }, u.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions!.field).toBe(field);
    // Nothing changed: the old password still signs in.
    expect(await t.login(u.email, 'password-123')).toBeTruthy();
  });
});

describe('S2 on nested fields and payloads (items 9–10)', () => {
  // Written out by hand from SOP_RULES.md S2, not derived from the server's access table.
  type View = { root: 'ok' | 'FORBIDDEN'; teams?: string[]; feedback?: boolean; callTasks?: boolean; links?: boolean; messages?: boolean; timeline?: boolean; contact?: 'plain' | 'masked' };
  const ALL_TEAMS = ['CX', 'FINANCE', 'VENDOR_OPS', 'TECH'];
  const VIA_ORDERS: Record<string, View> = {
    CX_AGENT: { root: 'ok', teams: ALL_TEAMS, feedback: true, callTasks: true, links: true, messages: true, timeline: true, contact: 'plain' },
    CX_LEAD: { root: 'ok', teams: ALL_TEAMS, feedback: true, callTasks: true, links: true, messages: true, timeline: true, contact: 'plain' },
    FINANCE: { root: 'ok', teams: ['FINANCE'], feedback: false, callTasks: false, links: false, messages: false, timeline: false, contact: 'plain' },
    VENDOR_OPS: { root: 'FORBIDDEN' },
    TECH: { root: 'FORBIDDEN' },
    MARKETING: { root: 'FORBIDDEN' },
    READ_ALL: { root: 'ok', teams: ALL_TEAMS, feedback: true, callTasks: true, links: false, messages: false, timeline: true, contact: 'plain' },
  };
  const VIA_ESCALATIONS: Record<string, View> = {
    CX_AGENT: { root: 'ok', teams: ALL_TEAMS, feedback: true, callTasks: true, links: true, messages: true, timeline: true, contact: 'plain' },
    FINANCE: { root: 'ok', teams: ['FINANCE'], feedback: false, callTasks: false, links: false, messages: false, timeline: false, contact: 'plain' },
    VENDOR_OPS: { root: 'ok', teams: ['VENDOR_OPS'], feedback: false, callTasks: false, links: false, messages: false, timeline: false, contact: 'masked' },
    TECH: { root: 'ok', teams: ['TECH'], feedback: false, callTasks: false, links: false, messages: false, timeline: false, contact: 'masked' },
    MARKETING: { root: 'FORBIDDEN' },
    READ_ALL: { root: 'ok', teams: ALL_TEAMS, feedback: true, callTasks: true, links: false, messages: false, timeline: true, contact: 'plain' },
  };

  const ORDER_FIELDS = 'id customer { phone email orders { id } } escalations { team } feedback { id } callTasks { id } feedbackRequests { link } messages { id body } timeline { action }';
  const tokens: Record<string, string> = {};
  let orderIds: string[] = [];

  beforeAll(async () => {
    const teams: (string | null)[] = [null, 'PAYMENT', 'MISSED_PICKUP', 'TECH'];
    for (const [i, category] of teams.entries()) {
      // High value, with an e-mail: a call task, and contact data to mask.
      const id = await completedOrder(t, { quotedPrice: 45_000, phone: `981234560${i}` });
      await t.sql(`update customer set email = ? where id = (select customer_id from customer_order where id = ?)`, [`buyer${i}@mail.test`, id]);
      const fb = await t.gql(`mutation($o: ID!) { submitFeedback(input: { orderId: $o, rating: 1, comment: "bad" }) { escalation { id } } }`, { o: id }, t.adminToken);
      if (category) expect((await t.gql(CATEGORIZE, { id: fb.data.submitFeedback.escalation.id, c: category }, t.adminToken)).errors).toBeUndefined();
      orderIds.push(id);
    }
    for (const role of ['CX_AGENT', 'CX_LEAD', 'FINANCE', 'VENDOR_OPS', 'TECH', 'MARKETING'] as Role[]) tokens[role] = (await t.userWith(role)).token;
    tokens.READ_ALL = (await key('READ_ALL')).secret;
  });

  const check = (order: any, view: View, label: string) => {
    expect(order.escalations.every((e: any) => view.teams!.includes(e.team)), `${label} escalations`).toBe(true);
    expect(order.feedback.length > 0, `${label} feedback`).toBe(view.feedback);
    expect(order.callTasks.length > 0, `${label} callTasks`).toBe(view.callTasks);
    expect(order.feedbackRequests.length > 0, `${label} feedbackRequests`).toBe(view.links);
    expect(order.messages.length > 0, `${label} messages`).toBe(view.messages);
    expect(order.timeline.length > 0, `${label} timeline`).toBe(view.timeline);
    const masked = order.customer.phone.includes('*') && (order.customer.email == null || order.customer.email.includes('*'));
    expect(masked ? 'masked' : 'plain', `${label} contact`).toBe(view.contact);
  };

  it.each(Object.keys(VIA_ORDERS))('%s through allOrders { … }', async (who) => {
    const view = VIA_ORDERS[who];
    const r = await t.gql(`query($ids: [ID!]) { allOrders(filter: { ids: $ids }) { ${ORDER_FIELDS} } }`, { ids: orderIds }, tokens[who]);
    if (view.root === 'FORBIDDEN') return expectRefusal(r, 'FORBIDDEN');
    expect(r.errors).toBeUndefined();
    expect(r.data.allOrders).toHaveLength(4);
    const teamsSeen = r.data.allOrders.flatMap((o: any) => o.escalations.map((e: any) => e.team)).sort();
    expect(teamsSeen).toEqual([...view.teams!].sort());
    for (const o of r.data.allOrders) check(o, view, who);
    if (!view.links) expect(JSON.stringify(r.body)).not.toContain('/r/');
  });

  it.each(Object.keys(VIA_ESCALATIONS))('%s through allEscalations { order { … } }', async (who) => {
    const view = VIA_ESCALATIONS[who];
    const r = await t.gql(`query($o: ID) { allEscalations(perPage: 100, filter: { orderId: $o }) { team feedback { rating } order { ${ORDER_FIELDS} } } }`, {}, tokens[who]);
    if (view.root === 'FORBIDDEN') return expectRefusal(r, 'FORBIDDEN');
    expect(r.errors).toBeUndefined();
    const mine = r.data.allEscalations.filter((e: any) => orderIds.includes(e.order.id));
    expect(mine.map((e: any) => e.team).sort()).toEqual([...view.teams!].sort());
    for (const e of mine) {
      check(e.order, view, who);
      expect(e.feedback !== null, `${who} escalation.feedback`).toBe(view.feedback);
      // The customer's other orders are not a vendor-ops or tech matter.
      expect(e.order.customer.orders.length > 0, `${who} customer.orders`).toBe(who !== 'VENDOR_OPS' && who !== 'TECH');
    }
    if (!view.links) expect(JSON.stringify(r.body)).not.toContain('/r/');
  });

  it('an alert never leads a team to an escalation routed away from it since', async () => {
    // A VENDOR_OPS alert on an escalation of theirs, which CX then routes to FINANCE.
    const [e] = await t.sql(`select id from escalation where order_id = ? limit 1`, [orderIds[2]]);
    const [alert] = await t.sql(`insert into alert (id, kind, escalation_id, team, for_role, text, created_at) values (gen_random_uuid(), 'VENDOR_ACTION', ?, 'VENDOR_OPS', 'VENDOR_OPS', 'Vendor on hold', now()) returning id`, [e.id]);
    const seen = async () => (await t.gql(`{ allAlerts(perPage: 100) { id escalation { id team } } _allAlertsMeta { count } }`, {}, tokens.VENDOR_OPS));
    expect((await seen()).data.allAlerts.map((a: any) => a.id)).toContain(alert.id);
    expect((await t.gql(CATEGORIZE, { id: e.id, c: 'PAYMENT' }, t.adminToken)).data.categorizeEscalation.team).toBe('FINANCE');
    const after = await seen();
    expect(after.errors).toBeUndefined();
    expect(after.data.allAlerts.map((a: any) => a.id)).not.toContain(alert.id);
    expect(JSON.stringify(after.data)).not.toContain(e.id);
    const ack = await t.gql(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id escalation { resolution } } }`, { id: alert.id }, tokens.VENDOR_OPS);
    expectRefusal(ack, 'FORBIDDEN');
    expect((await t.sql(`select acknowledged_at from alert where id = ?`, [alert.id]))[0].acknowledged_at).toBeNull();
    // Put it back for the other cases.
    await t.gql(CATEGORIZE, { id: e.id, c: 'MISSED_PICKUP' }, t.adminToken);
  });

  it('FINANCE reaches no rating link through any path', async () => {
    const paths = [
      `query($ids: [ID!]) { allOrders(filter: { ids: $ids }) { feedbackRequests { link messages { body } } messages { body } } }`,
      `{ allCustomers { orders { feedbackRequests { link } messages { body } } } }`,
      `{ allEscalations { order { feedbackRequests { link } messages { body } } } }`,
    ];
    for (const q of paths) {
      const r = await t.gql(q, { ids: orderIds }, tokens.FINANCE);
      expect(r.errors).toBeUndefined();
      expect(JSON.stringify(r.body)).not.toContain('/r/');
    }
  });

  it('a write-only key reads back only what it wrote', async () => {
    const writer = (await key('ORDERS_WRITE')).secret;
    const input = { externalRef: `W-${Date.now()}`, deviceCategory: 'PHONE', deviceModel: 'Pixel 7', quotedPrice: 9000, customer: { name: 'Someone', phone: '9812345600' } };
    const CREATE = (fields: string) => `mutation($i: CreateOrderInput!) { createOrder(input: $i) { ${fields} } }`;
    const refused = await t.gql(CREATE('id customer { name email }'), { i: input }, writer);
    expectRefusal(refused, 'FORBIDDEN');
    expect(refused.errors![0].path).toEqual(['createOrder', 'customer']);
    expect((await t.sql(`select count(*)::int as n from customer_order where external_ref = ?`, [input.externalRef]))[0].n).toBe(0);

    const ok = await t.gql(CREATE('id status externalRef feedback { id } escalations { id } callTasks { id } vendor { name }'), { i: input }, writer);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createOrder).toMatchObject({ status: 'CREATED', externalRef: input.externalRef, feedback: [], escalations: [], callTasks: [], vendor: null });

    const fbWriter = (await key('FEEDBACK_WRITE')).secret;
    const order = await completedOrder(t);
    expectRefusal(await t.gql(`mutation($o: ID!) { submitFeedback(input: { orderId: $o, rating: 1 }) { id order { id } } }`, { o: order }, fbWriter), 'FORBIDDEN');
    const fb = await t.gql(`mutation($o: ID!) { submitFeedback(input: { orderId: $o, rating: 1 }) { id route escalation { id } } }`, { o: order }, fbWriter);
    expect(fb.data.submitFeedback).toMatchObject({ route: 'ESCALATE', escalation: null });
  });

  it('matching a customer by phone never changes their record', async () => {
    const phone = '9812345611';
    const first = await createOrder(t, { phone, name: 'Asha Verma', hasWhatsapp: true });
    const writer = (await key('ORDERS_WRITE')).secret;
    const r = await t.gql(`mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }`, {
      i: { externalRef: `X-${Date.now()}`, deviceCategory: 'PHONE', deviceModel: 'iPhone 12', quotedPrice: 15000, customer: { name: 'Other Name', phone, email: 'attacker@mail.test', corporate: true, hasWhatsapp: false } },
    }, writer);
    expect(r.errors).toBeUndefined();
    const [c] = await t.sql(`select name, email, corporate, has_whatsapp from customer where id = (select customer_id from customer_order where id = ?)`, [first]);
    expect(c).toEqual({ name: 'Asha Verma', email: null, corporate: false, has_whatsapp: true });
    const [audit] = await t.sql(`select data from audit_event where entity_id = ? and action = 'ORDER_CREATED'`, [r.data.createOrder.id]);
    expect(audit.data.customerDetailsNotApplied.sort()).toEqual(['corporate', 'email', 'hasWhatsapp', 'name']);
  });
});

describe('idempotency records (item 11)', () => {
  const CREATE = `mutation($i: CreateOrderInput!) { createOrder(input: $i) { id customer { name phone } } }`;
  const input = (ref: string) => ({ externalRef: ref, deviceCategory: 'PHONE', deviceModel: 'Pixel 8', quotedPrice: 12000, customer: { name: 'Meera Idempotent', phone: '9812345622' } });

  it('keeps no personal data readable at rest, and replays only to the same credential', async () => {
    const k = await key('ORDERS_WRITE', 'READ_ALL');
    const first = await post({ query: CREATE, variables: { i: input('IDEM-1') } }, k.secret, { 'idempotency-key': 'order-IDEM-1' });
    expect(first.body.data.createOrder.customer.name).toBe('Meera Idempotent');
    const stored = JSON.stringify(await t.sql('select * from idempotency_record'));
    expect(stored).not.toContain('Meera');
    expect(stored).not.toContain('9812345622');
    const again = await post({ query: CREATE, variables: { i: input('IDEM-1') } }, k.secret, { 'idempotency-key': 'order-IDEM-1' });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    // Another credential with the same key is another record.
    const other = await post({ query: CREATE, variables: { i: input('IDEM-1') } }, t.adminToken, { 'idempotency-key': 'order-IDEM-1' });
    expect(other.headers['idempotent-replayed']).toBeUndefined();
  });

  it('a revoked key gets no replay', async () => {
    const k = await key('ORDERS_WRITE', 'READ_ALL');
    const first = await post({ query: CREATE, variables: { i: input('IDEM-2') } }, k.secret, { 'idempotency-key': 'order-IDEM-2' });
    expect(first.body.errors).toBeUndefined();
    await t.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: k.apiKey.id }, t.adminToken);
    const again = await post({ query: CREATE, variables: { i: input('IDEM-2') } }, k.secret, { 'idempotency-key': 'order-IDEM-2' });
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(again.body.data ?? null).toBeNull();
  });

  it('refuses an Idempotency-Key where the answer is a secret, and stores nothing', async () => {
    const before = (await t.sql('select count(*)::int as n from idempotency_record'))[0].n;
    const keys = (await t.sql('select count(*)::int as n from api_key'))[0].n;
    const login = await post({ query: LOGIN, variables: { e: ADMIN_EMAIL, p: 'admin-password-1' } }, undefined, { 'idempotency-key': 'login-1' });
    expect(login.status).toBe(400);
    expect(login.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    const made = await post({ query: `mutation { createApiKey(name: "retry", scopes: [READ_ALL]) { secret } }` }, t.adminToken, { 'idempotency-key': 'key-1' });
    expect(made.status).toBe(400);
    expect(JSON.stringify(made.body)).not.toContain('cxk_');
    expect((await t.sql('select count(*)::int as n from idempotency_record'))[0].n).toBe(before);
    expect((await t.sql('select count(*)::int as n from api_key'))[0].n).toBe(keys);
  });
});
