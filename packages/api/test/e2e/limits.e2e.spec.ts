// Denial of service: whatever one request asks, the work it causes is bounded before anything
// runs. Fragment fan-out, analytics ranges, long strings and page sizes sent as variables are
// refused with BAD_USER_INPUT, and the process keeps answering others meanwhile.
import fc from 'fast-check';
import {
  Kind, getNamedType, getNullableType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType,
  isUnionType, parse, valueFromASTUntyped, visit, type DocumentNode, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, judgeOperation } from '../../src/http/graphql-limits.js';
import { CEILINGS, DEFAULT_CEILINGS } from '../../src/http/input-limits.js';
import { weekStart } from '../../src/common/weeks.js';
import { buildAppSchema } from '../../src/schema.js';
import { CREATE_API_KEY } from '../graphql/documents.js';
import { SEED } from '../setup/rng.js';
import { startServer, type ServerProcess } from '../setup/server-process.js';
import { expectRefusal, initTestApp, type GqlResult, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  t = await initTestApp();
  schema = await buildAppSchema();
});
afterAll(() => t.close());

/** query{...F0} fragment F0 on Query{...F1 ...F1} … : 2^levels selections from a few hundred bytes. */
const fanOut = (levels: number, fan = 2) =>
  `query{...F0} ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query{${Array(fan).fill(`...F${i + 1}`).join(' ')}}`).join(' ')} fragment F${levels} on Query{__typename}`;

describe('fragment fan-out, without signing in', () => {
  // A process of its own: an unbounded walk there stalls that process, not this test's.
  let server: ServerProcess | undefined;
  afterAll(() => {
    server?.child.kill('SIGKILL');
  });

  it('refuses a fan-out of 22 levels in under 1 kB and ones of 40 levels, and /healthz is answered meanwhile', async () => {
    server = await startServer({ DATABASE_URL: t.dbUrl, ADMIN_PASSWORD: 'limits-password-1', DEMO_DATA: '0', WORKER_CONCURRENCY: '1' });
    expect(server.output()).toContain('ready in');
    const base = `http://127.0.0.1:${server.port}`;
    expect(fanOut(22).length).toBeLessThan(1000);
    const send = (query: string) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const fanOuts = [send(fanOut(22)), send(fanOut(40)), send(fanOut(40, 4))];
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    for (const r of await Promise.all(fanOuts)) {
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.body.data).toBeUndefined();
    }
    expect((await send('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('analytics ranges', () => {
  const FIELDS = {
    feedbackAnalytics: 'weekStart total',
    reviewAnalytics: 'weekStart count',
    sentimentHeatmap: 'weekStart count',
    loopAnalytics: 'resolved',
  };
  let token: string;
  beforeAll(async () => {
    token = (await t.userWith('MARKETING' as never)).token;
  });

  it.each(Object.entries(FIELDS))('%s refuses 0001 to 9999 naming `from`', async (field, selection) => {
    const r = await t.gql(`{ ${field}(from: "0001-01-01T00:00:00Z", to: "9999-12-31T00:00:00Z") { ${selection} } }`, {}, token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('from');
    expect(r.errors![0].message).toMatch(/at most 106 weeks/);
  });

  it('refuses 30 aliases of millennia each, naming `from`', async () => {
    const names = Object.keys(FIELDS) as (keyof typeof FIELDS)[];
    const q = `query($f: DateTime!, $t: DateTime!) { ${Array.from({ length: 30 }, (_, i) => `a${i}: ${names[i % 4]}(from: $f, to: $t) { ${FIELDS[names[i % 4]]} }`).join(' ')} }`;
    const r = await t.gql(q, { f: '0001-01-01T00:00:00Z', t: '9999-12-31T00:00:00Z' }, token);
    // The fields are non-null: the first refusal nulls the whole answer.
    expectRefusal(r, 'BAD_USER_INPUT');
    for (const e of r.errors!) expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('loopAnalytics takes the same 106 weeks as the weekly figures, and a reversed range names `to`', async () => {
    const ok = await t.gql(`{ loopAnalytics(from: "2025-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { resolved } }`, {}, token);
    expect(ok.errors).toBeUndefined();
    const reversed = await t.gql(`{ loopAnalytics(from: "2026-12-31T00:00:00Z", to: "2025-01-01T00:00:00Z") { resolved } }`, {}, token);
    expectRefusal(reversed, 'BAD_USER_INPUT');
    expect(reversed.errors![0].extensions.field).toBe('to');
  });
});

describe('string lengths', () => {
  it('an API key name over 100 characters is BAD_USER_INPUT on `name`, never a 500', async () => {
    const before = t.internalErrors.length;
    const r = await t.gql(CREATE_API_KEY, { n: 'k'.repeat(300), s: ['READ_ALL'] }, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('name');
    expect(t.internalErrors.slice(before)).toEqual([]);
    const at = await t.gql(CREATE_API_KEY, { n: 'k'.repeat(100), s: ['READ_ALL'] }, t.adminToken);
    expect(at.errors).toBeUndefined();
  });

  it('a 1.9 MB sign-in e-mail is refused on `email` before anything looks it up', async () => {
    const email = `${'a'.repeat(1_900_000)}@x.in`;
    let r: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await t.statementsDuring(async () => {
      r = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: 'whatever-1' });
    });
    expectRefusal(r!, 'BAD_USER_INPUT');
    expect(r!.errors![0].extensions.field).toBe('email');
    expect(statements).toEqual([]);
    const literal = await t.gql(`mutation { login(email: "${'b'.repeat(300)}@x.in", password: "whatever-1") { token } }`);
    expectRefusal(literal, 'BAD_USER_INPUT');
    expect(literal.errors![0].extensions.field).toBe('email');
  });

  it('a 1 MB search is refused on `filter.q` and runs no statement', async () => {
    let r: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await t.statementsDuring(async () => {
      r = await t.gql(`query($q: String) { allOrders(filter: { q: $q }) { id } }`, { q: 'q'.repeat(1_000_000) }, t.adminToken);
    });
    expectRefusal(r!, 'BAD_USER_INPUT');
    expect(r!.errors![0].extensions.field).toBe('filter.q');
    expect(statements.filter((s) => /customer_order/.test(s))).toEqual([]);
    const short = await t.gql(`query($q: String) { allOrders(filter: { q: $q }) { id } }`, { q: 'q'.repeat(200) }, t.adminToken);
    expect(short.errors).toBeUndefined();
  });

  it('names the path inside lists and input objects, from literals and variables alike', async () => {
    const long = 'i'.repeat(101);
    const literal = await t.gql(`{ allOrders(filter: { ids: ["a", "${long}"] }) { id } }`, {}, t.adminToken);
    expectRefusal(literal, 'BAD_USER_INPUT');
    expect(literal.errors![0].extensions.field).toBe('filter.ids[1]');
    const variable = await t.gql(`query($ids: [ID!]) { allOrders(filter: { ids: $ids }) { id } }`, { ids: ['a', 'b', long] }, t.adminToken);
    expectRefusal(variable, 'BAD_USER_INPUT');
    expect(variable.errors![0].extensions.field).toBe('filter.ids[2]');
    // `input` is the argument every form sends: its fields are named as the form names them.
    const order = await t.gql(`mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }`, {
      i: { externalRef: 'L-1', customer: { name: 'n'.repeat(201), phone: '9876543210' }, deviceCategory: 'PHONE', deviceModel: 'M', quotedPrice: 100 },
    }, t.adminToken);
    expectRefusal(order, 'BAD_USER_INPUT');
    expect(order.errors![0].extensions.field).toBe('customer.name');
  });
});

describe('malformed text', () => {
  it('half a character (a lone surrogate, valid in JSON) is BAD_USER_INPUT naming the field, never a 500, and writes nothing', async () => {
    const before = t.internalErrors.length;
    for (const name of ['Vendor \udfff', 'Vendor \ud83d end', '\ud83d']) {
      const r = await t.gql(`mutation($n: String!) { createVendor(name: $n) { id } }`, { n: name }, t.adminToken);
      expectRefusal(r, 'BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe('name');
    }
    const literal = await t.gql(`mutation { createVendor(name: "Vendor \\udfff") { id } }`, {}, t.adminToken);
    expectRefusal(literal, 'BAD_USER_INPUT');
    expect(t.internalErrors.slice(before)).toEqual([]);
    expect((await t.sql(`select count(*)::int n from vendor where name like 'Vendor %'`))[0].n).toBe(0);
    // A whole emoji (both halves) is text like any other.
    const ok = await t.gql(`mutation($n: String!) { createVendor(name: $n) { name } }`, { n: 'Phones 📱 Pune' }, t.adminToken);
    expect(ok.data.createVendor.name).toBe('Phones 📱 Pune');
  });
});

describe('page sizes sent as variables', () => {
  const EXPENSIVE = `customer { orders { feedbackRequests { messages { id body } } } }`;

  it('costs perPage: $n as the literal would', async () => {
    const q = `query($n: Int) { allOrders(perPage: $n) { ${EXPENSIVE} } }`;
    const r = await t.gql(q, { n: 500 }, t.adminToken);
    expect(r.status).toBe(400);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/cost/);
    expect((await t.gql(q, { n: 2 }, t.adminToken)).errors).toBeUndefined();
  });

  it("costs a variable's default value when the variable is not sent", async () => {
    const r = await t.gql(`query($n: Int = 500) { allOrders(perPage: $n) { ${EXPENSIVE} } }`, {}, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/cost/);
  });

  it('a negative page size buys no budget for another field, literal or variable', async () => {
    const literal = await t.gql(`{ a: allOrders(perPage: -1000000) { ${EXPENSIVE} } b: allOrders(perPage: 500) { ${EXPENSIVE} } }`, {}, t.adminToken);
    expectRefusal(literal, 'BAD_USER_INPUT');
    expect(literal.errors![0].message).toMatch(/cost/);
    const variable = await t.gql(`query($neg: Int, $n: Int) { a: allOrders(perPage: $neg) { ${EXPENSIVE} } b: allOrders(perPage: $n) { ${EXPENSIVE} } }`, { neg: -1_000_000, n: 500 }, t.adminToken);
    expectRefusal(variable, 'BAD_USER_INPUT');
    expect(variable.errors![0].message).toMatch(/cost/);
  });
});

// Seeded and bounded abuse (FUZZ_SEED=<n> replays a run): random shapes of each kind, each
// checked against an oracle written here, independently of the code under test.
const RUN = { seed: SEED, numRuns: 40 };
const WEEK = 7 * 86_400_000;
const L = DEFAULT_LIMITS;

/** The operation a one-operation document runs. */
const operationOf = (doc: DocumentNode) => doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

/** Selections as written: the most a walk that looks at each fragment once can visit. */
function writtenSelections(doc: DocumentNode): number {
  let n = 0;
  visit(doc, { Field: () => void n++, InlineFragment: () => void n++, FragmentSpread: () => void n++ });
  return n;
}

/**
 * The reference figures: every spread walked again wherever it is spread, as the cost rule
 * reads (a field costs 1, a list field its page size times its selection: perPage as given, a
 * paged list without it 25, another list with arguments 25, without 5). Null past `budget`
 * selections, for the walk is exponential.
 */
function expandedFigures(doc: DocumentNode, sent: Record<string, unknown> = {}, budget = 200_000) {
  const op = operationOf(doc);
  const fragments = new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const vars = new Map<string, unknown>();
  for (const v of op.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (name in sent) vars.set(name, sent[name]);
    else if (v.defaultValue) vars.set(name, valueFromASTUntyped(v.defaultValue));
  }
  let selections = 0;
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined, level: number): { depth: number; aliases: number; cost: number } | null => {
    let depth = level;
    let aliases = 0;
    let cost = 0;
    const fields = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : {};
    for (const sel of set.selections) {
      if (++selections > budget) return null;
      let child: { depth: number; aliases: number; cost: number } | null;
      let times = 1;
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        cost += 1;
        if (!sel.selectionSet) continue;
        const def = fields[sel.name.value];
        if (def && isListType(getNullableType(def.type))) {
          const arg = sel.arguments?.find((a) => a.name.value === 'perPage');
          const given = !arg ? NaN : arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? Number(vars.get(arg.value.name.value)) : NaN;
          times = given >= 1 ? given : def.args.some((a) => a.name === 'perPage') || sel.arguments?.length ? 25 : 5;
        }
        child = walk(sel.selectionSet, def ? getNamedType(def.type) : undefined, level + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        child = walk(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type, level);
      } else {
        const frag = fragments.get(sel.name.value)!;
        child = walk(frag.selectionSet, schema.getType(frag.typeCondition.name.value), level);
      }
      if (!child) return null;
      depth = Math.max(depth, child.depth);
      aliases += child.aliases;
      cost += times * child.cost;
    }
    return { depth, aliases, cost };
  };
  const root = op.operation === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
  const f = walk(op.selectionSet, root, 1);
  return f && { ...f, selections };
}

const overLimits = (f: ReturnType<typeof expandedFigures>) =>
  !f || f.selections > L.maxSelections || f.depth > L.maxDepth || f.aliases > L.maxAliases || f.cost > L.maxCost;

const LEAVES = ['__typename', 'a: __typename', 'me { id }', 'allOrders(perPage: 3) { id customer { orders { id } } }', 'v: allVendors { id }'];
type Shape = { kind: 'fan-out' | 'chain' | 'wide' | 'inline'; fragments: number; fan: number; nesting: number; leaf: string };
const shape = fc.record({
  kind: fc.constantFrom<Shape['kind']>('fan-out', 'chain', 'wide', 'inline'),
  fragments: fc.integer({ min: 1, max: 40 }),
  fan: fc.integer({ min: 1, max: 4 }),
  nesting: fc.integer({ min: 1, max: 25 }),
  leaf: fc.constantFrom(...LEAVES),
});

/** Fragments on Query spreading later ones: fan-outs, long chains, wide fragments, nested inline fragments. */
function documentOf(s: Shape): string {
  const n = s.kind === 'chain' ? s.fragments * 5 : s.fragments;
  const spreads = (i: number, k: number) => Array.from({ length: k }, (_, j) => `...F${Math.min(i + 1 + (s.kind === 'wide' ? j : 0), n)}`).join(' ');
  const body = (i: number) => {
    if (s.kind === 'chain') return `${s.leaf} ${spreads(i, 1)}`;
    if (s.kind === 'wide') return `${s.leaf} ${spreads(i, s.fan + 1)}`;
    if (s.kind === 'inline') return `${'... on Query { '.repeat(s.nesting)}${spreads(i, s.fan)}${' }'.repeat(s.nesting)}`;
    return spreads(i, s.fan);
  };
  return `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${body(i)} }`).join(' ')} fragment F${n} on Query { ${s.leaf} }`;
}

describe('abuse: fragment shapes', () => {
  it('each fragment is judged once: the visits never exceed the selections written, whatever they expand to', () => {
    for (const levels of [23, 100, 1_000]) {
      const doc = parse(`query{...F0} ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query{...F${i + 1} ...F${i + 1}}`).join(' ')} fragment F${levels} on Query{__typename}`);
      const judged = judgeOperation(schema, doc, operationOf(doc), {}, L);
      expect(judged.ok).toBe(false);
      expect(judged.visits).toBeLessThanOrEqual(writtenSelections(doc));
    }
    fc.assert(
      fc.property(shape, (s) => {
        const doc = parse(documentOf(s));
        expect(judgeOperation(schema, doc, operationOf(doc), {}, L).visits).toBeLessThanOrEqual(writtenSelections(doc));
      }),
      { ...RUN, numRuns: 300 },
    );
  });

  it('gives the verdict and figures of walking every spread again (for shapes small enough to expand)', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const doc = parse(documentOf(s));
        const reference = expandedFigures(doc, {}, 20_000);
        fc.pre(reference !== null);
        const judged = judgeOperation(schema, doc, operationOf(doc), {}, L);
        const within = reference!.depth <= L.maxDepth && reference!.aliases <= L.maxAliases && reference!.cost <= L.maxCost;
        expect(judged.ok).toBe(within);
        if (judged.ok) expect(judged.figures).toEqual({ depth: reference!.depth, aliases: reference!.aliases, cost: reference!.cost });
      }),
      { ...RUN, numRuns: 300 },
    );
  });

  it('over HTTP: refused with BAD_USER_INPUT (400) exactly when a limit is passed, else answered, with /healthz answered alongside', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const query = documentOf(s);
        const signedIn = !s.leaf.includes('__typename');
        const [r, health] = await Promise.all([t.gql(query, {}, signedIn ? t.adminToken : null), t.http.get('/healthz')]);
        expect(health.status).toBe(200);
        if (overLimits(expandedFigures(parse(query)))) {
          expect(r.status).toBe(400);
          expectRefusal(r, 'BAD_USER_INPUT');
        } else {
          expect(r.errors).toBeUndefined();
        }
      }),
      RUN,
    );
  });
});

