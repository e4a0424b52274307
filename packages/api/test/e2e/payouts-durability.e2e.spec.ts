// M6's exactly-once payout with real server processes (the bundle `start` runs) and a local
// payouts provider that follows Razorpay's documented shapes: a process SIGKILLed after the
// provider made the payout and before our commit, then a new process (the retry reaches the
// provider with the same idempotency key and gets the same payout back); and two processes
// running the pay jobs of many refunds, some slow enough for the other process to take them over.
// Exactly one payout per request at the provider, exactly one ledger entry per request.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/database.js';
import { PayoutsStandIn } from '../setup/payouts-stand-in.js';
import { startServer, waitFor, type ServerProcess } from '../setup/server-process.js';

const dbs: string[] = [];
let provider: PayoutsStandIn;
beforeAll(async () => {
  provider = await new PayoutsStandIn().start();
});
afterAll(async () => {
  await provider.close();
  for (const db of dbs) await dropDatabase(inject('pgServerUrl'), db).catch(() => {});
});

async function freshDatabase(): Promise<string> {
  const name = `cxloop_pay_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(inject('pgServerUrl'), name, inject('templateDb'));
  dbs.push(name);
  return withDatabase(inject('pgServerUrl'), name);
}

const PASSWORD = 'payout-password-1';
const env = (databaseUrl: string, lease: string) => ({
  DATABASE_URL: databaseUrl,
  ADMIN_PASSWORD: PASSWORD,
  PAYOUTS_API_URL: provider.url,
  PAYOUTS_KEY_ID: provider.keyId,
  PAYOUTS_KEY_SECRET: provider.keySecret,
  PAYOUTS_ACCOUNT_NUMBER: provider.accountNumber,
  PAYOUTS_WEBHOOK_SECRET: provider.webhookSecret,
  PAYOUTS_JOB_LEASE: lease,
});

/** Completed orders with a refund each, approved by the policy (their pay jobs start at once). */
async function approvedRefunds(s: ServerProcess, n: number): Promise<string[]> {
  const token = (await s.gql(`mutation { login(email: "admin@cxloop.local", password: "${PASSWORD}") { token } }`)).data.login.token;
  const vendor = (await s.gql(`mutation { createVendor(name: "Payout Mobiles ${randomBytes(2).toString('hex')}") { id } }`, {}, token)).data.createVendor.id;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = await s.gql(
      `mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }`,
      { i: { externalRef: `PAY-${randomBytes(4).toString('hex')}`, customer: { name: 'Farah Khan', phone: `98${String(10_000_000 + i * 17 + Math.floor(Math.random() * 10)).padStart(8, '0')}` }, deviceCategory: 'PHONE', deviceModel: 'Pixel 8', quotedPrice: 12000, vendorId: vendor } },
      token,
    );
    const order = created.data.createOrder.id;
    for (const st of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) {
      await s.gql(`mutation($o: ID!, $s: OrderStatus!) { advanceOrder(orderId: $o, status: $s) { id } }`, { o: order, s: st }, token);
    }
    expect((await s.gql(`mutation($o: ID!) { completeOrder(orderId: $o, paymentReference: "PAY") { status } }`, { o: order }, token)).data.completeOrder.status).toBe('COMPLETED');
    const r = await s.gql(`mutation($i: ProposeMoneyInput!) { proposeMoney(input: $i) { id status } }`, { i: { orderId: order, kind: 'REFUND', amount: 1000 + i, reason: 'Duplicate charge' } }, token);
    expect(r.data?.proposeMoney?.status, JSON.stringify(r.errors)).toBe('APPROVED');
    ids.push(r.data.proposeMoney.id);
  }
  return ids;
}

async function rows(databaseUrl: string, ids: string[]) {
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows: requests } = await c.query(`select id, status, amount, provider_reference, attempts from money_request where id = any($1::uuid[])`, [ids]);
    const { rows: ledger } = await c.query(`select money_request_id, amount, reference from ledger_entry where money_request_id = any($1::uuid[])`, [ids]);
    const { rows: notices } = await c.query(`select m.order_id from message m join money_request r on r.order_id = m.order_id where r.id = any($1::uuid[]) and m.kind = 'MONEY_NOTICE'`, [ids]);
    return {
      requests: requests as { id: string; status: string; amount: number; provider_reference: string | null; attempts: number }[],
      ledger: ledger as { money_request_id: string; amount: number; reference: string | null }[],
      notices: notices.length,
    };
  } finally {
    await c.end();
  }
}

/** Exactly one payout at the provider and one ledger entry, of the request's amount, under the payout's id. */
function paidOnce(state: Awaited<ReturnType<typeof rows>>, id: string) {
  const r = state.requests.find((x) => x.id === id)!;
  const payouts = [...provider.payouts.values()].filter((p) => p.reference_id === id);
  expect(payouts).toHaveLength(1);
  expect(provider.created.get(id)).toBe(1);
  expect(payouts[0].amount).toBe(r.amount * 100);
  expect(r).toMatchObject({ status: 'PAID', provider_reference: payouts[0].id });
  expect(state.ledger.filter((l) => l.money_request_id === id)).toEqual([{ money_request_id: id, amount: r.amount, reference: payouts[0].id }]);
}

describe('exactly-once payouts across crashes and processes', () => {
  it('a SIGKILL after the provider made the payout and before our commit: the new process retries with the same key and is given the same payout', async () => {
    const db = await freshDatabase();
    const first = await startServer(env(db, '3s'));
    expect(first.output()).toContain('payouts via');
    // The provider makes the payout and, before it answers, the server dies.
    provider.script.push({ kind: 'hold' });
    provider.onHold = () => first.child.kill('SIGKILL');
    const [id] = await approvedRefunds(first, 1);
    await first.exited;
    provider.onHold = undefined;
    const down = await rows(db, [id]);
    expect(down.requests[0]).toMatchObject({ status: 'APPROVED', provider_reference: null, attempts: 1 });
    expect(down.ledger).toHaveLength(0);
    expect(provider.created.get(id)).toBe(1);

    const second = await startServer(env(db, '3s'));
    expect(second.output()).toContain('ready in');
    await waitFor(async () => (await rows(db, [id])).requests[0].status === 'PAID', 20_000, 'the payout recorded by the new process');
    const after = await rows(db, [id]);
    paidOnce(after, id);
    expect(after.requests[0].attempts).toBe(2);
    // Both tries carried the request's id as the key; the second was answered from the first.
    expect(provider.calls.filter((c) => c.key === id).map((c) => c.authorized)).toEqual([true, true]);
    expect(after.notices).toBe(1);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('two processes pay many refunds once each, even when one takes over the other\'s slow payouts', async () => {
    const db = await freshDatabase();
    const [a, b] = await Promise.all([startServer(env(db, '1s')), startServer(env(db, '1s'))]);
    expect(a.output()).toContain('job runner started');
    expect(b.output()).toContain('job runner started');
    // Every answer takes a moment (both processes are busy at once); every third new payout takes far
    // longer than the lease, so a process frees its job and it runs again while the first call is out.
    const slow = new Set<string>();
    let made = 0;
    provider.delayMs = (key) => {
      if (++made % 3 === 0) slow.add(key);
      return slow.has(key) ? 6000 : 150;
    };
    const ids = await approvedRefunds(a, 8);
    await waitFor(async () => (await rows(db, ids)).requests.every((r) => r.status === 'PAID'), 40_000, 'all refunds paid');
    const state = await rows(db, ids);
    for (const id of ids) paidOnce(state, id);
    expect(state.ledger).toHaveLength(8);
    expect(state.notices).toBe(8);
    // The slow ones were taken over (asked again under the same key) and still made once.
    expect(slow.size).toBe(2);
    for (const key of slow) expect(provider.calls.filter((c) => c.key === key).length).toBeGreaterThanOrEqual(2);
    provider.delayMs = () => 0;
    await Promise.all([a, b].map(async (s) => {
      s.child.kill('SIGTERM');
      expect(await s.exited).toBe(0);
    }));
  });
});
