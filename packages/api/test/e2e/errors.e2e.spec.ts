// SOP_RULES "Errors": the codes clients see, HTTP 400 for malformed requests, nothing internal leaked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t.close());

describe('malformed requests', () => {
  it('answers a syntax error with HTTP 400 and BAD_USER_INPUT', async () => {
    const r = await t.gql(`{ allOrders { id `, {}, t.adminToken);
    expect(r.status).toBe(400);
    expectRefusal(r, 'BAD_USER_INPUT');
  });

  it('answers an unknown field with HTTP 400', async () => {
    const r = await t.gql(`{ allOrders { passwordHash } }`, {}, t.adminToken);
    expect(r.status).toBe(400);
    expectRefusal(r, 'BAD_USER_INPUT');
  });

  it('answers a wrongly typed variable with HTTP 400 naming the field', async () => {
    const r = await t.gql(
      `mutation($input: CreateOrderInput!) { createOrder(input: $input) { id } }`,
      { input: { externalRef: 'x', customer: { name: 'A', phone: '9876543210' }, deviceCategory: 'PHONE', deviceModel: 'M', quotedPrice: 'lots' } },
      t.adminToken,
    );
    expect(r.status).toBe(400);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('quotedPrice');
  });

  it('answers a broken JSON body with HTTP 400 and no stack trace', async () => {
    const res = await t.http.post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.body)).not.toMatch(/node_modules|\.ts:\d+|at \w+ \(/);
  });

  it('answers a bad DateTime with BAD_USER_INPUT', async () => {
    const r = await t.gql(`{ feedbackAnalytics(from: "yesterday", to: "2026-02-01T00:00:00Z") { total } }`, {}, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
  });
});

describe('unexpected failures', () => {
  it('reach the client only as a generic internal error with an id', async () => {
    // Break the database under one operation: the vendor table disappears for this test.
    await t.sql(`alter table vendor rename to vendor_gone`);
    try {
      const r = await t.gql(`{ allVendors { id } }`, {}, t.adminToken);
      const e = r.errors![0];
      expect(e.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(e.message).toMatch(/error id/);
      expect(t.internalErrors.some((l) => l.includes(e.extensions.errorId) && l.includes('vendor'))).toBe(true);
      expect(JSON.stringify(r.body)).not.toMatch(/vendor_|select |relation "|stack|\.ts:/i);
    } finally {
      await t.sql(`alter table vendor_gone rename to vendor`);
    }
  });
});

describe('health', () => {
  it('reports the process up and the database reachable', async () => {
    expect((await t.http.get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/readyz');
    expect(ready.status).toBe(200);
  });
});
