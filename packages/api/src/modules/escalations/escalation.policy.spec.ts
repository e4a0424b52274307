import { describe, expect, it } from 'vitest';
import { EscalationCategory as C, EscalationStatus as S, Team } from '../../common/enums.js';
import { CATEGORY_TEAM, decideAssign, decideCategorize, decideContact, decideResolve, decideSlaBreach } from './escalation.policy.js';
import { isSlaBreached } from './sla.policy.js';

const due = new Date('2026-11-23T10:15:00Z');
const at = (m: number) => new Date(due.getTime() + m * 60_000);

describe('SLA (E1)', () => {
  it.each([
    [null, at(-1), false], [null, at(1), true], [at(-5), at(60), false], [at(2), at(60), true], [due, at(60), false],
  ])('first contact %s, now %s → breached %s', (contact, now, breached) => {
    expect(isSlaBreached({ firstContactDueAt: due, firstContactAt: contact }, now)).toBe(breached);
  });
  it('the timer breaches only uncontacted, unbreached, open escalations at the due time', () => {
    const e = { firstContactAt: null, slaBreachedAt: null, firstContactDueAt: due, status: S.OPEN };
    expect(decideSlaBreach(e, at(-1))).toEqual({ kind: 'NOT_DUE', at: due });
    expect(decideSlaBreach(e, due)).toEqual({ kind: 'BREACH' });
    expect(decideSlaBreach({ ...e, firstContactAt: at(-2) }, at(5))).toEqual({ kind: 'NONE' });
    expect(decideSlaBreach({ ...e, slaBreachedAt: due }, at(5))).toEqual({ kind: 'NONE' });
  });
});

describe('contact, categorise, resolve (E1–E4)', () => {
  const e = (status: S, category: C | null = null, firstContactAt: Date | null = null) => ({ status, category, firstContactAt });
  it('first contact moves OPEN to CONTACTED; later ones keep the status', () => {
    expect(decideContact(e(S.OPEN), 'called')).toMatchObject({ ok: true, first: true, to: S.CONTACTED });
    expect(decideContact(e(S.ROUTED, C.DELAY, at(0)), 'called again')).toMatchObject({ ok: true, first: false, to: S.ROUTED });
    expect(decideContact(e(S.CLOSED), 'x')).toMatchObject({ rule: 'ESCALATION_CLOSED' });
  });
  it.each(Object.values(C))('%s routes by the table', (c) => {
    const d = decideCategorize(e(S.CONTACTED, null, at(0)), c);
    expect(d).toMatchObject({ ok: true, team: CATEGORY_TEAM[c], to: CATEGORY_TEAM[c] === Team.CX ? S.CONTACTED : S.ROUTED });
  });
  it.each([
    [e(S.OPEN), 'ESCALATION_NOT_CONTACTED'], [e(S.OPEN, C.PRICING), 'ESCALATION_NOT_CONTACTED'],
    [e(S.CONTACTED, null, at(0)), 'ESCALATION_NEEDS_CATEGORY'], [e(S.CLOSED, C.PRICING, at(0)), 'ESCALATION_CLOSED'],
  ])('resolve %j → %s', (snap, rule) => expect(decideResolve(snap, 'fixed')).toMatchObject({ ok: false, rule }));
  it('resolves a contacted, categorised escalation', () => {
    expect(decideResolve(e(S.ROUTED, C.PAYMENT, at(0)), ' refunded ')).toEqual({ ok: true, resolution: 'refunded' });
  });
});

describe('decideAssign (E4)', () => {
  it('refuses only CLOSED escalations', () => {
    expect(decideAssign({ status: S.CLOSED })).toMatchObject({ ok: false, rule: 'ESCALATION_CLOSED' });
    for (const status of [S.OPEN, S.CONTACTED, S.ROUTED, S.RESOLVED]) expect(decideAssign({ status })).toEqual({ ok: true });
  });
});
