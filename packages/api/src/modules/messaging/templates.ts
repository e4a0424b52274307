// Message wording, in the SOP's own words (SOP 001 §4 step 2, §6, §7 step 5, §10).
import { MessageKind, Touchpoint } from '../../common/enums.js';

export interface MessageLinks {
  googleReview: string;
  playStore: string;
  appStore: string;
  businessProfile: string;
  supportPhone: string;
  /** A wa.me link to the support WhatsApp number (the customer's pages offer it). */
  supportWhatsapp: string;
}

export const DEFAULT_LINKS: MessageLinks = {
  googleReview: 'https://g.page/r/cashkr/review',
  playStore: 'https://play.google.com/store/apps/details?id=com.cashkr.app',
  appStore: 'https://apps.apple.com/in/app/cashkr/id1234567890',
  businessProfile: 'https://g.page/cashkr',
  supportPhone: '+91 80 4718 0000',
  supportWhatsapp: 'https://wa.me/918047180000',
};

/** SOP 001 §10: the question asked at each touchpoint. */
export const TOUCHPOINT_QUESTION: Record<Touchpoint, string> = {
  [Touchpoint.ORDER_COMPLETED]: 'Please rate your experience.',
  [Touchpoint.AFTER_PICKUP]: 'How was the pickup experience?',
  [Touchpoint.AFTER_PAYMENT]: 'Was the payment smooth and instant?',
  [Touchpoint.AFTER_RESOLUTION]: 'Did our team resolve your concern properly?',
  [Touchpoint.AFTER_VENDOR_REPLACEMENT]: 'How was the new vendor experience?',
};

export interface TemplateInput {
  kind: MessageKind;
  brand: string;
  customerName: string;
  touchpoint?: Touchpoint;
  link?: string;
  links: MessageLinks;
  /** R5 EVERYONE mode: every customer gets the same invite, worded neutrally, with every store's link. */
  neutral?: boolean;
  text?: string;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function renderMessage(t: TemplateInput): string {
  const hi = `Hi ${firstName(t.customerName)},`;
  const question = TOUCHPOINT_QUESTION[t.touchpoint ?? Touchpoint.ORDER_COMPLETED];
  switch (t.kind) {
    case MessageKind.REQUEST:
      return t.touchpoint && t.touchpoint !== Touchpoint.ORDER_COMPLETED
        ? `${hi} ${question} Rate us here: ${t.link}`
        : `Thank you for selling your device on ${t.brand}! Please rate your experience: ${t.link}\nNeed help? Call support on ${t.links.supportPhone}.`;
    case MessageKind.REMINDER:
      return `${hi} a quick reminder: how was selling your device on ${t.brand}? It takes 10 seconds: ${t.link}`;
    case MessageKind.FINAL_FOLLOW_UP:
      return `${hi} this is our last request: your feedback helps us improve ${t.brand}. Rate your experience: ${t.link}`;
    case MessageKind.DETAILS_PROMPT:
      return `${hi} thank you for your rating. What could we have done better? Tell us in a few words: ${t.link}`;
    case MessageKind.PUBLIC_REVIEW_INVITE:
      return t.neutral
        ? `${hi} thank you for your feedback. If you wish, you can share your experience publicly: Google: ${t.links.googleReview} · Play Store: ${t.links.playStore} · App Store: ${t.links.appStore}`
        : `Thank you! Would you like to support us with a quick review on Google? ${t.links.googleReview}`;
    case MessageKind.STORE_REDIRECT:
      return `Thank you! Would you like to support us with a quick review? Google: ${t.links.businessProfile} · Play Store: ${t.links.playStore} · App Store: ${t.links.appStore}`;
    case MessageKind.UPDATED_RATING_REQUEST:
      return `Your issue is resolved now. If you feel your experience has improved, we'd appreciate an updated rating: ${t.link}`;
    case MessageKind.ESCALATION_ALERT:
    case MessageKind.SLA_BREACH_ALERT:
    case MessageKind.VENDOR_ACTION_NOTICE:
    case MessageKind.CASE_REPLY:
    case MessageKind.CASE_UPDATE:
    case MessageKind.CASE_ALERT:
    case MessageKind.MONEY_NOTICE:
    case MessageKind.RECEIPT:
      return t.text ?? '';
  }
}
