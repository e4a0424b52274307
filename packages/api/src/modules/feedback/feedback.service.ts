// Feedback (SOP 001 §2–4, §10): the requests opened at pickup and payment, the customer's
// answer, and the routing that follows it (escalate, ask for details, invite a public review),
// and the details a 3-star customer adds afterwards.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { CallReason, Channel, EscalationStatus, FeedbackRequestStatus, FeedbackRoute, OrderStatus, Touchpoint } from '../../common/enums.js';
import { badInput, forbidden, notFound, sopViolation, unauthenticated } from '../../common/errors.js';
import type { EntityRef } from '../../common/entity-ref.js';
import type { EventPublisher } from '../../common/events.js';
import { findOrFail, isUuid } from '../../common/find.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { recordAudit } from '../../common/audit.js';
import { actorOf, type Actor, type Principal } from '../access/principal.js';
import { mayAddDetailsById } from '../access/access.policy.js';
import type { MessagingService } from '../messaging/messaging.service.js';
import { renderMessage, type MessageLinks } from '../messaging/templates.js';
import { Customer } from '../orders/customer.entity.js';
import { feedbackSentiment } from '../sentiment/sentiment.js';
import { Order } from '../orders/order.entity.js';
import { decideCallReasons } from './call-task.policy.js';
import type { CallTaskService } from './call-task.service.js';
import { decideDetails, decideEligibility, validateAnswer, type FeedbackAnswer } from './eligibility.policy.js';
import { customerChannel } from './feedback-request.policy.js';
import type { FeedbackRequestService } from './feedback-request.service.js';
import { FeedbackRequest } from './feedback-request.entity.js';
import { Feedback } from './feedback.entity.js';
import { defineFeedbackList } from './feedback.list.js';
import type { FeedbackEvents } from './feedback.events.js';
import { tokenOf, type CustomerLink } from './rating-link.js';
import { decideRoute } from './routing.policy.js';

/** The customer's links: the details page of R2, and reading a token the customer brings back. */
export interface CustomerLinks {
  detailsLink(feedbackId: string, expiresAt: Date): Promise<string>;
  read(token: string): Promise<CustomerLink>;
}

/** addFeedbackDetails names the feedback by the customer's link, or (staff, partners) by id. */
/** Which feedback the details are for: the customer's link (a token or the whole URL), or its id; exactly one. */
export type DetailsTarget = { token?: string | null; feedbackId?: string | null };