describe('abuse: page sizes', () => {
  const SELECTIONS = ['id', 'customer { orders { id } }', 'messages { id body } feedbackRequests { messages { id } }', 'customer { orders { feedbackRequests { messages { id body } } } }'];
  const refusedForCost = (r: GqlResult) => r.status === 400 && /cost/.test(r.errors?.[0]?.message ?? '');

  it('perPage as a literal, a variable or a variable\'s default: the same verdict, the reference cost\'s', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -1_000, max: 1_500 }), fc.constantFrom(...SELECTIONS), async (n, selection) => {
        const literal = `{ allOrders(perPage: ${n}) { ${selection} } }`;
        const expected = overLimits(expandedFigures(parse(literal)));
        const answers = [
          await t.gql(literal, {}, t.adminToken),
          await t.gql(`query($n: Int) { allOrders(perPage: $n) { ${selection} } }`, { n }, t.adminToken),
          await t.gql(`query($n: Int = ${n}) { allOrders(perPage: $n) { ${selection} } }`, {}, t.adminToken),
        ];
        for (const r of answers) {
          expect(refusedForCost(r)).toBe(expected);
          expect(r.errors?.[0]?.extensions.code ?? 'none').not.toBe('INTERNAL_SERVER_ERROR');
        }
      }),
      RUN,
    );
  });
});

