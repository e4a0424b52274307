// K1–K8: what a case may do and what it needs. Pure: the service passes in the case as it is,
// the caller, the settings and the time, and applies the decision.
import { blocked, offer, type AvailableAction } from '../../common/actions.js';
import type { Calendar } from '../../common/business-hours.js';
import type { Refusal } from '../../common/decision.js';
import { CasePriority as P, CaseStatus as S, CaseType as T, Channel, Team } from '../../common/enums.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { checkTransition } from '../../common/state-machine.js';
import { decideAccess } from '../access/access.policy.js';
import { decideTake } from '../access/assignment.policy.js';
import type { Principal } from '../access/principal.js';
import { worksOnTeam } from '../access/team-scope.policy.js';
import { ALL_HOURS } from '../sla-clocks/sla-clock.policy.js';
import { CASE_TRANSITIONS, PARKED } from './case-state.js';

export const SUBJECT_MAX = 200;
export const TEXT_MAX = 5000;
export const REASON_MAX = 1000;

/** K3: the longest reply each channel carries (WhatsApp's text limit; ten SMS parts; the app's and e-mail's own). */
export const REPLY_MAX: Record<Channel, number> = {
  [Channel.WHATSAPP]: 4096,
  [Channel.SMS]: 1530,
  [Channel.APP]: 2000,
  [Channel.EMAIL]: 20_000,
  // A call is logged, not sent: its summary is the agent's.
  [Channel.CALL]: TEXT_MAX,
};

/** K2: PAYMENT_ISSUE and REFUND_STATUS are urgent money matters (SOP 003: within 24 hours). */
const MONEY_TYPES: readonly T[] = [T.PAYMENT_ISSUE, T.REFUND_STATUS];

export const defaultPriority = (type: T): P => (MONEY_TYPES.includes(type) ? P.HIGH : P.NORMAL);

/** K2: the first-response budget by priority; NORMAL and LOW count business hours, HIGH and URGENT all hours. */
export function caseClocks(
  type: T, priority: P, p: PolicySettings, businessHours: Calendar,
): { firstResponse: { budgetMs: number; calendar: Calendar }; resolution: { budgetMs: number; calendar: Calendar } } {
  const firstMs = {
    [P.URGENT]: p.caseFirstResponseUrgentMs, [P.HIGH]: p.caseFirstResponseHighMs,
    [P.NORMAL]: p.caseFirstResponseNormalMs, [P.LOW]: p.caseFirstResponseLowMs,
  }[priority];
  const calendar = priority === P.NORMAL || priority === P.LOW ? businessHours : ALL_HOURS;
  const resolutionMs = MONEY_TYPES.includes(type) ? p.casePaymentResolutionMs : p.caseResolutionMs;
  return { firstResponse: { budgetMs: firstMs, calendar }, resolution: { budgetMs: resolutionMs, calendar } };
}

/** What the panel's forms show before they ask: the same table and default the decisions use. */
export const caseRules = () => ({
  replyLimits: Object.values(Channel).map((channel) => ({ channel, max: REPLY_MAX[channel] })),
  typeDefaults: Object.values(T).map((type) => ({ type, priority: defaultPriority(type) })),
});

export const caseNumber = (seq: number) => `CX-${seq}`;

/** "CX-10042", "cx 10042" or "10042" → 10042 (the search box and the phone). */
export function parseCaseNumber(text: string): number | null {
  const m = /^\s*(?:cx[-\s]?)?(\d{1,9})\s*$/i.exec(text);
  return m ? Number(m[1]) : null;
}

const text = (field: string, raw: string | null | undefined, max: number, what: string): { ok: true; value: string } | Refusal => {
  const value = (raw ?? '').trim();
  if (!value) return { ok: false, code: 'BAD_USER_INPUT', field, message: `${what} is required.` };
  if (value.length > max) return { ok: false, code: 'BAD_USER_INPUT', field, message: `${what} can be at most ${max.toLocaleString('en-IN')} characters.` };
  return { ok: true, value };
};

/** SOP 004: an IMEI is 15 digits with a valid Luhn check digit; a serial number 6–20 letters and digits. */
export function checkDeviceSerial(raw: string): { ok: true; value: string; kind: 'IMEI' | 'SERIAL' } | Refusal {
  const value = raw.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{15}$/.test(value)) {
    return luhnValid(value)
      ? { ok: true, value, kind: 'IMEI' }
      : { ok: false, code: 'BAD_USER_INPUT', field: 'deviceSerial', message: 'This IMEI\'s check digit is wrong: read the 15 digits again from *#06# or the box.' };
  }
  if (/^(?=.*[A-Z])[A-Z0-9]{6,20}$/.test(value)) return { ok: true, value, kind: 'SERIAL' };
  return { ok: false, code: 'BAD_USER_INPUT', field: 'deviceSerial', message: 'Give the device\'s IMEI (15 digits, dial *#06#) or its serial number (6–20 letters and digits).' };
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export interface OpenCaseDraft {
  type: T;
  channel: Channel;
  subject: string;
  description: string;
  priority?: P | null;
  deviceSerial?: string | null;
}

