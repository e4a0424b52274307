// The admin's busiest pages cost a fixed number of SQL statements, whatever the page size:
// relations are joined or batched, never fetched row by row (no N+1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
  for (let i = 0; i < 12; i++) {
    const orderId = await completedOrder(t);
    await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: i % 2 ? 1 : 5 } }, t.adminToken);
  }
});
afterAll(() => t.close());

const ORDERS = `query($n: Int) { allOrders(perPage: $n, sortField: "createdAt", sortOrder: "DESC") { id externalRef status quotedPrice customer { name phone } vendor { name } feedback { rating touchpoint } } }`;
const QUEUE = `query($n: Int) { allEscalations(filter: { status: [OPEN] }, perPage: $n) { id status team firstContactDueAt slaBreached order { externalRef customer { name } } } }`;

describe('statements per request', () => {
  it.each([[ORDERS, 'orders page'], [QUEUE, 'escalation queue']])('%#: the %s takes at most 4 statements for 2 or 50 rows', async (query) => {
    for (const n of [2, 50]) {
      let rows = 0;
      const statements = await t.statementsDuring(async () => {
        const r = await t.gql(query, { n }, t.adminToken);
        expect(r.errors).toBeUndefined();
        rows = (Object.values(r.data)[0] as unknown[]).length;
      });
      expect(rows).toBeGreaterThan(1);
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(4);
    }
  });
});
