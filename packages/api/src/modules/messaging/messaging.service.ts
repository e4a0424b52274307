// Messaging: the outbox. Every outgoing message is a row with its schedule and a durable timer;
// when a timer fires, its runner claims a batch of due messages (a lease, not a lock), sends
// them with nothing held, and records what became of each, once.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import type { EntityRef } from '../../common/entity-ref.js';
import { Channel, MessageKind, MessageStatus } from '../../common/enums.js';
import { messageJobKey, removeJobs, scheduleJobs, TASKS, type JobSpec } from '../../jobs/schedule.js';
import { isUuid } from '../../common/find.js';
import { Message } from './message.entity.js';
import { decideAfterSend, decideBeforeSend, DEFAULT_OUTBOX, leaseLeftForSend, leaseUntil, type OutboxSettings, type PreSendCheck } from './outbox.policy.js';
import { DEFAULT_RETRY, type RetrySettings } from './retry.policy.js';
import type { MessageSender, SendResult } from './sender.js';

export interface ScheduleMessage {
  /** The Order and the FeedbackRequest the message is for (modules above messaging). */
  order?: EntityRef | null;
  request?: EntityRef | null;
  /** The SupportCase it is about (K3). */
  supportCase?: EntityRef | null;
  kind: MessageKind;
  channel: Channel;
  recipient: string;
  body: string;
  scheduledFor: Date;
}

export type DeliveryOutcome = 'SENT' | 'RETRY' | 'FAILED' | 'NOT_DUE' | 'SKIPPED' | 'RELEASED';

/** What delivering everything due did. */
export interface DeliveryCounts {
  sent: number;
  failed: number;
  retried: number;
}

/** A message as a claim returns it (timestamps as the driver gives them: text). */
interface ClaimedRow {
  id: string;
  kind: MessageKind;
  channel: Channel;
  recipient: string;
  body: string;
  order_id: string | null;
  attempts: number;
  scheduled_for: string;
  next_attempt_at: string | null;
  last_error: string | null;
}

/** One message's outcome as the outcome statement writes it; `timerAt` null: its timer goes. */
interface OutcomeRow {
  id: string;
  status: MessageStatus;
  attempts: number;
  sent_at: Date | null;
  next_attempt_at: Date | string | null;
  last_error: string | null;
  timerAt: Date | null;
  outcome: DeliveryOutcome;
}

/**
 * Claimable: SCHEDULED, due, and not under a live claim. `scheduled_for <= ?` is implied by the
 * due test (a retry is always later than the schedule) but lets the (status, scheduled_for)
 * index find the due rows.
 */
const CLAIMABLE = `status = 'SCHEDULED' and scheduled_for <= ? and coalesce(next_attempt_at, scheduled_for) <= ? and (claimed_until is null or claimed_until <= ?)`;

export class MessagingService {
  constructor(
    private readonly clock: Clock,
    readonly sender: MessageSender,
    private readonly retry: RetrySettings = DEFAULT_RETRY,
    private readonly outbox: OutboxSettings = DEFAULT_OUTBOX,
  ) {}

  /**
   * Messages into the outbox with their send timers, inside the caller's transaction: the rows
   * are written at its flush, the timers added in one round trip (with any other timers the
   * caller has, `alsoSchedule`).
   */
  async scheduleMany(em: EntityManager, inputs: ScheduleMessage[], alsoSchedule: JobSpec[] = []): Promise<Message[]> {
    const messages = inputs.map((input) => em.create(Message, {
      order: input.order ?? null,
      request: input.request ?? null,
      supportCase: input.supportCase ?? null,
      kind: input.kind,
      channel: input.channel,
      recipient: input.recipient,
      body: input.body,
      scheduledFor: input.scheduledFor,
      status: MessageStatus.SCHEDULED,
      attempts: 0,
      createdAt: this.clock.now(),
    }));
    await scheduleJobs(em, [
      ...messages.map((m) => ({ task: TASKS.sendMessage, payload: { id: m.id }, runAt: m.scheduledFor, jobKey: messageJobKey(m.id) })),
      ...alsoSchedule,
    ]);
    return messages;
  }

  /** F2: every still-SCHEDULED message of the request becomes CANCELLED, and its timer goes. */
  async cancelScheduledForRequest(em: EntityManager, requestId: string): Promise<number> {
    const rows: { id: string }[] = await em.execute(
      `update message set status = 'CANCELLED' where request_id = ? and status = 'SCHEDULED' returning id`,
      [requestId],
    );
    await removeJobs(em, rows.map((r) => messageJobKey(r.id)));
    return rows.length;
  }

  /**
   * The job of message `id`: claims a batch of due messages, its own first, and delivers them.
   * Its own message, if it was not in the batch, is either not SCHEDULED, claimed by another
   * runner (whose claim moved this timer to the lease's end), or not due yet (its timer is set
   * again for when it is).
   */
  async deliver(em: EntityManager, id: string): Promise<DeliveryOutcome> {
    if (!isUuid(id)) return 'SKIPPED';
    const { outcomes } = await this.deliverBatch(em, id);
    return outcomes.get(id) ?? (await this.rearmUnclaimed(em, id));
  }

