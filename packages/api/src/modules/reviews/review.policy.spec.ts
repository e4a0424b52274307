// RV3–RV5: the lifecycle table, creative defaults, publish, reject, unpublish, reply.
import { describe, expect, it } from 'vitest';
import { PublishPlatform as P, ReviewStatus as S, Role } from '../../common/enums.js';
import { defaultPolicySettings } from '../../common/policy-settings.js';
import { nextStates } from '../../common/state-machine.js';
import type { Principal } from '../access/principal.js';
import { REVIEW_TRANSITIONS } from './review-state.js';
import {
  availableActions, decidePublish, decideReject, decideReply, decideUnpublish, defaultCreative, defaultDisplayName, defaultExcerpt, isTakenFrom,
  publicationActions,
} from './review.policy.js';
import { decideShortlist, type ShortlistChecks } from './shortlist.policy.js';

const TEXT = 'Sold my iPhone 12 to Cashkr. Pickup was on time and the payment came instantly. Highly recommend!';
const review = (status: S, livePlatforms: P[] = []) => ({ status, authorName: 'Rahul Sharma', text: TEXT, livePlatforms });

describe('review lifecycle table', () => {
  it.each([
    [S.NEW, [S.SHORTLISTED, S.REJECTED]],
    [S.SHORTLISTED, [S.PUBLISHED, S.REJECTED]],
    [S.PUBLISHED, [S.PUBLISHED, S.SHORTLISTED]],
    [S.REJECTED, [S.SHORTLISTED]],
  ])('%s → %j', (from, to) => expect(nextStates(REVIEW_TRANSITIONS, from)).toEqual(to));
});

describe('defaults (RV4)', () => {
  it.each([
    ['Rahul Sharma', 'Rahul S.'],
    ['rahul kumar sharma', 'Rahul S.'],
    ['  Priya   iyer ', 'Priya I.'],
    ['Dr. Anil Mehta', 'Anil M.'],
    ['Madhu', 'Madhu'],
    ['Ananya R', 'Ananya R.'],
    ['अमित शर्मा', 'अमित श.'],
  ])('displayName of %j is %j', (name, expected) => expect(defaultDisplayName(name)).toBe(expected));

  it('keeps a short text whole, with spacing folded', () => {
    expect(defaultExcerpt('Great  service\nfrom Cashkr')).toBe('Great service from Cashkr');
  });

  it('cuts a long text at a word boundary with "…", at most 280 characters', () => {
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const e = defaultExcerpt(long);
    expect([...e].length).toBeLessThanOrEqual(280);
    expect(e.endsWith('…')).toBe(true);
    expect(long.startsWith(e.slice(0, -1))).toBe(true);
    expect(long[e.length - 1]).toBe(' ');
  });

  it('cuts inside a single word longer than the limit', () => {
    expect([...defaultExcerpt('a'.repeat(400))].length).toBe(280);
  });

  it.each([
    ['Pickup was on time', true],
    ['pickup was ON TIME!', true],
    ['Sold my iPhone 12 to Cashkr… Highly recommend!', true],
    ['Sold my iPhone 12 to Cashkr... payment came instantly', true],
    ['Best service in India', false],
    ['Pickup was on tim', false],
    ['…', false],
  ])('excerpt %j is taken from the text: %s', (excerpt, expected) => expect(isTakenFrom(excerpt, TEXT)).toBe(expected));
});

describe('decidePublish (RV4)', () => {
  it.each([S.NEW, S.REJECTED])('refuses a %s review with REVIEW_NOT_SHORTLISTED', (status) => {
    expect(decidePublish(review(status), [P.WEBSITE_TESTIMONIAL], null)).toMatchObject({ ok: false, code: 'SOP_VIOLATION', rule: 'REVIEW_NOT_SHORTLISTED' });
  });

  it('publishes a SHORTLISTED review with the default creative', () => {
    expect(decidePublish(review(S.SHORTLISTED), [P.WEBSITE_TESTIMONIAL, P.INSTAGRAM_FEED, P.WEBSITE_TESTIMONIAL], null)).toEqual({
      ok: true, to: S.PUBLISHED, displayName: 'Rahul S.', excerpt: TEXT, newPlatforms: [P.WEBSITE_TESTIMONIAL, P.INSTAGRAM_FEED],
    });
  });

  it('publishes a PUBLISHED review only to platforms where it is not live yet', () => {
    expect(decidePublish(review(S.PUBLISHED, [P.WEBSITE_TESTIMONIAL]), [P.WEBSITE_TESTIMONIAL, P.CAROUSEL_AD], null)).toMatchObject({
      ok: true, newPlatforms: [P.CAROUSEL_AD],
    });
  });

  it('takes the given creative', () => {
    expect(decidePublish(review(S.SHORTLISTED), [P.INSTAGRAM_STORY], { displayName: ' R. Sharma ', excerpt: 'Payment came instantly.' })).toMatchObject({
      displayName: 'R. Sharma', excerpt: 'Payment came instantly.',
    });
  });

  it.each([
    ['platforms', [], null],
    ['creative.excerpt', [P.INSTAGRAM_FEED], { excerpt: `${TEXT} `.repeat(4) }],
    ['creative.excerpt', [P.INSTAGRAM_FEED], { excerpt: 'The best buyer in India!' }],
    ['creative.displayName', [P.INSTAGRAM_FEED], { displayName: 'x'.repeat(101) }],
  ] as const)('refuses bad input naming %s', (field, platforms, creative) => {
    expect(decidePublish(review(S.SHORTLISTED), platforms, creative)).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field });
  });
});

