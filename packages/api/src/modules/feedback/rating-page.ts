// The customer's rating page: the link in every feedback message. No login: the signed token
// names the request and expires with it. Server-rendered, tiny, works without JavaScript.
import { createHash } from 'node:crypto';
import express, { type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { ratingPageContentSecurityPolicy } from '../../common/security-headers.js';
import { FeedbackRequestStatus, FeedbackRoute, Touchpoint } from '../../common/enums.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import type { Services } from '../../services.js';
import { TOUCHPOINT_QUESTION, type MessageLinks } from '../messaging/templates.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import { FeedbackRequest } from './feedback-request.entity.js';
import type { FeedbackAnswer } from './eligibility.policy.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// The page's only style, inline (one request, no asset route). The Content-Security-Policy allows
// exactly this text by its hash, so nothing else inline can run or style the page.
const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:#f4f6fb;color:#1d2433}
main{max-width:460px;margin:0 auto;padding:24px 18px}h1{font-size:1.35rem;margin:.2em 0 .6em}.card{background:#fff;border-radius:14px;padding:20px;box-shadow:0 1px 4px #0001}
.muted{color:#5b6475;font-size:.93rem}.stars{display:flex;flex-direction:row-reverse;justify-content:center;gap:6px;margin:14px 0}
.stars input{position:absolute;opacity:0;width:0}.stars label{font-size:2.6rem;color:#c9cfdb;cursor:pointer;line-height:1}
.stars input:checked~label,.stars label:hover,.stars label:hover~label{color:#f5a623}.stars input:focus-visible+label{outline:2px solid #2f6fed;border-radius:6px}
fieldset{border:0;padding:0;margin:0}details{margin:10px 0}select,textarea{width:100%;font:inherit;padding:10px;border:1px solid #cfd5e2;border-radius:10px;background:#fff}
.row{display:flex;justify-content:space-between;align-items:center;gap:10px;margin:8px 0}.row select{width:7.5em}
button,.btn{display:block;width:100%;margin-top:16px;padding:14px;border:0;border-radius:12px;background:#2f6fed;color:#fff;font:600 1rem system-ui;text-align:center;text-decoration:none}
.btn.alt{background:#fff;color:#2f6fed;border:1px solid #2f6fed}.err{background:#fdecec;color:#8a1c1c;padding:10px 12px;border-radius:10px;margin-bottom:12px}
`;
const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

const SUB_RATINGS: [keyof FeedbackAnswer, string][] = [
  ['vendorBehaviour', 'Vendor behaviour'],
  ['pickupExperience', 'Pickup experience'],
  ['paymentSpeed', 'Payment speed'],
];

function form(brand: string, name: string, device: string, touchpoint: Touchpoint, error?: string): string {
  const stars = [5, 4, 3, 2, 1]
    .map((n) => `<input type="radio" id="s${n}" name="rating" value="${n}" required><label for="s${n}" title="${n} star${n > 1 ? 's' : ''}">★</label>`)
    .join('');
  const subs = SUB_RATINGS.map(
    ([key, label]) =>
      `<div class="row"><span>${label}</span><select name="${key}" aria-label="${label}"><option value="">–</option>${[5, 4, 3, 2, 1].map((n) => `<option value="${n}">${n} ★</option>`).join('')}</select></div>`,
  ).join('');
  return page(`Rate ${brand}`, `<div class="card"><p class="muted">${esc(brand)} · ${esc(device)}</p>
<h1>Hi ${esc(name)}! ${esc(TOUCHPOINT_QUESTION[touchpoint])}</h1>${error ? `<div class="err" role="alert">${esc(error)}</div>` : ''}
<form method="post"><fieldset><legend class="muted">Tap a star</legend><div class="stars">${stars}</div></fieldset>
<details><summary>Rate the details (optional)</summary>${subs}</details>
<label class="muted" for="comment">Anything to add? (optional)</label><textarea id="comment" name="comment" rows="3" maxlength="2000"></textarea>
<button type="submit">Send my rating</button></form></div>`);
}

function nextStep(route: FeedbackRoute, links: MessageLinks, brand: string): string {
  switch (route) {
    case FeedbackRoute.ESCALATE:
      return `<h1>We're sorry.</h1><p>Our customer experience team has been alerted and will call you within minutes to put this right.</p>`;
    case FeedbackRoute.ASK_DETAILS:
      return `<h1>Thank you!</h1><p>We'd love to know what we could do better: we've sent you a message where you can tell us more.</p>`;
    case FeedbackRoute.ASK_PUBLIC_REVIEW:
      return `<h1>Thank you!</h1><p>Would you like to support us with a quick review on Google?</p><a class="btn" href="${esc(links.googleReview)}">Review ${esc(brand)} on Google</a>`;
    case FeedbackRoute.REDIRECT_TO_STORE:
      return `<h1>Thank you!</h1><p>Would you like to support us with a quick review?</p><a class="btn" href="${esc(links.businessProfile)}">Review us on Google</a><a class="btn alt" href="${esc(links.playStore)}">Rate the app on Google Play</a>`;
  }
}

const closedPage = (title: string, text: string, status = 200) => ({ status, html: page(title, `<div class="card"><h1>${esc(title)}</h1><p>${esc(text)}</p></div>`) });

export function ratingPageRouter(deps: { orm: MikroORM; services: Services; policy: PolicySettings; links: MessageLinks }): Router {
  const router = express.Router();
  router.use(ratingPageContentSecurityPolicy(STYLE_HASH));
  const brand = deps.policy.brandName;

  async function load(token: string) {
    const requestId = await deps.services.ratingLinks.requestIdOf(token);
    if (!requestId) return { error: closedPage('This link has expired', `Rating links stay open for a few days. Thank you for choosing ${brand}!`, 410) };
    const em = deps.orm.em.fork();
    const request = await em.findOne(FeedbackRequest, { id: requestId });
    if (!request) return { error: closedPage('Link not found', 'This rating link is not valid.', 404) };
    const order = await em.findOneOrFail(Order, { id: request.order.id });
    const customer = await em.findOneOrFail(Customer, { id: order.customer.id });
    return { request, order, customer };
  }

  function stateError(status: FeedbackRequestStatus) {
    if (status === FeedbackRequestStatus.RESPONDED) return closedPage('You have already rated this', `Thank you: we have your rating. If something is wrong, reply to our message and the ${brand} team will help.`);
    if (status === FeedbackRequestStatus.EXPIRED) return closedPage('This link has expired', `Rating links stay open for a few days. Thank you for choosing ${brand}!`, 410);
    return closedPage('No rating needed', 'This order no longer needs a rating. Thank you!');
  }

  router.get('/:token', async (req, res, next) => {
    try {
      const r = await load(req.params.token);
      if ('error' in r) return void res.status(r.error!.status).type('html').send(r.error!.html);
      if (r.request.status !== FeedbackRequestStatus.OPEN) {
        const e = stateError(r.request.status);
        return void res.status(e.status).type('html').send(e.html);
      }
      res.type('html').send(form(brand, r.customer.name.split(' ')[0], r.order.deviceModel, r.request.touchpoint));
    } catch (e) {
      next(e);
    }
  });

  router.post('/:token', express.urlencoded({ extended: false, limit: '16kb' }), express.json({ limit: '16kb' }), async (req, res, next) => {
    try {
      const r = await load(req.params.token);
      if ('error' in r) return void res.status(r.error!.status).type('html').send(r.error!.html);
      if (r.request.status !== FeedbackRequestStatus.OPEN) {
        const e = stateError(r.request.status);
        return void res.status(e.status === 200 ? 409 : e.status).type('html').send(e.html);
      }
      const num = (v: unknown) => (v === undefined || v === '' || v === null ? null : Number(v));
      const answer: FeedbackAnswer = {
        rating: Number(req.body?.rating),
        comment: typeof req.body?.comment === 'string' ? req.body.comment : null,
        vendorBehaviour: num(req.body?.vendorBehaviour),
        pickupExperience: num(req.body?.pickupExperience),
        paymentSpeed: num(req.body?.paymentSpeed),
      };
      try {
        const feedback = await deps.services.feedback.submitFromRequest(deps.orm.em.fork(), r.request.id, answer);
        res.type('html').send(page('Thank you', `<div class="card">${nextStep(feedback.route, deps.links, brand)}</div>`));
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        if (e.extra.rule === 'FEEDBACK_ALREADY_SUBMITTED') {
          const done = stateError(FeedbackRequestStatus.RESPONDED);
          return void res.status(409).type('html').send(done.html);
        }
        res.status(e.code === 'BAD_USER_INPUT' ? 400 : 409).type('html').send(form(brand, r.customer.name.split(' ')[0], r.order.deviceModel, r.request.touchpoint, e.message));
      }
    } catch (e) {
      next(e);
    }
  });
  return router;
}
