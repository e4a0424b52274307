// Feedback (SOP 001 §2–4, §10): the request opened at payment, the customer's answer, and the
// routing that follows it (escalate, ask for details, invite a public review).
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { CallReason, Channel, EscalationStatus, FeedbackRequestStatus, OrderStatus, Touchpoint } from '../../common/enums.js';
import { notFound } from '../../common/errors.js';
import type { EntityRef } from '../../common/entity-ref.js';
import type { EventPublisher } from '../../common/events.js';
import { findOrFail, isUuid } from '../../common/find.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { recordAudit } from '../../common/audit.js';
import { actorOf, type Actor, type Principal } from '../access/principal.js';
import type { MessagingService } from '../messaging/messaging.service.js';
import { renderMessage, type MessageLinks } from '../messaging/templates.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import { decideCallReasons } from './call-task.policy.js';
import type { CallTaskService } from './call-task.service.js';
import { decideEligibility, validateAnswer, type FeedbackAnswer } from './eligibility.policy.js';
import { customerChannel } from './feedback-request.policy.js';
import type { FeedbackRequestService } from './feedback-request.service.js';
import { FeedbackRequest } from './feedback-request.entity.js';
import { Feedback } from './feedback.entity.js';
import { defineFeedbackList } from './feedback.list.js';
import type { FeedbackEvents } from './feedback.events.js';
import { decideRoute } from './routing.policy.js';

export interface SubmitInput extends FeedbackAnswer {
  orderId: string;
  touchpoint?: Touchpoint | null;
  channel?: Channel | null;
}

/** What F4 reads of an Escalation (escalations sit above feedback). */
interface ResolvedEscalation extends EntityRef {
  order: EntityRef;
  status: EscalationStatus;
  resolvedAt?: Date | null;
}

