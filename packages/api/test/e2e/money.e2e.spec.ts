// Money over HTTP (M1–M6): goodwill set by the policy once per order, refunds capped and approved
// by the policy or by FINANCE (never the proposer), reversals after a return, vendor recoveries,
// each paid or settled once into an append-only ledger that always agrees with the requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { ADVANCE_ORDER, CANCEL_ORDER } from '../graphql/documents.js';
import { completedOrder, createOrder, createVendor } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

const FIELDS = 'id kind status amount reason rule fraudScore fraudFactors { factor value points } proposedBy { id } decidedBy { id } providerReference paidAt version vendor { id } order { id }';
const PROPOSE = `mutation($i: ProposeMoneyInput!) { proposeMoney(input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $n: String, $v: Int) { approveMoney(id: $id, note: $n, expectedVersion: $v) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $n: String!) { rejectMoney(id: $id, note: $n) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { moneyRequest(id: $id) { ${FIELDS} } }`;
const LEDGER = `query($o: ID, $v: ID) { ledger(orderId: $o, vendorId: $v) { balance entries { kind party amount reference } } }`;

let t: TestApp;
let agent: { id: string; token: string };
let finance: { id: string; token: string };
let finance2: { id: string; token: string };

const count = async (table: string) => Number((await t.sql(`select count(*)::int n from ${table}`))[0].n);

/** The invariant: every request's ledger is its signed amount once PAID, nothing otherwise. */
async function ledgerAgrees() {
  const rows = await t.sql<{ id: string; status: string; amount: number; kind: string; moved: number | null; entries: number }>(
    `select m.id, m.status, m.amount, m.kind, sum(l.amount)::int as moved, count(l.id)::int as entries from money_request m left join ledger_entry l on l.money_request_id = m.id group by m.id`,
  );
  for (const r of rows) {
    const sign = ['GOODWILL', 'REFUND', 'VENDOR_EXTRA'].includes(r.kind) ? 1 : -1;
    if (r.status === 'PAID') expect({ id: r.id, moved: r.moved, entries: r.entries }).toEqual({ id: r.id, moved: sign * r.amount, entries: 1 });
    else expect({ id: r.id, entries: r.entries }).toEqual({ id: r.id, entries: 0 });
  }
}

beforeAll(async () => {
  t = await initTestApp({ start: new Date('2026-12-01T04:30:00Z') });
  agent = await t.userWith(Role.CX_AGENT);
  finance = await t.userWith(Role.FINANCE);
  finance2 = await t.userWith(Role.FINANCE);
});
afterAll(() => t.close());

async function cancelledNoShow(quotedPrice: number): Promise<string> {
  const vendorId = await createVendor(t);
  const id = await createOrder(t, { quotedPrice, vendorId });
  const r = await t.gql(CANCEL_ORDER, { o: id, r: 'VENDOR_NO_SHOW', n: null, c: null }, agent.token);
  expect(r.errors).toBeUndefined();
  return id;
}

