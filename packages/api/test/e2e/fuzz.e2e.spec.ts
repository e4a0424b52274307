// SOP_RULES "Errors" under hostile input: a seeded fuzz run of garbage, truncated, mistyped,
// huge, deep, unicode and null-byte requests, most of them built from the real schema. Whatever
// arrives, the API answers as a client error: never a 5xx, never INTERNAL_SERVER_ERROR, never a
// stack trace, SQL or file path. FUZZ_SEED=<n> replays a run.
import { randomUUID } from 'node:crypto';
import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../src/schema.js';
import { completedOrder, createVendor } from '../setup/flows.js';
import { rng, SEED, type Rng } from '../setup/rng.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

// What must never reach a client (SOP_RULES "Errors").
const LEAK = /\.ts:\d+|\.js:\d+|node_modules|\bat \w+ \(|select |insert |update "|delete from|relation "|syntax error at or near|violates|duplicate key|invalid input syntax|invalid byte sequence|\/work\/|\bstack\b/i;

const NASTY_STRINGS = [
  '', ' ', 'a', '\u0000', 'abc\u0000def', '\u0000'.repeat(10), '名前 😀 ✓ नमस्ते', '\ud800', '\udfff lone', '\u202e reversed', 'e\u0301',
  "'; drop table customer_order; --", "Robert'); --", '%', '_', '%_\\', '\\', '"', '${x}', '{{x}}', '../../etc/passwd', '<script>alert(1)</script>',
  'null', 'undefined', 'NaN', '-1', '0', '1e309', 'true', '[]', '{}', '2026-02-30T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z',
  '9876543210', '+91 98765 43210', 'kavya@example.in', 'ADMIN', 'COMPLETED', '00000000-0000-0000-0000-000000000000',
  'x'.repeat(2_001), 'y'.repeat(5_001), 'z'.repeat(70_000), '\n\r\t\v\f', '\x1b[31mred', '\uffff\ufffe', '🙂'.repeat(3_000),
];

interface Ctx {
  r: Rng;
  ids: string[];
  mistype: boolean;
}

function randomString(c: Ctx): string {
  const { r } = c;
  if (r.chance(0.6)) return r.pick(NASTY_STRINGS);
  const len = r.pick([1, 5, 40, 300]);
  let s = '';
  for (let i = 0; i < len; i++) s += String.fromCodePoint(r.chance(0.7) ? r.int(32, 126) : r.int(0, 0x10ffff) & ~0x800 /* avoid most surrogates */);
  return s;
}

function scalarValue(name: string, c: Ctx): unknown {
  const { r } = c;
  switch (name) {
    case 'ID':
      return r.pick([() => r.pick(c.ids.length ? c.ids : [randomUUID()]), () => randomUUID(), () => randomString(c), () => r.int(-5, 5)])();
    case 'Int':
      return r.pick([0, 1, -1, 2, 25, 500, 501, 2 ** 31 - 1, -(2 ** 31), r.int(-1000, 1000), 10_000_001]);
    case 'Float':
      return r.pick([0, -0.5, 3.14, 1e308, -1e308, 5e-324, r.next() * 10 - 5]);
    case 'Boolean':
      return r.chance(0.5);
    case 'DateTime':
      return r.pick(['2026-11-23T10:00:00Z', '2026-11-30T00:00:00+05:30', '1970-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-02-30T00:00:00Z', '2026-13-45T99:99:99Z', 'yesterday', '']);
    default:
      return randomString(c);
  }
}

/** A value for an input type: well-typed with hostile content, or (with `mistype`) sometimes the wrong shape. */
function inputValue(type: GraphQLInputType, c: Ctx, depth = 0): unknown {
  const { r } = c;
  if (c.mistype && r.chance(0.15)) return r.pick<unknown>([null, 42, 'str', true, [], {}, [1, 'a'], { __proto__x: 1 }, -1.5, 'x'.repeat(3000)]);
  if (isNonNullType(type)) return inputValue(type.ofType, c, depth);
  if (isListType(type)) {
    const n = r.pick([0, 1, 2, 3, depth === 0 ? 60 : 1]);
    return Array.from({ length: n }, () => inputValue(type.ofType, c, depth + 1));
  }
  if (isEnumType(type)) return r.chance(0.9) ? r.pick(type.getValues()).value : r.pick(['NOPE', 'completed', '', 'ADMIN']);
  if (isScalarType(type)) return scalarValue(type.name, c);
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || r.chance(0.5)) out[f.name] = inputValue(f.type, c, depth + 1);
    }
    if (c.mistype && r.chance(0.2)) out[`unknown_${r.int(0, 9)}`] = 1;
    return out;
  }
  return null;
}

