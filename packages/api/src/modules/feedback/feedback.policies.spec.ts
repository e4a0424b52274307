import { describe, expect, it } from 'vitest';
import { CallReason, Channel, MessageKind, OrderStatus as S, Touchpoint as T } from '../../common/enums.js';
import { defaultPolicySettings } from '../../common/policy-settings.js';
import { decideCallReasons } from './call-task.policy.js';
import { decideEligibility, validateAnswer } from './eligibility.policy.js';
import { planRequest } from './feedback-request.policy.js';
import { decideRoute } from './routing.policy.js';

const policy = defaultPolicySettings();
const now = new Date('2026-11-23T10:00:00Z');
const H = 3_600_000;

describe('planRequest (F1)', () => {
  it('plans the request now on WhatsApp and in the app, the reminder at +2 h, the follow-up at +24 h', () => {
    const plan = planRequest(now, policy, { hasWhatsapp: true });
    expect(plan.expiresAt.getTime() - now.getTime()).toBe(72 * H);
    expect(plan.messages.map((m) => [m.kind, m.channel, m.at.getTime() - now.getTime()])).toEqual([
      [MessageKind.REQUEST, Channel.APP, 0], [MessageKind.REQUEST, Channel.WHATSAPP, 0],
      [MessageKind.REMINDER, Channel.WHATSAPP, 2 * H], [MessageKind.FINAL_FOLLOW_UP, Channel.WHATSAPP, 24 * H],
    ]);
  });
  it('uses SMS without WhatsApp and opens re-ratings with UPDATED_RATING_REQUEST', () => {
    const plan = planRequest(now, policy, { hasWhatsapp: false }, T.AFTER_RESOLUTION);
    expect(plan.messages[1]).toMatchObject({ kind: MessageKind.UPDATED_RATING_REQUEST, channel: Channel.SMS });
  });
  it('plans nothing after expiry', () => {
    const plan = planRequest(now, { ...policy, requestExpiresAfterMs: 3 * H }, { hasWhatsapp: true });
    expect(plan.messages.map((m) => m.kind)).toEqual([MessageKind.REQUEST, MessageKind.REQUEST, MessageKind.REMINDER]);
  });
});

describe('decideRoute (R1–R5)', () => {
  it.each([
    [1, 'SOP_4_AND_5', 'ESCALATE', true, []], [2, 'SOP_4_AND_5', 'ESCALATE', true, []],
    [3, 'SOP_4_AND_5', 'ASK_DETAILS', false, ['DETAILS_PROMPT']], [4, 'SOP_4_AND_5', 'ASK_PUBLIC_REVIEW', false, ['PUBLIC_REVIEW_INVITE']],
    [5, 'SOP_4_AND_5', 'REDIRECT_TO_STORE', false, ['STORE_REDIRECT']],
    [1, 'EVERYONE', 'ESCALATE', true, ['PUBLIC_REVIEW_INVITE']], [3, 'EVERYONE', 'ASK_DETAILS', false, ['DETAILS_PROMPT', 'PUBLIC_REVIEW_INVITE']],
    [4, 'EVERYONE', 'ASK_PUBLIC_REVIEW', false, ['PUBLIC_REVIEW_INVITE']], [5, 'EVERYONE', 'REDIRECT_TO_STORE', false, ['PUBLIC_REVIEW_INVITE']],
  ] as const)('rating %i in %s mode → %s', (rating, mode, route, escalate, kinds) => {
    const d = decideRoute(rating, mode);
    expect(d).toMatchObject({ route, escalate });
    expect(d.messages.map((m) => m.kind)).toEqual(kinds);
    if (mode === 'EVERYONE') expect(d.messages.at(-1)!.neutral).toBe(true);
  });
});

describe('validateAnswer (F5)', () => {
  it.each([
    [{ rating: 0 }, 'rating'], [{ rating: 3.5 }, 'rating'], [{ rating: 5, paymentSpeed: 6 }, 'paymentSpeed'],
    [{ rating: 5, comment: 'z'.repeat(2001) }, 'comment'],
  ])('%j → %s', (a, field) => expect(validateAnswer(a)).toMatchObject({ ok: false, field }));
  it('trims the comment and accepts 2,000 characters', () => {
    expect(validateAnswer({ rating: 5, comment: `  ${'z'.repeat(2000)}  ` })).toEqual({ ok: true, comment: 'z'.repeat(2000) });
  });
});

describe('decideEligibility (F3, F4)', () => {
  const base = { orderStatus: S.COMPLETED, touchpoint: T.ORDER_COMPLETED, vendorReplaced: false, alreadyGiven: false, resolvedEscalationId: null, anyReRated: false };
  it.each([
    [{}, true, null], [{ orderStatus: S.INSPECTED }, false, 'FEEDBACK_NOT_ELIGIBLE'], [{ touchpoint: T.AFTER_PAYMENT, orderStatus: S.RETURNED }, false, 'FEEDBACK_NOT_ELIGIBLE'],
    [{ touchpoint: T.AFTER_PICKUP, orderStatus: S.PICKED_UP }, true, null], [{ touchpoint: T.AFTER_PICKUP, orderStatus: S.PICKUP_SCHEDULED }, false, 'FEEDBACK_NOT_ELIGIBLE'],
    [{ touchpoint: T.AFTER_VENDOR_REPLACEMENT, orderStatus: S.CREATED, vendorReplaced: true }, true, null],
    [{ touchpoint: T.AFTER_VENDOR_REPLACEMENT }, false, 'FEEDBACK_NOT_ELIGIBLE'],
    [{ touchpoint: T.AFTER_RESOLUTION, resolvedEscalationId: 'e1' }, true, null], [{ touchpoint: T.AFTER_RESOLUTION }, false, 'FEEDBACK_NOT_ELIGIBLE'],
    [{ touchpoint: T.AFTER_RESOLUTION, anyReRated: true }, false, 'FEEDBACK_ALREADY_SUBMITTED'], [{ alreadyGiven: true }, false, 'FEEDBACK_ALREADY_SUBMITTED'],
  ])('%j → ok=%s %s', (over, ok, rule) => {
    const d = decideEligibility({ ...base, ...over });
    expect(d.ok).toBe(ok);
    if (rule) expect(d).toMatchObject({ rule });
  });
});

describe('decideCallReasons (C1)', () => {
  it.each([
    [{ finalPrice: null, quotedPrice: 40000, corporate: false, completedOrdersIncludingThis: 1 }, [CallReason.HIGH_VALUE]],
    [{ finalPrice: 39999, quotedPrice: 50000, corporate: false, completedOrdersIncludingThis: 1 }, []],
    [{ finalPrice: null, quotedPrice: 100, corporate: true, completedOrdersIncludingThis: 2 }, [CallReason.CORPORATE, CallReason.REPEAT_CUSTOMER]],
  ])('%j → %j', (o, reasons) => expect(decideCallReasons(o, 40000)).toEqual(reasons));
});
