// The service container: one instance of each module's service, wired with the clock, the
// policy settings and each other, shared by every request and every job. The composition root:
// here a module's events meet the modules that react to them (common/events.ts).
import type { Clock } from './common/clock.js';
import { EventBus } from './common/events.js';
import type { PolicySettings } from './common/policy-settings.js';
import { AnalyticsService } from './modules/analytics/analytics.service.js';
import { AccessService, type AccessSettings } from './modules/access/access.service.js';
import { ApiKeyService } from './modules/access/api-key.service.js';
import { SigningKey } from './modules/access/signing-key.js';
import { TokenService } from './modules/access/token.service.js';
import { UserService } from './modules/access/user.service.js';
import { RatingLinkSigner } from './modules/feedback/rating-link.js';
import { ReceiptLinkSigner } from './modules/money/receipt-link.js';
import { ReceiptService } from './modules/money/receipt.service.js';
import { AlertService } from './modules/alerts/alert.service.js';
import type { EscalationEvents } from './modules/escalations/escalation.events.js';
import { EscalationService } from './modules/escalations/escalation.service.js';
import { CallTaskService } from './modules/feedback/call-task.service.js';
import { FeedbackRequestService } from './modules/feedback/feedback-request.service.js';
import type { FeedbackEvents } from './modules/feedback/feedback.events.js';
import { FeedbackService } from './modules/feedback/feedback.service.js';
import { MessagingService } from './modules/messaging/messaging.service.js';
import type { OutboxSettings } from './modules/messaging/outbox.policy.js';
import type { RetrySettings } from './modules/messaging/retry.policy.js';
import { RecordingSender, type MessageSender } from './modules/messaging/sender.js';
import { DEFAULT_LINKS, type MessageLinks } from './modules/messaging/templates.js';
import { CustomerPrivacyService } from './modules/orders/customer-privacy.service.js';
import type { OrderEvents } from './modules/orders/order.events.js';
import { OrderService } from './modules/orders/order.service.js';
import { ReviewService } from './modules/reviews/review.service.js';
import type { VendorEvents } from './modules/vendors/vendor.events.js';
import type { SlaClockEvents } from './modules/sla-clocks/sla-clock.events.js';
import { SlaClockService } from './modules/sla-clocks/sla-clock.service.js';
import type { SupportCaseEvents } from './modules/support-cases/support-case.events.js';
import { SupportCaseService } from './modules/support-cases/support-case.service.js';
import { Inbox } from './modules/support-cases/inbox.js';
import { MoneyService } from './modules/money/money.service.js';
import { RecordingPayoutProvider, type PayoutProvider } from './modules/money/payout-provider.js';
import { businessHoursCalendar } from './common/policy-settings.js';
import { VendorService } from './modules/vendors/vendor.service.js';

export interface Services {
  /** The token signing key, loaded at start-up (init). */
  keys: SigningKey;
  access: AccessService;
  users: UserService;
  apiKeys: ApiKeyService;
  ratingLinks: RatingLinkSigner;
  messaging: MessagingService;
  alerts: AlertService;
  requests: FeedbackRequestService;
  callTasks: CallTaskService;
  escalations: EscalationService;
  slaClocks: SlaClockService;
  cases: SupportCaseService;
  inbox: Inbox;
  /** M7: payment receipts and their signed links. */
  receipts: ReceiptService;
  money: MoneyService;
  feedback: FeedbackService;
  orders: OrderService;
  reviews: ReviewService;
  vendors: VendorService;
  analytics: AnalyticsService;
  privacy: CustomerPrivacyService;
}

export interface ServiceDeps {
  clock: Clock;
  policy: PolicySettings;
  access: AccessSettings;
  sender?: MessageSender;
  retry?: RetrySettings;
  outbox?: OutboxSettings;
  links?: MessageLinks;
  /** M7: how long a receipt's link opens the PDF (7 days by default). */
  receiptLinkTtlMs?: number;
  /** M6: the payouts provider (the recording one by default). */
  payouts?: PayoutProvider;
}

/** Every module's events: name → payload. */
export type AppEvents = OrderEvents & FeedbackEvents & EscalationEvents & VendorEvents & SlaClockEvents & SupportCaseEvents;

export function createServices(deps: ServiceDeps): Services {
  const { clock, policy } = deps;
  const events = new EventBus<AppEvents>();
  const links = deps.links ?? DEFAULT_LINKS;
  const keys = new SigningKey(deps.access.tokenSecret);
  const apiKeys = new ApiKeyService(clock);
  const access = new AccessService(clock, new TokenService(clock, keys, deps.access.tokenTtlSeconds), apiKeys);
  const ratingLinks = new RatingLinkSigner(clock, keys, deps.access.publicUrl);
  const receiptLinks = new ReceiptLinkSigner(clock, keys, deps.access.publicUrl, deps.receiptLinkTtlMs);
  const messaging = new MessagingService(clock, deps.sender ?? new RecordingSender(), deps.retry, deps.outbox);
  const requests = new FeedbackRequestService(clock, policy, messaging, links, ratingLinks);
  const callTasks = new CallTaskService(clock, policy);
  const vendors = new VendorService(clock, policy, events);
  const alerts = new AlertService(clock, messaging);
  const slaClocks = new SlaClockService(clock, businessHoursCalendar(policy), events);
  const escalations = new EscalationService(clock, policy, alerts, events, slaClocks);
  const cases = new SupportCaseService(clock, policy, slaClocks, messaging, alerts, events);
  const money = new MoneyService(clock, messaging, deps.payouts ?? new RecordingPayoutProvider(), policy.brandName, policy);
  const feedback = new FeedbackService(clock, policy, messaging, requests, events, callTasks, links, ratingLinks);
  const orders = new OrderService(clock, events);
  const reviews = new ReviewService(clock, policy);

  // Each handler runs in the publisher's transaction, in this order.
  events.subscribe('OrderCompleted', (em, e) => feedback.onOrderCompleted(em, e.order, e.at));
  events.subscribe('OrderPickedUp', (em, e) => feedback.onOrderPickedUp(em, e.order, e.at));
  events.subscribe('OrderReturnedAfterPayment', (em, e) => requests.cancelOpenForOrder(em, e.order, e.at));
  events.subscribe('OrderReturnedAfterPayment', (em, e) => money.onReturnedAfterPayment(em, e));
  events.subscribe('FeedbackSubmitted', (em, e) => escalations.onFeedbackSubmitted(em, e));
  events.subscribe('EscalationResolved', (em, e) => feedback.onEscalationResolved(em, e));
  events.subscribe('VendorComplaint', (em, e) => vendors.applyComplaintThresholds(em, e));
  events.subscribe('VendorThresholdCrossed', (em, e) => escalations.onVendorThresholdCrossed(em, e));
  events.subscribe('SlaBreached', (em, e) => escalations.onSlaBreached(em, e));
  events.subscribe('SlaBreached', (em, e) => cases.onSlaBreached(em, e));
  events.subscribe('CaseResolved', (em, e) => feedback.onCaseResolved(em, e));
  return { keys, access, users: new UserService(clock), apiKeys, ratingLinks, messaging, alerts, requests, callTasks, escalations, slaClocks, cases, inbox: new Inbox(policy, cases, escalations), receipts: new ReceiptService(clock, messaging, receiptLinks, policy.brandName), money, feedback, orders, reviews, vendors, analytics: new AnalyticsService(clock), privacy: new CustomerPrivacyService(clock) };
}
