// RV2, RV3: whatever the checks, reason and roles, genuine and positiveSentiment are never waived.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderStatus, ReviewSource, ReviewStatus, Role } from '../../common/enums.js';
import { defaultPolicySettings } from '../../common/policy-settings.js';
import { CHECK_NAMES, OVERRIDABLE_CHECKS, VOUCHING_SOURCES, decideShortlist, evaluateChecks, failedChecks, type ShortlistChecks } from './shortlist.policy.js';

const checks = fc.record<ShortlistChecks>({
  genuine: fc.boolean(), positiveSentiment: fc.boolean(), clearValue: fc.boolean(), mentionsBrand: fc.boolean(), relevantDevice: fc.boolean(),
});
const status = fc.constantFrom(...Object.values(ReviewStatus));
const roles = fc.subarray(Object.values(Role));
const reason = fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('   ', 'Customer named the device in a photo'), fc.string({ minLength: 1990, maxLength: 2100 })), { nil: null });

describe('decideShortlist (RV3)', () => {
  it('never lets an override pass genuine or positiveSentiment', () => {
    fc.assert(
      fc.property(status, checks, reason, roles, (s, c, r, rs) => {
        const d = decideShortlist({ status: s, checks: c }, r, rs);
        if (!d.ok) return;
        expect(c.genuine).toBe(true);
        expect(c.positiveSentiment).toBe(true);
        // Overridden = exactly the failed checks, all of them overridable.
        expect(d.overridden).toEqual(failedChecks(c));
        for (const o of d.overridden) expect(OVERRIDABLE_CHECKS).toContain(o);
        if (d.overridden.length) {
          expect(d.reason?.trim()).toBeTruthy();
          expect(rs.some((x) => x === Role.MARKETING || x === Role.ADMIN)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a review passing every check is shortlisted from NEW or REJECTED by anyone, never from SHORTLISTED or PUBLISHED', () => {
    const allPass = Object.fromEntries(CHECK_NAMES.map((n) => [n, true])) as ShortlistChecks;
    fc.assert(
      fc.property(status, roles, (s, rs) => {
        const d = decideShortlist({ status: s, checks: allPass }, null, rs);
        expect(d.ok).toBe(s === ReviewStatus.NEW || s === ReviewStatus.REJECTED);
      }),
    );
  });

  it('a failed hard check is refused with REVIEW_CRITERIA_NOT_MET naming it, whoever asks and whatever the reason', () => {
    fc.assert(
      fc.property(checks, reason, roles, (c, r, rs) => {
        fc.pre(!c.genuine || !c.positiveSentiment);
        const d = decideShortlist({ status: ReviewStatus.NEW, checks: c }, r, rs);
        expect(d.ok).toBe(false);
        if (!d.ok && d.code === 'SOP_VIOLATION') {
          expect(d.rule).toBe('REVIEW_CRITERIA_NOT_MET');
          expect((d.details as { failedChecks: string[] }).failedChecks).toEqual(failedChecks(c));
        } else {
          // Only an over-long reason is refused before the checks.
          expect(d).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrideReason' });
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('evaluateChecks (RV2)', () => {
  const settings = defaultPolicySettings();
  it('positiveSentiment needs rating ≥ 4 and sentiment above the threshold; genuine needs no duplicate and a COMPLETED order or, without any order, a vouching platform', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(ReviewSource)), fc.integer({ min: 1, max: 5 }), fc.double({ min: -1, max: 1, noNaN: true }), fc.boolean(),
        fc.option(fc.constantFrom(...Object.values(OrderStatus)), { nil: null }), fc.string({ maxLength: 200 }),
        (source, rating, sentiment, dup, linked, text) => {
          const linkedOrder = linked ? { status: linked, externalRef: 'CK-1' } : null;
          const c = evaluateChecks({ source, rating, sentiment, hasDuplicateText: dup, linkedOrder, text }, settings);
          expect(c.positiveSentiment).toBe(rating >= 4 && sentiment > settings.positiveSentimentMin);
          expect(c.genuine).toBe(!dup && (linked === OrderStatus.COMPLETED || (linked === null && VOUCHING_SOURCES.includes(source))));
          // A review linked to an order that is not COMPLETED is never genuine, whatever its platform.
          if (linked && linked !== OrderStatus.COMPLETED) expect(c.genuine).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
