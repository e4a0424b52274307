// The outbox and the webhook sender: delivery, retries with backoff, FAILED after the last try.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookSender } from '../../src/modules/messaging/sender.js';
import { COMPLETE_ORDER, ORDER_LOOP } from '../graphql/documents.js';
import { completedOrder, inspectedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

/** A stand-in provider on loopback: answers with the next status in `script`, then 200. */
function provider() {
  const received: { id: string; kind: string; channel: string; recipient: string; body: string }[] = [];
  let script: number[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.statusCode = script.shift() ?? 200;
      res.end();
    });
  });
  return {
    received,
    setScript: (s: number[]) => (script = s),
    start: () => new Promise<string>((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}/send`))),
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let t: TestApp;
const p = provider();
beforeAll(async () => {
  const url = await p.start();
  t = await initTestApp({ sender: new WebhookSender(url, 2000), retry: { maxAttempts: 3, baseDelayMs: 60_000 } });
});
afterAll(async () => {
  await t.close();
  await p.stop();
});

const messages = async (orderId: string) => (await t.gql(ORDER_LOOP, { id: orderId }, t.adminToken)).data.order.messages;

describe('webhook sender', () => {
  it('posts each due message once as JSON to the provider', async () => {
    p.received.length = 0;
    const orderId = await completedOrder(t);
    await t.runDue();
    await t.runDue();
    const sent = (await messages(orderId)).filter((m: any) => m.status === 'SENT');
    // The pickup's question (F6) and the payment's request in the app and on WhatsApp.
    expect(sent.map((m: any) => m.kind)).toEqual(['REQUEST', 'REQUEST', 'REQUEST']);
    expect(p.received.map((m) => m.id).sort()).toEqual(sent.map((m: any) => m.id).sort());
    expect(p.received.find((m) => m.channel === 'WHATSAPP')!.recipient).toMatch(/^\+91\d{10}$/);
  });

  it('retries a 503 with backoff and delivers on a later try', async () => {
    const orderId = await completedOrder(t);
    p.setScript([503, 503]);
    const first = await t.runDue();
    expect(first.retried).toBeGreaterThanOrEqual(1);
    const waiting = await t.sql(`select attempts, next_attempt_at, last_error from message where order_id = ? and kind = 'REQUEST' and status = 'SCHEDULED'`, [orderId]);
    expect(waiting).toHaveLength(2);
    expect(waiting.every((m: any) => m.attempts === 1 && /HTTP 503/.test(m.last_error))).toBe(true);
    expect(waiting.every((m: any) => new Date(m.next_attempt_at).getTime() === t.clock.now().getTime() + 60_000)).toBe(true);
    t.clock.advance(60_000);
    await t.runDue();
    t.clock.advance(120_000);
    await t.runDue();
    const all = await messages(orderId);
    // 503, 503, then 200: the two messages took three tries between them, none got lost.
    expect(all.filter((m: any) => m.kind === 'REQUEST').every((m: any) => m.status === 'SENT')).toBe(true);
    const rows = await t.sql(`select attempts, last_error from message where order_id = ? and kind = 'REQUEST' order by attempts desc`, [orderId]);
    expect(rows[0].attempts).toBeGreaterThan(1);
  });

  it('marks FAILED after the last try, and at once on a 400', async () => {
    // The pickup's question (F6) goes out first, so that the script below meets the payment's two requests.
    const orderId = await inspectedOrder(t);
    await t.runDue();
    expect((await t.gql(COMPLETE_ORDER, { o: orderId, ref: `PAY-${orderId.slice(0, 8)}` }, t.adminToken)).errors).toBeUndefined();
    p.setScript([400, 500, 500, 500]);
    await t.runDue();
    t.clock.advance(60_000);
    await t.runDue();
    t.clock.advance(120_000);
    await t.runDue();
    const rows = await t.sql(`select m.status, m.attempts, m.last_error from message m join feedback_request r on r.id = m.request_id
      where m.order_id = ? and m.kind = 'REQUEST' and r.touchpoint = 'ORDER_COMPLETED' order by m.channel`, [orderId]);
    expect(rows.map((r: any) => r.status)).toEqual(['FAILED', 'FAILED']);
    expect(rows.map((r: any) => r.attempts).sort()).toEqual([1, 3]);
    expect(rows.some((r: any) => /HTTP 400/.test(r.last_error))).toBe(true);
    p.setScript([]);
  });
});
