// F2's durability: reminders are jobs in PostgreSQL. They survive a crash (SIGKILL), a message
// due while no server runs is sent when one comes back, and with two server processes on one
// database no message is sent twice. Real processes, real time, short POLICY_* durations.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/database.js';
import { startServer, waitFor, type ServerProcess } from '../setup/server-process.js';

/** The provider every server posts to: it counts deliveries per message id. */
const deliveries = new Map<string, number>();
const provider = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const { id } = JSON.parse(body);
    deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
    res.end();
  });
});

const dbs: string[] = [];
let providerUrl: string;
beforeAll(async () => {
  await new Promise<void>((r) => provider.listen(0, '127.0.0.1', () => r()));
  providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/messages`;
});
afterAll(async () => {
  provider.close();
  for (const db of dbs) await dropDatabase(inject('pgServerUrl'), db).catch(() => {});
});

async function freshDatabase(): Promise<string> {
  const name = `cxloop_dur_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(inject('pgServerUrl'), name, inject('templateDb'));
  dbs.push(name);
  return withDatabase(inject('pgServerUrl'), name);
}

const env = (databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  ADMIN_PASSWORD: 'durable-password-1',
  MESSAGE_SENDER: 'webhook',
  MESSAGE_WEBHOOK_URL: providerUrl,
  POLICY_REMINDER_AFTER: '4s',
  POLICY_FINAL_FOLLOW_UP_AFTER: '6s',
  POLICY_REQUEST_EXPIRES_AFTER: '1h',
});

async function completeOrders(s: ServerProcess, n: number): Promise<string[]> {
  const token = (await s.gql(`mutation { login(email: "admin@cxloop.local", password: "durable-password-1") { token } }`)).data.login.token;
  const vendor = (await s.gql(`mutation { createVendor(name: "Durable Mobiles") { id } }`, {}, token)).data.createVendor.id;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = await s.gql(
      `mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }`,
      { i: { externalRef: `DUR-${randomBytes(4).toString('hex')}`, customer: { name: 'Kavya Nair', phone: `99${String(10_000_000 + i * 13 + Math.floor(Math.random() * 10)).padStart(8, '0')}` }, deviceCategory: 'PHONE', deviceModel: 'Pixel 7', quotedPrice: 15000, vendorId: vendor } },
      token,
    );
    const id = created.data.createOrder.id;
    for (const st of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) {
      await s.gql(`mutation($o: ID!, $s: OrderStatus!) { advanceOrder(orderId: $o, status: $s) { id } }`, { o: id, s: st }, token);
    }
    const done = await s.gql(`mutation($o: ID!) { completeOrder(orderId: $o, paymentReference: "PAY") { status } }`, { o: id }, token);
    expect(done.data.completeOrder.status).toBe('COMPLETED');
    ids.push(id);
  }
  return ids;
}

async function messageRows(databaseUrl: string, orderIds: string[]) {
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      // The payment's request and its reminders (the pickup's one question, F6, is not what this is about).
      `select m.id, m.kind, m.status, m.attempts, m.scheduled_for, m.sent_at from message m join feedback_request r on r.id = m.request_id
        where m.order_id = any($1::uuid[]) and r.touchpoint = 'ORDER_COMPLETED'`,
      [orderIds],
    );
    return rows as { id: string; kind: string; status: string; attempts: number; scheduled_for: Date; sent_at: Date | null }[];
  } finally {
    await c.end();
  }
}

describe('durable reminders', () => {
  it('survive a SIGKILL: reminders due while the server was down are sent once after restart', async () => {
    const db = await freshDatabase();
    const first = await startServer(env(db));
    expect(first.output()).toContain('job runner started');
    const orders = await completeOrders(first, 3);
    // The immediate REQUEST messages go out at once; then the server dies before any reminder.
    await waitFor(async () => (await messageRows(db, orders)).filter((m) => m.kind === 'REQUEST' && m.status === 'SENT').length === 6, 10_000, 'requests sent');
    first.child.kill('SIGKILL');
    await first.exited;
    const down = await messageRows(db, orders);
    expect(down.filter((m) => m.kind !== 'REQUEST').every((m) => m.status === 'SCHEDULED')).toBe(true);

    // Stay down past both reminders' due times.
    await new Promise((r) => setTimeout(r, 7000));
    const second = await startServer(env(db));
    await waitFor(async () => (await messageRows(db, orders)).every((m) => m.status === 'SENT'), 15_000, 'all reminders sent');
    const rows = await messageRows(db, orders);
    expect(rows).toHaveLength(12);
    for (const m of rows) {
      expect(m.attempts).toBe(1);
      expect(deliveries.get(m.id)).toBe(1);
    }
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('fire once with two server processes on one database, with little lag', async () => {
    const db = await freshDatabase();
    const [a, b] = await Promise.all([startServer(env(db)), startServer(env(db))]);
    expect(a.output()).toContain('ready in');
    expect(b.output()).toContain('ready in');
    const orders = await completeOrders(a, 5);
    await waitFor(async () => (await messageRows(db, orders)).every((m) => m.status === 'SENT'), 20_000, 'all messages sent');
    const rows = await messageRows(db, orders);
    expect(rows).toHaveLength(20);
    for (const m of rows) {
      expect(m.attempts).toBe(1);
      expect(deliveries.get(m.id)).toBe(1);
    }
    // Lag between a reminder's scheduled time and its sending (both processes up throughout).
    const lags = rows.filter((m) => m.kind !== 'REQUEST').map((m) => m.sent_at!.getTime() - m.scheduled_for.getTime()).sort((x, y) => x - y);
    const p50 = lags[Math.floor(lags.length / 2)];
    const max = lags.at(-1)!;
    console.log(`reminder lag: median ${p50} ms, max ${max} ms over ${lags.length} reminders`);
    expect(Math.min(...lags)).toBeGreaterThanOrEqual(0);
    await Promise.all([a, b].map(async (s) => {
      s.child.kill('SIGTERM');
      expect(await s.exited).toBe(0);
    }));
  });
});
