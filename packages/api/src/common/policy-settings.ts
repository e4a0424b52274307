// The one typed object holding every SOP number (SOP_RULES "Policy settings"). Each key can be
// overridden by POLICY_<KEY>; a malformed value stops start-up with a message naming it.
import { formatDuration, parseDuration } from './duration.js';
import { parseOpenDays, parseOpeningHours, type Calendar } from './business-hours.js';

export type PublicReviewInvites = 'SOP_4_AND_5' | 'EVERYONE';

export interface PolicySettings {
  reminderAfterMs: number;
  finalFollowUpAfterMs: number;
  requestExpiresAfterMs: number;
  firstContactSlaMs: number;
  escalationDueSoonMs: number;
  callTaskDueAfterMs: number;
  highValueThreshold: number;
  reviewMinWords: number;
  vendorHoldComplaints: number;
  vendorHoldWindowMs: number;
  vendorDeactivateComplaints: number;
  vendorDeactivateWindowMs: number;
  publicReviewInvites: PublicReviewInvites;
  brandName: string;
  positiveSentimentMin: number;
  caseFirstResponseUrgentMs: number;
  caseFirstResponseHighMs: number;
  caseFirstResponseNormalMs: number;
  caseFirstResponseLowMs: number;
  casePaymentResolutionMs: number;
  caseResolutionMs: number;
  businessHours: string;
  businessDays: string;
  caseReopenWindowMs: number;
  caseDueSoonMs: number;
  goodwillThreshold: number;
  goodwillLow: number;
  goodwillHigh: number;
  refundAutoLimit: number;
  refundFraudMax: number;
  vendorExtraAddress: number;
}

type Kind = 'duration' | 'int' | 'number' | 'text' | { oneOf: readonly string[] } | { format: string; valid: (raw: string) => boolean };

const SPEC: { [K in keyof PolicySettings]: { env: string; kind: Kind; default: string } } = {
  reminderAfterMs: { env: 'REMINDER_AFTER', kind: 'duration', default: '2h' },
  finalFollowUpAfterMs: { env: 'FINAL_FOLLOW_UP_AFTER', kind: 'duration', default: '24h' },
  requestExpiresAfterMs: { env: 'REQUEST_EXPIRES_AFTER', kind: 'duration', default: '72h' },
  firstContactSlaMs: { env: 'FIRST_CONTACT_SLA', kind: 'duration', default: '15m' },
  // The queue's "Due soon" view: not yet contacted, not yet late, first contact due within this.
  escalationDueSoonMs: { env: 'ESCALATION_DUE_SOON', kind: 'duration', default: '10m' },
  callTaskDueAfterMs: { env: 'CALL_TASK_DUE_AFTER', kind: 'duration', default: '24h' },
  highValueThreshold: { env: 'HIGH_VALUE_THRESHOLD', kind: 'int', default: '40000' },
  reviewMinWords: { env: 'REVIEW_MIN_WORDS', kind: 'int', default: '8' },
  vendorHoldComplaints: { env: 'VENDOR_HOLD_COMPLAINTS', kind: 'int', default: '3' },
  vendorHoldWindowMs: { env: 'VENDOR_HOLD_WINDOW', kind: 'duration', default: '30d' },
  vendorDeactivateComplaints: { env: 'VENDOR_DEACTIVATE_COMPLAINTS', kind: 'int', default: '5' },
  vendorDeactivateWindowMs: { env: 'VENDOR_DEACTIVATE_WINDOW', kind: 'duration', default: '60d' },
  publicReviewInvites: {
    env: 'PUBLIC_REVIEW_INVITES',
    kind: { oneOf: ['SOP_4_AND_5', 'EVERYONE'] },
    default: 'SOP_4_AND_5',
  },
  brandName: { env: 'BRAND_NAME', kind: 'text', default: 'Cashkr' },
  positiveSentimentMin: { env: 'POSITIVE_SENTIMENT_MIN', kind: 'number', default: '0.2' },
  // K2: a case's first-response clock by priority, its resolution clock by type.
  caseFirstResponseUrgentMs: { env: 'CASE_FIRST_RESPONSE_URGENT', kind: 'duration', default: '15m' },
  caseFirstResponseHighMs: { env: 'CASE_FIRST_RESPONSE_HIGH', kind: 'duration', default: '1h' },
  caseFirstResponseNormalMs: { env: 'CASE_FIRST_RESPONSE_NORMAL', kind: 'duration', default: '4h' },
  caseFirstResponseLowMs: { env: 'CASE_FIRST_RESPONSE_LOW', kind: 'duration', default: '24h' },
  // SOP 003: "within 24 hours for urgent issues like payment problems" (PAYMENT_ISSUE, REFUND_STATUS).
  casePaymentResolutionMs: { env: 'CASE_PAYMENT_RESOLUTION', kind: 'duration', default: '24h' },
  caseResolutionMs: { env: 'CASE_RESOLUTION', kind: 'duration', default: '72h' },
  // K2: NORMAL and LOW clocks count only these hours (Asia/Kolkata).
  businessHours: { env: 'BUSINESS_HOURS', kind: { format: 'opening hours such as 09:00-21:00', valid: (raw) => parseOpeningHours(raw) !== null }, default: '09:00-21:00' },
  businessDays: { env: 'BUSINESS_DAYS', kind: { format: 'days such as MON-SUN or MON,TUE,WED,THU,FRI', valid: (raw) => parseOpenDays(raw) !== null }, default: 'MON-SUN' },
  // K6: a resolved case may be reopened for this long; then it is CLOSED.
  caseReopenWindowMs: { env: 'CASE_REOPEN_WINDOW', kind: 'duration', default: '7d' },
  // The inbox's "Due soon" view for cases (escalations keep ESCALATION_DUE_SOON).
  caseDueSoonMs: { env: 'CASE_DUE_SOON', kind: 'duration', default: '30m' },
  // M1: goodwill after a no-show, by order value (SOP 002: "cart value below 500 … 100 rs, above 500 … 150 rs").
  goodwillThreshold: { env: 'GOODWILL_THRESHOLD', kind: 'int', default: '500' },
  goodwillLow: { env: 'GOODWILL_LOW', kind: 'int', default: '100' },
  goodwillHigh: { env: 'GOODWILL_HIGH', kind: 'int', default: '150' },
  // M2: refunds approved at once up to this amount and fraud score (SOP 002: "up to 3000 rs following fraud score").
  refundAutoLimit: { env: 'REFUND_AUTO_LIMIT', kind: 'int', default: '3000' },
  refundFraudMax: { env: 'REFUND_FRAUD_MAX', kind: 'int', default: '60' },
  // K7 / SOP 002: the extra paid to a vendor who goes to a changed address.
  vendorExtraAddress: { env: 'VENDOR_EXTRA_ADDRESS', kind: 'int', default: '100' },
};