/** K1 and SOP 004: what an opened case needs (the customer and the order are the service's to find). */
export function decideOpen(d: OpenCaseDraft):
  { ok: true; subject: string; description: string; priority: P; deviceSerial: string | null } | Refusal {
  const subject = text('subject', d.subject, SUBJECT_MAX, 'A subject');
  if (!subject.ok) return subject;
  const description = text('description', d.description, TEXT_MAX, 'The description');
  if (!description.ok) return description;
  let deviceSerial: string | null = null;
  if (d.deviceSerial != null && d.deviceSerial.trim() !== '') {
    const serial = checkDeviceSerial(d.deviceSerial);
    if (!serial.ok) return serial;
    deviceSerial = serial.value;
  } else if (d.type === T.PRODUCT_SUPPORT) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'deviceSerial', message: 'Ask the customer for the device\'s IMEI or serial number first (SOP 004).' };
  }
  return { ok: true, subject: subject.value, description: description.value, priority: d.priority ?? defaultPriority(d.type), deviceSerial };
}

/** K1: the order named on a case must be the customer's own. */
export function decideCaseOrder(order: { customerId: string } | null, customerId: string): { ok: true } | Refusal {
  if (!order || order.customerId === customerId) return { ok: true };
  return { ok: false, code: 'BAD_USER_INPUT', field: 'orderId', message: 'This order belongs to another customer: open the case for the customer who placed it.' };
}

export interface CaseSnapshot {
  status: S;
  team: Team;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  assigneeId: string | null;
}

/** K6: a CLOSED case is frozen. */
export const CLOSED_REFUSAL: Refusal = {
  ok: false, code: 'SOP_VIOLATION', rule: 'CASE_CLOSED',
  message: 'This case is CLOSED (its reopen window after resolution has passed) and can no longer change; open a new case for the customer.',
};
const closed = (): Refusal => CLOSED_REFUSAL;

/** Every status change goes through the transition table; staying where it is changes nothing. */
export function moveTo(from: S, to: S, rule: string): { ok: true; to: S } | Refusal {
  if (from === S.CLOSED) return closed();
  if (from === to || checkTransition(CASE_TRANSITIONS, from, to).allowed) return { ok: true, to };
  return { ok: false, code: 'SOP_VIOLATION', rule, message: `A case cannot go from ${from} to ${to}.` };
}

/** Where a case goes when it moves again after a pause: back with the team that has it. */
export const activeStatus = (c: Pick<CaseSnapshot, 'team'>): S => (c.team === Team.CX ? S.OPEN : S.ESCALATED);

export interface ReplyContext {
  optedOut: boolean;
  hasWhatsapp: boolean;
  hasEmail: boolean;
  erased: boolean;
}

/** K3: a reply goes to the customer on a channel they can and agreed to receive; a call is logged as the response it was. */
export function decideReply(c: CaseSnapshot, channel: Channel, body: string, to: ReplyContext):
  { ok: true; body: string; first: boolean; send: boolean; status: S } | Refusal {
  if (c.status === S.CLOSED) return closed();
  const t = text('body', body, REPLY_MAX[channel], `A ${channel === Channel.CALL ? 'call summary' : `${channel} reply`}`);
  if (!t.ok) return t;
  const send = channel !== Channel.CALL;
  if (send && (to.optedOut || to.erased)) {
    return {
      ok: false, code: 'SOP_VIOLATION', rule: 'K3',
      message: 'The customer asked for no more messages (opted out): call them instead and log the call (channel CALL), or note it on the case.',
    };
  }
  if (channel === Channel.WHATSAPP && !to.hasWhatsapp) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'channel', message: 'This customer has no WhatsApp: reply by SMS, e-mail or the app.' };
  }
  if (channel === Channel.EMAIL && !to.hasEmail) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'channel', message: 'We have no e-mail address for this customer: reply on WhatsApp, SMS or the app.' };
  }
  // A reply on a resolved case is a follow-up; it does not reopen it (the customer's message or reopenCase does).
  const status = PARKED.includes(c.status) ? activeStatus(c) : c.status;
  return { ok: true, body: t.value, first: !c.firstRespondedAt, send, status };
}

