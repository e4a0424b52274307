// Messaging: the outbox. Every outgoing message is a row with its schedule; a durable job per
// message delivers it through the configured sender when due, once.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { Channel, MessageKind, MessageStatus } from '../../common/enums.js';
import { addJobStatement, messageJobKey, removeJobs, scheduleJobs, TASKS, type JobSpec } from '../../jobs/schedule.js';
import { isUuid } from '../../common/find.js';
import type { FeedbackRequest } from '../feedback/feedback-request.entity.js';
import type { Order } from '../orders/order.entity.js';
import { Message } from './message.entity.js';
import { decideRetry, DEFAULT_RETRY, type RetrySettings } from './retry.policy.js';
import type { MessageSender } from './sender.js';

export interface ScheduleMessage {
  order?: Order | null;
  request?: FeedbackRequest | null;
  kind: MessageKind;
  channel: Channel;
  recipient: string;
  body: string;
  scheduledFor: Date;
}

export type DeliveryOutcome = 'SENT' | 'RETRY' | 'FAILED' | 'NOT_DUE' | 'SKIPPED';

/** The driver's connection, as deliver uses it. */
interface RawConnection {
  query(sql: string): Promise<unknown>;
  escapeLiteral(s: string): string;
}

/** An outbox row as deliver reads it (columns, with the customer's opt-out). */
interface OutboxRow {
  id: string;
  kind: MessageKind;
  channel: Channel;
  recipient: string;
  body: string;
  order_id: string | null;
  attempts: number;
  scheduled_for: string | Date;
  next_attempt_at: string | Date | null;
  opted_out: boolean | null;
}

export class MessagingService {
  constructor(
    private readonly clock: Clock,
    readonly sender: MessageSender,
    private readonly retry: RetrySettings = DEFAULT_RETRY,
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
   * Delivers one message if it is still SCHEDULED and due. The row lock makes it once-only:
   * a second runner, or a cancellation, waits for this transaction and then sees SENT.
   *
   * The job runner's hottest path (10,000 reminders due at once), where round trips are the
   * cost: two on one connection, "begin; select … for update" and "update …; commit", with the
   * values written in as escaped literals (a multi-statement query takes no parameters). The
   * decisions are the same as everywhere: decideRetry says what a failed send becomes.
   */
  async deliver(em: EntityManager, id: string): Promise<DeliveryOutcome> {
    if (!isUuid(id)) return 'SKIPPED';
    const knex = em.getKnex();
    const conn = (await knex.client.acquireConnection()) as RawConnection;
    const lit = (v: string | null) => (v == null ? 'null' : conn.escapeLiteral(v));
    const at = (d: Date | null) => (d ? `${lit(d.toISOString())}::timestamptz` : 'null');
    let open = false;
    try {
      open = true;
      const [, selected] = (await conn.query(
        `begin; select m.id, m.kind, m.channel, m.recipient, m.body, m.order_id, m.attempts, m.scheduled_for, m.next_attempt_at, c.messaging_opt_out as opted_out
         from message m left join customer_order o on o.id = m.order_id left join customer c on c.id = o.customer_id
         where m.id = ${lit(id)} and m.status = ${lit(MessageStatus.SCHEDULED)} for update of m`,
      )) as { rows: OutboxRow[] }[];
      const m = selected.rows[0];
      const finish = async (...statements: string[]) => {
        await conn.query([...statements, 'commit'].join('; '));
        open = false;
      };
      if (!m) {
        await finish();
        return 'SKIPPED';
      }
      const now = this.clock.now();
      const dueAt = new Date(m.next_attempt_at ?? m.scheduled_for);
      const timer = (runAt: Date) => addJobStatement({ task: TASKS.sendMessage, payload: { id: m.id }, runAt, jobKey: messageJobKey(m.id) }, lit);
      if (dueAt.getTime() > now.getTime()) {
        await finish(timer(dueAt));
        return 'NOT_DUE';
      }
      const record = (status: MessageStatus, c: { attempts: number; sentAt?: Date | null; nextAttemptAt?: Date | null; lastError: string | null }) =>
        `update message set status = ${lit(status)}, attempts = ${c.attempts}, sent_at = ${at(c.sentAt ?? null)}, next_attempt_at = ${at(c.nextAttemptAt ?? null)}, last_error = ${lit(c.lastError)} where id = ${lit(m.id)}`;
      if (m.order_id && m.channel !== Channel.EMAIL && m.opted_out) {
        await finish(record(MessageStatus.CANCELLED, { attempts: m.attempts, nextAttemptAt: m.next_attempt_at ? new Date(m.next_attempt_at) : null, lastError: 'customer opted out' }));
        return 'SKIPPED';
      }
      const attempts = m.attempts + 1;
      const result = await this.sender.send({
        id: m.id, kind: m.kind, channel: m.channel, recipient: m.recipient, body: m.body, orderId: m.order_id,
      });
      if (result.ok) {
        await finish(record(MessageStatus.SENT, { attempts, sentAt: now, lastError: null }));
        return 'SENT';
      }
      const decision = decideRetry(attempts, result.retryable, now, this.retry);
      if (decision.kind === 'FAIL') {
        await finish(record(MessageStatus.FAILED, { attempts, lastError: result.error }));
        return 'FAILED';
      }
      await finish(record(MessageStatus.SCHEDULED, { attempts, nextAttemptAt: decision.at, lastError: result.error }), timer(decision.at));
      return 'RETRY';
    } finally {
      if (open) await conn.query('rollback').catch(() => {});
      await knex.client.releaseConnection(conn);
    }
  }

  /** Ids of SCHEDULED messages due by `now` (the sweep that tests and recovery use). */
  async dueMessageIds(em: EntityManager, now: Date, limit = 1000): Promise<string[]> {
    const rows: { id: string }[] = await em.execute(
      `select id from message where status = 'SCHEDULED' and coalesce(next_attempt_at, scheduled_for) <= ? order by scheduled_for limit ?`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }
}
