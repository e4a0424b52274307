// F2 "fires once", without a lock across the send: the outbox claims a batch of due messages
// (one commit), sends them holding no transaction, lock or connection, and records the outcomes
// (one commit). A claim whose runner died is taken over when its lease ends; the provider gets
// the message id as its idempotency key, so a message sent twice that way is delivered once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookSender, type MessageSender, type OutgoingMessage, type SendResult } from '../../src/modules/messaging/sender.js';
import type { OutboxSettings } from '../../src/modules/messaging/outbox.policy.js';
import { COMPLETE_ORDER, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { inspectedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

/** Records every send; `hold` makes the next one wait until `release`. */
class GateSender implements MessageSender {
  readonly name = 'gate';
  calls: OutgoingMessage[] = [];
  private next: { opened: Promise<void>; entered: () => void } | null = null;
  private open: (() => void) | null = null;

  /** The next send waits at the gate; resolves once it is waiting there. */
  hold(): Promise<void> {
    return new Promise((entered) => {
      const opened = new Promise<void>((r) => (this.open = r));
      this.next = { opened, entered };
    });
  }

  release(): void {
    this.open?.();
    this.open = null;
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    this.calls.push(message);
    const gate = this.next;
    this.next = null;
    if (gate) {
      gate.entered();
      await gate.opened;
    }
    return { ok: true };
  }
}

const OUTBOX: OutboxSettings = { batchSize: 4, leaseMs: 120_000, sendWindowMs: 15_000 };
const sender = new GateSender();
let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({ sender, outbox: OUTBOX });
});
afterAll(() => t.close());

const rows = (orderIds: string[]) =>
  t.sql<{ id: string; kind: string; channel: string; status: string; attempts: number; sent_at: string | null; claim_token: string | null; claimed_until: string | null }>(
    `select m.id, m.kind, m.channel, m.status, m.attempts, m.sent_at, m.claim_token, m.claimed_until from message m join feedback_request r on r.id = m.request_id
      where m.order_id = any(?::uuid[]) and m.kind = 'REQUEST' and r.touchpoint = 'ORDER_COMPLETED' order by m.channel`,
    [`{${orderIds.join(',')}}`],
  );

/** The statements `work` ran, as plain SQL (the log's colours and timings taken off). */
const logged = async (work: () => Promise<unknown>) =>
  (await t.statementsDuring(work)).map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').replace(/^\[query\] /, '').replace(/ \[took .*\]$/, ''));

/**
 * Each completed order has two REQUEST messages due at once (in-app and WhatsApp). The pickup's
 * question (F6) is sent before the orders are paid, so those two are all that is due.
 */
async function dueRequests(orders: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < orders; i++) ids.push(await inspectedOrder(t));
  await t.runDue();
  for (const id of ids) expect((await t.gql(COMPLETE_ORDER, { o: id, ref: `PAY-${id.slice(0, 8)}` }, t.adminToken)).errors).toBeUndefined();
  return ids;
}

describe('a batch costs one claim commit and one outcome commit', () => {
  it('delivers 10 due messages in batches of 4: three claims, three outcome writes, one read a message', async () => {
    const orders = await dueRequests(5);
    const statements = await logged(() => t.services.messaging.deliverDue(t.orm.em.fork()));
    const count = (re: RegExp) => statements.filter((s) => re.test(s)).length;
    expect((await rows(orders)).every((m) => m.status === 'SENT' && m.attempts === 1 && m.claim_token === null)).toBe(true);
    expect(count(/^commit$/)).toBe(6);
    expect(count(/update message m set claim_token/)).toBe(3);
    expect(count(/update message m set status = v\.status/)).toBe(3);
    // The read right before each send, and nothing else per message.
    expect(count(/as still_ours/)).toBe(10);
    expect(statements.length, statements.join('\n')).toBe(3 * 4 + 10 + 3 * 4);
  });

  it("a message's timer claims its own message first, with others due, in one commit", async () => {
    const orders = await dueRequests(3);
    const [own] = (await rows(orders)).map((m) => m.id);
    const statements = await logged(async () => expect(await t.services.messaging.deliver(t.orm.em.fork(), own)).toBe('SENT'));
    expect(statements.filter((s) => s === 'commit')).toHaveLength(2);
    expect((await rows(orders)).filter((m) => m.status === 'SENT')).toHaveLength(OUTBOX.batchSize);
    // The timers of the batch's messages are gone with their sending; the rest are still there.
    const timers = await t.sql(`select count(*)::int as n from graphile_worker.jobs where key in (select 'message:' || id from message where order_id = any(?::uuid[]) and kind = 'REQUEST')`, [`{${orders.join(',')}}`]);
    expect(timers[0].n).toBe(2);
    await t.runDue();
    expect((await rows(orders)).every((m) => m.status === 'SENT')).toBe(true);
  });
});

