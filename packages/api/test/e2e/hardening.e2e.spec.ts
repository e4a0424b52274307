// GraphQL hardening: depth, alias and cost limits refuse abusive queries before they run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t.close());

describe('query limits', () => {
  it('refuses a query nested too deep', async () => {
    let inner = 'id';
    for (let i = 0; i < 7; i++) inner = `customer { orders { ${inner} } }`;
    const deep = `{ allOrders { ${inner} } }`;
    const r = await t.gql(deep, {}, t.adminToken);
    expect(r.status).toBe(400);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/levels deep/);
  });

  it('refuses too many aliases', async () => {
    const q = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const r = await t.gql(q, {}, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/aliases/);
  });

  it('refuses a query whose cost is too high', async () => {
    const r = await t.gql(`{ allOrders(perPage: 500) { customer { orders { feedbackRequests { messages { id body } } } } } }`, {}, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/cost/);
  });

  it('lets an ordinary admin page through', async () => {
    const r = await t.gql(`{ allOrders(perPage: 50) { id status customer { name phone } vendor { name } feedback { rating } messages { kind status } } }`, {}, t.adminToken);
    expect(r.errors).toBeUndefined();
  });

  it('refuses batched requests (an array of operations)', async () => {
    const res = await t.http.post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${t.adminToken}`).send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBe(400);
  });
});

describe('timeouts', () => {
  it('every database connection of the app has a statement timeout', async () => {
    const [row] = await t.sql('show statement_timeout');
    expect(row.statement_timeout).toBe('15s');
  });
});
