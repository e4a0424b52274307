// F1, F2: what a feedback request sends and when, and when it expires.
import { Channel, MessageKind } from '../../common/enums.js';
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
 * The request's first message at once (WhatsApp, or SMS for customers without WhatsApp, plus
 * the in-app prompt), a reminder and a final follow-up; none is planned after expiry.
 */
export function planRequest(
  now: Date,
  policy: Pick<PolicySettings, 'reminderAfterMs' | 'finalFollowUpAfterMs' | 'requestExpiresAfterMs'>,
  customer: { hasWhatsapp: boolean },
  first: MessageKind.REQUEST | MessageKind.UPDATED_RATING_REQUEST = MessageKind.REQUEST,
): RequestPlan {
  const at = (ms: number) => new Date(now.getTime() + ms);
  const expiresAt = at(policy.requestExpiresAfterMs);
  const channel = customer.hasWhatsapp ? Channel.WHATSAPP : Channel.SMS;
  const messages: PlannedMessage[] = [
    { kind: first, channel: Channel.APP, at: now },
    { kind: first, channel, at: now },
    { kind: MessageKind.REMINDER, channel, at: at(policy.reminderAfterMs) },
    { kind: MessageKind.FINAL_FOLLOW_UP, channel, at: at(policy.finalFollowUpAfterMs) },
  ].filter((m) => m.at.getTime() < expiresAt.getTime());
  return { expiresAt, messages };
}

export const customerChannel = (customer: { hasWhatsapp: boolean }) => (customer.hasWhatsapp ? Channel.WHATSAPP : Channel.SMS);
