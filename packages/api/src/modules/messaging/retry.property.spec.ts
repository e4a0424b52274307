// Outbox retries: backoff only grows, and the last try or a permanent error always stops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRetry, type RetrySettings } from './retry.policy.js';

const settings = fc.record<RetrySettings>({ maxAttempts: fc.integer({ min: 1, max: 12 }), baseDelayMs: fc.integer({ min: 1, max: 600_000 }) });
const now = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true });

describe('decideRetry', () => {
  it('delays grow strictly with each attempt and always lie in the future', () => {
    fc.assert(
      fc.property(settings, now, (s, at) => {
        let last = 0;
        for (let attempts = 1; attempts < s.maxAttempts; attempts++) {
          const d = decideRetry(attempts, true, at, s);
          expect(d.kind).toBe('RETRY');
          if (d.kind !== 'RETRY') return;
          const delay = d.at.getTime() - at.getTime();
          expect(delay).toBeGreaterThan(last);
          expect(delay).toBeGreaterThanOrEqual(s.baseDelayMs);
          last = delay;
        }
      }),
    );
  });

  it('stops (FAIL) from the last attempt on, and at once for a permanent error', () => {
    fc.assert(
      fc.property(settings, now, fc.integer({ min: 1, max: 50 }), fc.boolean(), (s, at, attempts, retryable) => {
        const d = decideRetry(attempts, retryable, at, s);
        expect(d.kind === 'FAIL').toBe(!retryable || attempts >= s.maxAttempts);
      }),
      { numRuns: 1000 },
    );
  });

  it('a message is tried at most maxAttempts times in all', () => {
    fc.assert(
      fc.property(settings, now, (s, at) => {
        let attempts = 1;
        while (decideRetry(attempts, true, at, s).kind === 'RETRY') attempts++;
        expect(attempts).toBe(s.maxAttempts);
      }),
    );
  });
});