describe('M1 goodwill', () => {
  it('is ₹100 below ₹500 and ₹150 from ₹500, approved by the policy, paid once, and given once per order', async () => {
    const low = await cancelledNoShow(499);
    const g = await t.gql(PROPOSE, { i: { orderId: low, kind: 'GOODWILL', reason: 'Vendor did not come' } }, agent.token);
    expect(g.errors).toBeUndefined();
    expect(g.data.proposeMoney).toMatchObject({ amount: 100, status: 'APPROVED', rule: 'GOODWILL_NO_SHOW' });
    const high = await cancelledNoShow(500);
    expect((await t.gql(PROPOSE, { i: { orderId: high, kind: 'GOODWILL', reason: 'No show' } }, agent.token)).data.proposeMoney.amount).toBe(150);
    await t.runDue();
    const paid = (await t.gql(ONE, { id: g.data.proposeMoney.id }, finance.token)).data.moneyRequest;
    expect(paid).toMatchObject({ status: 'PAID' });
    expect(paid.providerReference).toMatch(/^rec_/);
    const before = await count('money_request');
    expectRefusal(await t.gql(PROPOSE, { i: { orderId: low, kind: 'GOODWILL', reason: 'Again' } }, agent.token), 'SOP_VIOLATION', 'MONEY_ALREADY_GRANTED');
    expect(await count('money_request')).toBe(before);
    const ledger = (await t.gql(LEDGER, { o: low }, finance.token)).data.ledger;
    expect(ledger).toMatchObject({ balance: 100, entries: [{ kind: 'GOODWILL', party: 'CUSTOMER', amount: 100 }] });
    // The customer is told on their channel.
    expect((await t.sql(`select count(*)::int n from message where order_id = ? and kind = 'MONEY_NOTICE'`, [low]))[0].n).toBe(1);
    await ledgerAgrees();
  });

  it('is not for other cancellations or open orders (MONEY_NOT_ELIGIBLE), and its amount is the policy\'s', async () => {
    const open = await createOrder(t, { quotedPrice: 800 });
    expectRefusal(await t.gql(PROPOSE, { i: { orderId: open, kind: 'GOODWILL', reason: 'x' } }, agent.token), 'SOP_VIOLATION', 'MONEY_NOT_ELIGIBLE');
    const changed = await createOrder(t, { quotedPrice: 800 });
    await t.gql(CANCEL_ORDER, { o: changed, r: 'CUSTOMER_CHANGED_MIND', n: null, c: null }, agent.token);
    expectRefusal(await t.gql(PROPOSE, { i: { orderId: changed, kind: 'GOODWILL', reason: 'x' } }, agent.token), 'SOP_VIOLATION', 'MONEY_NOT_ELIGIBLE');
    const noShow = await cancelledNoShow(800);
    const r = await t.gql(PROPOSE, { i: { orderId: noShow, kind: 'GOODWILL', amount: 500, reason: 'x' } }, agent.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors?.[0].extensions.field).toBe('amount');
  });
});

describe('M2, M3 refunds and maker-checker', () => {
  it('up to ₹3,000 with a low fraud score is approved by the policy; above it waits for FINANCE', async () => {
    const order = await completedOrder(t, { quotedPrice: 20000 });
    const small = (await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount: 3000, reason: 'Duplicate charge' } }, agent.token)).data.proposeMoney;
    expect(small).toMatchObject({ status: 'APPROVED', rule: 'REFUND_AUTO' });
    expect(small.fraudFactors.length).toBeGreaterThan(0);
    const big = (await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount: 3001, reason: 'Overcharge' } }, agent.token)).data.proposeMoney;
    expect(big).toMatchObject({ status: 'PROPOSED', rule: 'REFUND_OVER_AUTO_LIMIT', proposedBy: { id: agent.id } });
    // CX cannot approve; FINANCE can.
    expectRefusal(await t.gql(APPROVE, { id: big.id }, agent.token), 'FORBIDDEN');
    const ok = await t.gql(APPROVE, { id: big.id, n: 'Checked the bank statement', v: big.version }, finance.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.approveMoney).toMatchObject({ status: 'APPROVED', decidedBy: { id: finance.id } });
    await t.runDue();
    expect((await t.gql(ONE, { id: big.id }, finance.token)).data.moneyRequest.status).toBe('PAID');
    await ledgerAgrees();
  });

  it('never exceeds what the order paid (MONEY_OVER_LIMIT), and refuses amounts that are not positive whole rupees', async () => {
    const order = await completedOrder(t, { quotedPrice: 5000 });
    expect((await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount: 4000, reason: 'Wrong job' } }, agent.token)).errors).toBeUndefined();
    expectRefusal(await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount: 1001, reason: 'More' } }, agent.token), 'SOP_VIOLATION', 'MONEY_OVER_LIMIT');
    for (const amount of [0, -5]) {
      const r = await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount, reason: 'x' } }, agent.token);
      expectRefusal(r, 'BAD_USER_INPUT');
    }
    expect((await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount: 1.5, reason: 'x' } }, agent.token)).errors?.[0]).toBeDefined();
    const open = await createOrder(t);
    expectRefusal(await t.gql(PROPOSE, { i: { orderId: open, kind: 'REFUND', amount: 100, reason: 'x' } }, agent.token), 'SOP_VIOLATION', 'MONEY_NOT_ELIGIBLE');
  });

  it('never lets the proposer approve (MONEY_SELF_APPROVAL); a rejected request is never paid', async () => {
    const order = await completedOrder(t, { quotedPrice: 20000 });
    const own = (await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount: 5000, reason: 'Overcharge' } }, finance.token)).data.proposeMoney;
    expectRefusal(await t.gql(APPROVE, { id: own.id }, finance.token), 'SOP_VIOLATION', 'MONEY_SELF_APPROVAL');
    expect((await t.gql(ONE, { id: own.id }, finance.token)).data.moneyRequest.status).toBe('PROPOSED');
    expectRefusal(await t.gql(REJECT, { id: own.id, n: ' ' }, finance2.token), 'BAD_USER_INPUT');
    const rejected = await t.gql(REJECT, { id: own.id, n: 'Not an overcharge: the price was agreed' }, finance2.token);
    expect(rejected.data.rejectMoney.status).toBe('REJECTED');
    expectRefusal(await t.gql(APPROVE, { id: own.id }, finance2.token), 'CONFLICT');
    await t.runDue();
    expect((await t.gql(ONE, { id: own.id }, finance.token)).data.moneyRequest).toMatchObject({ status: 'REJECTED', paidAt: null });
    await ledgerAgrees();
  });
});

