// Rewritten documents against the access rules: every decision the server makes about who may
// read what, how sign-ins are counted and which requests are remembered must hold however the
// same operation is spelled — commas, comments, tabs, named and inline fragments, aliases,
// fragments before the operation. Seeded and bounded (FUZZ_SEED=<n> replays a run).
import { Kind, parse, print, visit, type DocumentNode, type FieldNode, type NameNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { CATEGORIZE, CREATE_API_KEY } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { rng, SEED, type Rng } from '../setup/rng.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

const RUNS = 25;
const TEAM = /"(CX|FINANCE|VENDOR_OPS|TECH)"/g;

/** The same operation, spelled differently: what it asks is unchanged, its text is not. */
function rewrite(source: string, r: Rng): string {
  let n = 0;
  const doc = visit(parse(source), {
    Field: {
      leave(field: FieldNode): FieldNode {
        const alias: NameNode = { kind: Kind.NAME, value: `a${n++}` };
        const aliased: FieldNode = r.chance(0.3) && !field.alias ? { ...field, alias } : field;
        if (!aliased.selectionSet || !r.chance(0.4)) return aliased;
        // Wrap the sub-selection in an inline fragment without a type condition.
        const inner: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.INLINE_FRAGMENT, selectionSet: aliased.selectionSet }] };
        return { ...aliased, selectionSet: inner };
      },
    },
  }) as DocumentNode;
  const op = doc.definitions[0] as OperationDefinitionNode;
  const rootType = op.operation === 'mutation' ? 'Mutation' : 'Query';
  // Move the operation's selection into a chain of named fragments, some before the operation.
  const chain = r.int(0, 3);
  const fragments: string[] = [];
  let selection = print(op.selectionSet);
  for (let i = chain - 1; i >= 0; i--) {
    fragments.push(`fragment R${i} on ${rootType} ${selection}`);
    selection = `{ ...R${i} }`;
  }
  const head = print({ ...op, selectionSet: { kind: Kind.SELECTION_SET, selections: [] } }).replace(/\{\s*\}\s*$/, '');
  const parts = [`${head} ${selection}`, ...fragments];
  if (r.chance(0.5)) parts.reverse();
  let text = parts.join('\n');
  // Ignored tokens wherever whitespace may stand, and before argument lists.
  const junk = () => r.pick([' ', ',', ', ', '\t', '\n', ' #c\n', '#x\n,', ',,\n']);
  text = text.replace(/\s+/g, () => junk()).replace(/(\w)\(/g, (_m, c) => `${c}${r.chance(0.5) ? junk() : ''}(`);
  return text;
}

let t: TestApp;
const tokens: Record<string, string> = {};
const orderIds: string[] = [];

beforeAll(async () => {
  t = await initTestApp();
  for (const [i, category] of [null, 'PAYMENT', 'MISSED_PICKUP'].entries()) {
    const id = await completedOrder(t, { quotedPrice: 45_000, phone: `981234570${i}` });
    const fb = await t.gql(`mutation($o: ID!) { submitFeedback(input: { orderId: $o, rating: 1 }) { escalation { id } } }`, { o: id }, t.adminToken);
    if (category) await t.gql(CATEGORIZE, { id: fb.data.submitFeedback.escalation.id, c: category }, t.adminToken);
    orderIds.push(id);
  }
  tokens.FINANCE = (await t.userWith(Role.FINANCE)).token;
  tokens.VENDOR_OPS = (await t.userWith(Role.VENDOR_OPS)).token;
  tokens.ORDERS_WRITE = (await t.gql(CREATE_API_KEY, { n: 'writer', s: ['ORDERS_WRITE'] }, t.adminToken)).data.createApiKey.secret;
});
afterAll(async () => {
  await t.close();
});

