// F2 "fires once": what the outbox does with a claimed message, before and after its send.
// A claim is a lease, not a lock: the claimant holds nothing while the provider answers, so
// it must ask before each send whether the message is still its own to send.
import { decideRetry, DEFAULT_RETRY, type RetrySettings } from './retry.policy.js';
import type { SendResult } from './sender.js';

export interface OutboxSettings {
  /** Due messages one claim takes (one commit for the claim, one for the outcomes). */
  batchSize: number;
  /** How long a claim is exclusive; after it, another runner takes the message over. */
  leaseMs: number;
  /**
   * The longest one send may take (the webhook's timeout is 10 s). A claimant starts a send
   * only while this much of its lease is left, so no send outlives the lease.
   */
  sendWindowMs: number;
}

// 25 sends of 10 s are 250 s, longer than the lease: with a hung provider the tail of a batch
// is handed back rather than the lease made long enough for the worst case, which would delay
// the messages of a runner that died by as much.
export const DEFAULT_OUTBOX: OutboxSettings = { batchSize: 25, leaseMs: 120_000, sendWindowMs: 15_000 };

export const leaseUntil = (now: Date, s: OutboxSettings = DEFAULT_OUTBOX): Date => new Date(now.getTime() + s.leaseMs);

/** A send may start only while it can finish inside the lease. */
export function leaseLeftForSend(claimedUntil: Date, now: Date, s: OutboxSettings = DEFAULT_OUTBOX): boolean {
  return now.getTime() + s.sendWindowMs <= claimedUntil.getTime();
}

/** What the read right before a send found: still SCHEDULED under this claim; the customer's opt-out. */
export interface PreSendCheck {
  stillOurs: boolean;
  optedOut: boolean;
}

export type PreSendDecision =
  /** Cancelled since the claim (an answer, an expiry, an erasure) or taken over by another runner. */
  | { kind: 'GONE' }
  | { kind: 'OPTED_OUT' }
  | { kind: 'SEND' };

export function decideBeforeSend(check: PreSendCheck): PreSendDecision {
  if (!check.stillOurs) return { kind: 'GONE' };
  if (check.optedOut) return { kind: 'OPTED_OUT' };
  return { kind: 'SEND' };
}


/** The row a send leaves behind, and when its timer must fire next (none once it is final). */
export type AfterSend =
  | { kind: 'SENT'; attempts: number; sentAt: Date }
  | { kind: 'RETRY'; attempts: number; nextAttemptAt: Date; lastError: string }
  | { kind: 'FAILED'; attempts: number; lastError: string };

/** `attemptsBefore` counts the tries recorded before this one. */
export function decideAfterSend(attemptsBefore: number, result: SendResult, now: Date, retry: RetrySettings = DEFAULT_RETRY): AfterSend {
  const attempts = attemptsBefore + 1;
  if (result.ok) return { kind: 'SENT', attempts, sentAt: now };
  const decision = decideRetry(attempts, result.retryable, now, retry);
  if (decision.kind === 'FAIL') return { kind: 'FAILED', attempts, lastError: result.error };
  return { kind: 'RETRY', attempts, nextAttemptAt: decision.at, lastError: result.error };
}