describe('reject, unpublish, reply (RV5)', () => {
  it.each([
    [S.NEW, { ok: true, to: S.REJECTED, reason: 'Spam' }],
    [S.SHORTLISTED, { ok: true, to: S.REJECTED }],
    [S.PUBLISHED, { ok: false, code: 'CONFLICT' }],
    [S.REJECTED, { ok: false, code: 'CONFLICT' }],
  ])('reject from %s', (status, expected) => expect(decideReject(status, ' Spam ')).toMatchObject(expected));

  it.each([
    [S.PUBLISHED, { ok: true, to: S.SHORTLISTED, reason: 'Customer asked' }],
    [S.SHORTLISTED, { ok: false, code: 'CONFLICT' }],
    [S.NEW, { ok: false, code: 'CONFLICT' }],
  ])('unpublish from %s', (status, expected) => expect(decideUnpublish(status, 'Customer asked')).toMatchObject(expected));

  it.each([
    ['every live platform', null, { ok: true, to: S.SHORTLISTED, platforms: [P.INSTAGRAM_FEED, P.CAROUSEL_AD] }],
    ['one of two', [P.CAROUSEL_AD], { ok: true, to: S.PUBLISHED, platforms: [P.CAROUSEL_AD] }],
    ['both, named', [P.CAROUSEL_AD, P.INSTAGRAM_FEED, P.CAROUSEL_AD], { ok: true, to: S.SHORTLISTED, platforms: [P.CAROUSEL_AD, P.INSTAGRAM_FEED] }],
    ['one where it is not live', [P.INSTAGRAM_STORY], { ok: false, code: 'BAD_USER_INPUT', field: 'platforms' }],
    ['none', [], { ok: false, code: 'BAD_USER_INPUT', field: 'platforms' }],
  ])('unpublish from %s', (_what, only, expected) =>
    expect(decideUnpublish(S.PUBLISHED, 'Customer asked', only, [P.INSTAGRAM_FEED, P.CAROUSEL_AD])).toMatchObject(expected));

  it('offers a live publication\'s UNPUBLISH to whoever may unpublish, and nothing once it is down', () => {
    const mkt: Principal = { kind: 'USER', id: 'u', email: 'm@x', name: 'M', roles: [Role.MARKETING] };
    const cx: Principal = { ...mkt, roles: [Role.CX_AGENT] };
    expect(publicationActions({ unpublishedAt: null }, mkt)).toEqual([{ action: 'UNPUBLISH', enabled: true, reason: null }]);
    expect(publicationActions({ unpublishedAt: new Date() }, mkt)).toEqual([]);
    expect(publicationActions({ unpublishedAt: null }, cx)).toEqual([]);
    expect(publicationActions({ unpublishedAt: null }, null)).toEqual([]);
  });

  it.each([
    ['reject', () => decideReject(S.NEW, '  ')],
    ['unpublish', () => decideUnpublish(S.PUBLISHED, '')],
    ['reject (too long)', () => decideReject(S.NEW, 'x'.repeat(2001))],
  ])('%s needs a reason', (_what, decide) => expect(decide()).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field: 'reason' }));

  it.each([
    ['Thank you, Rahul!', { ok: true, text: 'Thank you, Rahul!' }],
    ['   ', { ok: false, code: 'BAD_USER_INPUT', field: 'text' }],
    ['x'.repeat(2001), { ok: false, code: 'BAD_USER_INPUT', field: 'text' }],
    ['x'.repeat(2000), { ok: true }],
  ])('reply %#', (text, expected) => expect(decideReply(text)).toMatchObject(expected));
});