export class PolicyConfigError extends Error {}

function parseValue(name: string, kind: Kind, raw: string): number | string {
  const fail = (expected: string) =>
    new PolicyConfigError(`POLICY_${name}=${JSON.stringify(raw)} is not valid: expected ${expected}.`);
  if (kind === 'duration') {
    const ms = parseDuration(raw);
    if (ms === null) throw fail('a duration such as 90s, 15m, 2h or 3d');
    return ms;
  }
  if (kind === 'int') {
    if (!/^\s*\d+\s*$/.test(raw) || Number(raw) <= 0) throw fail('a positive whole number');
    return Number(raw);
  }
  if (kind === 'number') {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) throw fail('a number');
    return n;
  }
  if (kind === 'text') {
    if (raw.trim() === '') throw fail('a non-empty text');
    return raw.trim();
  }
  if ('format' in kind) {
    if (!kind.valid(raw)) throw fail(kind.format);
    return raw.trim();
  }
  if (!kind.oneOf.includes(raw.trim())) throw fail(`one of ${kind.oneOf.join(', ')}`);
  return raw.trim();
}

/** Reads the defaults, overridden by POLICY_* variables from `env`. Throws PolicyConfigError. */
export function loadPolicySettings(env: Record<string, string | undefined> = process.env): PolicySettings {
  const out: Record<string, number | string> = {};
  for (const [key, spec] of Object.entries(SPEC)) {
    const raw = env[`POLICY_${spec.env}`];
    out[key] = parseValue(spec.env, spec.kind, raw ?? spec.default);
  }
  const p = out as unknown as PolicySettings;
  // The reminder comes before the final follow-up (SOP 001 §2: 2 h, then 24 h).
  if (p.reminderAfterMs >= p.finalFollowUpAfterMs) {
    throw new PolicyConfigError('POLICY_REMINDER_AFTER must be shorter than POLICY_FINAL_FOLLOW_UP_AFTER.');
  }
  return p;
}

export const defaultPolicySettings = (): PolicySettings => loadPolicySettings({});

/** The settings as they are named in configuration, for display in the admin panel. */
export function describePolicySettings(p: PolicySettings): { key: string; value: string }[] {
  return Object.entries(SPEC).map(([key, spec]) => ({
    key: spec.env,
    value:
      spec.kind === 'duration'
        ? formatDuration(p[key as keyof PolicySettings] as number)
        : String(p[key as keyof PolicySettings]),
  }));
}

/** K2's business hours as a calendar (validated at start-up, so parsing cannot fail here). */
export function businessHoursCalendar(p: Pick<PolicySettings, 'businessHours' | 'businessDays'>): Calendar {
  const hours = parseOpeningHours(p.businessHours);
  const days = parseOpenDays(p.businessDays);
  if (!hours || !days) throw new PolicyConfigError('POLICY_BUSINESS_HOURS or POLICY_BUSINESS_DAYS is malformed.');
  return { kind: 'BUSINESS_HOURS', hours: { ...hours, days } };
}
