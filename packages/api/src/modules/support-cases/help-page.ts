// "Need Help? Contact Support" (SOP 001 §4 step 2, the third button): behind the customer's own
// rating link, a short form that opens a support case on that order (K1), or adds the message to
// the case already open on it, so the customer never has to find a phone number. The signed link
// is the credential (S1), as on the rating page.
import express, { type Request, type Response, type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CaseType, Channel, InteractionKind } from '../../common/enums.js';
import { DomainError } from '../../common/errors.js';
import type { Clock } from '../../common/clock.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { formatIst } from '../../common/time-text.js';
import type { Actor } from '../access/principal.js';
import { FeedbackRequest } from '../feedback/feedback-request.entity.js';
import { Feedback } from '../feedback/feedback.entity.js';
import type { RatingLinkSigner } from '../feedback/rating-link.js';
import { CUSTOMER_PAGE_STYLE_HASH, esc, INVALID, notice, page, type Outcome, type PageContext } from '../feedback/rating-page.js';
import { Interaction } from '../interactions/interaction.entity.js';
import type { MessageLinks } from '../messaging/templates.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import { ratingPageContentSecurityPolicy } from '../../common/security-headers.js';
import type { SupportCaseService } from './support-case.service.js';
import { caseNumber, TEXT_MAX } from './support-case.policy.js';

/** What the customer can pick, in their words, and the case type each opens. */
const TOPICS: readonly { value: string; label: string; type: CaseType }[] = [
  { value: 'ORDER_STATUS', label: 'Where is my order / pickup?', type: CaseType.ORDER_STATUS },
  { value: 'PAYMENT_ISSUE', label: 'My payment failed or came in short', type: CaseType.PAYMENT_ISSUE },
  { value: 'REFUND_STATUS', label: 'When will I get my refund?', type: CaseType.REFUND_STATUS },
  { value: 'RESCHEDULE', label: 'Reschedule my pickup', type: CaseType.RESCHEDULE },
  { value: 'CANCELLATION', label: 'Cancel my order', type: CaseType.CANCELLATION },
  { value: 'CHANGE_DETAILS', label: 'Change my address or phone', type: CaseType.CHANGE_DETAILS },
  { value: 'INVOICE', label: 'Invoice or receipt', type: CaseType.INVOICE },
  { value: 'PRICING', label: 'The price I was offered', type: CaseType.PRICING },
  { value: 'OTHER', label: 'Something else', type: CaseType.OTHER },
];

/** A customer writes a few messages a day on a case, not hundreds: more in an hour is refused. */
const MESSAGES_PER_HOUR = 10;

function helpForm(token: string, error?: string): string {
  return `<h1>How can we help?</h1>${error ? `<div class="err" role="alert">${esc(error)}</div>` : ''}
<form method="post" action="help"><label for="topic">What is it about?</label>
<select id="topic" name="topic" required>${TOPICS.map((t) => `<option value="${t.value}">${esc(t.label)}</option>`).join('')}</select>
<label for="message" class="muted">Tell us what happened</label><textarea id="message" name="message" rows="5" maxlength="${TEXT_MAX}" required></textarea>
<button type="submit">Send to support</button></form><a class="btn alt" href="../${esc(token)}">Back to the rating</a>`;
}

