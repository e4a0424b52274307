// Issue 7, "nothing lost": faults injected under load into real server processes. The database
// is stopped and started again under a running server, and the server is SIGKILLed mid-load.
// While something is down requests fail cleanly; afterwards the API recovers by itself, every
// acknowledged write is in the database, and no transaction is half-written.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '../../src/database.js';
import { freePort, startServer, waitFor, type ServerProcess } from '../setup/server-process.js';

const PASSWORD = 'faults-password-1';
const ROUNDS = 2;
const LEAK = /\.ts:\d+|\.js:\d+|node_modules|\bat \w+ \(|select |insert |relation "|syntax error at or near|ECONNREFUSED|terminating connection|\/work\//i;
const CREATE = `mutation($i: CreateOrderInput!) { createOrder(input: $i) { id externalRef status } }`;

interface Outcome {
  ok: boolean;
  data?: any;
  /** A failure the client can handle: INTERNAL_SERVER_ERROR or a 5xx, nothing internal in it. */
  clean?: boolean;
  /** No HTTP answer at all (connection refused or reset, or no answer in time). */
  unreachable?: boolean;
  detail?: string;
}

async function call(port: number, query: string, variables: Record<string, unknown>, token?: string): Promise<Outcome> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(8000),
    });
    text = await res.text();
  } catch (e) {
    return { ok: false, unreachable: true, detail: String((e as Error).cause ?? e) };
  }
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, clean: res.status >= 500 && !LEAK.test(text), detail: `HTTP ${res.status} ${text.slice(0, 300)}` };
  }
  if (!body.errors && body.data) return { ok: true, data: body.data };
  const codes = (body.errors ?? []).map((e: any) => e.extensions?.code);
  const clean = (res.status >= 500 || codes.every((c: string) => c === 'INTERNAL_SERVER_ERROR')) && !LEAK.test(text);
  return { ok: false, clean, detail: `HTTP ${res.status} ${text.slice(0, 400)}` };
}

const orderInput = (ref: string, vendorId?: string) => ({
  externalRef: ref,
  customer: { name: 'Kavya Nair', phone: `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}` },
  deviceCategory: 'PHONE',
  deviceModel: 'Pixel 7',
  quotedPrice: 15000,
  ...(vendorId ? { vendorId } : {}),
});

/** Client loops running one step after the other until stopped; the figures the test reports. */
function load(clients: number, step: (client: number, stats: LoadStats) => Promise<void>) {
  const stats: LoadStats = { sent: 0, acked: 0, cleanFailures: 0, unreachable: 0, dirty: [] };
  let running = true;
  const loops = Array.from({ length: clients }, async (_, c) => {
    while (running) await step(c, stats);
  });
  return { stats, stop: async () => ((running = false), await Promise.all(loops)) };
}

interface LoadStats {
  sent: number;
  acked: number;
  cleanFailures: number;
  unreachable: number;
  /** Failures that are not clean: another code, a leak, or no answer while the server runs. */
  dirty: string[];
}

function tally(stats: LoadStats, o: Outcome, serverUp: () => boolean): Outcome {
  stats.sent++;
  if (o.ok) stats.acked++;
  else if (o.unreachable && !serverUp()) stats.unreachable++;
  else if (o.clean) stats.cleanFailures++;
  else stats.dirty.push(o.detail ?? '?');
  return o;
}