  /** Delivers every message due by the clock, a batch at a time (the sweep tests and recovery use). */
  async deliverDue(em: EntityManager): Promise<DeliveryCounts> {
    const counts: DeliveryCounts = { sent: 0, failed: 0, retried: 0 };
    for (;;) {
      const { claimed, outcomes } = await this.deliverBatch(em, null);
      for (const outcome of outcomes.values()) {
        if (outcome === 'SENT') counts.sent++;
        else if (outcome === 'FAILED') counts.failed++;
        else if (outcome === 'RETRY') counts.retried++;
      }
      if (claimed < this.outbox.batchSize) return counts;
    }
  }

  /**
   * Claim → commit → send → record. The claim is one short transaction (a lease on each row,
   * rows locked by another claim skipped, their timers moved to the lease's end so a runner
   * that dies is taken over then); each send runs with no transaction, lock or connection
   * held; the outcomes are one more transaction, written only where the claim is still ours.
   * The provider may see a message twice (a runner that died after sending); the message id
   * is its idempotency key.
   */
  private async deliverBatch(em: EntityManager, ownId: string | null): Promise<{ claimed: number; outcomes: Map<string, DeliveryOutcome> }> {
    const token = randomUUID();
    const now = this.clock.now();
    const claimedUntil = leaseUntil(now, this.outbox);
    const claimed = await this.claim(em, ownId, token, now, claimedUntil);
    const rows: OutcomeRow[] = [];
    const outcomes = new Map<string, DeliveryOutcome>();
    const unchanged = (m: ClaimedRow) => ({ id: m.id, attempts: m.attempts, sent_at: null, next_attempt_at: m.next_attempt_at, last_error: m.last_error });
    const release = (m: ClaimedRow, at: Date) => rows.push({ ...unchanged(m), status: MessageStatus.SCHEDULED, timerAt: at, outcome: 'RELEASED' });
    let failure: unknown = null;
    let reached = 0;
    try {
      for (const m of claimed) {
        reached++;
        const keep = unchanged(m);
        // F2: an answer since the claim stops the send, committed or still being saved (the
        // read waits for its cancellation). Only an answer that starts after this read, while
        // the provider takes the message, cannot: the message did go, and is recorded SENT.
        const before = decideBeforeSend(await this.preSendCheck(em, m.id, token));
        if (before.kind === 'GONE') {
          outcomes.set(m.id, 'SKIPPED');
          continue;
        }
        if (before.kind === 'OPTED_OUT') {
          rows.push({ ...keep, status: MessageStatus.CANCELLED, last_error: 'customer opted out', timerAt: null, outcome: 'SKIPPED' });
          continue;
        }
        // Decided after the read (which may have waited): a send that starts must end within the lease.
        const at = this.clock.now();
        if (!leaseLeftForSend(claimedUntil, at, this.outbox)) {
          release(m, at);
          continue;
        }
        const after = decideAfterSend(m.attempts, await this.send(m), this.clock.now(), this.retry);
        if (after.kind === 'SENT') rows.push({ ...keep, status: MessageStatus.SENT, attempts: after.attempts, sent_at: after.sentAt, next_attempt_at: null, last_error: null, timerAt: null, outcome: 'SENT' });
        else if (after.kind === 'FAILED') rows.push({ ...keep, status: MessageStatus.FAILED, attempts: after.attempts, next_attempt_at: null, last_error: after.lastError, timerAt: null, outcome: 'FAILED' });
        else rows.push({ ...keep, status: MessageStatus.SCHEDULED, attempts: after.attempts, next_attempt_at: after.nextAttemptAt, last_error: after.lastError, timerAt: after.nextAttemptAt, outcome: 'RETRY' });
      }
    } catch (e) {
      // The database went away mid-batch (the pre-send read failed): what was sent is still
      // recorded if it can be, and the messages not reached are handed back, not left to the lease.
      failure = e;
      for (const m of claimed.slice(reached - 1)) release(m, this.clock.now());
    }
    const recorded = await this.record(em, token, rows);
    if (failure) throw failure;
    for (const r of rows) outcomes.set(r.id, recorded.has(r.id) ? r.outcome : 'SKIPPED');
    return { claimed: claimed.length, outcomes };
  }

