// M6: what a payouts provider shaped like Razorpay's Payouts API says, turned into our outcome.
// Pure: no I/O. The adapter (razorpay-payouts.ts) and the webhook (payouts-webhook.ts) both read
// the provider's answers through these functions, so an answer means the same thing by either road.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PayoutResult } from './payout-provider.js';

/** The payout entity's status (Razorpay Payouts API). */
export type ProviderPayoutStatus = 'queued' | 'pending' | 'processing' | 'processed' | 'reversed' | 'cancelled' | 'rejected' | 'failed';

/** The fields of a payout entity this reads. */
export interface ProviderPayout {
  id: string;
  status: string;
  reference_id?: string | null;
  failure_reason?: string | null;
  status_details?: { description?: string | null; reason?: string | null } | null;
}

/** Final states where no money reached the party: the same key never pays later, so not retryable. */
const ENDED_UNPAID = new Set(['reversed', 'cancelled', 'rejected', 'failed']);

/**
 * processed → PROCESSED; queued, pending, processing → PROCESSING (the webhook says how it ended);
 * reversed, cancelled, rejected, failed → FAILED, not retryable. A status this does not know is
 * PROCESSING: calling a payout failed that may still be paid would let a retry pay twice.
 */
export function resultOfPayout(p: ProviderPayout): PayoutResult {
  if (p.status === 'processed') return { status: 'PROCESSED', reference: p.id };
  if (ENDED_UNPAID.has(p.status)) {
    const why = p.status_details?.description || p.failure_reason || p.status_details?.reason || null;
    return { status: 'FAILED', reference: p.id, reason: why ? `Payout ${p.status}: ${why}` : `Payout ${p.status}.`, retryable: false };
  }
  return { status: 'PROCESSING', reference: p.id };
}

/**
 * An HTTP refusal. 429 and 5xx are the provider's trouble, not the payout's: retried (with the
 * same idempotency key, so a payout the provider did create is returned, not made again). Any
 * other 4xx is about this payout and repeating it changes nothing: FAILED with the description.
 */
export function resultOfHttpError(status: number, body: unknown): PayoutResult {
  const error = (body as { error?: { code?: unknown; description?: unknown } } | null)?.error;
  const description = typeof error?.description === 'string' && error.description.trim() ? error.description.trim().slice(0, 500) : null;
  const code = typeof error?.code === 'string' ? error.code : null;
  if (status === 429) return { status: 'FAILED', reference: null, reason: `The payouts provider is rate limiting us (429)${description ? `: ${description}` : ''}.`, retryable: true };
  if (status >= 500) return { status: 'FAILED', reference: null, reason: `The payouts provider failed (${status})${description ? `: ${description}` : ''}.`, retryable: true };
  return { status: 'FAILED', reference: null, reason: `The payouts provider refused the payout (${status}${code ? ` ${code}` : ''}): ${description ?? 'no description'}`, retryable: false };
}

/** A payout entity read from an untrusted JSON value, or null when it is not one. */
export function readPayout(value: unknown): ProviderPayout | null {
  const p = value as Record<string, unknown> | null;
  if (!p || typeof p !== 'object' || typeof p.id !== 'string' || !p.id || typeof p.status !== 'string') return null;
  const details = p.status_details && typeof p.status_details === 'object' ? (p.status_details as Record<string, unknown>) : null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: p.id, status: p.status, reference_id: str(p.reference_id), failure_reason: str(p.failure_reason),
    status_details: details ? { description: str(details.description), reason: str(details.reason) } : null,
  };
}

/**
 * X-Razorpay-Signature: the hex HMAC-SHA256 of the raw body under the webhook secret, compared in
 * constant time. Over the bytes as sent: re-serialised JSON would not match.
 */
export function webhookSignatureValid(raw: Buffer, signature: string | undefined, secret: string): boolean {
  if (!secret || !signature || !/^[0-9a-f]{64}$/i.test(signature.trim())) return false;
  const expected = createHmac('sha256', secret).update(raw).digest();
  return timingSafeEqual(expected, Buffer.from(signature.trim(), 'hex'));
}

export type PayoutEvent =
  | { kind: 'payout'; event: string; payout: ProviderPayout; result: PayoutResult }
  | { kind: 'other'; event: string };

/** A webhook's body: a payout event (payout.processed, payout.failed, …) with its payout, another event, or null when unreadable. */
export function readPayoutEvent(raw: Buffer): PayoutEvent | null {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return null;
  }
  const b = body as { event?: unknown; payload?: { payout?: { entity?: unknown } } } | null;
  if (!b || typeof b !== 'object' || typeof b.event !== 'string') return null;
  if (!b.event.startsWith('payout.')) return { kind: 'other', event: b.event };
  const payout = readPayout(b.payload?.payout?.entity);
  if (!payout) return null;
  // The entity's status is what happened; the event's name only says which change sent it (payout.updated carries any status).
  return { kind: 'payout', event: b.event, payout, result: resultOfPayout(payout) };
}