describe('abuse: analytics ranges', () => {
  const FIELDS = [['feedbackAnalytics', 'weekStart'], ['reviewAnalytics', 'weekStart'], ['sentimentHeatmap', 'weekStart'], ['loopAnalytics', 'resolved']] as const;
  // Every instant the DateTime scalar takes (four-digit years).
  const MIN = Date.parse('0000-01-01T00:00:00Z');
  const MAX = Date.parse('9999-12-31T23:59:59Z');
  const HOUR = 3_600_000;
  /** The weeks overlapping [from, to), counted one by one (up to a bound: a longer range is too long anyway). */
  const weeksCounted = (from: number, to: number) => {
    let n = 0;
    for (let w = weekStart(new Date(from)).getTime(); w < to && n <= 200; w += WEEK) n++;
    return n;
  };

  /** The rollups' days have four-digit years: the weeks must lie in Asia/Kolkata's 0001-01-01 to 9999-12-31. */
  const withinYears = (from: number, to: number) => {
    const IST = 330 * 60_000;
    const start = weekStart(new Date(from)).getTime();
    return start + IST >= Date.parse('0001-01-01T00:00:00Z') && start + weeksCounted(from, to) * WEEK + IST <= Date.parse('9999-12-31T00:00:00Z');
  };

  it('any range: `to` when not after `from`, `from` past 106 weeks, outside the years 0001–9999 refused, else answered', async () => {
    const instant = fc.date({ min: new Date(MIN), max: new Date(MAX), noInvalidDate: true }).map((d) => d.getTime());
    const hours = (lo: number, hi: number) => fc.tuple(fc.integer({ min: lo * 168, max: hi * 168 }), fc.integer({ min: 0, max: HOUR - 1 })).map(([h, ms]) => h * HOUR + ms);
    const end = (from: number) => fc.oneof(hours(-2, 110).map((d) => from + d), hours(105, 108).map((d) => from + d), instant);
    await fc.assert(
      fc.asyncProperty(instant.chain((from) => fc.tuple(fc.constant(from), end(from))), fc.constantFrom(...FIELDS), async ([from, end], [name, selection]) => {
        const to = Math.min(MAX, Math.max(MIN, end));
        const r = await t.gql(`query($f: DateTime!, $t: DateTime!) { ${name}(from: $f, to: $t) { ${selection} } }`, { f: new Date(from).toISOString(), t: new Date(to).toISOString() }, t.adminToken);
        if (to <= from) {
          expectRefusal(r, 'BAD_USER_INPUT');
          expect(r.errors![0].extensions.field).toBe('to');
        } else if (weeksCounted(from, to) > 106) {
          expectRefusal(r, 'BAD_USER_INPUT');
          expect(r.errors![0].extensions.field).toBe('from');
        } else if (!withinYears(from, to)) {
          expectRefusal(r, 'BAD_USER_INPUT');
        } else {
          expect(r.errors).toBeUndefined();
        }
      }),
      { ...RUN, numRuns: 60 },
    );
  });
});

