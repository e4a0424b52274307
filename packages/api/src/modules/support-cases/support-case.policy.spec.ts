import { describe, expect, it } from 'vitest';
import { CasePriority, CaseStatus as S, CaseType, Channel, Role, Team } from '../../common/enums.js';
import { defaultPolicySettings, businessHoursCalendar } from '../../common/policy-settings.js';
import type { Principal } from '../access/principal.js';
import {
  availableActions, caseClocks, caseRules, checkDeviceSerial, decideCustomerMessage, decideEscalate, decidePark, decideReopen, decideReply,
  decideResolve, defaultPriority, parseCaseNumber, type CaseSnapshot,
} from './support-case.policy.js';

const policy = defaultPolicySettings();
const now = new Date('2026-12-01T06:00:00Z');
const DAY = 86_400_000;
const c = (over: Partial<CaseSnapshot> = {}): CaseSnapshot => ({ status: S.OPEN, team: Team.CX, firstRespondedAt: null, resolvedAt: null, assigneeId: null, ...over });
const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u1', email: 'u@x', name: 'U', roles });
const reach = { optedOut: false, erased: false, hasWhatsapp: true, hasEmail: false };

describe('K2 clocks and priorities', () => {
  it('default HIGH for money matters, NORMAL otherwise', () => {
    expect(defaultPriority(CaseType.PAYMENT_ISSUE)).toBe(CasePriority.HIGH);
    expect(defaultPriority(CaseType.REFUND_STATUS)).toBe(CasePriority.HIGH);
    expect(defaultPriority(CaseType.INVOICE)).toBe(CasePriority.NORMAL);
  });

  it('count business hours for NORMAL and LOW, all hours for HIGH and URGENT; 24h resolution for money, 72h otherwise', () => {
    const hours = businessHoursCalendar(policy);
    const normal = caseClocks(CaseType.INVOICE, CasePriority.NORMAL, policy, hours);
    expect(normal.firstResponse).toEqual({ budgetMs: 4 * 3_600_000, calendar: hours });
    expect(normal.resolution.budgetMs).toBe(3 * DAY);
    const urgent = caseClocks(CaseType.REFUND_STATUS, CasePriority.URGENT, policy, hours);
    expect(urgent.firstResponse).toEqual({ budgetMs: 15 * 60_000, calendar: { kind: 'ALL_HOURS' } });
    expect(urgent.resolution.budgetMs).toBe(DAY);
    expect(caseClocks(CaseType.OTHER, CasePriority.LOW, policy, hours).firstResponse.budgetMs).toBe(DAY);
  });

  it("are given to the panel as the decisions use them (caseRules)", () => {
    const rules = caseRules();
    expect(rules.typeDefaults.find((d) => d.type === CaseType.REFUND_STATUS)?.priority).toBe(CasePriority.HIGH);
    expect(rules.typeDefaults.find((d) => d.type === CaseType.INVOICE)?.priority).toBe(CasePriority.NORMAL);
    expect(rules.replyLimits.find((l) => l.channel === Channel.SMS)?.max).toBe(1530);
    expect(rules.replyLimits).toHaveLength(Object.values(Channel).length);
  });

  it('read case numbers as people say them', () => {
    expect(parseCaseNumber('CX-10042')).toBe(10042);
    expect(parseCaseNumber('cx 10042')).toBe(10042);
    expect(parseCaseNumber('10042')).toBe(10042);
    expect(parseCaseNumber('Rahul')).toBeNull();
  });
});

describe('SOP 004 serial numbers', () => {
  it('accept a Luhn-valid IMEI (spaces and dashes ignored) and a serial; refuse a wrong check digit and junk', () => {
    expect(checkDeviceSerial('49-015420-323751-8')).toMatchObject({ ok: true, value: '490154203237518', kind: 'IMEI' });
    expect(checkDeviceSerial('490154203237519')).toMatchObject({ ok: false, field: 'deviceSerial' });
    expect(checkDeviceSerial('c02xl0gtjgh5')).toMatchObject({ ok: true, value: 'C02XL0GTJGH5', kind: 'SERIAL' });
    expect(checkDeviceSerial('12345')).toMatchObject({ ok: false });
    expect(checkDeviceSerial('<script>')).toMatchObject({ ok: false });
  });
});

