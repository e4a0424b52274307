import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';
import { describePolicySettings, loadPolicySettings, PolicyConfigError } from './policy-settings.js';

describe('policy settings', () => {
  it('has the SOP defaults', () => {
    const p = loadPolicySettings({});
    expect(p).toMatchObject({
      reminderAfterMs: 2 * 3600_000, finalFollowUpAfterMs: 24 * 3600_000, requestExpiresAfterMs: 72 * 3600_000,
      firstContactSlaMs: 15 * 60_000, escalationDueSoonMs: 10 * 60_000, callTaskDueAfterMs: 24 * 3600_000, highValueThreshold: 40000, reviewMinWords: 8,
      vendorHoldComplaints: 3, vendorHoldWindowMs: 30 * 86400_000, vendorDeactivateComplaints: 5,
      vendorDeactivateWindowMs: 60 * 86400_000, publicReviewInvites: 'SOP_4_AND_5', brandName: 'Cashkr', positiveSentimentMin: 0.2,
    });
  });
  it('takes overrides from POLICY_* variables', () => {
    const p = loadPolicySettings({ POLICY_REMINDER_AFTER: '90s', POLICY_FIRST_CONTACT_SLA: '1m', POLICY_PUBLIC_REVIEW_INVITES: 'EVERYONE', POLICY_BRAND_NAME: 'Acme' });
    expect(p).toMatchObject({ reminderAfterMs: 90_000, firstContactSlaMs: 60_000, publicReviewInvites: 'EVERYONE', brandName: 'Acme' });
    expect(describePolicySettings(p)).toContainEqual({ key: 'REMINDER_AFTER', value: '90s' });
  });
  it.each([
    ['POLICY_REMINDER_AFTER', '2 hours'], ['POLICY_REMINDER_AFTER', '0h'], ['POLICY_VENDOR_HOLD_COMPLAINTS', '2.5'],
    ['POLICY_PUBLIC_REVIEW_INVITES', 'ALL'], ['POLICY_POSITIVE_SENTIMENT_MIN', 'high'], ['POLICY_BRAND_NAME', ' '],
  ])('refuses %s=%j naming the variable', (key, value) => {
    expect(() => loadPolicySettings({ [key]: value })).toThrow(PolicyConfigError);
    expect(() => loadPolicySettings({ [key]: value })).toThrow(key);
  });
  it.each([['90s', 90_000], ['15m', 900_000], ['2h', 7_200_000], ['3d', 259_200_000], ['2x', null], ['h', null]])('parseDuration(%j)', (t, ms) => {
    expect(parseDuration(t)).toBe(ms);
  });
});
