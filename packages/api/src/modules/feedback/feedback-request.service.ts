// Feedback requests (F1, F2, F6): opening one schedules its messages and its expiry; answering,
// expiry or a return closes it and cancels what is still scheduled.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { type Channel, FeedbackRequestStatus, type Touchpoint } from '../../common/enums.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { recordAudit } from '../../common/audit.js';
import type { EntityRef } from '../../common/entity-ref.js';
import { isUuid } from '../../common/find.js';
import { expiryJobKey, removeJob, scheduleJob, TASKS } from '../../jobs/schedule.js';
import { SYSTEM_ACTOR } from '../access/principal.js';
import type { MessagingService } from '../messaging/messaging.service.js';
import { renderMessage, type MessageLinks } from '../messaging/templates.js';
import { Customer } from '../orders/customer.entity.js';
import type { Order } from '../orders/order.entity.js';
import { FeedbackRequest } from './feedback-request.entity.js';
import { planRequest } from './feedback-request.policy.js';

export interface RatingLinks {
  /** `channel`: the one the link is sent on, so the answer records where the customer came from. */
  ratingLink(requestId: string, expiresAt: Date, channel?: Channel | null): Promise<string>;
}

export class FeedbackRequestService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
    private readonly messaging: MessagingService,
    private readonly links: MessageLinks,
    private readonly signer: RatingLinks,
  ) {}

  /** Opens a request and schedules its messages, inside the caller's transaction. */
  async open(
    em: EntityManager,
    args: { order: Order; touchpoint: Touchpoint; now: Date; escalation?: EntityRef | null; supportCase?: EntityRef | null; rule: string },
  ): Promise<FeedbackRequest> {
    const customer = await em.findOneOrFail(Customer, { id: args.order.customer.id });
    const plan = planRequest(args.now, this.policy, customer, args.touchpoint);
    const request = em.create(FeedbackRequest, {
      order: args.order,
      touchpoint: args.touchpoint,
      escalation: args.escalation ?? null,
      supportCase: args.supportCase ?? null,
      status: FeedbackRequestStatus.OPEN,
      createdAt: args.now,
      expiresAt: plan.expiresAt,
    });
    // One link per channel: each message's link says which channel it went out on.
    const channels = [...new Set(plan.messages.map((m) => m.channel))];
    const links = new Map(await Promise.all(channels.map(async (c) => [c, await this.signer.ratingLink(request.id, plan.expiresAt, c)] as const)));
    // The messages' send timers and the expiry timer go in one round trip.
    await this.messaging.scheduleMany(em, plan.messages.map((m) => ({
      order: args.order,
      request,
      kind: m.kind,
      channel: m.channel,
      recipient: m.channel === 'APP' ? customer.id : customer.phone,
      body: renderMessage({ kind: m.kind, brand: this.policy.brandName, customerName: customer.name, touchpoint: args.touchpoint, link: links.get(m.channel), links: this.links }),
      scheduledFor: m.at,
    })), [{ task: TASKS.expireRequest, payload: { id: request.id }, runAt: plan.expiresAt, jobKey: expiryJobKey(request.id) }]);
    recordAudit(em, SYSTEM_ACTOR, args.now, {
      action: 'FEEDBACK_REQUEST_OPENED',
      entityType: 'FeedbackRequest',
      entityId: request.id,
      orderId: args.order.id,
      rule: args.rule,
      data: {
        touchpoint: args.touchpoint,
        expiresAt: plan.expiresAt.toISOString(),
        messages: plan.messages.map((m) => ({ kind: m.kind, channel: m.channel, at: m.at.toISOString() })),
        hasWhatsapp: customer.hasWhatsapp,
      },
    });
    return request;
  }

  /** The request's rating-page link for CX to hand out (signed; it expires with the request; no channel in it). */
  linkFor(request: FeedbackRequest): Promise<string> {
    return this.signer.ratingLink(request.id, request.expiresAt);
  }

  /** Closes a request (answered or cancelled): its scheduled messages and expiry timer go (F2). */
  async close(em: EntityManager, request: FeedbackRequest, status: FeedbackRequestStatus.RESPONDED | FeedbackRequestStatus.CANCELLED | FeedbackRequestStatus.EXPIRED, now: Date, rule: string): Promise<void> {
    request.status = status;
    request.closedAt = now;
    const cancelled = await this.messaging.cancelScheduledForRequest(em, request.id);
    if (status !== FeedbackRequestStatus.EXPIRED) await removeJob(em, expiryJobKey(request.id));
    recordAudit(em, SYSTEM_ACTOR, now, {
      action: `FEEDBACK_REQUEST_${status}`,
      entityType: 'FeedbackRequest',
      entityId: request.id,
      orderId: request.order.id,
      rule,
      data: { cancelledMessages: cancelled },
    });
  }

  /** The expiry timer (F2): an OPEN request past its expiry becomes EXPIRED. */
  async expire(em: EntityManager, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return em.transactional(async (tem) => {
      const request = await tem.findOne(FeedbackRequest, { id, status: FeedbackRequestStatus.OPEN }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!request) return false;
      const now = this.clock.now();
      if (request.expiresAt.getTime() > now.getTime()) {
        await scheduleJob(tem, TASKS.expireRequest, { id }, request.expiresAt, expiryJobKey(id));
        return false;
      }
      await this.close(tem, request, FeedbackRequestStatus.EXPIRED, now, 'F2');
      return true;
    });
  }

  /** A device returned after payment: its open requests are cancelled (SOP_RULES "Orders"). */
  async cancelOpenForOrder(em: EntityManager, order: Order, now: Date): Promise<void> {
    const open = await em.find(FeedbackRequest, { order: order.id, status: FeedbackRequestStatus.OPEN }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    for (const r of open) await this.close(em, r, FeedbackRequestStatus.CANCELLED, now, 'ORDER_INVALID_TRANSITION');
  }

  async dueExpiryIds(em: EntityManager, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await em.execute(`select id from feedback_request where status = 'OPEN' and expires_at <= ?`, [now]);
    return rows.map((r) => r.id);
  }
}
