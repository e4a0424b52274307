import { describe, expect, it } from 'vitest';
import { decideAfterSend, decideBeforeSend, leaseLeftForSend, leaseUntil, type OutboxSettings } from './outbox.policy.js';

const s: OutboxSettings = { batchSize: 25, leaseMs: 120_000, sendWindowMs: 15_000 };
const now = new Date('2026-11-23T10:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('the lease', () => {
  it('runs from the claim for leaseMs', () => expect(leaseUntil(now, s)).toEqual(at(120_000)));
  it.each([
    [0, true], [105_000, true], [105_001, false], [120_000, false], [200_000, false],
  ])('%i ms after the claim a send may start: %s', (elapsed, ok) => {
    expect(leaseLeftForSend(leaseUntil(now, s), at(elapsed), s)).toBe(ok);
  });
});

describe('decideBeforeSend', () => {
  it.each([
    [{ stillOurs: false, optedOut: false }, 'GONE'],
    [{ stillOurs: false, optedOut: true }, 'GONE'],
    [{ stillOurs: true, optedOut: true }, 'OPTED_OUT'],
    [{ stillOurs: true, optedOut: false }, 'SEND'],
  ])('%o → %s', (check, kind) => expect(decideBeforeSend(check).kind).toBe(kind));
});

describe('decideAfterSend', () => {
  const retry = { maxAttempts: 3, baseDelayMs: 60_000 };
  it.each([
    [0, { ok: true } as const, { kind: 'SENT', attempts: 1, sentAt: now }],
    [2, { ok: true } as const, { kind: 'SENT', attempts: 3, sentAt: now }],
    [0, { ok: false, error: 'HTTP 503', retryable: true } as const, { kind: 'RETRY', attempts: 1, nextAttemptAt: at(60_000), lastError: 'HTTP 503' }],
    [1, { ok: false, error: 'HTTP 503', retryable: true } as const, { kind: 'RETRY', attempts: 2, nextAttemptAt: at(120_000), lastError: 'HTTP 503' }],
    [2, { ok: false, error: 'HTTP 503', retryable: true } as const, { kind: 'FAILED', attempts: 3, lastError: 'HTTP 503' }],
    [0, { ok: false, error: 'HTTP 400', retryable: false } as const, { kind: 'FAILED', attempts: 1, lastError: 'HTTP 400' }],
  ])('after %i tries, %o → %o', (before, result, expected) => {
    expect(decideAfterSend(before, result, now, retry)).toEqual(expected);
  });
});
