// The case list's CSV export (the panel's Export on Cases): the list's filters, each team's own
// cases only (K5, S2), the list's access rule, and the clocks as the API reads them.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let tokens: Record<'cx' | 'finance' | 'tech' | 'marketing', string>;
let paid: { id: string; number: string };
let receipt: { id: string; number: string };

const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id number } }';
const ESCALATE = 'mutation($id: ID!, $r: String!) { escalateCase(caseId: $id, team: FINANCE, reason: $r) { id team } }';

const download = (token: string | null, filter?: Record<string, unknown>) => {
  const req = t.http.get(`/exports/support-cases.csv${filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`);
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
  expect(res.headers['content-disposition']).toMatch(/attachment; filename="?support-cases-\d{4}-\d{2}-\d{2}\.csv/);
  return parse(res.body as string, { columns: true, bom: true }) as Record<string, string>[];
}

beforeAll(async () => {
  t = await initTestApp();
  const [cx, finance, tech, marketing] = await Promise.all([Role.CX_AGENT, Role.FINANCE, Role.TECH, Role.MARKETING].map((r) => t.userWith(r)));
  tokens = { cx: cx.token, finance: finance.token, tech: tech.token, marketing: marketing.token };
  const orderId = await completedOrder(t, { name: 'Kavya Reddy', phone: '9876501234' });
  const customerId = (await t.gql('query($id: ID!) { order(id: $id) { customer { id } } }', { id: orderId }, t.adminToken)).data.order.customer.id;
  const open = async (type: string, subject: string) =>
    (await t.gql(OPEN, { i: { type, channel: 'WHATSAPP', subject, description: 'Asked on WhatsApp.', customerId, orderId } }, tokens.cx)).data.openCase as { id: string; number: string };
  paid = await open('PAYMENT_ISSUE', 'Payment not received');
  receipt = await open('RECEIPT', 'Receipt needed');
  expect((await t.gql(ESCALATE, { id: paid.id, r: 'The bank reference is missing.' }, tokens.cx)).data.escalateCase.team).toBe('FINANCE');
});
afterAll(() => t.close());

describe('the support-cases export', () => {
  it('lists the cases CX may read with their number, type, team and clocks', async () => {
    const rows = await records(tokens.cx);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(paid.id)).toMatchObject({ number: paid.number, type: 'PAYMENT_ISSUE', status: 'ESCALATED', priority: 'HIGH', team: 'FINANCE', slaBreached: 'false', firstRespondedAt: '' });
    expect(byId.get(receipt.id)).toMatchObject({ number: receipt.number, type: 'RECEIPT', status: 'OPEN', priority: 'NORMAL', team: 'CX' });
    expect(Date.parse(byId.get(receipt.id)!.firstResponseDueAt)).toBeGreaterThan(Date.parse(byId.get(receipt.id)!.createdAt));
  });

  it('applies the list filter (a saved view’s fields too)', async () => {
    expect((await records(tokens.cx, { type: ['RECEIPT'] })).map((r) => r.id)).toEqual([receipt.id]);
    expect((await records(tokens.cx, { status: ['ESCALATED'] })).map((r) => r.id)).toEqual([paid.id]);
  });

  it('gives each routed team its own cases only (K5)', async () => {
    expect((await records(tokens.finance)).map((r) => r.id)).toEqual([paid.id]);
    expect(await records(tokens.tech)).toEqual([]);
  });

  it('refuses whom the list refuses', async () => {
    expect((await download(null)).status).toBe(401);
    expect((await download(tokens.marketing)).status).toBe(403);
  });
});
