// The customer's pages behind the links in their messages: the rating page (one request), the
// details page of a 3-star answer (R2), and the pages that say plainly why a link leads nowhere,
// with how to reach support. No login: the signed token is the credential (S1). Server-rendered,
// small, usable on a 375 px phone without JavaScript.
import { createHash } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { durationWords } from '../../common/time-text.js';
import { ratingPageContentSecurityPolicy } from '../../common/security-headers.js';
import { FeedbackRequestStatus, FeedbackRoute, MessageKind, type Touchpoint } from '../../common/enums.js';
import type { PolicySettings, PublicReviewInvites } from '../../common/policy-settings.js';
import type { Services } from '../../services.js';
import { TOUCHPOINT_QUESTION, type MessageLinks } from '../messaging/templates.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import { MAX_COMMENT, SUB_RATINGS, SUB_RATINGS_ASKED, type FeedbackAnswer, type SubRating } from './eligibility.policy.js';
import { FeedbackRequest } from './feedback-request.entity.js';
import { Feedback } from './feedback.entity.js';
import { tokenOf } from './rating-link.js';
import { decideRoute } from './routing.policy.js';

export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// The pages' only style, inline (one request, no asset route). The Content-Security-Policy allows
// exactly this text by its hash, so nothing else inline can run or style the page.
const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:#f4f6fb;color:#1d2433}
main{max-width:460px;margin:0 auto;padding:24px 18px}h1{font-size:1.35rem;margin:.2em 0 .6em}.card{background:#fff;border-radius:14px;padding:20px;box-shadow:0 1px 4px #0001}
.muted{color:#5b6475;font-size:.93rem}.stars{display:flex;flex-direction:row-reverse;justify-content:center;gap:6px;margin:14px 0}
.stars input{position:absolute;opacity:0;width:0}.stars label{font-size:2.6rem;color:#c9cfdb;cursor:pointer;line-height:1}
.stars input:checked~label,.stars label:hover,.stars label:hover~label{color:#f5a623}.stars input:focus-visible+label{outline:2px solid #2f6fed;border-radius:6px}
fieldset{border:0;padding:0;margin:0;min-width:0}textarea{width:100%;font:inherit;padding:10px;border:1px solid #cfd5e2;border-radius:10px;background:#fff}
.sub{padding:8px 0 0}.sub legend{font-size:.95rem;padding:0}.sub .stars{justify-content:flex-end;margin:4px 0 6px;gap:4px}
.sub .stars label{font-size:1.9rem;padding:0 2px}h2{font-size:1rem;margin:18px 0 4px}
button,.btn{display:block;width:100%;margin-top:16px;padding:14px;border:0;border-radius:12px;background:#2f6fed;color:#fff;font:600 1rem system-ui;text-align:center;text-decoration:none}
.btn.alt{background:#fff;color:#2f6fed;border:1px solid #2f6fed}.err{background:#fdecec;color:#8a1c1c;padding:10px 12px;border-radius:10px;margin-bottom:12px}
.invite{margin-top:18px;padding-top:14px;border-top:1px solid #eef1f6}h1+.invite{margin-top:0;padding-top:0;border:0}footer{margin-top:18px;text-align:center}footer a{color:#2f6fed}
`;
const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

/** F6: each sub-rating, asked as the customer would hear it. */
const SUB_RATING_QUESTION: Record<SubRating, string> = {
  vendorBehaviour: 'How did the vendor behave?',
  vendorTimeliness: 'Did the vendor come on time?',
  vendorProfessionalism: 'How professional was the vendor?',
  pickupExperience: 'How was the pickup?',
  paymentSpeed: 'Was the payment smooth and instant?',
};

export interface PageContext {
  brand: string;
  links: MessageLinks;
  invites: PublicReviewInvites;
}

function support(links: MessageLinks): string {
  return `<footer class="muted">Need help? Call <a href="tel:${esc(links.supportPhone.replace(/[^\d+]/g, ''))}">${esc(links.supportPhone)}</a> or <a href="${esc(links.supportWhatsapp)}">message us on WhatsApp</a>.</footer>`;
}

/** A customer page: the one style (allowed by its hash), the card, the support footer. */
export function page(ctx: PageContext, title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main><div class="card">${body}</div>${support(ctx.links)}</main></body></html>`;
}

const starInputs = (name: string, label: string) =>
  [5, 4, 3, 2, 1]
    .map((n) => `<input type="radio" id="${name}${n}" name="${name}" value="${n}"${name === 'rating' ? ' required' : ''} aria-label="${esc(label)}: ${n} star${n > 1 ? 's' : ''}"><label for="${name}${n}" title="${n} star${n > 1 ? 's' : ''}">★</label>`)
    .join('');

function ratingForm(ctx: PageContext, token: string, name: string, device: string, touchpoint: Touchpoint, error?: string): string {
  const asked = SUB_RATINGS_ASKED[touchpoint];
  const subs = asked.length
    ? `<h2>A little more (optional)</h2>${asked.map((key) => `<fieldset class="sub"><legend>${esc(SUB_RATING_QUESTION[key])}</legend><div class="stars">${starInputs(key, SUB_RATING_QUESTION[key])}</div></fieldset>`).join('')}`
    : '';
  return page(ctx, `Rate ${ctx.brand}`, `<p class="muted">${esc(ctx.brand)} · ${esc(device)}</p>
<h1>Hi ${esc(name)}! ${esc(TOUCHPOINT_QUESTION[touchpoint])}</h1>${error ? `<div class="err" role="alert">${esc(error)}</div>` : ''}
<form method="post"><fieldset><legend class="muted">Tap a star</legend><div class="stars">${starInputs('rating', 'Your rating')}</div></fieldset>
${subs}
<label class="muted" for="comment">Anything to add? (optional)</label><textarea id="comment" name="comment" rows="3" maxlength="${MAX_COMMENT}"></textarea>
<button type="submit">Send my rating</button></form>${helpButton(token)}`);
}

/** SOP 001 §4 step 2, the message's third button: "Need Help? Contact Support" opens a support case (support-cases/help-page.ts). */
const helpButton = (token: string) => `<a class="btn alt" href="${esc(token)}/help">Need help? Contact support</a>`;

/** R2: posts to the details link (relative: the page works behind any host name). */
function detailsForm(detailsToken: string, error?: string): string {
  return `<form method="post" action="./${esc(detailsToken)}">${error ? `<div class="err" role="alert">${esc(error)}</div>` : ''}
<label for="details">What could we have done better?</label><textarea id="details" name="details" rows="4" maxlength="${MAX_COMMENT}" required></textarea>
<button type="submit">Send my feedback</button></form>`;
}

/**
 * R3–R5: the public-review links after an answer, as the messages of decideRoute say (the page
 * shows what the message sends, with the same links): the neutral invite for every rating in
 * EVERYONE mode; in SOP mode Google for 4, every store for 5, nothing otherwise.
 */
function invite(ctx: PageContext, rating: number): string {
  const google = (href: string, label: string) => `<a class="btn" href="${esc(href)}">${label}</a>`;
  const stores = `<a class="btn alt" href="${esc(ctx.links.playStore)}">Rate the app on Google Play</a><a class="btn alt" href="${esc(ctx.links.appStore)}">Rate us on the App Store</a>`;
  return decideRoute(rating, ctx.invites)
    .messages.map(({ kind, neutral }) => {
      if (kind === MessageKind.PUBLIC_REVIEW_INVITE && neutral) {
        return `<div class="invite"><p>If you wish, you can share your experience publicly, whatever it was:</p>${google(ctx.links.googleReview, 'Review us on Google')}${stores}</div>`;
      }
      if (kind === MessageKind.PUBLIC_REVIEW_INVITE) {
        return `<div class="invite"><p>Would you like to support us with a quick review on Google?</p>${google(ctx.links.googleReview, `Review ${esc(ctx.brand)} on Google`)}</div>`;
      }
      if (kind === MessageKind.STORE_REDIRECT) {
        return `<div class="invite"><p>Would you like to support us with a quick review?</p>${google(ctx.links.businessProfile, 'Review us on Google')}${stores}</div>`;
      }
      return ''; // the details prompt: the page's own form (nextStep)
    })
    .join('');
}

/** What the customer sees once their answer is in: the route's next step, then the invite. */
function nextStep(ctx: PageContext, feedback: Feedback, detailsToken: string | null): string {
  const head: Record<FeedbackRoute, string> = {
    [FeedbackRoute.ESCALATE]: `<h1>We're sorry.</h1><p>Our customer experience team has been alerted and will call you within minutes to put this right.</p>`,
    [FeedbackRoute.ASK_DETAILS]: feedback.detailsAt
      ? `<h1>Thank you!</h1><p>We have your rating and your details; our team reads every one.</p>`
      : `<h1>Thank you!</h1><p>We'd love to know what we could do better.</p>${detailsToken ? detailsForm(detailsToken) : ''}`,
    [FeedbackRoute.ASK_PUBLIC_REVIEW]: `<h1>Thank you!</h1>`,
    [FeedbackRoute.REDIRECT_TO_STORE]: `<h1>Thank you!</h1>`,
  };
  return head[feedback.route] + invite(ctx, feedback.rating);
}

export interface Outcome {
  status: number;
  title: string;
  body: string;
}

export const notice = (status: number, title: string, text: string): Outcome => ({ status, title, body: `<h1>${esc(title)}</h1><p>${esc(text)}</p>` });

export const INVALID = notice(404, 'This link is not valid', 'It may have been cut short when it was copied. Open it again from our message, or contact us below and we will help.');
const NO_LINK = notice(404, 'This page needs the link from our message', 'Open the link we sent you on WhatsApp or by SMS, or contact us below.');

/** The pages' Content-Security-Policy hash of their one style (the help page shares it). */
export const CUSTOMER_PAGE_STYLE_HASH = STYLE_HASH;

export function ratingPageRouter(deps: { orm: MikroORM; services: Services; policy: PolicySettings; links: MessageLinks }): Router {
  const router = express.Router();
  router.use(ratingPageContentSecurityPolicy(STYLE_HASH));
  const ctx: PageContext = { brand: deps.policy.brandName, links: deps.links, invites: deps.policy.publicReviewInvites };
  const EXPIRED = notice(
    410,
    'This link has expired',
    `Rating links stay open for ${durationWords(deps.policy.requestExpiresAfterMs)}. If you still want to tell us something, contact us below: we are glad to hear from you.`,
  );
  const feedback = deps.services.feedback;
  const send = (res: Response, o: Outcome) => void res.status(o.status).type('html').send(page(ctx, o.title, o.body));

  async function rating(requestId: string) {
    const em = deps.orm.em.fork();
    const request = await em.findOne(FeedbackRequest, { id: requestId });
    if (!request) return null;
    const order = await em.findOneOrFail(Order, { id: request.order.id });
    const customer = await em.findOneOrFail(Customer, { id: order.customer.id });
    return { request, name: customer.name.split(' ')[0], device: order.deviceModel };
  }

  /** A request that is no longer open: answered (its next step, or R2's form still to fill), expired or cancelled. */
  async function closed(request: FeedbackRequest): Promise<Outcome> {
    if (request.status === FeedbackRequestStatus.EXPIRED) return EXPIRED;
    if (request.status === FeedbackRequestStatus.CANCELLED) return notice(200, 'No rating needed', 'This order no longer needs a rating. Thank you!');
    const answer = await feedback.answerTo(deps.orm.em.fork(), request.id);
    if (!answer) return notice(200, 'You have already rated this', `Thank you: we have your rating.`);
    const details = answer.route === FeedbackRoute.ASK_DETAILS && !answer.detailsAt ? tokenOf(await feedback.detailsLinkFor(answer)) : null;
    return { status: 200, title: 'Thank you', body: `<p class="muted">You have already rated this. Thank you!</p>${nextStep(ctx, answer, details)}` };
  }

  async function details(feedbackId: string, error?: { status: number; message: string }, token?: string): Promise<Outcome> {
    const answer = await deps.orm.em.fork().findOne(Feedback, { id: feedbackId });
    if (!answer || answer.route !== FeedbackRoute.ASK_DETAILS) return INVALID;
    if (answer.detailsAt) return notice(error ? 409 : 200, 'We have your details', 'Thank you for telling us: our team reads every one, and will call you if something needs putting right.');
    return { status: error?.status ?? 200, title: 'Tell us more', body: `<h1>Thank you for your rating</h1>${detailsForm(token!, error?.message)}` };
  }

  router.get('/', (_req, res) => send(res, NO_LINK));

  router.get('/:token', async (req, res, next) => {
    try {
      const link = await deps.services.ratingLinks.read(req.params.token);
      if (!link.ok) return send(res, link.reason === 'EXPIRED' ? EXPIRED : INVALID);
      if (link.kind === 'details') return send(res, await details(link.feedbackId, undefined, req.params.token));
      const r = await rating(link.requestId);
      if (!r) return send(res, INVALID);
      if (r.request.status !== FeedbackRequestStatus.OPEN) return send(res, await closed(r.request));
      res.type('html').send(ratingForm(ctx, req.params.token, r.name, r.device, r.request.touchpoint));
    } catch (e) {
      next(e);
    }
  });

  router.post('/:token', express.urlencoded({ extended: false, limit: '16kb' }), express.json({ limit: '16kb' }), async (req: Request<{ token: string }>, res, next) => {
    try {
      const link = await deps.services.ratingLinks.read(req.params.token);
      if (!link.ok) return send(res, link.reason === 'EXPIRED' ? EXPIRED : INVALID);
      if (link.kind === 'details') return send(res, await postDetails(req.params.token, link.feedbackId, req.body?.details));
      const r = await rating(link.requestId);
      if (!r) return send(res, INVALID);
      if (r.request.status !== FeedbackRequestStatus.OPEN) {
        const o = await closed(r.request);
        return send(res, { ...o, status: o.status === 200 ? 409 : o.status });
      }
      const num = (v: unknown) => (v === undefined || v === '' || v === null ? null : Number(v));
      const answer: FeedbackAnswer = { rating: Number(req.body?.rating), comment: typeof req.body?.comment === 'string' ? req.body.comment : null };
      for (const key of SUB_RATINGS) answer[key] = num(req.body?.[key]);
      try {
        const given = await feedback.submitFromRequest(deps.orm.em.fork(), r.request.id, answer, link.channel);
        const detailsToken = given.route === FeedbackRoute.ASK_DETAILS ? tokenOf(await feedback.detailsLinkFor(given)) : null;
        send(res, { status: 200, title: 'Thank you', body: nextStep(ctx, given, detailsToken) + helpButton(req.params.token) });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        if (e.extra.rule === 'FEEDBACK_ALREADY_SUBMITTED') {
          const o = await closed(await deps.orm.em.fork().findOneOrFail(FeedbackRequest, { id: r.request.id }));
          return send(res, { ...o, status: 409 });
        }
        res.status(e.code === 'BAD_USER_INPUT' ? 400 : 409).type('html').send(ratingForm(ctx, req.params.token, r.name, r.device, r.request.touchpoint, e.message));
      }
    } catch (e) {
      next(e);
    }
  });

  async function postDetails(token: string, feedbackId: string, text: unknown): Promise<Outcome> {
    try {
      await feedback.addDetails(deps.orm.em.fork(), null, { token }, typeof text === 'string' ? text : '');
      return { status: 200, title: 'Thank you', body: `<h1>Thank you for telling us</h1><p>Our team reads every message, and will call you if something needs putting right.</p>` };
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      return details(feedbackId, { status: e.code === 'BAD_USER_INPUT' ? 400 : 409, message: e.message }, token);
    }
  }

  // Anything else under /r/ is a link that lost its way, not Express's "Cannot GET".
  router.use((_req, res) => send(res, NO_LINK));
  return router;
}