describe('defaultCreative (RV4)', () => {
  it('is what publishReview uses when no creative is given', () => {
    const long = `${'Sold my phone to Cashkr and it went well. '.repeat(10)}End.`;
    for (const r of [{ authorName: 'dr. rahul kumar sharma', text: TEXT }, { authorName: 'Asha', text: long }, { authorName: 'Ṡuresh  Ōmkar', text: `  ${TEXT}\n\n ok ` }]) {
      const d = decidePublish({ status: S.SHORTLISTED, livePlatforms: [], ...r }, [P.WEBSITE_TESTIMONIAL], null);
      if (!d.ok) throw new Error(d.message);
      expect(defaultCreative(r)).toEqual({ displayName: d.displayName, excerpt: d.excerpt, maxExcerptLength: 280 });
    }
  });
});

describe('availableActions (RV3–RV5)', () => {
  const settings = defaultPolicySettings();
  const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u1', email: 'u@test', name: 'U', roles });
  const PASS: ShortlistChecks = { genuine: true, positiveSentiment: true, clearValue: true, mentionsBrand: true, relevantDevice: true };
  const SHORT = { ...PASS, clearValue: false, mentionsBrand: false };
  const NOT_GENUINE = { ...PASS, genuine: false, clearValue: false };
  const names = (status: S, checks: ShortlistChecks, p: Principal) => availableActions({ status, checks }, p, settings).map((a) => (a.enabled ? a.action : `${a.action}?`));

  it.each([
    [S.NEW, PASS, ['SHORTLIST', 'REJECT', 'REPLY']],
    [S.NEW, SHORT, ['SHORTLIST', 'REJECT', 'REPLY']],
    [S.NEW, NOT_GENUINE, ['SHORTLIST?', 'REJECT', 'REPLY']],
    [S.SHORTLISTED, PASS, ['REJECT', 'PUBLISH', 'REPLY']],
    [S.PUBLISHED, PASS, ['PUBLISH', 'UNPUBLISH', 'REPLY']],
    [S.REJECTED, PASS, ['SHORTLIST', 'REPLY']],
  ] as const)('%s, %j', (status, checks, expected) => expect(names(status, checks, user(Role.MARKETING))).toEqual(expected));

  it('says which checks can never be overridden', () => {
    expect(availableActions({ status: S.NEW, checks: { ...PASS, genuine: false, positiveSentiment: false } }, user(Role.MARKETING), settings)[0]).toEqual({
      action: 'SHORTLIST', enabled: false, reason: 'Cannot be shortlisted: genuine and positive sentiment can never be overridden (RV3).',
    });
  });

  it("adds what genuine lacks when the check recorded it (RV2's note)", () => {
    const checks = { ...PASS, genuine: false, genuineNote: 'A website review needs a linked COMPLETED order (confirm a suggested order match)' };
    expect(availableActions({ status: S.NEW, checks }, user(Role.MARKETING), settings)[0].reason).toBe(
      'Cannot be shortlisted: genuine can never be overridden (RV3). A website review needs a linked COMPLETED order (confirm a suggested order match).',
    );
  });

  it('offers nothing to roles that do not work reviews', () => {
    for (const role of [Role.CX_AGENT, Role.CX_LEAD, Role.VENDOR_OPS, Role.FINANCE]) expect(names(S.NEW, PASS, user(role))).toEqual([]);
    expect(names(S.NEW, PASS, user(Role.ADMIN))).toEqual(['SHORTLIST', 'REJECT', 'REPLY']);
  });

  // The same policy decides the mutations (an overridable failure is accepted with a reason).
  it.each(Object.values(S).flatMap((status) => [PASS, SHORT, NOT_GENUINE].map((checks) => [status, checks] as const)))(
    '%s, %j: enabled exactly when the mutation would accept it',
    (status, checks) => {
      const listed = new Map(availableActions({ status, checks }, user(Role.MARKETING), settings).map((a) => [a.action, a.enabled]));
      expect(listed.get('SHORTLIST') === true).toBe(decideShortlist({ status, checks }, 'still a good one', [Role.MARKETING]).ok);
      expect(listed.get('REJECT') === true).toBe(decideReject(status, 'no').ok);
      expect(listed.get('PUBLISH') === true).toBe(decidePublish({ status, authorName: 'A B', text: TEXT, livePlatforms: [] }, [P.WEBSITE_TESTIMONIAL], null).ok);
      expect(listed.get('UNPUBLISH') === true).toBe(decideUnpublish(status, 'no').ok);
      expect(listed.get('REPLY')).toBe(true);
    },
  );
});