describe('nothing is held while the provider answers', () => {
  it('no transaction, row lock or pooled connection during the send; an answer meanwhile does not wait and cancels the rest', async () => {
    const [order] = await dueRequests(1);
    const entered = sender.hold();
    const calls = sender.calls.length;
    const run = t.runDue();
    await entered;
    // The ORM's pool (the API's connections): none is checked out while the send waits.
    const pool = (t.orm.em.getKnex().client as any).pool;
    expect(pool.numUsed()).toBe(0);
    const sessions = await t.sql(
      `select state, xact_start from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and (state like 'idle in transaction%' or xact_start is not null)`,
    );
    expect(sessions).toEqual([]);
    const locks = await t.sql(
      `select l.pid, l.mode, l.locktype from pg_locks l
        where l.pid <> pg_backend_pid() and l.pid in (select pid from pg_stat_activity where datname = current_database())
          and (l.relation = 'message'::regclass or l.locktype in ('transactionid', 'tuple'))`,
    );
    expect(locks).toEqual([]);
    const claimed = await rows([order]);
    expect(claimed.every((m) => m.status === 'SCHEDULED' && m.claim_token !== null)).toBe(true);

    // F2: the customer answers while the first REQUEST is with the provider. The answer's
    // cancellation waits for nothing, and the second REQUEST, claimed in the same batch, is
    // never sent. The first was already in the provider's hands: it is recorded SENT, as it was.
    expect((await t.gql(SUBMIT_FEEDBACK, { input: { orderId: order, rating: 5 } }, t.adminToken)).errors).toBeUndefined();
    sender.release();
    await run;
    const after = await rows([order]);
    const sent = sender.calls.slice(calls).filter((m) => m.orderId === order && m.kind === 'REQUEST');
    expect(sent).toHaveLength(1);
    expect(after.map((m) => [m.id, m.status])).toEqual(expect.arrayContaining([[sent[0].id, 'SENT']]));
    expect(after.find((m) => m.id !== sent[0].id)).toMatchObject({ status: 'CANCELLED', sent_at: null });
    await t.runDue();
  });
});

describe('an answer still being saved', () => {
  it('stops a claimed message: the read before its send waits for the cancellation, then skips it', async () => {
    const [order] = await dueRequests(1);
    const entered = sender.hold();
    const calls = sender.calls.length;
    const run = t.runDue();
    await entered;
    const held = sender.calls.at(-1)!.id;
    const second = (await rows([order])).find((m) => m.id !== held)!;
    // The customer's answer cancels the second REQUEST and is still running when the first send returns.
    const answer = await t.orm.em.fork().getConnection().getKnex().transaction();
    await answer.raw(`update message set status = 'CANCELLED' where id = ?`, [second.id]);
    sender.release();
    // Until the runner either waits on the answer's row lock or finishes the batch.
    let settled = false;
    void run.finally(() => (settled = true));
    const waitingOnLock = async () => (await t.sql(`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).length > 0;
    try {
      while (!settled && !(await waitingOnLock())) await new Promise((r) => setTimeout(r, 20));
      expect(sender.calls.slice(calls).map((m) => m.id)).toEqual([held]);
    } finally {
      await answer.commit();
    }
    await run;
    expect(sender.calls.slice(calls).map((m) => m.id)).toEqual([held]);
    expect((await rows([order])).find((m) => m.id === second.id)).toMatchObject({ status: 'CANCELLED', sent_at: null });
  });
});

describe('a claim whose runner died', () => {
  it('is taken over once its lease ends, with the same id for the provider; the first runner then writes nothing', async () => {
    const [order] = await dueRequests(1);
    const entered = sender.hold();
    const calls = sender.calls.length;
    // The first runner hangs in its first send (as one whose process died would, for ever).
    const first = t.services.messaging.deliverDue(t.orm.em.fork());
    await entered;
    const [claim] = await rows([order]);
    const claimedUntil = new Date(claim.claimed_until!);
    expect(claimedUntil.getTime()).toBe(t.clock.now().getTime() + OUTBOX.leaseMs);
    // Its timers moved to the lease's end: that is what wakes a runner to take it over.
    const timers = await t.sql(`select run_at from graphile_worker.jobs where key in (select 'message:' || id from message where order_id = ? and kind = 'REQUEST')`, [order]);
    expect(timers.map((j: any) => new Date(j.run_at).getTime())).toEqual([claimedUntil.getTime(), claimedUntil.getTime()]);

    // Within the lease nobody else takes it.
    expect((await t.runDue()).sent).toBe(0);
    expect(sender.calls.length).toBe(calls + 1);

    t.clock.advance(OUTBOX.leaseMs + 1000);
    expect((await t.runDue()).sent).toBe(2);
    const taken = await rows([order]);
    expect(taken.every((m) => m.status === 'SENT' && m.attempts === 1 && m.claim_token === null)).toBe(true);

    // The first runner comes back: its outcome is not written (the claim is no longer its own),
    // and it sends nothing more (too little of its lease is left).
    sender.release();
    expect(await first).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await rows([order])).toEqual(taken);
    const ids = sender.calls.slice(calls).map((m) => m.id);
    expect(ids).toHaveLength(3);
    expect(ids.filter((id) => id === ids[0])).toHaveLength(2);
    expect(new Set(ids)).toEqual(new Set(taken.map((m) => m.id)));
  });

  it('the webhook sender gives the provider the message id as its Idempotency-Key', async () => {
    const seen: { key: string | undefined; id: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ key: req.headers['idempotency-key'] as string | undefined, id: JSON.parse(body).id });
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const webhook = new WebhookSender(`http://127.0.0.1:${(server.address() as AddressInfo).port}/send`, 2000);
      const message = { id: '6f1c8d3e-2a4b-4c5d-9e8f-0a1b2c3d4e5f', kind: 'REMINDER', channel: 'WHATSAPP', recipient: '+919800000000', body: 'hi', orderId: null };
      expect(await webhook.send(message)).toEqual({ ok: true });
      expect(await webhook.send(message)).toEqual({ ok: true });
      expect(seen).toEqual([{ key: message.id, id: message.id }, { key: message.id, id: message.id }]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