/** K3: an internal note, never sent. */
export function decideNote(c: CaseSnapshot, body: string): { ok: true; body: string } | Refusal {
  if (c.status === S.CLOSED) return closed();
  const t = text('body', body, TEXT_MAX, 'A note');
  return t.ok ? { ok: true, body: t.value } : t;
}

/** K4: parking needs a waiting status, a reason, and an `until` in the future. */
export function decidePark(c: CaseSnapshot, status: S, reason: string, until: Date | null, now: Date):
  { ok: true; to: S; reason: string; until: Date | null } | Refusal {
  if (c.status === S.CLOSED) return closed();
  if (!PARKED.includes(status)) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'status', message: 'Park a case as PENDING_CUSTOMER (waiting on the customer) or PENDING_INTERNAL (waiting on someone inside).' };
  }
  if (c.status === S.RESOLVED) {
    return { ok: false, code: 'SOP_VIOLATION', rule: 'K4', message: 'This case is resolved: reopen it first if there is more to wait for.' };
  }
  const r = text('reason', reason, REASON_MAX, 'The reason for parking');
  if (!r.ok) return r;
  if (until && until.getTime() <= now.getTime()) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'until', message: 'The follow-up date must be in the future.' };
  }
  if (until && until.getTime() - now.getTime() > 90 * 86_400_000) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'until', message: 'Park a case for at most 90 days.' };
  }
  const move = moveTo(c.status, status, 'K4');
  if (!move.ok) return move;
  return { ok: true, to: move.to, reason: r.value, until };
}

/**
 * K5: a case goes to FINANCE, VENDOR_OPS or TECH, never to the team it is already with. The team
 * that has it may hand it back to CX when its part is done (SOP 003 §6 "follow through": CX
 * confirms with the customer); the case is OPEN with CX again and the customer is not told.
 */
export function decideEscalate(c: CaseSnapshot, team: Team, reason: string): { ok: true; team: Team; reason: string; to: S; handBack: boolean } | Refusal {
  if (c.status === S.CLOSED) return closed();
  if (team === Team.CX && c.team === Team.CX) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'team', message: 'This case is with CX: escalate it to FINANCE, VENDOR_OPS or TECH.' };
  }
  if (c.status === S.RESOLVED) return { ok: false, code: 'SOP_VIOLATION', rule: 'K5', message: 'This case is resolved: reopen it before escalating.' };
  if (c.team === team) return { ok: false, code: 'SOP_VIOLATION', rule: 'K5', message: `This case is already with ${team}.` };
  const r = text('reason', reason, REASON_MAX, team === Team.CX ? 'The reason for handing it back' : 'The reason for escalating');
  if (!r.ok) return r;
  const handBack = team === Team.CX;
  const move = moveTo(c.status, handBack ? S.OPEN : S.ESCALATED, 'K5');
  if (!move.ok) return move;
  return { ok: true, team, reason: r.value, to: move.to, handBack };
}

function resolveRefusal(c: CaseSnapshot): Refusal | null {
  if (c.status === S.CLOSED) return closed();
  if (c.status === S.RESOLVED) return { ok: false, code: 'CONFLICT', message: 'This case is already resolved.' };
  if (!c.firstRespondedAt) {
    return { ok: false, code: 'SOP_VIOLATION', rule: 'CASE_NOT_RESPONDED', message: 'Reply to the customer (replyToCase) before resolving: they must have heard from us.' };
  }
  const move = moveTo(c.status, S.RESOLVED, 'K6');
  return move.ok ? null : move;
}

/** K6: resolving needs a first response and a resolution. */
export function decideResolve(c: CaseSnapshot, resolution: string): { ok: true; resolution: string } | Refusal {
  const refusal = resolveRefusal(c);
  if (refusal) return refusal;
  const r = text('resolution', resolution, TEXT_MAX, 'The resolution');
  return r.ok ? { ok: true, resolution: r.value } : r;
}

/** K6: a resolved case reopens within the window (reopenCase, or the customer writing); after it, it is CLOSED. */
/** K6: the reopen window ends when the close timer is due (decideClose), not a moment later. */
const pastWindow = (c: CaseSnapshot, now: Date, windowMs: number) => Boolean(c.resolvedAt) && now.getTime() - c.resolvedAt!.getTime() >= windowMs;

