// Delivery retries for the outbox: exponential backoff, FAILED after the last try.

export interface RetrySettings {
  maxAttempts: number;
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetrySettings = { maxAttempts: 5, baseDelayMs: 30_000 };

export type RetryDecision = { kind: 'RETRY'; at: Date } | { kind: 'FAIL' };

/** `attempts` counts the tries made so far, the failed one included. */
export function decideRetry(attempts: number, retryable: boolean, now: Date, s: RetrySettings = DEFAULT_RETRY): RetryDecision {
  if (!retryable || attempts >= s.maxAttempts) return { kind: 'FAIL' };
  return { kind: 'RETRY', at: new Date(now.getTime() + s.baseDelayMs * 2 ** (attempts - 1)) };
}
