// F1, F2, F6: what a feedback request sends and when, and when it expires.
import { Channel, MessageKind, Touchpoint } from '../../common/enums.js';
import type { PolicySettings } from '../../common/policy-settings.js';

export interface PlannedMessage {
  kind: MessageKind;
  channel: Channel;
  at: Date;
}

export interface RequestPlan {
  expiresAt: Date;
  messages: PlannedMessage[];
}

/**
 * F1: the request's first message at once (WhatsApp, or SMS for customers without WhatsApp,
 * plus the in-app prompt), a reminder and a final follow-up; none is planned after expiry.
 * F6: the pickup and new-vendor questions are one message on the customer's channel, no reminders.
 */
export function planRequest(
  now: Date,
  policy: Pick<PolicySettings, 'reminderAfterMs' | 'finalFollowUpAfterMs' | 'requestExpiresAfterMs'>,
  customer: { hasWhatsapp: boolean },
  touchpoint: Touchpoint = Touchpoint.ORDER_COMPLETED,
): RequestPlan {
  const at = (ms: number) => new Date(now.getTime() + ms);
  const expiresAt = at(policy.requestExpiresAfterMs);
  const channel = customerChannel(customer);
  if (ONE_MESSAGE_TOUCHPOINTS.includes(touchpoint)) return { expiresAt, messages: [{ kind: MessageKind.REQUEST, channel, at: now }] };
  const first = touchpoint === Touchpoint.AFTER_RESOLUTION ? MessageKind.UPDATED_RATING_REQUEST : MessageKind.REQUEST;
  const messages: PlannedMessage[] = [
    { kind: first, channel: Channel.APP, at: now },
    { kind: first, channel, at: now },
    { kind: MessageKind.REMINDER, channel, at: at(policy.reminderAfterMs) },
    { kind: MessageKind.FINAL_FOLLOW_UP, channel, at: at(policy.finalFollowUpAfterMs) },
  ].filter((m) => m.at.getTime() < expiresAt.getTime());
  return { expiresAt, messages };
}

const ONE_MESSAGE_TOUCHPOINTS: readonly Touchpoint[] = [Touchpoint.AFTER_PICKUP, Touchpoint.AFTER_VENDOR_REPLACEMENT];

export const customerChannel = (customer: { hasWhatsapp: boolean }) => (customer.hasWhatsapp ? Channel.WHATSAPP : Channel.SMS);