/** Leaf fields, and sometimes one object level down, of fields needing no arguments. */
function selection(type: GraphQLOutputType, r: Rng, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values((named as GraphQLObjectType).getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined));
  const parts: string[] = ['__typename'];
  for (const f of fields) {
    const leaf = isLeafType(getNamedType(f.type));
    if (leaf ? r.chance(0.6) : depth < 2 && r.chance(0.25)) {
      parts.push(leaf ? f.name : `${f.name} ${selection(f.type, r, depth + 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, c: Ctx) {
  const args = field.args.filter((a) => isNonNullType(a.type) || c.r.chance(0.6));
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const query = `${kind} Fuzz${defs ? `(${defs})` : ''} { ${field.name}${call} ${selection(field.type, c.r, 0)} }`;
  const variables: Record<string, unknown> = {};
  for (const a of args) {
    if (c.mistype && c.r.chance(0.1)) continue; // a required variable left out
    variables[a.name] = inputValue(a.type, c);
  }
  return { query, variables };
}

let t: TestApp;
let schema: GraphQLSchema;
let ids: string[] = [];
const stats = { sent: 0, status: new Map<number, number>() };
const problems: string[] = [];

interface Sent {
  what: string;
  status: number;
  text: string;
}

function check(s: Sent) {
  stats.sent++;
  stats.status.set(s.status, (stats.status.get(s.status) ?? 0) + 1);
  const reasons: string[] = [];
  if (s.status >= 500) reasons.push(`HTTP ${s.status}`);
  if (s.text.includes('INTERNAL_SERVER_ERROR')) reasons.push('INTERNAL_SERVER_ERROR');
  const leak = LEAK.exec(s.text);
  if (leak) reasons.push(`leaks ${JSON.stringify(leak[0])}`);
  if (reasons.length) problems.push(`${reasons.join(', ')} for ${s.what.slice(0, 600)} → ${s.text.slice(0, 600)}`);
}

async function post(body: string | Buffer, contentType: string | null, token: string | null, what: string): Promise<Sent> {
  const req = t.http.post('/graphql');
  if (contentType !== null) req.set('content-type', contentType);
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send(body as never).buffer(true).parse((r, cb) => {
    let data = '';
    r.setEncoding('utf8');
    r.on('data', (d: string) => (data += d));
    r.on('end', () => cb(null, data));
  });
  const sent = { what, status: res.status, text: String(res.body ?? '') };
  check(sent);
  return sent;
}

beforeAll(async () => {
  t = await initTestApp();
  schema = await buildAppSchema();
  // Real records, so random ids sometimes hit something and resolvers run past "not found".
  const vendor = await createVendor(t);
  const order = await completedOrder(t, { vendorId: vendor });
  ids = [vendor, order, randomUUID()];
});

afterAll(async () => {
  console.log(
    `fuzz seed ${SEED}: ${stats.sent} requests, statuses ${JSON.stringify(Object.fromEntries(stats.status))}, ` +
      `${problems.length} problems, ${t?.internalErrors.length ?? 0} internal errors logged`,
  );
  await t?.close();
});

// Each test answers for its own requests; the run's figures are printed after all of them.
let firstOfTest = 0;
beforeEach(() => {
  firstOfTest = problems.length;
});
const mine = () => problems.slice(firstOfTest);
const report = () => `\n${mine().slice(0, 10).join('\n\n')}`;

describe(`fuzzed requests (seed ${SEED})`, () => {
  it('schema operations with random, hostile and mistyped variables, as admin and anonymous', async () => {
    const r = rng(SEED);
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ];
    // Keep the admin able to sign in for the rest of the run.
    const usable = roots.filter(([, f]) => !['changePassword', 'revokeApiKey'].includes(f.name));
    for (let i = 0; i < 260; i++) {
      const [kind, field] = r.pick(usable);
      const { query, variables } = operationFor(kind, field, { r, ids, mistype: r.chance(0.35) });
      const token = r.chance(0.85) ? t.adminToken : r.pick([null, 'garbage', `${t.adminToken}x`, 'cxk_' + 'A'.repeat(60)]);
      await post(JSON.stringify({ query, variables }), 'application/json', token, `${query} ${JSON.stringify(variables).slice(0, 300)} (token ${token === t.adminToken ? 'admin' : token})`);
    }
    expect(mine(), report()).toEqual([]);
  });

  it('garbage, truncated and oddly typed bodies', async () => {
    const r = rng(SEED + 1);
    const valid = JSON.stringify({ query: 'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', variables: { i: { externalRef: 'F-1', customer: { name: 'A', phone: '9876543210' }, deviceCategory: 'PHONE', deviceModel: 'M', quotedPrice: 100 } } });
    const bodies: (() => [string | Buffer, string | null, string])[] = [
      () => [valid.slice(0, r.int(0, valid.length - 1)), 'application/json', 'truncated JSON'],
      () => [Buffer.from(Array.from({ length: r.int(1, 400) }, () => r.int(0, 255))), 'application/json', 'random bytes as JSON'],
      () => [Buffer.from(Array.from({ length: r.int(1, 400) }, () => r.int(0, 255))), r.pick(['application/octet-stream', 'text/plain', null]), 'random bytes, other type'],
      () => [valid, r.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', 'text/html', '', 'application/json; charset=utf-16', 'application/json; charset=latin1']), 'valid body, wrong content type'],
      () => [r.pick(['null', '1', '"query"', 'true', '[]', '[1,2]', '{}', '{"query": null}', '{"query": 5}', '{"query": {}}', '{"query": "{ me { id } }", "variables": "x"}', '{"query": "{ me { id } }", "variables": [1]}', '{"query": "{ me { id } }", "operationName": 7}', '{"query": "{ me { id } }", "extensions": "x"}', '{"query": "{ me { id } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}', '{"__proto__": {"query": "{ me { id } }"}}', '{"constructor": {"prototype": {"x": 1}}}']), 'application/json', 'JSON of the wrong shape'],
      () => [JSON.stringify({ query: `{ me { id } }${'\u0000'.repeat(r.int(1, 5))}` }), 'application/json', 'null bytes in the query'],
      () => [JSON.stringify({ query: randomString({ r, ids, mistype: true }) }), 'application/json', 'random query text'],
      () => [JSON.stringify({ query: `{ me ${'{ id '.repeat(r.int(20, 400))}${'}'.repeat(r.int(0, 400))} }` }), 'application/json', 'deep unbalanced braces'],
      () => [JSON.stringify({ query: `{ ${'order(id: "x") { customer { orders { customer { orders { id } } } } } '.repeat(r.int(1, 40))} }` }), 'application/json', 'deep and wide real query'],
      () => [JSON.stringify({ query: `query { ${Array.from({ length: r.int(20, 120) }, (_, k) => `a${k}: me { id }`).join(' ')} }` }), 'application/json', 'many aliases'],
      () => [JSON.stringify({ query: `fragment A on Query { ...B } fragment B on Query { ...A } { ...A }` }), 'application/json', 'fragment cycle'],
      () => [JSON.stringify({ query: `{ me { id } } { me { id } }` }), 'application/json', 'two anonymous operations'],
      () => [JSON.stringify({ query: `query A { me { id } } query B { me { id } }`, operationName: r.pick(['C', '', null, 'A']) }), 'application/json', 'operationName mismatch'],
      () => [JSON.stringify({ query: `subscription { me { id } }` }), 'application/json', 'subscription'],
      () => [JSON.stringify({ query: `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }` }), 'application/json', 'introspection'],
      () => [JSON.stringify({ query: `{ allOrders(perPage: ${r.pick(['0', '-1', '99999999999', '"x"', 'null', '1.5'])}, page: ${r.pick(['0', '-1', '2147483647', 'null'])}, sortField: ${JSON.stringify(r.pick(NASTY_STRINGS.slice(0, 30)))}) { id } }` }), 'application/json', 'paging literals'],
      () => [JSON.stringify({ query: `{ allOrders(filter: { q: ${JSON.stringify(r.pick(NASTY_STRINGS))} }) { id } }` }), 'application/json', 'search literal'],
      () => [JSON.stringify({ query: '{ me { id } }', variables: { deep: JSON.parse('['.repeat(3000) + ']'.repeat(3000)) } }), 'application/json', 'deeply nested variables'],
      () => ['['.repeat(r.int(1000, 100_000)), 'application/json', 'deeply nested JSON'],
      () => [JSON.stringify({ query: `{ me { id } }`, pad: 'p'.repeat(2_200_000) }), 'application/json', 'body over the 2 MB limit'],
      () => [JSON.stringify(Array.from({ length: r.int(2, 50) }, () => ({ query: '{ me { id } }' }))), 'application/json', 'batched operations'],
    ];
    for (let i = 0; i < 130; i++) {
      const [body, type, what] = r.pick(bodies)();
      const token = r.chance(0.7) ? t.adminToken : null;
      await post(body, type, token, `${what}: ${(typeof body === 'string' ? body : body.toString('base64')).slice(0, 300)} (content-type ${type})`);
    }
    expect(mine(), report()).toEqual([]);
  });

  it('other methods, odd headers and paths', async () => {
    const r = rng(SEED + 2);
    const tries: (() => Promise<Sent>)[] = [
      async () => {
        const q = encodeURIComponent(r.pick(['{ me { id } }', 'mutation { createVendor(name: "x") { id } }', '{', '\u0000']));
        const res = await t.http.get(`/graphql?query=${q}`).set(r.chance(0.5) ? { 'apollo-require-preflight': '1' } : {}).set('authorization', `Bearer ${t.adminToken}`);
        return { what: `GET /graphql?query=${q}`, status: res.status, text: res.text };
      },
      async () => {
        const m = r.pick(['put', 'patch', 'delete', 'options', 'head'] as const);
        const res = await t.http[m]('/graphql').set('content-type', 'application/json').send('{"query":"{ me { id } }"}');
        return { what: `${m.toUpperCase()} /graphql`, status: res.status, text: res.text ?? '' };
      },
      async () => {
        const h = r.pick([`Bearer ${'x'.repeat(8000)}`, 'Bearer', 'Basic YWRtaW46YWRtaW4=', `Bearer ${t.adminToken} extra`, 'bearer \u00e9', `Bearer ${t.adminToken.split('.').slice(0, 2).join('.')}.`, `Bearer eyJhbGciOiJub25lIn0.${Buffer.from('{"sub":"x"}').toString('base64url')}.`]);
        const res = await t.http.post('/graphql').set('content-type', 'application/json').set('authorization', h).send({ query: '{ me { id } }' });
        return { what: `authorization ${h.slice(0, 80)}`, status: res.status, text: res.text };
      },
      async () => {
        const p = r.pick(['/graphql/x', '/exports/orders.csv?from=x&to=y', '/exports/%00', '/exports/orders.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z', `/r/${randomString({ r, ids, mistype: true }).slice(0, 100)}`, '/r/%E0%A4%A', '/readyz?x=\u0000']);
        const res = await t.http.get(p.replace(/\u0000/g, '%00')).set('authorization', `Bearer ${t.adminToken}`);
        return { what: `GET ${p}`, status: res.status, text: res.text ?? '' };
      },
    ];
    for (let i = 0; i < 60; i++) check(await r.pick(tries)());
    expect(mine(), report()).toEqual([]);
  });

  it('logged no internal error along the way', () => {
    expect(t.internalErrors.map((l) => l.split("\n").slice(0, 2).join(" / ").slice(0, 400)), "internal errors the server logged").toEqual([]);
  });
});