export function decideReopen(c: CaseSnapshot, reason: string, now: Date, windowMs: number): { ok: true; reason: string; to: S } | Refusal {
  if (c.status === S.CLOSED || (c.status === S.RESOLVED && pastWindow(c, now, windowMs))) return closed();
  if (c.status !== S.RESOLVED) return { ok: false, code: 'SOP_VIOLATION', rule: 'K6', message: 'Only a resolved case can be reopened; this one is still open.' };
  const r = text('reason', reason, REASON_MAX, 'The reason for reopening');
  if (!r.ok) return r;
  return { ok: true, reason: r.value, to: S.OPEN };
}

/** K6's timer: a resolved case closes once the reopen window has passed. */
export function decideClose(c: CaseSnapshot, now: Date, windowMs: number): { kind: 'CLOSE' } | { kind: 'NOT_DUE'; at: Date } | { kind: 'NONE' } {
  if (c.status !== S.RESOLVED || !c.resolvedAt) return { kind: 'NONE' };
  const at = new Date(c.resolvedAt.getTime() + windowMs);
  return now.getTime() >= at.getTime() ? { kind: 'CLOSE' } : { kind: 'NOT_DUE', at };
}

/** The customer wrote (K4, K6): a parked case resumes, a resolved one within the window reopens, a closed one stays closed. */
export function decideCustomerMessage(c: CaseSnapshot, now: Date, windowMs: number): { kind: 'RESUME' | 'REOPEN' | 'ADD'; to: S } | { kind: 'CLOSED' } {
  if (c.status === S.CLOSED || (c.status === S.RESOLVED && pastWindow(c, now, windowMs))) return { kind: 'CLOSED' };
  if (c.status === S.RESOLVED) return { kind: 'REOPEN', to: S.OPEN };
  if (PARKED.includes(c.status)) return { kind: 'RESUME', to: activeStatus(c) };
  return { kind: 'ADD', to: c.status };
}

/**
 * K2 for one case: breached once marked, or while a clock runs (not parked, not resolved or
 * closed) past its due time before the timer noticed. support-case.list's caseBreachedCondition
 * is the same rule as a query.
 */
export function isCaseBreached(
  c: { status: S; slaBreachedAt: Date | null; slaPausedAt: Date | null; firstRespondedAt: Date | null; firstResponseDueAt: Date; resolutionDueAt: Date },
  now: Date,
): boolean {
  if (c.slaBreachedAt) return true;
  if (c.slaPausedAt || c.status === S.RESOLVED || c.status === S.CLOSED) return false;
  const late = (due: Date) => now.getTime() > due.getTime();
  return (!c.firstRespondedAt && late(c.firstResponseDueAt)) || late(c.resolutionDueAt);
}

export type CaseAction = 'REPLY' | 'NOTE' | 'PARK' | 'ESCALATE' | 'RESOLVE' | 'REOPEN' | 'ASSIGN' | 'ASSIGN_TO_ME';

/**
 * What the caller can do with this case now (the panel's buttons and shortcuts), from the same
 * decisions as the mutations. RESOLVE is listed but blocked until the first response (K6).
 */
export function availableActions(c: CaseSnapshot, principal: Principal | null, settings: PolicySettings, now: Date): AvailableAction<CaseAction>[] {
  if (!principal || !worksOnTeam(principal, c.team) || c.status === S.CLOSED) return [];
  const may = (op: string) => decideAccess(op, principal).allowed;
  const out: AvailableAction<CaseAction>[] = [];
  if (may('replyToCase')) out.push(offer('REPLY'));
  if (may('addCaseNote')) out.push(offer('NOTE'));
  if (may('parkCase') && c.status !== S.RESOLVED) out.push(offer('PARK'));
  if (may('escalateCase') && c.status !== S.RESOLVED && Object.values(Team).some((t) => decideEscalate(c, t, 'x').ok)) out.push(offer('ESCALATE'));
  if (may('resolveCase')) {
    const refusal = resolveRefusal(c);
    if (!refusal) out.push(offer('RESOLVE'));
    else if (refusal.code === 'SOP_VIOLATION' && refusal.rule === 'CASE_NOT_RESPONDED') out.push(blocked('RESOLVE', 'Reply to the customer before resolving (CASE_NOT_RESPONDED).'));
  }
  if (may('reopenCase') && decideReopen(c, 'x', now, settings.caseReopenWindowMs).ok) out.push(offer('REOPEN'));
  if (may('assignCase')) out.push(offer('ASSIGN'));
  if (may('takeCase')) {
    const take = decideTake({ team: c.team, assigneeId: c.assigneeId, closed: false }, principal, { assignOperation: 'assignCase', noun: 'case' });
    if (take.ok && take.changed) out.push(offer('ASSIGN_TO_ME'));
  }
  return out;
}
