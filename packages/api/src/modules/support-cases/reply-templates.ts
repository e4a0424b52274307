// K8: the reply templates an agent picks in the reply box, in the SOPs' own words, with the
// customer's name, the order and the case filled in. Pure: the resolver passes what it knows.
import { CaseType as T, Team } from '../../common/enums.js';
import { formatIst } from '../../common/time-text.js';
import { escalatedNotice } from './case-messages.js';

export interface TemplateFacts {
  brand: string;
  customerName: string;
  orderRef: string | null;
  caseNumber: string | null;
  caseType: T | null;
  team: Team;
  /** When the customer can expect an answer (the resolution due time of a case). */
  expectBy: Date | null;
}

export interface ReplyTemplateText {
  id: string;
  name: string;
  /** Where the wording comes from, e.g. "SOP 001 §7 step 2". */
  source: string;
  body: string;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
const onOrder = (f: TemplateFacts) => (f.orderRef ? ` with your order ${f.orderRef}` : '');

interface Template {
  id: string;
  name: string;
  source: string;
  /** The case types it fits (none: every case); escalations get those marked `escalations`. */
  types?: readonly T[];
  escalations?: boolean;
  cases?: boolean;
  /** Offered only when this holds of the facts. */
  when?: (f: TemplateFacts) => boolean;
  render: (f: TemplateFacts) => string;
}

const TEMPLATES: readonly Template[] = [
  {
    id: 'FIRST_CONTACT', name: 'First contact', source: 'SOP 001 §7 step 2', escalations: true, cases: true,
    render: (f) => `Hi ${firstName(f.customerName)}, we noticed you had an issue${onOrder(f)}. We're here to resolve it immediately.`,
  },
  {
    id: 'CALL_SCRIPT', name: 'Call script (feedback)', source: 'SOP 001 §5', escalations: true, cases: true,
    render: (f) => `We'd love to know how your experience was with ${f.brand} today. Your feedback helps us improve our service.`,
  },
  {
    id: 'UPDATED_RATING', name: 'Ask for an updated rating', source: 'SOP 001 §7 step 5', escalations: true, cases: true,
    render: () => "Your issue is resolved now. If you feel your experience has improved, we'd appreciate an updated rating.",
  },
  {
    // The customer is told automatically when the case is escalated (K5); this is for a later update.
    id: 'ESCALATION_NOTICE', name: 'Escalation update', source: 'SOP 003 §6', cases: true,
    when: (f) => f.team !== Team.CX && f.expectBy !== null && f.caseNumber !== null,
    render: (f) => escalatedNotice({ brand: f.brand, customerName: f.customerName, number: f.caseNumber!, team: f.team, expectBy: f.expectBy! }),
  },
  {
    id: 'PAYMENT_ISSUE', name: 'Payment issue acknowledged', source: 'SOP 003 §4', types: [T.PAYMENT_ISSUE, T.REFUND_STATUS], cases: true,
    render: (f) => `Hi ${firstName(f.customerName)}, I understand a payment problem is stressful, and I'm sorry for the trouble${onOrder(f)}. `
      + `I am checking it with our payments team now${f.expectBy ? ` and you will hear from us by ${formatIst(f.expectBy)}` : ' and will update you within 24 hours'}.`,
  },
  {
    id: 'CHANGE_DETAILS', name: 'Details cannot be changed', source: 'SOP 002 (edit address/number)', types: [T.CHANGE_DETAILS], cases: true,
    render: (f) => `Hi ${firstName(f.customerName)}, we cannot edit personal details such as the phone number or the pickup address on an order once it is placed. `
      + 'We can still ask the pickup partner to come to your new address if possible: please share the full address and a convenient time.',
  },
  {
    id: 'RESCHEDULE_FIRST', name: 'Offer to reschedule before cancelling', source: 'SOP 002 (request for cancellation)', types: [T.CANCELLATION, T.RESCHEDULE], cases: true,
    render: (f) => `Hi ${firstName(f.customerName)}, may I know why you would like to cancel${onOrder(f)}? `
      + 'Before we cancel, we can reschedule the pickup to a time slot that suits you better. Would you like that?',
  },
  {
    id: 'ASK_SERIAL', name: 'Ask for the IMEI or serial number', source: 'SOP 004', types: [T.PRODUCT_SUPPORT], cases: true,
    render: (f) => `Hi ${firstName(f.customerName)}, to check your device please share its IMEI (dial *#06#) or the serial number printed on the box or in Settings › About.`,
  },
  {
    id: 'UNABLE_TO_ORDER', name: 'Cannot place an order', source: 'SOP 002 (unable to place booking)', types: [T.UNABLE_TO_ORDER], cases: true,
    render: (f) => `Hi ${firstName(f.customerName)}, sorry you could not place your order. Please update the ${f.brand} app to the latest version and try again; `
      + 'if it still does not work, send us a screenshot of the screen and we will have our technical team look into it.',
  },
  {
    id: 'EMAIL_FOLLOW_UP', name: 'Details by e-mail within 24 hours', source: 'SOP 002 (OB form)', cases: true,
    render: (f) => `Hi ${firstName(f.customerName)}, we have noted your request${f.caseNumber ? ` (${f.caseNumber})` : ''}. `
      + 'Please confirm your e-mail address; you will receive the details there within 24 hours.',
  },
];

/** The templates for a case (those for its type, then the general ones) or an escalation, filled in. */
export function replyTemplates(f: TemplateFacts, on: 'CASE' | 'ESCALATION'): ReplyTemplateText[] {
  const fits = (t: Template) => (t.when?.(f) ?? true)
    && (on === 'ESCALATION' ? Boolean(t.escalations) : Boolean(t.cases) && (!t.types || (f.caseType !== null && t.types.includes(f.caseType))));
  const specific = TEMPLATES.filter((t) => fits(t) && t.types);
  const general = TEMPLATES.filter((t) => fits(t) && !t.types);
  return [...specific, ...general].map((t) => ({ id: t.id, name: t.name, source: t.source, body: t.render(f) }));
}
