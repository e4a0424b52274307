import { describe, expect, it } from 'vitest';
import { ApiScope, EscalationCategory as C, EscalationStatus as S, Role, Team } from '../../common/enums.js';
import { defaultPolicySettings } from '../../common/policy-settings.js';
import { checkTransition } from '../../common/state-machine.js';
import type { Principal } from '../access/principal.js';
import { ESCALATION_TRANSITIONS } from './escalation-state.js';
import {
  availableActions, CATEGORY_TEAM, decideAssign, decideAssignee, decideTake, decideCategorize, decideClose, decideContact, decideResolve, moveTo,
} from './escalation.policy.js';
import { firstContactDueSoonAt, isSlaBreached } from './sla.policy.js';

const due = new Date('2026-11-23T10:15:00Z');
const at = (m: number) => new Date(due.getTime() + m * 60_000);

describe('SLA (E1)', () => {
  it.each([
    [null, at(-1), false], [null, at(1), true], [at(-5), at(60), false], [at(2), at(60), true], [due, at(60), false],
  ])('first contact %s, now %s → breached %s', (contact, now, breached) => {
    expect(isSlaBreached({ firstContactDueAt: due, firstContactAt: contact }, now)).toBe(breached);
  });
  it('an awaited first contact is due soon the window before it is due; a contacted or resolved one never', () => {
    const e = { firstContactAt: null, firstContactDueAt: due, status: S.OPEN };
    expect(firstContactDueSoonAt(e, 10 * 60_000)).toEqual(at(-10));
    expect(firstContactDueSoonAt(e, 3 * 60_000)).toEqual(at(-3));
    expect(firstContactDueSoonAt({ ...e, firstContactAt: at(-5), status: S.CONTACTED }, 10 * 60_000)).toBeNull();
    expect(firstContactDueSoonAt({ ...e, status: S.RESOLVED }, 10 * 60_000)).toBeNull();
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
    expect(decideResolve(e(S.ROUTED, C.PAYMENT, at(0)), ' refunded ')).toEqual({ ok: true, resolution: 'refunded', to: S.RESOLVED });
  });
});

describe('decideAssign (E4)', () => {
  it('refuses only CLOSED escalations', () => {
    expect(decideAssign({ status: S.CLOSED })).toMatchObject({ ok: false, rule: 'ESCALATION_CLOSED' });
    for (const status of [S.OPEN, S.CONTACTED, S.ROUTED, S.RESOLVED]) expect(decideAssign({ status })).toEqual({ ok: true });
  });

  it('gives an escalation only to an active person of its team (or ADMIN): the people assignableUsers offers', () => {
    const person = (...roles: Role[]) => ({ name: 'Tara', active: true, roles });
    expect(decideAssignee({ team: Team.CX }, person(Role.CX_AGENT))).toEqual({ ok: true });
    expect(decideAssignee({ team: Team.FINANCE }, person(Role.ADMIN))).toEqual({ ok: true });
    expect(decideAssignee({ team: Team.CX }, person(Role.TECH))).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field: 'userId' });
    expect(decideAssignee({ team: Team.TECH }, person(Role.FINANCE))).toMatchObject({ ok: false, field: 'userId' });
    expect(decideAssignee({ team: Team.CX }, { ...person(Role.CX_AGENT), active: false })).toMatchObject({ ok: false, field: 'userId' });
  });
});

const settings = defaultPolicySettings();
const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u1', email: 'u@test', name: 'U', roles });
const snap = (status: S, o: { category?: C | null; contacted?: boolean; team?: Team } = {}) => ({
  status, category: o.category ?? null, firstContactAt: o.contacted ? at(0) : null, team: o.team ?? Team.CX,
});

