// Messaging: the outbox. Every outgoing message is a row with its schedule; a durable job per
// message delivers it through the configured sender when due, once.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { Channel, MessageKind, MessageStatus } from '../../common/enums.js';
import { messageJobKey, removeJobs, scheduleJob, scheduleJobs, TASKS, type JobSpec } from '../../jobs/schedule.js';
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

  /** Writes the message to the outbox and its delivery timer, in the caller's transaction. */
  async schedule(em: EntityManager, input: ScheduleMessage, alsoSchedule: JobSpec[] = []): Promise<Message> {
    const [message] = await this.scheduleMany(em, [input], alsoSchedule);
    return message;
  }

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
   */
  async deliver(em: EntityManager, id: string): Promise<DeliveryOutcome> {
    if (!isUuid(id)) return 'SKIPPED';
    // The job runner's hot path (10,000 reminders due at once): two plain statements inside the
    // transaction (the locked row with its customer's opt-out, then the outcome), no entities.
    return em.transactional(async (tem) => {
      const [m] = (await tem.execute(
        `select m.id, m.kind, m.channel, m.recipient, m.body, m.order_id, m.attempts, m.scheduled_for, m.next_attempt_at, c.messaging_opt_out as opted_out
         from message m left join customer_order o on o.id = m.order_id left join customer c on c.id = o.customer_id
         where m.id = ? and m.status = ? for update of m`,
        [id, MessageStatus.SCHEDULED],
      )) as OutboxRow[];
      if (!m) return 'SKIPPED';
      const now = this.clock.now();
      // Raw rows carry timestamps as the driver's strings.
      const dueAt = new Date(m.next_attempt_at ?? m.scheduled_for);
      if (dueAt.getTime() > now.getTime()) {
        await scheduleJob(tem, TASKS.sendMessage, { id: m.id }, dueAt, messageJobKey(m.id));
        return 'NOT_DUE';
      }
      const record = (status: MessageStatus, change: { attempts?: number; sentAt?: Date | null; nextAttemptAt?: Date | null; lastError: string | null }) =>
        tem.execute(
          `update message set status = ?, attempts = ?, sent_at = ?, next_attempt_at = ?, last_error = ? where id = ?`,
          [status, change.attempts ?? m.attempts, change.sentAt ?? null, change.nextAttemptAt ?? null, change.lastError, m.id],
        );
      if (m.order_id && m.channel !== Channel.EMAIL && m.opted_out) {
        await record(MessageStatus.CANCELLED, { nextAttemptAt: m.next_attempt_at ? new Date(m.next_attempt_at) : null, lastError: 'customer opted out' });
        return 'SKIPPED';
      }
      const attempts = m.attempts + 1;
      const result = await this.sender.send({
        id: m.id, kind: m.kind, channel: m.channel, recipient: m.recipient, body: m.body, orderId: m.order_id,
      });
      if (result.ok) {
        await record(MessageStatus.SENT, { attempts, sentAt: now, lastError: null });
        return 'SENT';
      }
      const decision = decideRetry(attempts, result.retryable, now, this.retry);
      if (decision.kind === 'FAIL') {
        await record(MessageStatus.FAILED, { attempts, lastError: result.error });
        return 'FAILED';
      }
      await record(MessageStatus.SCHEDULED, { attempts, nextAttemptAt: decision.at, lastError: result.error });
      await scheduleJob(tem, TASKS.sendMessage, { id: m.id }, decision.at, messageJobKey(m.id));
      return 'RETRY';
    });
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