describe('K3–K6 decisions', () => {
  it('K3: a reply respects the opt-out and the channel, and its limit', () => {
    expect(decideReply(c(), Channel.SMS, 'x', { ...reach, optedOut: true })).toMatchObject({ ok: false, code: 'SOP_VIOLATION', rule: 'K3' });
    expect(decideReply(c(), Channel.CALL, 'Called them', { ...reach, optedOut: true })).toMatchObject({ ok: true, send: false, first: true });
    expect(decideReply(c(), Channel.EMAIL, 'x', reach)).toMatchObject({ ok: false, field: 'channel' });
    expect(decideReply(c(), Channel.SMS, 'x'.repeat(1531), reach)).toMatchObject({ ok: false, field: 'body' });
    expect(decideReply(c({ status: S.PENDING_CUSTOMER }), Channel.SMS, 'hi', reach)).toMatchObject({ ok: true, status: S.OPEN });
    expect(decideReply(c({ status: S.PENDING_INTERNAL, team: Team.FINANCE }), Channel.SMS, 'hi', reach)).toMatchObject({ ok: true, status: S.ESCALATED });
  });

  it('K4: park only to a waiting status, with a reason and a future date, never a resolved case', () => {
    expect(decidePark(c(), S.ESCALATED, 'r', null, now)).toMatchObject({ ok: false, field: 'status' });
    expect(decidePark(c({ status: S.RESOLVED, resolvedAt: now }), S.PENDING_CUSTOMER, 'r', null, now)).toMatchObject({ ok: false, rule: 'K4' });
    expect(decidePark(c(), S.PENDING_CUSTOMER, ' ', null, now)).toMatchObject({ ok: false, field: 'reason' });
    expect(decidePark(c(), S.PENDING_CUSTOMER, 'r', new Date(now.getTime() - 1), now)).toMatchObject({ ok: false, field: 'until' });
    expect(decidePark(c(), S.PENDING_INTERNAL, 'Waiting on Finance', new Date(now.getTime() + DAY), now)).toMatchObject({ ok: true, to: S.PENDING_INTERNAL });
  });

  it('K5: escalate to another team than the one it is with, never to CX', () => {
    expect(decideEscalate(c(), Team.CX, 'r')).toMatchObject({ ok: false, field: 'team' });
    expect(decideEscalate(c({ team: Team.FINANCE, status: S.ESCALATED }), Team.FINANCE, 'r')).toMatchObject({ ok: false, rule: 'K5' });
    expect(decideEscalate(c({ team: Team.FINANCE, status: S.ESCALATED }), Team.TECH, 'App shows the wrong amount')).toMatchObject({ ok: true, team: Team.TECH, to: S.ESCALATED, handBack: false });
  });

  it('K5: the team that has it hands it back to CX (OPEN), from a pause too', () => {
    expect(decideEscalate(c({ team: Team.FINANCE, status: S.ESCALATED }), Team.CX, 'Refund sent')).toMatchObject({ ok: true, team: Team.CX, to: S.OPEN, handBack: true });
    expect(decideEscalate(c({ team: Team.FINANCE, status: S.PENDING_INTERNAL }), Team.CX, 'Refund sent')).toMatchObject({ ok: true, to: S.OPEN });
    expect(decideEscalate(c({ team: Team.FINANCE, status: S.ESCALATED }), Team.CX, ' ')).toMatchObject({ ok: false, field: 'reason' });
  });

  it('K6: resolve needs a first response; reopen within the window, CASE_CLOSED from the moment it ends', () => {
    expect(decideResolve(c(), 'done')).toMatchObject({ ok: false, rule: 'CASE_NOT_RESPONDED' });
    expect(decideResolve(c({ firstRespondedAt: now }), 'done')).toMatchObject({ ok: true });
    const resolved = c({ status: S.RESOLVED, firstRespondedAt: now, resolvedAt: now });
    const window = policy.caseReopenWindowMs;
    expect(decideReopen(resolved, 'again', new Date(now.getTime() + window - 1), window)).toMatchObject({ ok: true, to: S.OPEN });
    expect(decideReopen(resolved, 'again', new Date(now.getTime() + window), window)).toMatchObject({ ok: false, rule: 'CASE_CLOSED' });
    expect(decideReopen(c(), 'again', now, window)).toMatchObject({ ok: false, rule: 'K6' });
    expect(decideCustomerMessage(resolved, new Date(now.getTime() + DAY), window)).toEqual({ kind: 'REOPEN', to: S.OPEN });
    expect(decideCustomerMessage(resolved, new Date(now.getTime() + window), window)).toEqual({ kind: 'CLOSED' });
    expect(decideCustomerMessage(c({ status: S.PENDING_CUSTOMER }), now, window)).toEqual({ kind: 'RESUME', to: S.OPEN });
  });
});

describe('availableActions', () => {
  it('offers an agent REPLY, NOTE, PARK, ESCALATE, RESOLVE blocked until the first response, and ASSIGN_TO_ME', () => {
    const names = (a: ReturnType<typeof availableActions>) => a.map((x) => `${x.action}${x.enabled ? '' : '(blocked)'}`);
    expect(names(availableActions(c(), user(Role.CX_AGENT), policy, now))).toEqual(['REPLY', 'NOTE', 'PARK', 'ESCALATE', 'RESOLVE(blocked)', 'ASSIGN_TO_ME']);
    expect(names(availableActions(c({ firstRespondedAt: now, assigneeId: 'u1' }), user(Role.CX_AGENT), policy, now))).toEqual(['REPLY', 'NOTE', 'PARK', 'ESCALATE', 'RESOLVE']);
    expect(names(availableActions(c({ status: S.RESOLVED, firstRespondedAt: now, resolvedAt: now }), user(Role.CX_LEAD), policy, now))).toEqual(['REPLY', 'NOTE', 'REOPEN', 'ASSIGN', 'ASSIGN_TO_ME']);
  });

  it('offers nothing on a CLOSED case, to another team, or to MARKETING', () => {
    expect(availableActions(c({ status: S.CLOSED }), user(Role.CX_LEAD), policy, now)).toEqual([]);
    expect(availableActions(c({ team: Team.FINANCE, status: S.ESCALATED }), user(Role.VENDOR_OPS), policy, now)).toEqual([]);
    expect(availableActions(c(), user(Role.MARKETING), policy, now)).toEqual([]);
  });
});