async function sqlRows<T = any>(url: string, query: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(query, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Every order in the database, acknowledged or not, is whole: each committed step has its audit event and side effects. */
async function expectAllOrNothing(dbUrl: string, rank: string[]): Promise<void> {
  const halfCreated = await sqlRows(dbUrl, `select o.id from customer_order o where not exists (select 1 from audit_event a where a.entity_id = o.id and a.action = 'ORDER_CREATED')`);
  expect(halfCreated).toEqual([]);
  // The status matches its audit trail: each step committed together with its event.
  const trail = await sqlRows<{ id: string; status: string; steps: number }>(
    dbUrl,
    `select o.id, o.status, (select count(*)::int from audit_event a where a.entity_id = o.id and a.action = 'ORDER_STATUS_CHANGED') as steps from customer_order o`,
  );
  expect(trail.filter((o) => Math.min(rank.indexOf(o.status), 3) !== o.steps)).toEqual([]);
  const completedRows = await sqlRows<{ id: string; requests: number; pickups: number; messages: number; kinds: string[]; audited: boolean; unscheduled: number }>(
    dbUrl,
    `select o.id,
            (select count(*)::int from feedback_request r where r.order_id = o.id and r.touchpoint = 'ORDER_COMPLETED') as requests,
            (select count(*)::int from feedback_request r where r.order_id = o.id and r.touchpoint = 'AFTER_PICKUP') as pickups,
            (select count(*)::int from message m join feedback_request r on m.request_id = r.id where r.order_id = o.id) as messages,
            (select array_agg(m.kind::text order by m.kind) from message m join feedback_request r on m.request_id = r.id where r.order_id = o.id) as kinds,
            exists(select 1 from audit_event a where a.entity_id = o.id and a.action = 'ORDER_COMPLETED') as audited,
            -- F2: a message still to send has its durable job.
            (select count(*)::int from message m join feedback_request r on m.request_id = r.id
               where r.order_id = o.id and m.status = 'SCHEDULED'
                 and not exists (select 1 from graphile_worker.jobs j where j.key = 'message:' || m.id::text)) as unscheduled
       from customer_order o where o.status = 'COMPLETED'`,
  );
  for (const o of completedRows) {
    // F1's four messages and F6's one pickup question.
    expect(o, `completed order ${o.id}`).toMatchObject({ requests: 1, pickups: 1, messages: 5, audited: true, unscheduled: 0 });
    expect(o.kinds).toEqual(['FINAL_FOLLOW_UP', 'REMINDER', 'REQUEST', 'REQUEST', 'REQUEST']);
  }
}

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
});

async function start(databaseUrl: string): Promise<ServerProcess> {
  const s = await startServer({ DATABASE_URL: databaseUrl, ADMIN_PASSWORD: PASSWORD, DEMO_DATA: '0', WORKER_CONCURRENCY: '2' });
  servers.push(s);
  expect(s.output(), s.output()).toContain('ready in');
  return s;
}

async function login(s: ServerProcess): Promise<string> {
  const r = await s.gql(`mutation { login(email: "admin@cxloop.local", password: "${PASSWORD}") { token } }`);
  return r.data.login.token;
}

