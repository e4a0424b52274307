// M6 over HTTP against a local payouts provider that follows Razorpay's documented shapes
// (test/setup/payouts-stand-in.ts): the adapter's calls (Basic auth, the idempotency key, paise),
// a provider that answers processing and then a signed webhook, 5xx and 429 retried with the same
// key, an answer lost after the payout was made, 4xx failing at once with the provider's words,
// and webhooks with a bad signature, replayed, out of order or about a payout we never made.
// After every step the ledger agrees with the requests.
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { MAX_PAY_ATTEMPTS } from '../../src/modules/money/money.service.js';
import { RazorpayPayouts } from '../../src/modules/money/razorpay-payouts.js';
import { completedOrder } from '../setup/flows.js';
import { PayoutsStandIn } from '../setup/payouts-stand-in.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

const FIELDS = 'id kind status amount providerReference paidAt failureReason';
const PROPOSE = `mutation($i: ProposeMoneyInput!) { proposeMoney(input: $i) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { moneyRequest(id: $id) { ${FIELDS} } }`;

let t: TestApp;
let provider: PayoutsStandIn;
let agent: { token: string };
let finance: { token: string };

beforeAll(async () => {
  provider = await new PayoutsStandIn().start();
  t = await initTestApp({
    start: new Date('2026-12-01T04:30:00Z'),
    payouts: new RazorpayPayouts({ apiUrl: provider.url, keyId: provider.keyId, keySecret: provider.keySecret, accountNumber: provider.accountNumber }, 5_000),
    payoutsWebhookSecret: provider.webhookSecret,
  });
  agent = await t.userWith(Role.CX_AGENT);
  finance = await t.userWith(Role.FINANCE);
});
afterAll(async () => {
  await t.close();
  await provider.close();
});
beforeEach(() => {
  provider.initialStatus = 'processed';
  provider.script.length = 0;
});

/** The invariant: a PAID request has its one ledger entry of its signed amount; no other request has any. */
async function ledgerAgrees() {
  const rows = await t.sql<{ id: string; status: string; amount: number; kind: string; moved: number | null; entries: number; reference: string | null; provider_reference: string | null }>(
    `select m.id, m.status, m.amount, m.kind, m.provider_reference, max(l.reference) as reference, sum(l.amount)::int as moved, count(l.id)::int as entries
       from money_request m left join ledger_entry l on l.money_request_id = m.id group by m.id`,
  );
  for (const r of rows) {
    const sign = ['GOODWILL', 'REFUND', 'VENDOR_EXTRA'].includes(r.kind) ? 1 : -1;
    if (r.status === 'PAID') expect({ id: r.id, moved: r.moved, entries: r.entries, reference: r.reference }).toEqual({ id: r.id, moved: sign * r.amount, entries: 1, reference: r.provider_reference });
    else expect({ id: r.id, entries: r.entries }).toEqual({ id: r.id, entries: 0 });
  }
}

/** A refund within the policy: approved at once, its pay job due. */
async function approvedRefund(amount = 1250): Promise<string> {
  const order = await completedOrder(t, { quotedPrice: 9000 });
  const r = await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount, reason: 'Duplicate charge' } }, agent.token);
  expect(r.errors).toBeUndefined();
  expect(r.data.proposeMoney.status).toBe('APPROVED');
  return r.data.proposeMoney.id;
}

const request = async (id: string) => (await t.gql(ONE, { id }, finance.token)).data.moneyRequest;
const callsFor = (key: string) => provider.calls.filter((c) => c.key === key);
const notices = async (id: string) =>
  Number((await t.sql(`select count(*)::int n from message m join money_request r on r.order_id = m.order_id where r.id = ? and m.kind = 'MONEY_NOTICE'`, [id]))[0].n);
/** Everything a webhook could change, to compare before and after one that must change nothing. */
const snapshot = async () => ({
  requests: await t.sql(`select id, status, provider_reference, paid_at, failure_reason, version from money_request order by id`),
  ledger: await t.sql(`select count(*)::int n from ledger_entry`),
  messages: await t.sql(`select count(*)::int n from message where kind = 'MONEY_NOTICE'`),
  audit: await t.sql(`select count(*)::int n from audit_event`),
});
const post = (hook: { body: string; headers: Record<string, string> }) => t.http.post('/webhooks/payouts').set(hook.headers).send(hook.body);