export class FeedbackService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
    private readonly messaging: MessagingService,
    private readonly requests: FeedbackRequestService,
    private readonly events: EventPublisher<FeedbackEvents>,
    private readonly callTasks: CallTaskService,
    private readonly links: MessageLinks,
  ) {}

  /** Customers' answers: allFeedback, its count, Order.feedback and the CSV export. */
  readonly feedbackList = defineFeedbackList(this.clock);

  /** F1 and C1, in completeOrder's transaction: the feedback request and the manual-call task. */
  async onOrderCompleted(em: EntityManager, order: Order, now: Date): Promise<void> {
    await this.requests.open(em, { order, touchpoint: Touchpoint.ORDER_COMPLETED, now, rule: 'F1' });
    const customer = await em.findOneOrFail(Customer, { id: order.customer.id });
    const completed = await em.count(Order, { customer: customer.id, status: OrderStatus.COMPLETED });
    const reasons = decideCallReasons(
      { finalPrice: order.finalPrice ?? null, quotedPrice: order.quotedPrice, corporate: customer.corporate, completedOrdersIncludingThis: completed },
      this.policy.highValueThreshold,
    );
    await this.callTasks.create(em, { order, reasons, now, rule: 'C1' });
  }

  /**
   * E3 and C2, in resolveEscalation's transaction (EscalationResolved): the AFTER_RESOLUTION
   * request (first message UPDATED_RATING_REQUEST) and the COMPLAINT_RESOLVED call task.
   */
  async onEscalationResolved(em: EntityManager, e: { escalation: EntityRef; order: Order; at: Date }): Promise<void> {
    await this.requests.open(em, { order: e.order, touchpoint: Touchpoint.AFTER_RESOLUTION, now: e.at, escalation: e.escalation, rule: 'E3' });
    await this.callTasks.create(em, { order: e.order, reasons: [CallReason.COMPLAINT_RESOLVED], now: e.at, escalation: e.escalation, rule: 'C2' });
  }

  /** submitFeedback through the API (partners, CX on the customer's behalf). */
  submit(em: EntityManager, principal: Principal, input: SubmitInput): Promise<Feedback> {
    return this.record(em, actorOf(principal), input);
  }

  /** The customer's own answer from the rating page: the signed link names the request. */
  async submitFromRequest(em: EntityManager, requestId: string, answer: FeedbackAnswer): Promise<Feedback> {
    const request = await findOrFail(em, FeedbackRequest, requestId, 'Feedback request');
    const customer = await em.findOneOrFail(Customer, { id: (await em.findOneOrFail(Order, { id: request.order.id })).customer.id });
    return this.record(em, { type: 'CUSTOMER', id: customer.id, label: `${customer.name} (rating link)` }, {
      ...answer,
      orderId: request.order.id,
      touchpoint: request.touchpoint,
      channel: customerChannel(customer),
    });
  }

  private async record(em: EntityManager, actor: Actor, input: SubmitInput): Promise<Feedback> {
    const answer = orThrow(validateAnswer(input));
    const touchpoint = input.touchpoint ?? Touchpoint.ORDER_COMPLETED;
    return em.transactional(async (tem) => {
      // The order row lock serialises answers on one order: two at once cannot both be "first".
      // The customer (for the follow-up messages) comes in the same statement, unlocked.
      const order = isUuid(input.orderId)
        ? await tem.createQueryBuilder(Order, 'o').select('*').leftJoinAndSelect('o.customer', 'c')
          .where({ id: input.orderId }).setLockMode(LockMode.PESSIMISTIC_WRITE, ['o']).getSingleResult()
        : null;
      if (!order) throw notFound('Order', input.orderId);
      const now = this.clock.now();
      const reRating = touchpoint === Touchpoint.AFTER_RESOLUTION ? await this.resolutionState(tem, order.id) : { resolvedEscalationId: null, anyReRated: false };
      const alreadyGiven = touchpoint !== Touchpoint.AFTER_RESOLUTION && (await tem.count(Feedback, { order: order.id, touchpoint })) > 0;
      const eligible = orThrow(
        decideEligibility({ orderStatus: order.status, touchpoint, vendorReplaced: Boolean(order.vendorReplacedAt), alreadyGiven, ...reRating }),
      );
      const route = decideRoute(input.rating, this.policy.publicReviewInvites);
      // F2: the answer closes the request it belongs to; nothing more is sent for it.
      const request = await tem.findOne(
        FeedbackRequest,
        { order: order.id, touchpoint, status: FeedbackRequestStatus.OPEN, ...(eligible.reRates ? { escalation: eligible.reRates } : {}) },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'desc' } },
      );
      // Rows are written once, at commit (one batched insert per table).
      const feedback = tem.create(Feedback, {
        order,
        touchpoint,
        rating: input.rating,
        comment: answer.comment,
        vendorBehaviour: input.vendorBehaviour ?? null,
        pickupExperience: input.pickupExperience ?? null,
        paymentSpeed: input.paymentSpeed ?? null,
        vendorTimeliness: input.vendorTimeliness ?? null,
        vendorProfessionalism: input.vendorProfessionalism ?? null,
        route: route.route,
        channel: input.channel ?? Channel.APP,
        vendor: order.vendor ?? null,
        reRatedEscalation: eligible.reRates ? tem.getReference<EntityRef>('Escalation', eligible.reRates) : null,
        request,
        createdAt: now,
      });
      if (request) await this.requests.close(tem, request, FeedbackRequestStatus.RESPONDED, now, 'F2');
      recordAudit(tem, actor, now, {
        action: 'FEEDBACK_SUBMITTED', entityType: 'Feedback', entityId: feedback.id, orderId: order.id, rule: route.rules.join(','),
        data: { touchpoint, rating: input.rating, route: route.route, mode: this.policy.publicReviewInvites, messages: route.messages.map((m) => m.kind) },
      });
      // E4 (the re-rated escalation closes) and R1 (a new one opens) are the escalations module's.
      await this.events.publish(tem, { type: 'FeedbackSubmitted', feedback, order, actor, at: now, escalate: route.escalate, reRatedEscalationId: eligible.reRates });

      const customer = order.customer;
      const link = request ? await this.requests.linkFor(request) : undefined;
      await this.messaging.scheduleMany(tem, route.messages.map((m) => ({
        order,
        request: null,
        kind: m.kind,
        channel: customerChannel(customer),
        recipient: customer.phone,
        body: renderMessage({ kind: m.kind, brand: this.policy.brandName, customerName: customer.name, links: this.links, neutral: m.neutral, link }),
        scheduledFor: now,
      })));
      return feedback;
    });
  }

  private async resolutionState(em: EntityManager, orderId: string) {
    // The escalations module's entity, by name: its first RESOLVED escalation on the order.
    const resolved = await em.findOne<ResolvedEscalation>('Escalation', { order: orderId, status: EscalationStatus.RESOLVED }, { orderBy: { resolvedAt: 'asc' } });
    const anyReRated = (await em.count(Feedback, { order: orderId, touchpoint: Touchpoint.AFTER_RESOLUTION })) > 0;
    return { resolvedEscalationId: resolved?.id ?? null, anyReRated };
  }
}
