// Every entity, listed explicitly: discovery by folder scanning does not work under every runner.
import { AuditEvent } from './common/audit-event.entity.js';
import { IdempotencyRecord } from './common/idempotency-record.entity.js';
import { EscalationDailyRollup, FeedbackDailyRollup, ReviewDailyRollup, VendorDailyRollup, VendorRatingSums, VendorRollup } from './modules/analytics/rollup.entity.js';
import { ApiKey } from './modules/access/api-key.entity.js';
import { AppSetting } from './modules/access/app-setting.entity.js';
import { LoginThrottle } from './modules/access/login-throttle.entity.js';
import { User } from './modules/access/user.entity.js';
import { Alert } from './modules/alerts/alert.entity.js';
import { Escalation } from './modules/escalations/escalation.entity.js';
import { Interaction } from './modules/interactions/interaction.entity.js';
import { SlaClock } from './modules/sla-clocks/sla-clock.entity.js';
import { LedgerEntry } from './modules/money/ledger-entry.entity.js';
import { MoneyRequest } from './modules/money/money-request.entity.js';
import { SupportCase } from './modules/support-cases/support-case.entity.js';
import { CallTask } from './modules/feedback/call-task.entity.js';
import { FeedbackRequest } from './modules/feedback/feedback-request.entity.js';
import { Feedback } from './modules/feedback/feedback.entity.js';
import { Message } from './modules/messaging/message.entity.js';
import { Customer } from './modules/orders/customer.entity.js';
import { Order } from './modules/orders/order.entity.js';
import { Publication } from './modules/reviews/publication.entity.js';
import { Review } from './modules/reviews/review.entity.js';
import { VendorAction } from './modules/vendors/vendor-action.entity.js';
import { Vendor } from './modules/vendors/vendor.entity.js';

export const ENTITIES = [
  AppSetting, IdempotencyRecord, LoginThrottle, User, ApiKey, AuditEvent, Vendor, VendorAction, Customer, Order, FeedbackRequest, Feedback,
  CallTask, Message, Escalation, Interaction, Alert, Review, Publication, FeedbackDailyRollup, VendorDailyRollup,
  VendorRatingSums, VendorRollup, EscalationDailyRollup, ReviewDailyRollup, SlaClock, SupportCase, MoneyRequest, LedgerEntry,
];