  /** One transaction, one commit: the batch's leases, and its timers moved to their end. */
  private async claim(em: EntityManager, ownId: string | null, token: string, now: Date, claimedUntil: Date): Promise<ClaimedRow[]> {
    const others = this.outbox.batchSize - (ownId ? 1 : 0);
    const claimed = await em.transactional(async (tem) => {
      const rows: ClaimedRow[] = await tem.execute(
        `with own as (select id from message where id = ? and ${CLAIMABLE} for update skip locked),
              others as (select id from message where ${CLAIMABLE} and id is distinct from ? order by scheduled_for limit ? for update skip locked)
         update message m set claim_token = ?, claimed_until = ?
         from (select id from own union all select id from others) c
         where m.id = c.id
         returning m.id, m.kind, m.channel, m.recipient, m.body, m.order_id, m.attempts, m.scheduled_for, m.next_attempt_at, m.last_error`,
        [ownId, now, now, now, now, now, now, ownId, others, token, claimedUntil],
      );
      await scheduleJobs(tem, rows.map((m) => this.timer(m.id, claimedUntil)));
      return rows;
    });
    return claimed.sort((a, b) => Number(b.id === ownId) - Number(a.id === ownId) || Date.parse(a.scheduled_for) - Date.parse(b.scheduled_for));
  }

  /**
   * A read, right before the send: is the message still SCHEDULED under this claim, and may it
   * go? FOR SHARE waits for a cancellation in progress (an answer's transaction holds the row) and
   * is released at the statement's end, outside any transaction: nothing is held during the send.
   */
  private async preSendCheck(em: EntityManager, id: string, token: string): Promise<PreSendCheck> {
    const [row]: { still_ours: boolean; opted_out: boolean }[] = await em.execute(
      `select m.status = 'SCHEDULED' and m.claim_token = ? as still_ours,
              coalesce(m.order_id is not null and m.channel <> 'EMAIL' and c.messaging_opt_out, false) as opted_out
         from message m left join customer_order o on o.id = m.order_id left join customer c on c.id = o.customer_id
        where m.id = ?
          for share of m`,
      [token, id],
    );
    return { stillOurs: row?.still_ours === true, optedOut: row?.opted_out === true };
  }

  /** A sender that throws is a provider that failed: retried like any other failure. */
  private async send(m: ClaimedRow): Promise<SendResult> {
    try {
      return await this.sender.send({ id: m.id, kind: m.kind, channel: m.channel, recipient: m.recipient, body: m.body, orderId: m.order_id });
    } catch (e) {
      return { ok: false, error: `sender failed: ${(e as Error).message}`, retryable: true };
    }
  }

  /**
   * One transaction, one commit: the outcomes, and the timers that follow from them. A row
   * whose claim is no longer ours (the lease ran out and another runner took it) is left to
   * that runner; a row cancelled since the claim stays cancelled unless it was in fact sent.
   */
  private async record(em: EntityManager, token: string, rows: OutcomeRow[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    return em.transactional(async (tem) => {
      const written: { id: string }[] = await tem.execute(
        `update message m set status = v.status, attempts = v.attempts, sent_at = v.sent_at, next_attempt_at = v.next_attempt_at,
                last_error = v.last_error, claim_token = null, claimed_until = null
           from json_to_recordset(?::json) as v(id uuid, status text, attempts int, sent_at timestamptz, next_attempt_at timestamptz, last_error text)
          where m.id = v.id and m.claim_token = ? and (m.status = 'SCHEDULED' or v.status = 'SENT')
         returning m.id`,
        [JSON.stringify(rows.map(({ timerAt: _t, outcome: _o, ...r }) => r)), token],
      );
      const ids = new Set(written.map((r) => r.id));
      const mine = rows.filter((r) => ids.has(r.id));
      await scheduleJobs(tem, mine.filter((r) => r.timerAt).map((r) => this.timer(r.id, r.timerAt!)));
      await removeJobs(tem, mine.filter((r) => !r.timerAt).map((r) => messageJobKey(r.id)));
      return ids;
    });
  }

  /**
   * The job's own message was not claimable. Read under its row lock (waiting for whichever
   * transaction skipped it) and set its timer again if nothing else will: it is not due yet,
   * or it was locked by something other than a claim (a cancellation that rolled back).
   */
  private async rearmUnclaimed(em: EntityManager, id: string): Promise<DeliveryOutcome> {
    return em.transactional(async (tem) => {
      const [m]: { status: MessageStatus; due_at: string; claimed_until: string | null }[] = await tem.execute(
        `select status, coalesce(next_attempt_at, scheduled_for) as due_at, claimed_until from message where id = ? for update`,
        [id],
      );
      const now = this.clock.now();
      if (!m || m.status !== MessageStatus.SCHEDULED) return 'SKIPPED';
      if (m.claimed_until && Date.parse(m.claimed_until) > now.getTime()) return 'SKIPPED';
      const dueAt = new Date(m.due_at);
      const dueLater = dueAt.getTime() > now.getTime();
      await scheduleJobs(tem, [this.timer(id, dueLater ? dueAt : now)]);
      return dueLater ? 'NOT_DUE' : 'RELEASED';
    });
  }

  private timer(id: string, runAt: Date): JobSpec {
    return { task: TASKS.sendMessage, payload: { id }, runAt, jobKey: messageJobKey(id) };
  }
}