describe('M5 reversals and recoveries', () => {
  it('a device returned after payment proposes the reversal for FINANCE; approved, it is settled against the customer', async () => {
    const order = await completedOrder(t, { quotedPrice: 12000 });
    const back = await t.gql(ADVANCE_ORDER, { o: order, s: 'RETURNED', p: null }, finance.token);
    expect(back.errors).toBeUndefined();
    const [r] = (await t.gql(`query($o: ID!) { allMoneyRequests(filter: { orderId: $o }) { ${FIELDS} } }`, { o: order }, finance.token)).data.allMoneyRequests;
    expect(r).toMatchObject({ kind: 'PAYMENT_REVERSAL', status: 'PROPOSED', amount: 12000, proposedBy: null });
    expect((await t.gql(APPROVE, { id: r.id }, finance.token)).data.approveMoney.status).toBe('PAID');
    expect((await t.gql(LEDGER, { o: order }, finance.token)).data.ledger.balance).toBe(-12000);
    await ledgerAgrees();
  });

  it('a refund for a wrong job, once paid, is recovered from the vendor, on the vendor\'s ledger', async () => {
    const vendorId = await createVendor(t);
    const order = await completedOrder(t, { quotedPrice: 15000, vendorId });
    const refund = (await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount: 2000, reason: 'Wrong job started', recoverFromVendor: true } }, agent.token)).data.proposeMoney;
    expect(refund.status).toBe('APPROVED');
    await t.runDue();
    const vendorLedger = (await t.gql(LEDGER, { v: vendorId }, finance.token)).data.ledger;
    expect(vendorLedger).toMatchObject({ balance: -2000, entries: [{ kind: 'VENDOR_RECOVERY', party: 'VENDOR', amount: -2000 }] });
    await ledgerAgrees();
  });
});

describe('access', () => {
  it('MARKETING and VENDOR_OPS neither read nor propose money', async () => {
    const order = await completedOrder(t);
    for (const role of [Role.MARKETING, Role.VENDOR_OPS]) {
      const u = await t.userWith(role);
      expectRefusal(await t.gql(PROPOSE, { i: { orderId: order, kind: 'REFUND', amount: 100, reason: 'x' } }, u.token), 'FORBIDDEN');
      expectRefusal(await t.gql(`{ allMoneyRequests { id } }`, {}, u.token), 'FORBIDDEN');
    }
  });
});