describe('abuse: string lengths', () => {
  interface Position {
    kind: 'query' | 'mutation';
    field: string;
    arg: string;
    /** Below the argument: input-object field names and list items. */
    steps: ('[]' | string)[];
    leaf: GraphQLNamedType;
    coordinate: string;
  }
  // Mutations that would lock the admin out or sign them out if they ever went through.
  const SKIP = new Set(['changePassword', 'revokeApiKey']);

  /** Every String or ID position of every root field's arguments, inside input objects and lists. */
  function positions(): Position[] {
    const out: Position[] = [];
    const into = (base: Omit<Position, 'steps' | 'leaf' | 'coordinate'>, type: GraphQLInputType, coordinate: string, steps: Position['steps'], seen: Set<string>) => {
      if (isNonNullType(type)) return into(base, type.ofType, coordinate, steps, seen);
      if (isListType(type)) return into(base, type.ofType, coordinate, [...steps, '[]'], seen);
      if (isInputObjectType(type)) {
        if (seen.has(type.name)) return;
        for (const f of Object.values(type.getFields())) into(base, f.type, `${type.name}.${f.name}`, [...steps, f.name], new Set([...seen, type.name]));
        return;
      }
      if (isScalarType(type) && (type.name === 'String' || type.name === 'ID')) out.push({ ...base, steps, leaf: type, coordinate });
    };
    for (const [kind, root] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
      for (const f of Object.values(root.getFields())) {
        if (SKIP.has(f.name)) continue;
        for (const a of f.args) into({ kind, field: f.name, arg: a.name }, a.type, `${root.name}.${f.name}(${a.name})`, [], new Set());
      }
    }
    return out;
  }

  /** The variable's value with `text` at the position, and the field the refusal must name. */
  function placed(p: Position, text: string): { value: unknown; field: string } {
    let value: unknown = text;
    for (const step of [...p.steps].reverse()) value = step === '[]' ? [value] : { [step]: value };
    const named = p.steps.map((s, i) => (s === '[]' ? '[0]' : `${i === 0 && p.arg === 'input' ? '' : '.'}${s}`)).join('');
    return { value, field: p.arg === 'input' ? named : `${p.arg}${named}` };
  }

  function operation(p: Position, literal: string | null): string {
    const f = (p.kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!).getFields()[p.field];
    const others = f.args.filter((a) => a.name !== p.arg && isNonNullType(a.type));
    const args = [literal === null ? `${p.arg}: $v` : `${p.arg}: ${literal}`, ...others.map((a) => `${a.name}: $${a.name}`)];
    const vars = [...(literal === null ? [`$v: ${String(f.args.find((a) => a.name === p.arg)!.type)}`] : []), ...others.map((a) => `$${a.name}: ${String(a.type)}`)];
    const named = getNamedType(f.type);
    const selection = isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? '{ __typename }' : '';
    return `${p.kind}${vars.length ? `(${vars.join(', ')})` : ''} { ${p.field}(${args.join(', ')}) ${selection} }`;
  }

  const ceilingOf = (p: Position) => CEILINGS[p.coordinate] ?? DEFAULT_CEILINGS[p.leaf.name];
  // Characters of one and two UTF-16 units: a ceiling counts characters, as the domain rules do.
  // (A CSV file's ceiling is near the 2 MB body limit: one byte a character there.)
  const text = (n: number, wide: boolean) => (n > 100_000 ? 'x' : wide ? '😀' : 'é').repeat(n);

  it('one character over the ceiling of any String or ID position: BAD_USER_INPUT (400) naming it; at the ceiling: never refused for length, never a 500', async () => {
    const all = positions();
    expect(all.length).toBeGreaterThan(80);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...all), fc.boolean(), fc.boolean(), fc.boolean(), async (p, over, wide, asLiteral) => {
        const max = ceilingOf(p);
        const s = text(over ? max + 1 : max, wide);
        const { value, field } = placed(p, s);
        const literal = asLiteral && p.steps.length === 0 ? JSON.stringify(s) : null;
        const before = t.internalErrors.length;
        const r = await t.gql(operation(p, literal), literal === null ? { v: value } : {}, t.adminToken);
        if (over) {
          expect(r.status, `${p.coordinate} ${field}`).toBe(400);
          expectRefusal(r, 'BAD_USER_INPUT');
          expect(r.errors![0].extensions.field).toBe(field);
        } else {
          expect(r.errors?.[0]?.message).not.toBe(`${field} can be at most ${max.toLocaleString('en-IN')} characters.`);
          expect(r.errors?.[0]?.extensions.code ?? 'none').not.toBe('INTERNAL_SERVER_ERROR');
          expect(t.internalErrors.slice(before)).toEqual([]);
        }
      }),
      { ...RUN, numRuns: 80 },
    );
  });
});