export interface SubmitInput extends FeedbackAnswer {
  orderId: string;
  touchpoint?: Touchpoint | null;
  channel?: Channel | null;
  /** Set only from a case's rating request (K6): the resolved case the answer rates. */
  caseId?: string | null;
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
    private readonly customerLinks: CustomerLinks,
  ) {}

  /** Customers' answers: allFeedback, its count, Order.feedback and the CSV export. */
  readonly feedbackList = defineFeedbackList(this.clock);

  /**
   * F1, F6 and C1, in completeOrder's transaction: the feedback request, the new-vendor question
   * when the vendor was replaced, and the manual-call task.
   */
  async onOrderCompleted(em: EntityManager, order: Order, now: Date): Promise<void> {
    await this.requests.open(em, { order, touchpoint: Touchpoint.ORDER_COMPLETED, now, rule: 'F1' });
    if (order.vendorReplacedAt) await this.requests.open(em, { order, touchpoint: Touchpoint.AFTER_VENDOR_REPLACEMENT, now, rule: 'F6' });
    const customer = await em.findOneOrFail(Customer, { id: order.customer.id });
    const completed = await em.count(Order, { customer: customer.id, status: OrderStatus.COMPLETED });
    const reasons = decideCallReasons(
      { finalPrice: order.finalPrice ?? null, quotedPrice: order.quotedPrice, corporate: customer.corporate, completedOrdersIncludingThis: completed },
      this.policy.highValueThreshold,
    );
    await this.callTasks.create(em, { order, reasons, now, rule: 'C1' });
  }

  /** F6, in advanceOrder's transaction: the pickup question, once per order. */
  async onOrderPickedUp(em: EntityManager, order: Order, now: Date): Promise<void> {
    if ((await em.count(FeedbackRequest, { order: order.id, touchpoint: Touchpoint.AFTER_PICKUP })) > 0) return;
    await this.requests.open(em, { order, touchpoint: Touchpoint.AFTER_PICKUP, now, rule: 'F6' });
  }

  /**
   * E3 and C2, in resolveEscalation's transaction (EscalationResolved): the AFTER_RESOLUTION
   * request (first message UPDATED_RATING_REQUEST) and the COMPLAINT_RESOLVED call task.
   */
  async onEscalationResolved(em: EntityManager, e: { escalation: EntityRef; order: Order; at: Date }): Promise<void> {
    await this.requests.open(em, { order: e.order, touchpoint: Touchpoint.AFTER_RESOLUTION, now: e.at, escalation: e.escalation, rule: 'E3' });
    await this.callTasks.create(em, { order: e.order, reasons: [CallReason.COMPLAINT_RESOLVED], now: e.at, escalation: e.escalation, rule: 'C2' });
  }

  /**
   * K6, in resolveCase's transaction (CaseResolved): the customer is asked to rate the resolution,
   * through the same request machinery, on the case's order. A case without an order has no
   * Feedback to hold the answer (Feedback.order is required), so it gets only the resolution notice.
   */
  async onCaseResolved(em: EntityManager, e: { supportCase: EntityRef; order: Order | null; at: Date }): Promise<void> {
    if (!e.order) return;
    const pending = await em.count(FeedbackRequest, { supportCase: e.supportCase.id, status: FeedbackRequestStatus.OPEN });
    const rated = await em.count(Feedback, { supportCase: e.supportCase.id });
    if (pending > 0 || rated > 0) return;
    await this.requests.open(em, { order: e.order, touchpoint: Touchpoint.AFTER_RESOLUTION, now: e.at, supportCase: e.supportCase, rule: 'K6' });
  }

  /** submitFeedback through the API (partners, CX on the customer's behalf). */
  submit(em: EntityManager, principal: Principal, input: SubmitInput): Promise<Feedback> {
    return this.record(em, actorOf(principal), input);
  }

  /**
   * The customer's own answer from the rating page: the signed link names the request and the
   * channel it was sent on (a link CX handed out names none: the customer's usual channel).
   */
  async submitFromRequest(em: EntityManager, requestId: string, answer: FeedbackAnswer, channel: Channel | null): Promise<Feedback> {
    const request = await findOrFail(em, FeedbackRequest, requestId, 'Feedback request');
    const customer = await em.findOneOrFail(Customer, { id: (await em.findOneOrFail(Order, { id: request.order.id })).customer.id });
    return this.record(em, customerActor(customer, 'rating link'), {
      ...answer,
      orderId: request.order.id,
      touchpoint: request.touchpoint,
      channel: channel ?? customerChannel(customer),
      caseId: request.supportCase?.id ?? null,
    });
  }

  /** The feedback a request was answered with (the rating page, revisited). */
  answerTo(em: EntityManager, requestId: string): Promise<Feedback | null> {
    return em.findOne(Feedback, { request: requestId });
  }

  /** R2's details page link for a 3-star feedback; it stays open a request's lifetime after the rating. */
  detailsLinkFor(feedback: Feedback): Promise<string> {
    return this.customerLinks.detailsLink(feedback.id, new Date(feedback.createdAt.getTime() + this.policy.requestExpiresAfterMs));
  }

  /**
   * R2: what a 3-star customer adds, once, to that same feedback. The customer names it by a
   * link of theirs (the details link, or the rating link it answered); staff and partners by id.
   */
  async addDetails(em: EntityManager, principal: Principal | null, target: DetailsTarget, details: string): Promise<Feedback> {
    const { feedbackId, actor } = await this.detailsTarget(em, principal, target);
    return em.transactional(async (tem) => {
      const feedback = isUuid(feedbackId) ? await tem.findOne(Feedback, { id: feedbackId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!feedback) throw notFound('Feedback', feedbackId);
      const decision = orThrow(decideDetails({ route: feedback.route, detailsAt: feedback.detailsAt ?? null }, details));
      const now = this.clock.now();
      feedback.details = decision.details;
      feedback.detailsAt = now;
      // What a 3-star customer writes afterwards is what they think: the heatmap sees it too.
      feedback.sentimentScore = feedbackSentiment(feedback.comment ?? null, decision.details);
      recordAudit(tem, actor ?? customerActor(await this.customerOf(tem, feedback), 'details link'), now, {
        action: 'FEEDBACK_DETAILS_ADDED', entityType: 'Feedback', entityId: feedback.id, orderId: feedback.order.id, rule: 'R2',
        data: { length: decision.details.length },
      });
      return feedback;
    });
  }

  private async detailsTarget(em: EntityManager, principal: Principal | null, target: DetailsTarget): Promise<{ feedbackId: string; actor: Actor | null }> {
    const byToken = target.token != null;
    if (byToken === (target.feedbackId != null)) {
      throw badInput(byToken ? 'feedbackId' : 'token', byToken ? 'Give either token or feedbackId, not both.' : "Give the token of the customer's link, or feedbackId.");
    }
    if (target.feedbackId != null) {
      // By id is for the people and partners who may read feedback; customers come with their link.
      if (!principal) throw unauthenticated('Sign in, or give the token of the customer\'s link.');
      if (!mayAddDetailsById(principal)) throw forbidden('addFeedbackDetails by feedbackId is for CX and partners with FEEDBACK_WRITE; customers use their link.');
      return { feedbackId: target.feedbackId, actor: actorOf(principal) };
    }
    // The app passes the whole URL it opened; the page and GraphQL then read the same token.
    const link = await this.customerLinks.read(tokenOf(target.token!));
    if (!link.ok) throw badInput('token', link.reason === 'EXPIRED' ? 'This link has expired.' : 'This link is not valid.');
    if (link.kind === 'details') return { feedbackId: link.feedbackId, actor: null };
    const answered = await this.answerTo(em, link.requestId);
    if (!answered) throw sopViolation('FEEDBACK_NOT_ELIGIBLE', 'This request has not been answered yet: rate first, then add details.');
    return { feedbackId: answered.id, actor: null };
  }

  private async customerOf(em: EntityManager, feedback: Feedback): Promise<Customer> {
    const order = await em.findOneOrFail(Order, { id: feedback.order.id });
    return em.findOneOrFail(Customer, { id: order.customer.id });
  }

  private async record(em: EntityManager, actor: Actor, input: SubmitInput): Promise<Feedback> {
    const answer = orThrow(validateAnswer(input));
    const touchpoint = input.touchpoint ?? Touchpoint.ORDER_COMPLETED;
    // Scored before the transaction: the model's CPU time is not spent holding the order's lock.
    const sentimentScore = feedbackSentiment(answer.comment, null);
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
      // K6: a case's resolution request rates that case, not an escalation.
      const caseRating = input.caseId ? { caseId: input.caseId, alreadyRated: (await tem.count(Feedback, { supportCase: input.caseId })) > 0 } : null;
      const alreadyGiven = touchpoint !== Touchpoint.AFTER_RESOLUTION && (await tem.count(Feedback, { order: order.id, touchpoint })) > 0;
      const eligible = orThrow(
        decideEligibility({ orderStatus: order.status, touchpoint, vendorReplaced: Boolean(order.vendorReplacedAt), alreadyGiven, ...reRating, caseRating }),
      );
      const route = decideRoute(input.rating, this.policy.publicReviewInvites);
      // F2: the answer closes the request it belongs to; nothing more is sent for it.
      const request = await tem.findOne(
        FeedbackRequest,
        {
          order: order.id, touchpoint, status: FeedbackRequestStatus.OPEN,
          ...(eligible.reRates ? { escalation: eligible.reRates } : {}),
          ...(touchpoint === Touchpoint.AFTER_RESOLUTION ? { supportCase: eligible.ratesCase ?? null } : {}),
        },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'desc' } },
      );
      // Rows are written once, at commit (one batched insert per table).
      const feedback = tem.create(Feedback, {
        order,
        touchpoint,
        rating: input.rating,
        comment: answer.comment,
        sentimentScore,
        vendorBehaviour: input.vendorBehaviour ?? null,
        pickupExperience: input.pickupExperience ?? null,
        paymentSpeed: input.paymentSpeed ?? null,
        vendorTimeliness: input.vendorTimeliness ?? null,
        vendorProfessionalism: input.vendorProfessionalism ?? null,
        route: route.route,
        channel: input.channel ?? Channel.APP,
        // A case's resolution rating is about CX's answer to an inquiry, not the vendor's work: no scorecard counts it.
        vendor: eligible.ratesCase ? null : order.vendor ?? null,
        reRatedEscalation: eligible.reRates ? tem.getReference<EntityRef>('Escalation', eligible.reRates) : null,
        supportCase: eligible.ratesCase ? tem.getReference<EntityRef>('SupportCase', eligible.ratesCase) : null,
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
      // R2: the details prompt links to the page where the customer writes them, not back to the answered request.
      const link = route.route === FeedbackRoute.ASK_DETAILS ? await this.detailsLinkFor(feedback) : undefined;
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

const customerActor = (customer: Customer, via: 'rating link' | 'details link'): Actor => ({ type: 'CUSTOMER', id: customer.id, label: `${customer.name} (${via})` });