describe('M6 payouts through the HTTP adapter', () => {
  it('pays an approved refund once: Basic auth, the request id as idempotency key and reference_id, the amount in paise; the customer is told', async () => {
    const id = await approvedRefund(1250);
    await t.runDue();
    const paid = await request(id);
    const payout = provider.payoutOf(id)!;
    expect(paid).toMatchObject({ status: 'PAID', providerReference: payout.id });
    expect(payout).toMatchObject({ amount: 125_000, currency: 'INR', reference_id: id, purpose: 'refund', status: 'processed' });
    const [call] = callsFor(id);
    expect(call).toMatchObject({ authorized: true, status: 200 });
    expect(call.body).toMatchObject({ account_number: provider.accountNumber, amount: 125_000, currency: 'INR', queue_if_low_balance: true, reference_id: id });
    expect(await notices(id)).toBe(1);
    // Once paid, another run of the job calls nobody.
    expect(await t.services.money.pay(t.orm.em.fork(), id)).toBe('NONE');
    await t.runDue();
    expect(callsFor(id)).toHaveLength(1);
    expect(provider.created.get(id)).toBe(1);
    await ledgerAgrees();
  });

  it('a payout still processing waits for the signed webhook; bad signatures are refused (401) and change nothing; replays and late events change nothing', async () => {
    provider.initialStatus = 'processing';
    const id = await approvedRefund(800);
    await t.runDue();
    const payout = provider.payoutOf(id)!;
    expect(await request(id)).toMatchObject({ status: 'APPROVED', providerReference: payout.id, paidAt: null });
    expect(await notices(id)).toBe(0);
    await ledgerAgrees();
    // Not due again: the job is done and the webhook will say how it ended.
    await t.runDue();
    expect(callsFor(id)).toHaveLength(1);

    provider.settle(payout.id, 'processed');
    const hook = provider.webhook(payout, { eventId: 'evt_processed_1' });
    const before = await snapshot();
    const forged = provider.webhook(payout, { signature: 'ab'.repeat(32) });
    expect((await post(forged)).status).toBe(401);
    expect((await post(provider.webhook(payout, { signature: null }))).status).toBe(401);
    // Signed by someone else's secret, or the right signature over a changed body.
    expect((await post({ body: hook.body.replace('"processed"', '"processed" '), headers: hook.headers })).status).toBe(401);
    expect((await post({ body: hook.body, headers: { ...hook.headers, 'x-razorpay-signature': hook.headers['x-razorpay-signature'].slice(0, 63) } })).status).toBe(401);
    expect(await snapshot()).toEqual(before);

    const ok = await post(hook);
    expect(ok.status).toBe(200);
    expect(ok.body.outcome).toBe('PAID');
    expect(await request(id)).toMatchObject({ status: 'PAID', providerReference: payout.id });
    expect(await notices(id)).toBe(1);
    await ledgerAgrees();

    // The same event again (the provider retries until it hears 2xx), and a late failure: no effect.
    const after = await snapshot();
    const replay = await post(hook);
    expect(replay.status).toBe(200);
    expect(replay.body.outcome).toBe('NO_CHANGE');
    const late = await post(provider.webhook({ ...payout, status: 'reversed' }, { eventId: 'evt_reversed_late' }));
    expect(late.status).toBe(200);
    expect(late.body.outcome).toBe('NO_CHANGE');
    expect(await snapshot()).toEqual(after);
  });

  it('a webhook that arrives before our commit finds the request by reference_id', async () => {
    const id = await approvedRefund(600);
    provider.script.push({ kind: 'hold' });
    const arrived = new Promise<void>((resolve) => (provider.onHold = () => resolve()));
    const paying = t.services.money.pay(t.orm.em.fork(), id);
    await arrived;
    // The provider has made the payout; we have not recorded its id yet.
    expect((await request(id)).providerReference).toBeNull();
    const payout = provider.payoutOf(id)!;
    const res = await post(provider.webhook(payout));
    expect(res.body.outcome).toBe('PAID');
    provider.release();
    expect(await paying).toBe('NONE');
    expect(await request(id)).toMatchObject({ status: 'PAID', providerReference: payout.id });
    expect(provider.created.get(id)).toBe(1);
    await ledgerAgrees();
  });

  it('a failed payout (webhook) is FAILED with the bank\'s reason, and nothing enters the ledger', async () => {
    provider.initialStatus = 'processing';
    const id = await approvedRefund(700);
    await t.runDue();
    const payout = provider.settle(provider.payoutOf(id)!.id, 'failed', 'Beneficiary bank is down.');
    const res = await post(provider.webhook(payout));
    expect(res.body.outcome).toBe('FAILED');
    const failed = await request(id);
    expect(failed).toMatchObject({ status: 'FAILED', providerReference: payout.id, paidAt: null });
    expect(failed.failureReason).toContain('Beneficiary bank is down.');
    // A processed event after the failure (out of order) does not pay it.
    const late = await post(provider.webhook({ ...payout, status: 'processed' }));
    expect(late.body.outcome).toBe('NO_CHANGE');
    expect((await request(id)).status).toBe('FAILED');
    await ledgerAgrees();
  });

  it('5xx and 429 are retried with the same key until the provider accepts; one payout is made', async () => {
    const id = await approvedRefund(900);
    provider.script.push({ kind: 'refuse', status: 503, description: 'Service unavailable' }, { kind: 'refuse', status: 429, code: 'RATE_LIMIT_EXCEEDED', description: 'Too many requests' });
    await t.runDue();
    expect(await request(id)).toMatchObject({ status: 'APPROVED', providerReference: null });
    await t.runDue();
    expect(await request(id)).toMatchObject({ status: 'APPROVED', providerReference: null });
    await ledgerAgrees();
    await t.runDue();
    expect(await request(id)).toMatchObject({ status: 'PAID', providerReference: provider.payoutOf(id)!.id });
    expect(callsFor(id).map((c) => c.status)).toEqual([503, 429, 200]);
    expect(provider.created.get(id)).toBe(1);
    expect((await t.sql(`select attempts from money_request where id = ?`, [id]))[0].attempts).toBe(3);
    await ledgerAgrees();
  });

  it('an answer lost after the provider made the payout: the retry gets the same payout back, never a second', async () => {
    const id = await approvedRefund(1100);
    provider.script.push({ kind: 'create-then-fail', status: 502 });
    await expect(t.services.money.pay(t.orm.em.fork(), id)).rejects.toThrow(/retrying/);
    const made = provider.payoutOf(id)!;
    expect(await request(id)).toMatchObject({ status: 'APPROVED', providerReference: null });
    expect(await t.services.money.pay(t.orm.em.fork(), id)).toBe('PAID');
    expect(await request(id)).toMatchObject({ status: 'PAID', providerReference: made.id });
    expect(provider.created.get(id)).toBe(1);
    expect([...provider.payouts.values()].filter((p) => p.reference_id === id)).toHaveLength(1);
    await ledgerAgrees();
  });

  it('a 4xx fails at once with the provider\'s description, and is not tried again', async () => {
    const id = await approvedRefund(400);
    provider.script.push({ kind: 'refuse', status: 400, description: 'The fund account is not active.' });
    await t.runDue();
    const failed = await request(id);
    expect(failed).toMatchObject({ status: 'FAILED', paidAt: null });
    expect(failed.failureReason).toContain('The fund account is not active.');
    await t.runDue();
    expect(callsFor(id)).toHaveLength(1);
    await ledgerAgrees();
  });

  it(`a provider that keeps failing: FAILED after ${MAX_PAY_ATTEMPTS} tries, with the reason`, async () => {
    const id = await approvedRefund(300);
    for (let i = 0; i < MAX_PAY_ATTEMPTS + 2; i++) provider.script.push({ kind: 'refuse', status: 500, description: 'Internal error' });
    for (let i = 0; i < MAX_PAY_ATTEMPTS + 1; i++) await t.runDue();
    const failed = await request(id);
    expect(failed.status).toBe('FAILED');
    expect(failed.failureReason).toMatch(/500/);
    expect(callsFor(id)).toHaveLength(MAX_PAY_ATTEMPTS);
    provider.script.length = 0;
    await ledgerAgrees();
  });

  it('a signed webhook about a payout we never made is acknowledged (200) and changes nothing; other events too; a signed body that is no event is 400', async () => {
    // A payout made at the provider outside CX Loop (its dashboard, another integration).
    const stranger = provider.settle(provider.payoutOf(await payoutAtProviderOnly())!.id, 'processed');
    const before = await snapshot();
    for (const ref of [randomUUID(), 'Acme Transaction ID 12345', null]) {
      const res = await post(provider.webhook({ ...stranger, reference_id: ref }));
      expect(res.status).toBe(200);
      expect(res.body.outcome).toBe('UNKNOWN_PAYOUT');
    }
    expect((await post(provider.webhook(stranger, { event: 'transaction.created' }))).body.outcome).toBe('IGNORED');
    const junk = '{"event": "payout.processed", "payload": {}}';
    const headers = { ...provider.webhook(stranger).headers, 'x-razorpay-signature': createHmac('sha256', provider.webhookSecret).update(junk).digest('hex') };
    expect((await post({ body: junk, headers })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});

/** A payout made at the provider directly (not through a request of ours): its key is returned. */
async function payoutAtProviderOnly(): Promise<string> {
  const key = randomUUID();
  const res = await fetch(`${provider.url}/v1/payouts`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${provider.keyId}:${provider.keySecret}`).toString('base64')}`, 'content-type': 'application/json', 'x-payout-idempotency': key },
    body: JSON.stringify({ account_number: provider.accountNumber, fund_account_id: 'fa_00000000000001', amount: 50_000, currency: 'INR', mode: 'IMPS', purpose: 'payout', reference_id: 'Acme Transaction ID 12345' }),
  });
  expect(res.status).toBe(200);
  return key;
}