export function helpPageRouter(deps: { orm: MikroORM; clock: Clock; cases: SupportCaseService; ratingLinks: RatingLinkSigner; policy: PolicySettings; links: MessageLinks }): Router {
  const router = express.Router();
  router.use('/:token/help', ratingPageContentSecurityPolicy(CUSTOMER_PAGE_STYLE_HASH));
  const ctx: PageContext = { brand: deps.policy.brandName, links: deps.links, invites: deps.policy.publicReviewInvites };
  const send = (res: Response, o: Outcome) => void res.status(o.status).type('html').send(page(ctx, o.title, o.body));
  const EXPIRED = notice(410, 'This link has expired', 'Call or message us below and we will help you straight away.');

  /** The order and the channel a customer link leads to (a rating link names its request; a details link its feedback). */
  async function orderOf(token: string): Promise<{ order: Order; customer: Customer; channel: Channel } | 'EXPIRED' | null> {
    const link = await deps.ratingLinks.read(token);
    if (!link.ok) return link.reason === 'EXPIRED' ? 'EXPIRED' : null;
    const em = deps.orm.em.fork();
    const orderId = link.kind === 'rating'
      ? (await em.findOne(FeedbackRequest, { id: link.requestId }))?.order.id
      : (await em.findOne(Feedback, { id: link.feedbackId }))?.order.id;
    if (!orderId) return null;
    const order = await em.findOneOrFail(Order, { id: orderId });
    const customer = await em.findOneOrFail(Customer, { id: order.customer.id });
    if (customer.erasedAt) return null;
    const channel = link.kind === 'rating' && link.channel ? link.channel : customer.hasWhatsapp ? Channel.WHATSAPP : Channel.SMS;
    return { order, customer, channel };
  }

  router.get('/:token/help', async (req, res, next) => {
    try {
      const found = await orderOf(req.params.token);
      if (found === 'EXPIRED') return send(res, EXPIRED);
      if (!found) return send(res, INVALID);
      send(res, { status: 200, title: 'Contact support', body: helpForm(req.params.token) });
    } catch (e) {
      next(e);
    }
  });

  router.post('/:token/help', express.urlencoded({ extended: false, limit: '16kb' }), async (req: Request<{ token: string }>, res, next) => {
    try {
      const found = await orderOf(req.params.token);
      if (found === 'EXPIRED') return send(res, EXPIRED);
      if (!found) return send(res, INVALID);
      const topic = TOPICS.find((t) => t.value === req.body?.topic) ?? TOPICS[TOPICS.length - 1];
      const message = typeof req.body?.message === 'string' ? req.body.message.trim() : '';
      const formError = (status: number, text: string) => send(res, { status, title: 'Contact support', body: helpForm(req.params.token, text) });
      if (!message) return formError(400, 'Tell us in a few words what happened, so the right person can help.');
      if (message.length > TEXT_MAX) return formError(400, `Please keep it under ${TEXT_MAX.toLocaleString('en-IN')} characters.`);
      const actor: Actor = { type: 'CUSTOMER', id: found.customer.id, label: `${found.customer.name} (support link)` };
      const em = deps.orm.em.fork();
      const open = await deps.cases.openCaseOnOrder(em, found.order.id);
      try {
        // K6: a message within the reopen window reopens a resolved case; after it, a new case starts.
        if (open && !deps.cases.isFrozen(open)) {
          const since = new Date(deps.clock.now().getTime() - 3_600_000);
          const recent = await em.count(Interaction, { supportCase: open.id, kind: InteractionKind.CUSTOMER_MESSAGE, at: { $gte: since } });
          if (recent >= MESSAGES_PER_HOUR) return formError(429, 'We already have your messages on this request; our team will reply soon.');
          const c = await deps.cases.customerMessage(em, null, open.id, `${topic.label}: ${message}`, found.channel, actor);
          return send(res, { status: 200, title: 'Message sent', body: `<h1>Thank you</h1><p>We have added your message to your request ${esc(caseNumber(c.seq))}; our team will reply soon.</p>` });
        }
        const c = await deps.cases.open(em, null, {
          type: topic.type, channel: found.channel, subject: `${topic.label} (order ${found.order.externalRef})`, description: message,
          customerId: found.customer.id, orderId: found.order.id,
        }, actor);
        send(res, {
          status: 200, title: 'Request received',
          body: `<h1>Thank you, we're on it</h1><p>Your request number is <strong>${esc(caseNumber(c.seq))}</strong>. Our team will reply by ${esc(formatIst(c.firstResponseDueAt))}.</p>`,
        });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        return formError(e.code === 'BAD_USER_INPUT' ? 400 : 409, e.message);
      }
    } catch (e) {
      next(e);
    }
  });

  return router;
}
