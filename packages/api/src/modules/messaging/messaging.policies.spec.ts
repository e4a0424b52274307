import { describe, expect, it } from 'vitest';
import { MessageKind, Touchpoint } from '../../common/enums.js';
import { decideRetry } from './retry.policy.js';
import { DEFAULT_LINKS, renderMessage } from './templates.js';

describe('decideRetry', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it.each([
    [1, true, 30_000], [2, true, 60_000], [4, true, 240_000],
  ])('attempt %i (retryable) → retry after %i ms', (attempts, retryable, delay) => {
    expect(decideRetry(attempts, retryable, now)).toEqual({ kind: 'RETRY', at: new Date(now.getTime() + delay) });
  });
  it('fails after the last try or on a permanent error', () => {
    expect(decideRetry(5, true, now)).toEqual({ kind: 'FAIL' });
    expect(decideRetry(1, false, now)).toEqual({ kind: 'FAIL' });
  });
});

describe('templates (SOP 001 wording)', () => {
  const base = { brand: 'Cashkr', customerName: 'Rahul Sharma', link: 'https://cx/r/abc', links: DEFAULT_LINKS };
  it.each([
    [MessageKind.REQUEST, 'Thank you for selling your device on Cashkr! Please rate your experience'],
    [MessageKind.PUBLIC_REVIEW_INVITE, 'Would you like to support us with a quick review on Google?'],
    [MessageKind.UPDATED_RATING_REQUEST, "Your issue is resolved now. If you feel your experience has improved, we'd appreciate an updated rating"],
  ])('%s', (kind, text) => expect(renderMessage({ ...base, kind })).toContain(text));
  it('asks the touchpoint question of SOP 001 §10', () => {
    expect(renderMessage({ ...base, kind: MessageKind.REQUEST, touchpoint: Touchpoint.AFTER_PICKUP })).toContain('How was the pickup experience?');
  });
  it('keeps the EVERYONE-mode invite neutral', () => {
    expect(renderMessage({ ...base, kind: MessageKind.PUBLIC_REVIEW_INVITE, neutral: true })).not.toMatch(/support us/);
  });
});
