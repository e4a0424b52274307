// R1–R5 routing and F1/F2 request plans: properties over every rating, mode and duration.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Channel, FeedbackRoute, MessageKind, Touchpoint } from '../../common/enums.js';
import type { PublicReviewInvites } from '../../common/policy-settings.js';
import { planRequest } from './feedback-request.policy.js';
import { decideRoute } from './routing.policy.js';

const rating = fc.integer({ min: 1, max: 5 });
const mode = fc.constantFrom<PublicReviewInvites>('SOP_4_AND_5', 'EVERYONE');

describe('decideRoute (R1–R5)', () => {
  it('maps every rating 1..5 to exactly one route, and escalates iff the rating is 1 or 2', () => {
    fc.assert(
      fc.property(rating, mode, (r, m) => {
        const d = decideRoute(r, m);
        expect(Object.values(FeedbackRoute)).toContain(d.route);
        expect(d.escalate).toBe(r <= 2);
        expect(d.route === FeedbackRoute.ESCALATE).toBe(r <= 2);
        // The route depends on the rating alone, never on the review-gating mode.
        expect(decideRoute(r, m === 'EVERYONE' ? 'SOP_4_AND_5' : 'EVERYONE').route).toBe(d.route);
      }),
    );
  });

  it('routes are ordered with the rating: a higher rating never gets a "worse" route', () => {
    const order = [FeedbackRoute.ESCALATE, FeedbackRoute.ASK_DETAILS, FeedbackRoute.ASK_PUBLIC_REVIEW, FeedbackRoute.REDIRECT_TO_STORE];
    fc.assert(
      fc.property(rating, rating, mode, (a, b, m) => {
        fc.pre(a <= b);
        expect(order.indexOf(decideRoute(a, m).route)).toBeLessThanOrEqual(order.indexOf(decideRoute(b, m).route));
      }),
    );
  });

  it('R5: SOP mode invites only 4–5 stars to public reviews; EVERYONE sends every rating the same neutral invite', () => {
    const invites = (r: number, m: PublicReviewInvites) =>
      decideRoute(r, m).messages.filter((x) => x.kind === MessageKind.PUBLIC_REVIEW_INVITE || x.kind === MessageKind.STORE_REDIRECT);
    fc.assert(
      fc.property(rating, (r) => {
        expect(invites(r, 'SOP_4_AND_5').length > 0).toBe(r >= 4);
        expect(invites(r, 'SOP_4_AND_5').every((x) => !x.neutral)).toBe(true);
        expect(invites(r, 'EVERYONE').length).toBeGreaterThan(0);
        expect(invites(r, 'EVERYONE')).toEqual([{ kind: MessageKind.PUBLIC_REVIEW_INVITE, neutral: true }]);
        // Each decision names the rules that fired; R5 only in EVERYONE mode.
        expect(decideRoute(r, 'SOP_4_AND_5').rules).not.toContain('R5');
      }),
    );
  });
});

describe('planRequest (F1, F2)', () => {
  const hour = 3_600_000;
  const now = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true });
  const policy = fc.record({
    reminderAfterMs: fc.integer({ min: 1000, max: 200 * hour }),
    finalFollowUpAfterMs: fc.integer({ min: 1000, max: 200 * hour }),
    requestExpiresAfterMs: fc.integer({ min: 1000, max: 200 * hour }),
  });
  // The touchpoints with reminders, and the first message each opens with.
  const first = fc.constantFrom<[Touchpoint, MessageKind]>([Touchpoint.ORDER_COMPLETED, MessageKind.REQUEST], [Touchpoint.AFTER_RESOLUTION, MessageKind.UPDATED_RATING_REQUEST]);

  it('never schedules a message at or after expiry, and plans in time order', () => {
    fc.assert(
      fc.property(now, policy, fc.boolean(), fc.constantFrom(...Object.values(Touchpoint)), (at, p, hasWhatsapp, touchpoint) => {
        // The service keeps reminder before final follow-up; the plan is sorted only under that setting.
        fc.pre(p.reminderAfterMs <= p.finalFollowUpAfterMs);
        const plan = planRequest(at, p, { hasWhatsapp }, touchpoint);
        expect(plan.expiresAt.getTime()).toBe(at.getTime() + p.requestExpiresAfterMs);
        const times = plan.messages.map((m) => m.at.getTime());
        for (const t of times) {
          expect(t).toBeGreaterThanOrEqual(at.getTime());
          expect(t).toBeLessThan(plan.expiresAt.getTime());
        }
        expect(times).toEqual([...times].sort((x, y) => x - y));
      }),
      { numRuns: 1000 },
    );
  });

  it('always sends the first message at once, in the app and on the customer channel', () => {
    fc.assert(
      fc.property(now, policy, fc.boolean(), first, (at, p, hasWhatsapp, [touchpoint, kind]) => {
        const plan = planRequest(at, p, { hasWhatsapp }, touchpoint);
        const immediate = plan.messages.filter((m) => m.at.getTime() === at.getTime());
        expect(immediate.map((m) => [m.kind, m.channel])).toEqual([
          [kind, Channel.APP],
          [kind, hasWhatsapp ? Channel.WHATSAPP : Channel.SMS],
        ]);
        // Never SMS to a WhatsApp customer or WhatsApp to one without it.
        for (const m of plan.messages.filter((x) => x.channel !== Channel.APP)) expect(m.channel).toBe(hasWhatsapp ? Channel.WHATSAPP : Channel.SMS);
        // At most one reminder and one final follow-up, each only when due before expiry.
        expect(plan.messages.filter((m) => m.kind === MessageKind.REMINDER).length).toBe(p.reminderAfterMs < p.requestExpiresAfterMs ? 1 : 0);
        expect(plan.messages.filter((m) => m.kind === MessageKind.FINAL_FOLLOW_UP).length).toBe(p.finalFollowUpAfterMs < p.requestExpiresAfterMs ? 1 : 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('asks the pickup and new-vendor questions once, on the customer channel, with no reminder (F6)', () => {
    fc.assert(
      fc.property(now, policy, fc.boolean(), fc.constantFrom(Touchpoint.AFTER_PICKUP, Touchpoint.AFTER_VENDOR_REPLACEMENT), (at, p, hasWhatsapp, touchpoint) => {
        const plan = planRequest(at, p, { hasWhatsapp }, touchpoint);
        expect(plan.messages).toEqual([{ kind: MessageKind.REQUEST, channel: hasWhatsapp ? Channel.WHATSAPP : Channel.SMS, at }]);
        expect(plan.expiresAt.getTime()).toBe(at.getTime() + p.requestExpiresAfterMs);
      }),
      { numRuns: 300 },
    );
  });
});
