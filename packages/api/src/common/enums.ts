// Every enum of the public contract, registered once for GraphQL and used by the entities.
import { registerEnumType } from 'type-graphql';

export enum Role { ADMIN = 'ADMIN', CX_AGENT = 'CX_AGENT', CX_LEAD = 'CX_LEAD', MARKETING = 'MARKETING', VENDOR_OPS = 'VENDOR_OPS', FINANCE = 'FINANCE' }
export enum ApiScope { ORDERS_WRITE = 'ORDERS_WRITE', FEEDBACK_WRITE = 'FEEDBACK_WRITE', REVIEWS_WRITE = 'REVIEWS_WRITE', READ_ALL = 'READ_ALL' }

export enum VendorStatus { ACTIVE = 'ACTIVE', ON_HOLD = 'ON_HOLD', DEACTIVATED = 'DEACTIVATED' }
export enum VendorActionKind { HOLD = 'HOLD', DEACTIVATE = 'DEACTIVATE', REINSTATE = 'REINSTATE' }

export enum DeviceCategory { PHONE = 'PHONE', LAPTOP = 'LAPTOP', TABLET = 'TABLET', MACBOOK = 'MACBOOK', OTHER = 'OTHER' }
export enum OrderStatus {
  CREATED = 'CREATED', PICKUP_SCHEDULED = 'PICKUP_SCHEDULED', PICKED_UP = 'PICKED_UP', INSPECTED = 'INSPECTED',
  COMPLETED = 'COMPLETED', CANCELLED = 'CANCELLED', RETURNED = 'RETURNED',
}

export enum Channel { APP = 'APP', WHATSAPP = 'WHATSAPP', SMS = 'SMS', EMAIL = 'EMAIL', CALL = 'CALL' }
export enum Touchpoint {
  ORDER_COMPLETED = 'ORDER_COMPLETED', AFTER_PICKUP = 'AFTER_PICKUP', AFTER_PAYMENT = 'AFTER_PAYMENT',
  AFTER_RESOLUTION = 'AFTER_RESOLUTION', AFTER_VENDOR_REPLACEMENT = 'AFTER_VENDOR_REPLACEMENT',
}
export enum MessageKind {
  REQUEST = 'REQUEST', REMINDER = 'REMINDER', FINAL_FOLLOW_UP = 'FINAL_FOLLOW_UP', DETAILS_PROMPT = 'DETAILS_PROMPT',
  PUBLIC_REVIEW_INVITE = 'PUBLIC_REVIEW_INVITE', STORE_REDIRECT = 'STORE_REDIRECT', UPDATED_RATING_REQUEST = 'UPDATED_RATING_REQUEST',
  /** Staff notices (beyond the contract): a new escalation for CX, an SLA breach for CX_LEAD. */
  ESCALATION_ALERT = 'ESCALATION_ALERT', SLA_BREACH_ALERT = 'SLA_BREACH_ALERT',
}
export enum MessageStatus { SCHEDULED = 'SCHEDULED', SENT = 'SENT', CANCELLED = 'CANCELLED', FAILED = 'FAILED' }
export enum FeedbackRequestStatus { OPEN = 'OPEN', RESPONDED = 'RESPONDED', EXPIRED = 'EXPIRED', CANCELLED = 'CANCELLED' }
export enum FeedbackRoute { ESCALATE = 'ESCALATE', ASK_DETAILS = 'ASK_DETAILS', ASK_PUBLIC_REVIEW = 'ASK_PUBLIC_REVIEW', REDIRECT_TO_STORE = 'REDIRECT_TO_STORE' }

export enum EscalationStatus { OPEN = 'OPEN', CONTACTED = 'CONTACTED', ROUTED = 'ROUTED', RESOLVED = 'RESOLVED', CLOSED = 'CLOSED' }
export enum EscalationCategory {
  VENDOR_BEHAVIOUR = 'VENDOR_BEHAVIOUR', PRICING = 'PRICING', PAYMENT = 'PAYMENT', DELAY = 'DELAY',
  WRONG_INSPECTION = 'WRONG_INSPECTION', MISCOMMUNICATION = 'MISCOMMUNICATION', MISSED_PICKUP = 'MISSED_PICKUP', TECH = 'TECH',
}
export enum Team { CX = 'CX', VENDOR_OPS = 'VENDOR_OPS', FINANCE = 'FINANCE', TECH = 'TECH' }
export enum CallReason { HIGH_VALUE = 'HIGH_VALUE', CORPORATE = 'CORPORATE', REPEAT_CUSTOMER = 'REPEAT_CUSTOMER', COMPLAINT_RESOLVED = 'COMPLAINT_RESOLVED' }
export enum CallTaskStatus { OPEN = 'OPEN', DONE = 'DONE' }

export enum ReviewSource { GOOGLE_BUSINESS = 'GOOGLE_BUSINESS', PLAY_STORE = 'PLAY_STORE', APP_STORE = 'APP_STORE', WEBSITE = 'WEBSITE', SOCIAL = 'SOCIAL', INTERNAL = 'INTERNAL' }
export enum ReviewStatus { NEW = 'NEW', SHORTLISTED = 'SHORTLISTED', PUBLISHED = 'PUBLISHED', REJECTED = 'REJECTED' }
export enum PublishPlatform {
  INSTAGRAM_STORY = 'INSTAGRAM_STORY', INSTAGRAM_FEED = 'INSTAGRAM_FEED', WEBSITE_TESTIMONIAL = 'WEBSITE_TESTIMONIAL',
  CAROUSEL_AD = 'CAROUSEL_AD', HOMEPAGE_TRUST_BADGE = 'HOMEPAGE_TRUST_BADGE',
}

export enum AlertKind { ESCALATION_OPENED = 'ESCALATION_OPENED', SLA_BREACHED = 'SLA_BREACHED' }

export enum SortOrder { ASC = 'ASC', DESC = 'DESC' }

const enums = {
  Role, ApiScope, VendorStatus, VendorActionKind, DeviceCategory, OrderStatus, Channel, Touchpoint, MessageKind,
  MessageStatus, FeedbackRequestStatus, FeedbackRoute, EscalationStatus, EscalationCategory, Team, CallReason,
  CallTaskStatus, ReviewSource, ReviewStatus, PublishPlatform, SortOrder, AlertKind,
};
for (const [name, e] of Object.entries(enums)) registerEnumType(e, { name });
