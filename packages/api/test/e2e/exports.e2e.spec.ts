// Streamed CSV exports with the lists' filters and access rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { CATEGORIZE, LOG_CONTACT, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let orderId: string;
beforeAll(async () => {
  t = await initTestApp();
  orderId = await completedOrder(t);
  await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 2, comment: '=HYPERLINK("http://evil")' } }, t.adminToken);
  // 2,500 more rows over several batches, written straight to the table (with the millisecond
  // precision the application writes: JavaScript dates).
  await t.sql(
    `insert into feedback (id, order_id, touchpoint, rating, route, channel, created_at)
     select gen_random_uuid(), ?, 'AFTER_PICKUP', 1 + (i % 5), 'ASK_DETAILS', 'APP', date_trunc('milliseconds', now()) - (i || ' minutes')::interval
     from generate_series(1, 2500) i`,
    [orderId],
  );
});
afterAll(() => t.close());

const download = (path: string, token: string | null = t.adminToken) => {
  const req = t.http.get(path);
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.buffer(true).parse((res, cb) => {
    let data = '';
    res.on('data', (c: Buffer) => (data += c));
    res.on('end', () => cb(null, data));
  });
};

describe('CSV exports', () => {
  it('streams every feedback row, oldest first, in batches', async () => {
    const res = await download('/exports/feedback.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="?feedback-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = (res.body as string).trim().split('\r\n');
    expect(lines[0]).toBe('id,createdAt,orderId,touchpoint,rating,route,channel,vendorBehaviour,pickupExperience,paymentSpeed,vendorTimeliness,vendorProfessionalism,comment,details,sentimentScore');
    expect(lines).toHaveLength(2502);
    const ids = new Set(lines.slice(1).map((l) => l.split(',')[0]));
    expect(ids.size).toBe(2501);
    const times = lines.slice(1).map((l) => Date.parse(l.split(',')[1]));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('applies the list filter and defuses spreadsheet formulas', async () => {
    const res = await download(`/exports/feedback.csv?filter=${encodeURIComponent(JSON.stringify({ rating: [2], touchpoint: 'ORDER_COMPLETED' }))}`);
    const lines = (res.body as string).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('follows the access rules: credentials, roles and team scope', async () => {
    expect((await download('/exports/feedback.csv', null)).status).toBe(401);
    const { token } = await t.userWith(Role.MARKETING);
    expect((await download('/exports/feedback.csv', token)).status).toBe(403);
    const e = (await t.sql(`select id from escalation where order_id = ?`, [orderId]))[0].id;
    await t.gql(LOG_CONTACT, { id: e, c: 'CALL', s: 'called' }, t.adminToken);
    await t.gql(CATEGORIZE, { id: e, c: 'PAYMENT' }, t.adminToken);
    const ops = await t.userWith(Role.VENDOR_OPS);
    const fin = await t.userWith(Role.FINANCE);
    expect((await download('/exports/escalations.csv', ops.token)).body.trim().split('\r\n')).toHaveLength(1);
    expect((await download('/exports/escalations.csv', fin.token)).body.trim().split('\r\n')).toHaveLength(2);
    expect((await download('/exports/escalations.csv?filter=%7Bbad', t.adminToken)).status).toBe(400);
    expect((await download('/exports/nothing.csv')).status).toBe(404);
  });

  it('exports reviews with their checks for MARKETING, with the inbox filter', async () => {
    const { token } = await t.userWith(Role.MARKETING);
    const imp = await t.gql(`mutation { importReviews(reviews: [
      { source: PLAY_STORE, externalId: "x-1", authorName: "Pooja Rao", rating: 5, text: "Sold my laptop to Cashkr, smooth and quick payment", postedAt: "2026-11-01T10:00:00Z" },
      { source: WEBSITE, externalId: "x-2", authorName: "Amit Das", rating: 2, text: "Slow pickup", postedAt: "2026-11-02T10:00:00Z" }]) { created } }`, {}, token);
    expect(imp.data.importReviews.created).toBe(2);
    const all = (await download('/exports/reviews.csv', token)).body.trim().split('\r\n');
    expect(all[0]).toMatch(/^id,importedAt,source,externalId,authorName,rating/);
    expect(all).toHaveLength(3);
    const play = (await download(`/exports/reviews.csv?filter=${encodeURIComponent(JSON.stringify({ source: ['PLAY_STORE'] }))}`, token)).body.trim().split('\r\n');
    expect(play).toHaveLength(2);
    expect(play[1]).toContain('Pooja Rao');
    expect((await download('/exports/reviews.csv', (await t.userWith(Role.CX_AGENT)).token)).status).toBe(403);
  });
});
