// The finance queue's CSV export (the panel's Export on Money, for reconciliation): each request
// with its decision and payment, the list's filters (the saved views' status), its access rule.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

const PROPOSE = 'mutation($i: ProposeMoneyInput!) { proposeMoney(input: $i) { id status rule fraudScore version } }';
const APPROVE = 'mutation($id: ID!, $n: String, $v: Int) { approveMoney(id: $id, note: $n, expectedVersion: $v) { id status } }';
const PAID = 'query($id: ID!) { moneyRequest(id: $id) { status providerReference paidAt } }';

let t: TestApp;
let tokens: Record<'cx' | 'finance' | 'ops' | 'marketing' | 'tech', string>;
let agentId: string;
let financeId: string;
let orderId: string;
let waiting: { id: string; rule: string; fraudScore: number };
let paid: { id: string };

const download = (token: string | null, filter?: Record<string, unknown>) => {
  const req = t.http.get(`/exports/money-requests.csv${filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`);
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.buffer(true).parse((res, cb) => {
    let data = '';
    res.on('data', (c: Buffer) => (data += c));
    res.on('end', () => cb(null, data));
  });
};

async function records(token: string, filter?: Record<string, unknown>): Promise<Record<string, string>[]> {
  const res = await download(token, filter);
  expect(res.status, res.text).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/attachment; filename="?money-requests-\d{4}-\d{2}-\d{2}\.csv/);
  return parse(res.body as string, { columns: true, bom: true }) as Record<string, string>[];
}

beforeAll(async () => {
  t = await initTestApp();
  const [cx, finance, ops, marketing, tech] = await Promise.all([Role.CX_AGENT, Role.FINANCE, Role.VENDOR_OPS, Role.MARKETING, Role.TECH].map((r) => t.userWith(r)));
  tokens = { cx: cx.token, finance: finance.token, ops: ops.token, marketing: marketing.token, tech: tech.token };
  agentId = cx.id;
  financeId = finance.id;
  orderId = await completedOrder(t, { quotedPrice: 20000 });
  // Over the ₹3,000 the policy approves: it waits for FINANCE.
  waiting = (await t.gql(PROPOSE, { i: { orderId, kind: 'REFUND', amount: 5000, reason: 'Charged twice' } }, tokens.cx)).data.proposeMoney;
  const small = (await t.gql(PROPOSE, { i: { orderId, kind: 'REFUND', amount: 4000, reason: 'Overcharge, bank statement seen' } }, tokens.cx)).data.proposeMoney;
  expect((await t.gql(APPROVE, { id: small.id, n: 'Statement checked', v: small.version }, tokens.finance)).data.approveMoney.status).toBe('APPROVED');
  await t.runDue();
  expect((await t.gql(PAID, { id: small.id }, tokens.finance)).data.moneyRequest.status).toBe('PAID');
  paid = small;
});
afterAll(() => t.close());

describe('the money-requests export', () => {
  it('lists each request with who proposed and decided it and its payment', async () => {
    const rows = await records(tokens.finance);
    expect(rows.map((r) => r.id).sort()).toEqual([waiting.id, paid.id].sort());
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(waiting.id)).toMatchObject({
      kind: 'REFUND', status: 'PROPOSED', amount: '5000', reason: 'Charged twice', rule: waiting.rule, fraudScore: String(waiting.fraudScore),
      orderId, caseId: '', proposedById: agentId, decidedById: '', decidedAt: '', providerReference: '', paidAt: '', recoverFromVendor: 'false',
    });
    const now = (await t.gql(PAID, { id: paid.id }, tokens.finance)).data.moneyRequest;
    expect(byId.get(paid.id)).toMatchObject({ status: 'PAID', amount: '4000', decidedById: financeId, decisionNote: 'Statement checked', providerReference: now.providerReference });
    expect(now.providerReference).toBeTruthy();
    expect(Date.parse(byId.get(paid.id)!.paidAt)).toBe(Date.parse(now.paidAt));
    // In the list's keyset order (proposedAt), as the list pages it.
    const times = rows.map((r) => Date.parse(r.proposedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('applies the list filter, as the saved views set it', async () => {
    expect((await records(tokens.cx, { status: ['PROPOSED'] })).map((r) => r.id)).toEqual([waiting.id]);
    expect((await records(tokens.finance, { status: ['PAID'], orderId })).map((r) => r.id)).toEqual([paid.id]);
    expect(await records(tokens.finance, { kind: ['GOODWILL'] })).toEqual([]);
  });

  it.each([['marketing'], ['ops'], ['tech']] as const)('refuses %s, as the list does', async (who) => {
    const res = await download(tokens[who]);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body as string).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses without a token and for a filter the list refuses', async () => {
    expect((await download(null)).status).toBe(401);
    const res = await download(tokens.finance, { status: ['SPENT'] });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body as string).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status[0]' });
  });
});