describe('the database restarted under load', () => {
  let dir: string;
  let pgPort: number;
  let pgServer: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  const log = (l: string) => console.log(`[faults pg] ${l}`);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cxloop-faults-pg-'));
    pgPort = await freePort();
    // A PostgreSQL of this test's own, on a fixed port, so it can be stopped and started again.
    pgServer = await startEmbeddedPostgres(dir, log, { port: pgPort });
    await ensureDatabase(pgServer.adminUrl('postgres'), 'cxloop_faults');
  });
  afterAll(async () => {
    await pgServer?.stop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  });

  it('fails requests cleanly while it is down, recovers by itself, and loses no acknowledged order', async () => {
    const dbUrl = pgServer!.adminUrl('cxloop_faults');
    // The server runs the ORM and job-queue migrations itself at start-up.
    const server = await start(dbUrl);
    const token = await login(server);
    const serverUp = () => server.child.exitCode === null && server.child.signalCode === null;

    let dbUp = true;
    const acked = new Map<string, string>(); // externalRef → order id
    const failedWhileDown: Outcome[] = [];
    const load1 = load(4, async (c, stats) => {
      const ref = `FLT-${c}-${randomBytes(5).toString('hex')}`;
      const created = tally(stats, await call(server.port, CREATE, { i: orderInput(ref) }, token), serverUp);
      if (created.ok) acked.set(ref, created.data.createOrder.id);
      else if (!dbUp) failedWhileDown.push(created);
      const listed = tally(stats, await call(server.port, `{ allOrders(perPage: 5) { id status } _allOrdersMeta { count } }`, {}, token), serverUp);
      if (!listed.ok && !dbUp) failedWhileDown.push(listed);
      if (!created.ok || !listed.ok) await new Promise((r) => setTimeout(r, 50));
    });

    const readyz = async () => {
      try {
        return (await fetch(`http://127.0.0.1:${server.port}/readyz`, { signal: AbortSignal.timeout(5000) })).status;
      } catch {
        return 0;
      }
    };

    await waitFor(() => acked.size >= 20, 10_000, 'orders acknowledged before the first fault');
    const beforeFault = load1.stats.acked;
    const readyWhileDown: number[] = [];
    const recoveries: number[] = [];
    let ackedWhileDown = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Fault: the database goes away (fast shutdown: its sessions are terminated) for ~2.5 s.
      dbUp = false;
      await pgServer!.stop();
      pgServer = undefined;
      const acked0 = load1.stats.acked;
      const downUntil = Date.now() + 2500;
      while (Date.now() < downUntil) {
        readyWhileDown.push(await readyz());
        await new Promise((r) => setTimeout(r, 250));
      }
      ackedWhileDown += load1.stats.acked - acked0;

      pgServer = await startEmbeddedPostgres(dir, log, { port: pgPort });
      const restartedAt = Date.now();
      dbUp = true;
      await waitFor(async () => (await readyz()) === 200, 20_000, 'readyz 200 after the database came back');
      const ackedAtRestart = load1.stats.acked;
      await waitFor(() => load1.stats.acked >= ackedAtRestart + 20, 20_000, 'requests succeeding again');
      recoveries.push(Date.now() - restartedAt);
    }
    await load1.stop();

    expect(serverUp()).toBe(true);
    expect(readyWhileDown.length).toBeGreaterThan(3);
    expect(readyWhileDown.every((s) => s === 503), `readyz while down: ${readyWhileDown}`).toBe(true);
    expect(failedWhileDown.length).toBeGreaterThan(0);
    expect(load1.stats.dirty, load1.stats.dirty.slice(0, 5).join('\n')).toEqual([]);
    expect(load1.stats.unreachable).toBe(0);
    expect(beforeFault).toBeGreaterThan(0);

    // Every order the API acknowledged is there, once, with its audit event.
    const refs = [...acked.keys()];
    const rows = await sqlRows<{ external_ref: string; id: string; audited: boolean }>(
      dbUrl,
      `select o.external_ref, o.id, exists(select 1 from audit_event a where a.entity_id = o.id and a.action = 'ORDER_CREATED') as audited
         from customer_order o where o.external_ref = any($1::text[])`,
      [refs],
    );
    const found = new Map(rows.map((r) => [r.external_ref, r]));
    const lost = refs.filter((ref) => found.get(ref)?.id !== acked.get(ref));
    expect(lost).toEqual([]);
    expect(rows.every((r) => r.audited)).toBe(true);
    // No order anywhere without its audit event (a half-written createOrder).
    const unaudited = await sqlRows(dbUrl, `select o.id from customer_order o where not exists (select 1 from audit_event a where a.entity_id = o.id and a.action = 'ORDER_CREATED')`);
    expect(unaudited).toEqual([]);

    console.log(`what a client saw while the database was down: ${failedWhileDown[0]?.detail}`);
    console.log(
      `database restart under load: ${load1.stats.sent} requests sent, ${load1.stats.acked} acknowledged (${acked.size} orders), ` +
        `${load1.stats.cleanFailures} failed cleanly (${failedWhileDown.length} while down; ${ackedWhileDown} in-flight ones acknowledged as it went), ` +
        `${ROUNDS} faults injected (database stopped ~2.5 s each), readyz while down ${[...new Set(readyWhileDown)].join('/')} ×${readyWhileDown.length}, ` +
        `recovered ${recoveries.join(' / ')} ms after each restart, lost = ${lost.length}`,
    );
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

describe('the server SIGKILLed mid-load', () => {
  const dbs: string[] = [];
  afterAll(async () => {
    for (const db of dbs) await dropDatabase(inject('pgServerUrl'), db).catch(() => {});
  });

  it('keeps every acknowledged mutation, and none is half-written', async () => {
    const name = `cxloop_kill_${randomBytes(4).toString('hex')}`;
    await ensureDatabase(inject('pgServerUrl'), name, inject('templateDb'));
    dbs.push(name);
    const dbUrl = withDatabase(inject('pgServerUrl'), name);

    let server = await start(dbUrl);
    let token = await login(server);
    const vendorId = (await server.gql(`mutation { createVendor(name: "Crash Mobiles") { id } }`, {}, token)).data.createVendor.id;
    let killed = false;
    const serverUp = () => !killed;

    const created = new Map<string, string>(); // externalRef → id
    const inputs = new Map<string, ReturnType<typeof orderInput>>();
    const completed = new Set<string>();
    const advanced = new Map<string, string>(); // id → last acknowledged status
    const totals = { sent: 0, acked: 0, unreachable: 0, checked: 0 };
    const rank = ['CREATED', 'PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED', 'COMPLETED'];
    let lostTotal = 0;

    for (let round = 0; round < ROUNDS + 1; round++) {
      const s = server;
      const t = token;
      killed = false;
      // Each client takes one order through its lifecycle: create, three steps, payment.
      const load2 = load(4, async (_c, stats) => {
        const ref = `KILL-${randomBytes(5).toString('hex')}`;
        const input = orderInput(ref, vendorId);
        inputs.set(ref, input);
        const o = tally(stats, await call(s.port, CREATE, { i: input }, t), serverUp);
        if (!o.ok) return;
        const id = o.data.createOrder.id as string;
        created.set(ref, id);
        for (const st of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) {
          const a = tally(stats, await call(s.port, `mutation($o: ID!, $s: OrderStatus!) { advanceOrder(orderId: $o, status: $s) { id status } }`, { o: id, s: st }, t), serverUp);
          if (!a.ok) return;
          advanced.set(id, st);
        }
        const done = tally(stats, await call(s.port, `mutation($o: ID!) { completeOrder(orderId: $o, paymentReference: "PAY-${ref}") { id status } }`, { o: id }, t), serverUp);
        if (done.ok) completed.add(id);
      });

      const completedBefore = completed.size;
      await waitFor(() => completed.size >= completedBefore + 4, 20_000, 'orders completed before the kill');
      // Fault: SIGKILL at a random moment while requests are in flight (no shutdown hook runs).
      await new Promise((r) => setTimeout(r, 100 + Math.floor(Math.random() * 600)));
      killed = true;
      s.child.kill('SIGKILL');
      await s.exited;
      await load2.stop();
      expect(load2.stats.dirty, load2.stats.dirty.slice(0, 5).join('\n')).toEqual([]);
      totals.sent += load2.stats.sent;
      totals.acked += load2.stats.acked;
      totals.unreachable += load2.stats.unreachable;

      // Checked straight in the database, before anything restarts.
      const orders = await sqlRows<{ id: string; external_ref: string; status: string }>(dbUrl, `select id, external_ref, status from customer_order`);
      totals.checked = orders.length;
      const byRef = new Map(orders.map((o) => [o.external_ref, o]));
      const status = new Map(orders.map((o) => [o.id, o.status]));
      const lostCreates = [...created].filter(([ref, id]) => byRef.get(ref)?.id !== id);
      const lostSteps = [...advanced].filter(([id, st]) => rank.indexOf(status.get(id) ?? '') < rank.indexOf(st));
      const lostCompletions = [...completed].filter((id) => status.get(id) !== 'COMPLETED');
      lostTotal += lostCreates.length + lostSteps.length + lostCompletions.length;
      expect(lostCreates).toEqual([]);
      expect(lostSteps).toEqual([]);
      expect(lostCompletions).toEqual([]);
      await expectAllOrNothing(dbUrl, rank);

      // Restarted, the server serves again by itself.
      server = await start(dbUrl);
      token = await login(server);
    }

    // A partner retrying createOrders after the crash gets the orders that exist, never copies.
    const second = server;
    const token2 = token;
    for (const [ref, id] of [...created].slice(0, 10)) {
      const again = await second.gql(CREATE, { i: inputs.get(ref) }, token2);
      expect(again.data?.createOrder?.id, JSON.stringify(again.errors)).toBe(id);
    }
    const [[count]] = [await sqlRows<{ n: number }>(dbUrl, `select count(*)::int as n from customer_order where external_ref like 'KILL-%'`)];
    expect(count.n).toBe(totals.checked);
    const fresh = await second.gql(CREATE, { i: orderInput(`KILL-after-${randomBytes(4).toString('hex')}`, vendorId) }, token2);
    expect(fresh.errors).toBeUndefined();

    console.log(
      `server SIGKILL under load: ${totals.sent} requests sent, ${totals.acked} acknowledged ` +
        `(${created.size} orders created, ${completed.size} completed), ${totals.unreachable} unreachable after a kill, ` +
        `${ROUNDS + 1} faults injected (SIGKILL, restart), ${totals.checked} orders in the database checked all-or-nothing after each, ` +
        `lost = ${lostTotal}`,
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