describe('every status change goes through the transition table (E1–E4)', () => {
  const snapshots = Object.values(S).flatMap((status) =>
    [null, C.PRICING, C.DELAY].flatMap((category) => [true, false].map((contacted) => snap(status, { category, contacted }))),
  );
  it.each(snapshots)('%j: each decision moves only along the table', (s) => {
    const moves = [
      decideContact(s, 'called'),
      ...Object.values(C).map((c) => decideCategorize(s, c)),
      decideResolve(s, 'fixed'),
      decideClose(s),
    ];
    for (const d of moves) if (d.ok) expect(d.to === s.status || checkTransition(ESCALATION_TRANSITIONS, s.status, d.to).allowed).toBe(true);
  });
  it('a routed escalation recategorised to CX before any contact goes back to OPEN', () => {
    expect(decideCategorize(snap(S.ROUTED, { category: C.DELAY }), C.PRICING)).toMatchObject({ ok: true, team: Team.CX, to: S.OPEN });
  });
  it('the updated rating closes only a RESOLVED escalation (E4)', () => {
    expect(decideClose({ status: S.RESOLVED })).toEqual({ ok: true, to: S.CLOSED });
    expect(decideClose({ status: S.CLOSED })).toMatchObject({ ok: false, rule: 'ESCALATION_CLOSED' });
    for (const status of [S.OPEN, S.CONTACTED, S.ROUTED]) expect(decideClose({ status })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
  it('moveTo refuses what the table does not list and lets a status stay as it is', () => {
    expect(moveTo(S.OPEN, S.RESOLVED)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(moveTo(S.RESOLVED, S.RESOLVED)).toEqual({ ok: true, to: S.RESOLVED });
  });
});

describe('availableActions', () => {
  const names = (s: ReturnType<typeof snap>, p: Principal | null) => availableActions(s, p, settings).map((a) => (a.enabled ? a.action : `${a.action}?`));

  it.each([
    ['OPEN, CX_AGENT', snap(S.OPEN), [Role.CX_AGENT], ['LOG_CONTACT', 'CATEGORIZE', 'RESOLVE?', 'ASSIGN_TO_ME']],
    ['OPEN, CX_LEAD', snap(S.OPEN), [Role.CX_LEAD], ['LOG_CONTACT', 'CATEGORIZE', 'RESOLVE?', 'ASSIGN', 'ASSIGN_TO_ME']],
    ['contacted, no category', snap(S.CONTACTED, { contacted: true }), [Role.CX_LEAD], ['LOG_CONTACT', 'CATEGORIZE', 'RESOLVE?', 'ASSIGN', 'ASSIGN_TO_ME']],
    ['contacted and categorised', snap(S.CONTACTED, { contacted: true, category: C.PRICING }), [Role.CX_AGENT], ['LOG_CONTACT', 'CATEGORIZE', 'RESOLVE', 'ASSIGN_TO_ME']],
    ['RESOLVED (waiting for the updated rating)', snap(S.RESOLVED, { contacted: true, category: C.PRICING }), [Role.ADMIN], ['LOG_CONTACT', 'CATEGORIZE', 'ASSIGN', 'ASSIGN_TO_ME']],
    ['CLOSED', snap(S.CLOSED, { contacted: true, category: C.PRICING }), [Role.ADMIN], []],
    ['routed to VENDOR_OPS, VENDOR_OPS', snap(S.ROUTED, { contacted: true, category: C.DELAY, team: Team.VENDOR_OPS }), [Role.VENDOR_OPS], ['LOG_CONTACT', 'CATEGORIZE', 'RESOLVE', 'ASSIGN', 'ASSIGN_TO_ME']],
    ['with CX, VENDOR_OPS (not its team)', snap(S.OPEN), [Role.VENDOR_OPS], []],
    ['routed to FINANCE, VENDOR_OPS', snap(S.ROUTED, { category: C.PAYMENT, team: Team.FINANCE }), [Role.VENDOR_OPS], []],
    ['MARKETING', snap(S.OPEN), [Role.MARKETING], []],
  ] as const)('%s', (_, s, roles, expected) => expect(names(s, user(...roles))).toEqual(expected));

  it('offers ASSIGN_TO_ME only when taking would change the assignee', () => {
    const mine = { ...snap(S.OPEN), assigneeId: 'u1' };
    const theirs = { ...snap(S.OPEN), assigneeId: 'u2' };
    expect(names(mine, user(Role.CX_AGENT))).not.toContain('ASSIGN_TO_ME');
    // An agent does not take a colleague's escalation; a lead may (it is reassigning).
    expect(names(theirs, user(Role.CX_AGENT))).not.toContain('ASSIGN_TO_ME');
    expect(names(theirs, user(Role.CX_LEAD))).toContain('ASSIGN_TO_ME');
    // CX sees a VENDOR_OPS escalation, but that team's people take it.
    expect(names(snap(S.ROUTED, { contacted: true, category: C.DELAY, team: Team.VENDOR_OPS }), user(Role.CX_AGENT))).not.toContain('ASSIGN_TO_ME');
  });

  it('says in plain words what E3 wants first', () => {
    expect(availableActions(snap(S.OPEN), user(Role.CX_AGENT), settings).find((a) => a.action === 'RESOLVE')).toEqual({
      action: 'RESOLVE', enabled: false, reason: 'Log the first contact before resolving (E3).',
    });
    expect(availableActions(snap(S.CONTACTED, { contacted: true }), user(Role.CX_AGENT), settings).find((a) => a.action === 'RESOLVE')?.reason).toBe(
      'Categorize the escalation before resolving (E3).',
    );
  });

  it('offers nothing to no one and nothing to API keys (these mutations are for people)', () => {
    expect(availableActions(snap(S.OPEN), null, settings)).toEqual([]);
    expect(availableActions(snap(S.OPEN), { kind: 'API_KEY', id: 'k', name: 'k', scopes: [ApiScope.READ_ALL, ApiScope.ORDERS_WRITE] }, settings)).toEqual([]);
  });

  // The same policy decides the mutation: an enabled action is accepted, a missing one refused.
  it.each(Object.values(S).flatMap((status) => [true, false].flatMap((contacted) => [null, C.PRICING].map((category) => snap(status, { contacted, category })))))(
    '%j: enabled exactly when the mutation would accept it',
    (s) => {
      const listed = new Map(availableActions(s, user(Role.ADMIN), settings).map((a) => [a.action, a.enabled]));
      expect(listed.get('LOG_CONTACT') === true).toBe(decideContact(s, 'called').ok);
      expect(listed.get('CATEGORIZE') === true).toBe(decideCategorize(s, C.TECH).ok);
      expect(listed.get('RESOLVE') === true).toBe(decideResolve(s, 'fixed').ok);
      expect(listed.get('ASSIGN') === true).toBe(decideAssign(s).ok);
      const take = decideTake({ ...s, assigneeId: null }, user(Role.ADMIN));
      expect(listed.get('ASSIGN_TO_ME') === true).toBe(take.ok && take.changed);
    },
  );
});

describe('decideTake (assign to me)', () => {
  const e = (o: { status?: S; team?: Team; assigneeId?: string | null } = {}) => ({ status: o.status ?? S.OPEN, team: o.team ?? Team.CX, assigneeId: o.assigneeId ?? null });
  it.each([
    ['unassigned, agent', e(), [Role.CX_AGENT], { ok: true, changed: true }],
    ['already mine', e({ assigneeId: 'u1' }), [Role.CX_AGENT], { ok: true, changed: false }],
    ["a colleague's, agent", e({ assigneeId: 'u2' }), [Role.CX_AGENT], { ok: false, code: 'CONFLICT' }],
    ["a colleague's, lead", e({ assigneeId: 'u2' }), [Role.CX_LEAD], { ok: true, changed: true }],
    ['CLOSED', e({ status: S.CLOSED }), [Role.CX_AGENT], { ok: false, code: 'SOP_VIOLATION', rule: 'ESCALATION_CLOSED' }],
    ['with VENDOR_OPS, agent', e({ team: Team.VENDOR_OPS }), [Role.CX_AGENT], { ok: false, code: 'FORBIDDEN' }],
    ['with VENDOR_OPS, VENDOR_OPS', e({ team: Team.VENDOR_OPS }), [Role.VENDOR_OPS], { ok: true, changed: true }],
    ['with CX, FINANCE', e(), [Role.FINANCE], { ok: false, code: 'FORBIDDEN' }],
  ] as const)('%s', (_, s, roles, expected) => expect(decideTake(s, user(...roles))).toMatchObject(expected));
});
