// M6: the payouts provider's status webhooks at POST /webhooks/payouts (Razorpay's shape: the
// event in JSON, X-Razorpay-Signature the hex HMAC-SHA256 of the raw body). A signed payout event
// finishes the request it is about through MoneyService.recordOutcome, which writes only on an
// APPROVED request: a replayed, duplicated or late event (processed after failed, failed after
// processed) finds the request PAID or FAILED and changes nothing. That is the deduplication: no
// table of event ids is needed, because the request's own state is what must not move twice.
//
// Answers: a bad or missing signature 401 (nothing read, nothing written). A signed event about a
// payout we do not know, or not about a payout at all, 200 and ignored: the provider retries every
// non-2xx for 24 hours and then disables the webhook, so refusing an event that can never succeed
// (a payout made from the provider's dashboard, another integration on the same account) would only
// bring the webhook down for the payouts that are ours. A signed body that is not an event: 400.
import express, { type Router } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/find.js';
import { MoneyRequest } from './money-request.entity.js';
import type { MoneyService } from './money.service.js';
import { readPayoutEvent, webhookSignatureValid, type PayoutEvent } from './payouts.policy.js';

export type WebhookOutcome = 'PAID' | 'PROCESSING' | 'FAILED' | 'NO_CHANGE' | 'UNKNOWN_PAYOUT';

/** The request an event is about: by reference_id (our request id, known before our commit recorded the payout's id), else by the payout's id. */
async function requestOf(em: EntityManager, payout: { id: string; reference_id?: string | null }): Promise<MoneyRequest | null> {
  const byRef = payout.reference_id && isUuid(payout.reference_id) ? await em.findOne(MoneyRequest, { id: payout.reference_id }) : null;
  // A request already tied to another payout is not this payout's: that reference_id is not ours to trust.
  if (byRef && (!byRef.providerReference || byRef.providerReference === payout.id)) return byRef;
  return em.findOne(MoneyRequest, { providerReference: payout.id });
}

export async function applyPayoutEvent(em: EntityManager, money: MoneyService, event: Extract<PayoutEvent, { kind: 'payout' }>): Promise<WebhookOutcome> {
  const request = await requestOf(em, event.payout);
  if (!request) return 'UNKNOWN_PAYOUT';
  const outcome = await money.recordOutcome(em, request.id, event.result);
  return outcome === 'NONE' ? 'NO_CHANGE' : outcome;
}

export function payoutsWebhookRouter(deps: { orm: MikroORM; money: MoneyService; secret?: string; log: (line: string) => void }): Router {
  const router = express.Router();
  // Raw bytes, whatever the content type: the signature is over the body exactly as sent.
  router.post('/', express.raw({ type: () => true, limit: '256kb' }), async (req, res, next) => {
    try {
      if (!deps.secret) return void res.status(404).json({ error: 'Payouts webhooks are not configured here (PAYOUTS_WEBHOOK_SECRET).' });
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!webhookSignatureValid(raw, req.get('x-razorpay-signature'), deps.secret)) {
        return void res.status(401).json({ error: 'The signature (X-Razorpay-Signature) does not match the body.' });
      }
      const event = readPayoutEvent(raw);
      if (!event) return void res.status(400).json({ error: 'The body is not a payout event.' });
      const eventId = req.get('x-razorpay-event-id') ?? null;
      if (event.kind === 'other') return void res.json({ outcome: 'IGNORED', event: event.event });
      const outcome = await applyPayoutEvent(deps.orm.em.fork(), deps.money, event);
      if (outcome === 'UNKNOWN_PAYOUT') deps.log(`payouts webhook: ${event.event} for unknown payout ${event.payout.id} (event ${eventId ?? '-'}) ignored`);
      res.json({ outcome, event: event.event });
    } catch (e) {
      next(e);
    }
  });
  return router;
}