describe(`rewritten documents (seed ${SEED})`, () => {
  it('the rewriter keeps the operation: an admin gets the same data back', async () => {
    const r = rng(SEED);
    const q = `query($ids: [ID!]) { allOrders(filter: { ids: $ids }, sortField: "id") { id status customer { name } } }`;
    const plain = (await t.gql(q, { ids: orderIds }, t.adminToken)).data.allOrders;
    for (let i = 0; i < RUNS; i++) {
      const res = await t.gql(rewrite(q, r), { ids: orderIds }, t.adminToken);
      expect(res.errors).toBeUndefined();
      const rows = JSON.stringify(res.data).match(/"[0-9a-f-]{36}"/g);
      expect(rows).toEqual(plain.map((o: { id: string }) => `"${o.id}"`));
    }
  });

  it('FINANCE never reaches a rating link or a message body', async () => {
    const r = rng(SEED + 1);
    const q = `query($ids: [ID!]) { allOrders(filter: { ids: $ids }) { id feedbackRequests { link messages { body } } messages { body } customer { orders { feedbackRequests { link } } } escalations { team order { messages { body } } } } }`;
    for (let i = 0; i < RUNS; i++) {
      const res = await t.gql(rewrite(q, r), { ids: orderIds }, tokens.FINANCE);
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.body)).not.toMatch(/\/r\/|"body"\s*:\s*"[^"]/);
      // Aliases rename the key, so the teams are found by value.
      expect(JSON.stringify(res.data).match(TEAM)).toEqual(['"FINANCE"']);
    }
  });

  it('VENDOR_OPS sees customers masked and no other team\'s escalations', async () => {
    const r = rng(SEED + 2);
    const q = `{ allEscalations(perPage: 100) { team order { customer { phone email name } escalations { team } feedbackRequests { link } } } }`;
    for (let i = 0; i < RUNS; i++) {
      const res = await t.gql(rewrite(q, r), {}, tokens.VENDOR_OPS);
      expect(res.errors).toBeUndefined();
      const body = JSON.stringify(res.body);
      expect(body).not.toMatch(/\+91\d{10}|\/r\//);
      expect([...new Set(body.match(TEAM))]).toEqual(['"VENDOR_OPS"']);
    }
  });

  it('a write-only key never reads the customer it matched', async () => {
    const r = rng(SEED + 3);
    const q = `mutation($i: CreateOrderInput!) { createOrder(input: $i) { id customer { name email orders { id } } } }`;
    for (let i = 0; i < RUNS; i++) {
      const ref = `ABUSE-${SEED}-${i}`;
      const res = await t.gql(rewrite(q, r), { i: { externalRef: ref, deviceCategory: 'PHONE', deviceModel: 'Moto G', quotedPrice: 5000, customer: { name: 'Probe', phone: '9812345700' } } }, tokens.ORDERS_WRITE);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
      expect((await t.sql('select count(*)::int as n from customer_order where external_ref = ?', [ref]))[0].n).toBe(0);
    }
  });

  it('every spelling of a sign-in is counted, and every spelling of a mutation is remembered', async () => {
    const r = rng(SEED + 4);
    const limited = await initTestApp({ loginsPerMinute: RUNS + 1 });
    try {
      const statuses: number[] = [];
      // The harness's own admin sign-in is the first of the minute's attempts.
      for (let i = 0; i <= RUNS; i++) {
        const q = rewrite(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, r);
        statuses.push((await limited.http.post('/graphql').send({ query: q, variables: { e: 'probe@test.local', p: 'not-it-1' } })).status);
      }
      expect(statuses.slice(0, RUNS)).toEqual(Array(RUNS).fill(200));
      expect(statuses[RUNS]).toBe(429);
    } finally {
      await limited.close();
    }
    for (let i = 0; i < 10; i++) {
      const q = rewrite(`mutation($n: String!) { createVendor(name: $n) { id } }`, r);
      const name = `Abuse vendor ${SEED}-${i}`;
      const send = () => t.http.post('/graphql').set('authorization', `Bearer ${t.adminToken}`).set('idempotency-key', `abuse-${SEED}-${i}`).send({ query: q, variables: { n: name } });
      await send();
      expect((await send()).headers['idempotent-replayed']).toBe('true');
      expect((await t.sql('select count(*)::int as n from vendor where name = ?', [name]))[0].n).toBe(1);
    }
  });

  it('anonymous introspection is refused in production, however it is spelled', async () => {
    const r = rng(SEED + 5);
    const prod = await initTestApp({ production: true });
    try {
      for (let i = 0; i < RUNS; i++) {
        const q = rewrite(r.pick(['{ __schema { types { name } } }', '{ __type(name: "Order") { fields { name } } }', '{ testimonials(platform: WEBSITE_TESTIMONIAL) { excerpt } __schema { queryType { name } } }']), r);
        const res = await prod.http.post('/graphql').send({ query: q });
        expect(res.body.errors?.[0].extensions.code, q).toBe('UNAUTHENTICATED');
        expect(JSON.stringify(res.body)).not.toMatch(/"types"|"fields"/);
      }
      expect(prod.internalErrors).toEqual([]);
    } finally {
      await prod.close();
    }
  });

  it('logged no internal error along the way', () => {
    expect(t.internalErrors).toEqual([]);
  });
});
