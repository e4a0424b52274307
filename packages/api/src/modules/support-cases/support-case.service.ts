// Support cases (SOP 002, 003, 004; K1–K7): every inquiry a customer starts, with its two SLA
// clocks on the shared engine (modules/sla-clocks), replies through the outbox, internal notes,
// parking, escalation to another team, resolution with a rating request, reopening and closing.
// The interaction log, the team scope and the assignment are the ones escalations use.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { AvailableAction } from '../../common/actions.js';
import { checkVersionAudited, recordAudit } from '../../common/audit.js';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { AlertKind, CaseStatus, Channel, InteractionKind, MessageKind, Team } from '../../common/enums.js';
import { badInput, forbidden, notFound } from '../../common/errors.js';
import type { EventPublisher } from '../../common/events.js';
import { findById, findOrFail, isUuid } from '../../common/find.js';
import { refId } from '../../common/lean.js';
import { normalisePhone } from '../../common/phone.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { durationWords, formatIst } from '../../common/time-text.js';
import { caseCloseJobKey, caseParkJobKey, removeJobs, scheduleJobs, TASKS } from '../../jobs/schedule.js';
import { assigneeRoles, decideAssignee, decideTake } from '../access/assignment.policy.js';
import { actorOf, SYSTEM_ACTOR, type Actor, type Principal } from '../access/principal.js';
import { visibleTeams, worksOnTeam } from '../access/team-scope.policy.js';
import { User } from '../access/user.entity.js';
import type { AlertService } from '../alerts/alert.service.js';
import { Interaction } from '../interactions/interaction.entity.js';
import type { MessagingService } from '../messaging/messaging.service.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import { ClockKind, ClockSubject, type SlaClock } from '../sla-clocks/sla-clock.entity.js';
import type { SlaClockEvents } from '../sla-clocks/sla-clock.events.js';
import type { SlaClockService, SubjectRef } from '../sla-clocks/sla-clock.service.js';
import { escalatedNotice, resolvedNotice } from './case-messages.js';
import { PARKED } from './case-state.js';
import type { OpenCaseInput } from './support-case.inputs.js';
import { SupportCase } from './support-case.entity.js';
import type { SupportCaseEvents } from './support-case.events.js';
import { defineCaseList } from './support-case.list.js';
import {
  activeStatus, availableActions, caseClocks, caseNumber, decideCaseOrder, decideClose, decideCustomerMessage, decideEscalate,
  decideNote, decideOpen, decidePark, decideReopen, decideReply, decideResolve, moveTo,
  CLOSED_REFUSAL, isCaseBreached, type CaseAction, type CaseSnapshot,
} from './support-case.policy.js';

const snapshot = (c: SupportCase): CaseSnapshot => ({
  status: c.status, team: c.team, firstRespondedAt: c.firstRespondedAt ?? null, resolvedAt: c.resolvedAt ?? null, assigneeId: refId(c.assignee),
});

const clockOf = (c: { id: string }): SubjectRef => ({ type: ClockSubject.CASE, id: c.id });

/** Where each channel's message goes for this customer. */
function recipientOf(customer: Customer, channel: Channel): string {
  if (channel === Channel.APP) return customer.id;
  if (channel === Channel.EMAIL) return customer.email ?? '';
  return customer.phone;
}

export class SupportCaseService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
    private readonly slaClocks: SlaClockService,
    private readonly messaging: MessagingService,
    private readonly alerts: AlertService,
    private readonly events: EventPublisher<SupportCaseEvents>,
  ) {}

  /** allSupportCases, its count, the nested lists and the CSV export, in the caller's teams. */
  readonly list = defineCaseList(this.clock, this.policy);

  async get(em: EntityManager, principal: Principal | null, id: string): Promise<SupportCase | null> {
    const c = await findById(em, SupportCase, id);
    return c && worksOnTeam(principal, c.team) ? c : null;
  }

  /** A lean row will do (the CSV export's): only the clock fields are read. */
  slaBreached(
    c: Pick<SupportCase, 'slaBreachedAt' | 'slaPausedAt' | 'status' | 'firstRespondedAt' | 'firstResponseDueAt' | 'resolutionDueAt'>,
    now: Date = this.clock.now(),
  ): boolean {
    return isCaseBreached({
      status: c.status, slaBreachedAt: c.slaBreachedAt ?? null, slaPausedAt: c.slaPausedAt ?? null,
      firstRespondedAt: c.firstRespondedAt ?? null, firstResponseDueAt: c.firstResponseDueAt, resolutionDueAt: c.resolutionDueAt,
    }, now);
  }

  availableActions(c: SupportCase, principal: Principal | null): AvailableAction<CaseAction>[] {
    return availableActions(snapshot(c), principal, this.policy, this.clock.now());
  }

  /** Copies the clocks' times the lists read onto the case. */
  private mirror(c: SupportCase, clocks: SlaClock[]): void {
    for (const k of clocks) {
      if (k.kind === ClockKind.FIRST_RESPONSE) c.firstResponseDueAt = k.dueAt;
      else c.resolutionDueAt = k.dueAt;
      if (k.breachedAt && (!c.slaBreachedAt || k.breachedAt < c.slaBreachedAt)) c.slaBreachedAt = k.breachedAt;
    }
  }

  private async lockForChange(em: EntityManager, principal: Principal, id: string, expectedVersion?: number | null): Promise<SupportCase> {
    const c = await findOrFail(em, SupportCase, id, 'Support case', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!worksOnTeam(principal, c.team)) {
      throw forbidden(`This case is with ${c.team}; you work on cases routed to ${(visibleTeams(principal) as Team[]).join(' or ')}.`);
    }
    await checkVersionAudited(em, 'SupportCase', c, expectedVersion);
    return c;
  }

  private log(em: EntityManager, c: SupportCase, kind: InteractionKind, summary: string, at: Date, principal: Principal | null, channel = c.channel): void {
    em.create(Interaction, { supportCase: c, kind, channel, summary, at, by: principal?.kind === 'USER' ? em.getReference(User, principal.id) : null });
  }

  private audit(em: EntityManager, actor: Actor, at: Date, c: SupportCase, action: string, rule: string | null, data: Record<string, unknown>): void {
    recordAudit(em, actor, at, { action, entityType: 'SupportCase', entityId: c.id, orderId: refId(c.order), rule, data: { number: caseNumber(c.seq), ...data } });
  }

  private async alert(em: EntityManager, c: SupportCase, kind: AlertKind, at: Date, text: string): Promise<void> {
    await this.alerts.raise(em, { kind, team: c.team, text, subject: { supportCase: c }, order: c.order ?? null, at });
  }

  /** A message to the customer about the case, through the outbox, listed with the order's messages too (K3). */
  private async tell(em: EntityManager, c: SupportCase, customer: Customer, kind: MessageKind, channel: Channel, body: string, at: Date): Promise<void> {
    if (customer.messagingOptOut || customer.erasedAt || channel === Channel.CALL) return;
    const recipient = recipientOf(customer, channel);
    if (!recipient) return;
    await this.messaging.scheduleMany(em, [{ order: c.order ?? null, supportCase: c, kind, channel, recipient, body, scheduledFor: at }]);
  }

  /** The channel an update goes out on: the case's own when the customer can receive it there, else their usual one. */
  private updateChannel(c: SupportCase, customer: Customer): Channel {
    if (c.channel === Channel.EMAIL && customer.email) return Channel.EMAIL;
    if (c.channel === Channel.APP || c.channel === Channel.SMS) return c.channel;
    return customer.hasWhatsapp ? Channel.WHATSAPP : Channel.SMS;
  }

  /** The customer a case is opened for: by id, or by phone (created with the name when new). */
  private async customerFor(em: EntityManager, input: OpenCaseInput, now: Date): Promise<Customer> {
    if (input.customerId) {
      const c = await findOrFail(em, Customer, input.customerId, 'Customer');
      if (c.erasedAt) throw badInput('customerId', 'This customer\'s data was erased at their request; open the case with their phone as a new customer.');
      return c;
    }
    if (!input.customerPhone?.trim()) throw badInput('customerId', 'Name the customer: their id, or their phone (with their name if they are new).');
    const phone = normalisePhone(input.customerPhone);
    if (!phone) throw badInput('customerPhone', 'Give an Indian mobile number: 10 digits, with or without +91.');
    const known = await em.findOne(Customer, { phone });
    if (known) return known;
    const name = input.customerName?.trim() ?? '';
    if (!name) throw badInput('customerName', 'No customer has this phone yet: give their name to add them.');
    if (name.length > 200) throw badInput('customerName', 'The name can be at most 200 characters.');
    await em.execute(
      `insert into customer (id, name, phone, email, corporate, has_whatsapp, created_at) values (gen_random_uuid(), ?, ?, null, false, true, ?) on conflict (phone) do nothing`,
      [name, phone, now],
    );
    return em.findOneOrFail(Customer, { phone });
  }

  /** K1: opens the case for CX, with its K2 clocks (first response by priority, resolution by type). */
  async open(em: EntityManager, principal: Principal | null, input: OpenCaseInput, actor: Actor = actorOf(principal)): Promise<SupportCase> {
    const draft = orThrow(decideOpen(input));
    return em.transactional(async (tem) => {
      const now = this.clock.now();
      const customer = await this.customerFor(tem, input, now);
      let order: Order | null = null;
      if (input.orderId) {
        order = await findOrFail(tem, Order, input.orderId, 'Order');
        orThrow(decideCaseOrder({ customerId: refId(order.customer)! }, customer.id));
      }
      const [{ seq }] = await tem.execute<{ seq: string }[]>(`select nextval('support_case_seq') as seq`);
      const clocks = caseClocks(input.type, draft.priority, this.policy, this.slaClocks.businessCalendar);
      const c = tem.create(SupportCase, {
        seq: Number(seq), type: input.type, status: CaseStatus.OPEN, priority: draft.priority, channel: input.channel,
        subject: draft.subject, description: draft.description, customer, order, deviceSerial: draft.deviceSerial, team: Team.CX,
        createdAt: now, firstResponseDueAt: now, resolutionDueAt: now,
      });
      const started = await this.slaClocks.start(tem, clockOf(c), [
        { kind: ClockKind.FIRST_RESPONSE, ...clocks.firstResponse },
        { kind: ClockKind.RESOLUTION, ...clocks.resolution },
      ], now);
      this.mirror(c, started);
      // Who opened it is the interaction's `by` (a person) or the audit's actor; the text names no one.
      const opener = actor.type === 'CUSTOMER' ? 'The customer opened the case' : actor.type === 'API_KEY' ? 'Opened through the API' : 'Case opened';
      this.log(tem, c, InteractionKind.STATUS_CHANGE, `${opener} (${input.channel}): ${draft.subject}`, now, principal);
      this.audit(tem, actor, now, c, 'CASE_OPENED', 'K1', {
        type: c.type, priority: c.priority, channel: c.channel, customerId: customer.id,
        firstResponseDueAt: c.firstResponseDueAt.toISOString(), resolutionDueAt: c.resolutionDueAt.toISOString(),
        calendar: clocks.firstResponse.calendar.kind,
      });
      return c;
    });
  }

  /** K3: the reply goes to the customer through the outbox (a call is logged); the first one is the first response. */
  async reply(em: EntityManager, principal: Principal, id: string, channel: Channel, body: string, expectedVersion?: number | null): Promise<SupportCase> {
    return em.transactional(async (tem) => {
      const c = await this.lockForChange(tem, principal, id, expectedVersion);
      const customer = await tem.findOneOrFail(Customer, { id: refId(c.customer)! });
      const d = orThrow(decideReply(snapshot(c), channel, body, {
        optedOut: customer.messagingOptOut, erased: Boolean(customer.erasedAt), hasWhatsapp: customer.hasWhatsapp, hasEmail: Boolean(customer.email),
      }));
      const now = this.clock.now();
      if (d.send) {
        await this.messaging.scheduleMany(tem, [{ order: c.order ?? null, supportCase: c, kind: MessageKind.CASE_REPLY, channel, recipient: recipientOf(customer, channel), body: d.body, scheduledFor: now }]);
      }
      this.log(tem, c, InteractionKind.REPLY, d.body, now, principal, channel);
      const from = c.status;
      if (PARKED.includes(c.status) && d.status !== c.status) await this.unpark(tem, c, d.status, now);
      if (d.first) {
        c.firstRespondedAt = now;
        this.mirror(c, await this.slaClocks.meet(tem, clockOf(c), [ClockKind.FIRST_RESPONSE], now));
      }
      this.audit(tem, actorOf(principal), now, c, 'CASE_REPLIED', 'K3', {
        channel, sent: d.send, firstResponse: d.first, from, to: c.status,
        ...(d.first ? { withinSla: now.getTime() <= c.firstResponseDueAt.getTime() } : {}),
      });
      return c;
    });
  }

  /** K3: an internal note, never sent. */
  async note(em: EntityManager, principal: Principal, id: string, body: string, expectedVersion?: number | null): Promise<SupportCase> {
    return em.transactional(async (tem) => {
      const c = await this.lockForChange(tem, principal, id, expectedVersion);
      const d = orThrow(decideNote(snapshot(c), body));
      const now = this.clock.now();
      this.log(tem, c, InteractionKind.NOTE, d.body, now, principal);
      this.audit(tem, actorOf(principal), now, c, 'CASE_NOTE_ADDED', 'K3', {});
      return c;
    });
  }

  /** Ends a pause: the clocks resume shifted by the paused time, the follow-up timer goes. */
  private async unpark(em: EntityManager, c: SupportCase, to: CaseStatus, now: Date): Promise<void> {
    c.status = orThrow(moveTo(c.status, to, 'K4')).to;
    c.slaPausedAt = null;
    c.parkReason = null;
    c.parkedUntil = null;
    this.mirror(c, await this.slaClocks.resume(em, clockOf(c), now));
    await removeJobs(em, [caseParkJobKey(c.id)]);
  }

  /** K4: waiting on the customer or on someone inside; both clocks stop until the case moves, the customer writes, or `until` passes. */
  async park(em: EntityManager, principal: Principal, id: string, status: CaseStatus, reason: string, until: Date | null, expectedVersion?: number | null): Promise<SupportCase> {
    return em.transactional(async (tem) => {
      const c = await this.lockForChange(tem, principal, id, expectedVersion);
      const now = this.clock.now();
      const d = orThrow(decidePark(snapshot(c), status, reason, until, now));
      const from = c.status;
      c.status = d.to;
      c.parkReason = d.reason;
      c.parkedUntil = d.until;
      if (!c.slaPausedAt) {
        c.slaPausedAt = now;
        this.mirror(c, await this.slaClocks.pause(tem, clockOf(c), now));
      }
      await removeJobs(tem, [caseParkJobKey(c.id)]);
      if (d.until) await scheduleJobs(tem, [{ task: TASKS.caseParkEnds, payload: { id: c.id }, runAt: d.until, jobKey: caseParkJobKey(c.id) }]);
      this.log(tem, c, InteractionKind.STATUS_CHANGE, `Parked as ${d.to}: ${d.reason}${d.until ? ` (until ${formatIst(d.until)})` : ''}`, now, principal);
      this.audit(tem, actorOf(principal), now, c, 'CASE_PARKED', 'K4', { from, to: d.to, reason: d.reason, until: d.until?.toISOString() ?? null });
      return c;
    });
  }

  /** K4's timer: the parked case comes back, its clocks resume, and its team is alerted to follow up. */
  async parkEnds(em: EntityManager, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return em.transactional(async (tem) => {
      const c = await tem.findOne(SupportCase, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const now = this.clock.now();
      if (!c || !PARKED.includes(c.status) || !c.parkedUntil || c.parkedUntil.getTime() > now.getTime()) return false;
      const reason = c.parkReason;
      const until = c.parkedUntil;
      await this.unpark(tem, c, activeStatus(c), now);
      this.log(tem, c, InteractionKind.STATUS_CHANGE, `Follow-up date reached (${formatIst(until)}): the case is back${reason ? ` (parked for: ${reason})` : ''}.`, now, null);
      this.audit(tem, SYSTEM_ACTOR, now, c, 'CASE_PARK_ENDED', 'K4', { until: until.toISOString(), to: c.status });
      await this.alert(tem, c, AlertKind.CASE_FOLLOW_UP, now, `Follow up case ${caseNumber(c.seq)} (${c.subject}): it was parked until ${formatIst(until)}${reason ? ` for "${reason}"` : ''}.`);
      return true;
    });
  }

  /** K5: another team takes the case (or hands it back to CX); it is alerted, and the customer is told when to expect an answer (SOP 003 §6). */
  async escalate(em: EntityManager, principal: Principal, id: string, team: Team, reason: string, expectedVersion?: number | null): Promise<SupportCase> {
    return em.transactional(async (tem) => {
      const c = await this.lockForChange(tem, principal, id, expectedVersion);
      const d = orThrow(decideEscalate(snapshot(c), team, reason));
      const now = this.clock.now();
      const from = { status: c.status, team: c.team };
      if (c.slaPausedAt) await this.unpark(tem, c, d.to, now);
      c.status = d.to;
      c.team = d.team;
      // The new team's people pick it up; someone who cannot work that team's cases lets go.
      if (c.assignee) {
        const holder = await tem.findOne(User, { id: refId(c.assignee)! });
        if (!holder || !holder.roles.some((r) => assigneeRoles(d.team).includes(r))) c.assignee = null;
      }
      this.log(tem, c, InteractionKind.STATUS_CHANGE, d.handBack ? `Handed back to CX: ${d.reason}` : `Escalated to ${d.team}: ${d.reason}`, now, principal);
      this.audit(tem, actorOf(principal), now, c, d.handBack ? 'CASE_HANDED_BACK' : 'CASE_ESCALATED', 'K5', { from, team: d.team, reason: d.reason });
      await this.alert(tem, c, AlertKind.CASE_ESCALATED, now, d.handBack
        ? `Case ${caseNumber(c.seq)} (${c.type}) handed back to CX by ${from.team}: ${d.reason}. Confirm with the customer; resolution due by ${formatIst(c.resolutionDueAt)}.`
        : `Case ${caseNumber(c.seq)} (${c.type}, ${c.priority}) escalated to ${d.team}: ${d.reason}. Resolution due by ${formatIst(c.resolutionDueAt)}.`);
      // SOP 003 §6: the customer hears that it was escalated and when to expect an answer (a hand-back is internal).
      if (!d.handBack) {
        const customer = await tem.findOneOrFail(Customer, { id: refId(c.customer)! });
        await this.tell(tem, c, customer, MessageKind.CASE_UPDATE, this.updateChannel(c, customer),
          escalatedNotice({ brand: this.policy.brandName, customerName: customer.name, number: caseNumber(c.seq), team: d.team, expectBy: c.resolutionDueAt }), now);
      }
      return c;
    });
  }

  /** K6: resolved (a first response is needed); the customer is told and asked to rate the resolution. */
  async resolve(em: EntityManager, principal: Principal, id: string, resolution: string, expectedVersion?: number | null): Promise<SupportCase> {
    return em.transactional(async (tem) => {
      const c = await this.lockForChange(tem, principal, id, expectedVersion);
      const d = orThrow(decideResolve(snapshot(c), resolution));
      const now = this.clock.now();
      const from = c.status;
      if (c.slaPausedAt) {
        c.slaPausedAt = null;
        c.parkReason = null;
        c.parkedUntil = null;
        this.mirror(c, await this.slaClocks.resume(tem, clockOf(c), now));
      }
      this.mirror(c, await this.slaClocks.meet(tem, clockOf(c), [ClockKind.RESOLUTION], now));
      c.status = CaseStatus.RESOLVED;
      c.resolution = d.resolution;
      c.resolvedAt = now;
      const closeAt = new Date(now.getTime() + this.policy.caseReopenWindowMs);
      await removeJobs(tem, [caseParkJobKey(c.id)]);
      await scheduleJobs(tem, [{ task: TASKS.closeCase, payload: { id: c.id }, runAt: closeAt, jobKey: caseCloseJobKey(c.id) }]);
      this.log(tem, c, InteractionKind.STATUS_CHANGE, `Resolved: ${d.resolution}`, now, principal);
      this.audit(tem, actorOf(principal), now, c, 'CASE_RESOLVED', 'K6', {
        from, resolution: d.resolution, withinSla: now.getTime() <= c.resolutionDueAt.getTime(), closesAt: closeAt.toISOString(),
      });
      const customer = await tem.findOneOrFail(Customer, { id: refId(c.customer)! });
      const order = c.order ? await tem.findOneOrFail(Order, { id: refId(c.order)! }) : null;
      await this.tell(tem, c, customer, MessageKind.CASE_UPDATE, this.updateChannel(c, customer),
        resolvedNotice({ brand: this.policy.brandName, customerName: customer.name, number: caseNumber(c.seq), resolution: d.resolution, reopenDays: Math.round(this.policy.caseReopenWindowMs / 86_400_000) }), now);
      await tem.flush();
      await this.events.publish(tem, { type: 'CaseResolved', supportCase: c, order, customer, at: now });
      return c;
    });
  }

  /** K6: within the window a resolved case reopens with a fresh resolution clock; after it, CASE_CLOSED. */
  async reopen(em: EntityManager, principal: Principal, id: string, reason: string, expectedVersion?: number | null): Promise<SupportCase> {
    return em.transactional(async (tem) => {
      const c = await this.lockForChange(tem, principal, id, expectedVersion);
      const now = this.clock.now();
      const d = orThrow(decideReopen(snapshot(c), reason, now, this.policy.caseReopenWindowMs));
      await this.reopenNow(tem, c, now);
      this.log(tem, c, InteractionKind.STATUS_CHANGE, `Reopened: ${d.reason}`, now, principal);
      this.audit(tem, actorOf(principal), now, c, 'CASE_REOPENED', 'K6', { reason: d.reason, reopenCount: c.reopenCount });
      return c;
    });
  }

  private async reopenNow(em: EntityManager, c: SupportCase, now: Date): Promise<void> {
    c.status = orThrow(moveTo(c.status, CaseStatus.OPEN, 'K6')).to;
    c.team = Team.CX;
    c.resolvedAt = null;
    c.reopenCount += 1;
    const clock = await this.slaClocks.restart(em, clockOf(c), ClockKind.RESOLUTION, now);
    if (clock) this.mirror(c, [clock]);
    await removeJobs(em, [caseCloseJobKey(c.id)]);
  }

  /** K6's timer: seven days after resolution, a case not reopened is CLOSED for good. */
  async close(em: EntityManager, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return em.transactional(async (tem) => {
      const c = await tem.findOne(SupportCase, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!c) return false;
      const now = this.clock.now();
      const d = decideClose(snapshot(c), now, this.policy.caseReopenWindowMs);
      if (d.kind === 'NOT_DUE') await scheduleJobs(tem, [{ task: TASKS.closeCase, payload: { id }, runAt: d.at, jobKey: caseCloseJobKey(id) }]);
      if (d.kind !== 'CLOSE') return false;
      c.status = CaseStatus.CLOSED;
      c.closedAt = now;
      await this.slaClocks.stop(tem, clockOf(c), [ClockKind.FIRST_RESPONSE, ClockKind.RESOLUTION], now);
      this.audit(tem, SYSTEM_ACTOR, now, c, 'CASE_CLOSED', 'K6', { resolvedAt: c.resolvedAt?.toISOString() ?? null, after: durationWords(this.policy.caseReopenWindowMs) });
      return true;
    });
  }

  /**
   * The customer wrote (a partner with CASES_WRITE, the rating page's "Need help?"): logged on the
   * case; a parked case resumes, a resolved one reopens within the window (K4, K6); a closed one refuses.
   */
  async customerMessage(em: EntityManager, principal: Principal | null, id: string, body: string, channel: Channel, actor: Actor = actorOf(principal)): Promise<SupportCase> {
    const text = body.trim();
    if (!text) throw badInput('body', 'The customer\'s message is empty.');
    if (text.length > 5000) throw badInput('body', 'A message can be at most 5,000 characters.');
    return em.transactional(async (tem) => {
      const c = await findOrFail(tem, SupportCase, id, 'Support case', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!worksOnTeam(principal, c.team)) throw notFound('Support case', id);
      const now = this.clock.now();
      const d = decideCustomerMessage(snapshot(c), now, this.policy.caseReopenWindowMs);
      if (d.kind === 'CLOSED') orThrow(CLOSED_REFUSAL);
      if (d.kind === 'RESUME') await this.unpark(tem, c, d.to, now);
      if (d.kind === 'REOPEN') await this.reopenNow(tem, c, now);
      c.lastCustomerMessageAt = now;
      tem.create(Interaction, { supportCase: c, kind: InteractionKind.CUSTOMER_MESSAGE, channel, summary: text, at: now, by: null });
      this.audit(tem, actor, now, c, 'CASE_CUSTOMER_MESSAGE', d.kind === 'ADD' ? 'K3' : d.kind === 'RESUME' ? 'K4' : 'K6', { channel, effect: d.kind, to: c.status });
      return c;
    });
  }

  /** The customer's latest case on an order that is not CLOSED: the rating page's "Need help?" adds to it rather than opening another. */
  openCaseOnOrder(em: EntityManager, orderId: string): Promise<SupportCase | null> {
    return em.findOne(SupportCase, { order: orderId, status: { $ne: CaseStatus.CLOSED } }, { orderBy: { createdAt: 'desc' } });
  }

  /** CLOSED, or resolved longer ago than the reopen window (K6): a customer's message cannot reopen it. */
  isFrozen(c: SupportCase, now: Date = this.clock.now()): boolean {
    return decideCustomerMessage(snapshot(c), now, this.policy.caseReopenWindowMs).kind === 'CLOSED';
  }

  async assign(em: EntityManager, principal: Principal, id: string, userId: string | null, expectedVersion?: number | null): Promise<SupportCase> {
    return em.transactional(async (tem) => {
      const c = await this.lockForChange(tem, principal, id, expectedVersion);
      if (c.status === CaseStatus.CLOSED) orThrow(CLOSED_REFUSAL);
      const assignee = userId ? await findOrFail(tem, User, userId, 'User') : null;
      if (assignee) orThrow(decideAssignee(c, assignee, 'case'));
      c.assignee = assignee;
      this.audit(tem, actorOf(principal), this.clock.now(), c, 'CASE_ASSIGNED', null, { assigneeId: assignee?.id ?? null, assignee: assignee?.email ?? null });
      return c;
    });
  }

  /** "Assign to me" on a case, as on an escalation (access/assignment.policy). */
  async take(em: EntityManager, principal: Principal, id: string, expectedVersion?: number | null): Promise<SupportCase> {
    return em.transactional(async (tem) => {
      const c = await this.lockForChange(tem, principal, id, expectedVersion);
      const d = orThrow(decideTake({ team: c.team, assigneeId: refId(c.assignee), closed: c.status === CaseStatus.CLOSED }, principal, {
        assignOperation: 'assignCase', noun: 'case',
        closedRefusal: CLOSED_REFUSAL,
      }));
      if (!d.changed || principal.kind !== 'USER') return c;
      const from = refId(c.assignee);
      c.assignee = tem.getReference(User, principal.id);
      this.audit(tem, actorOf(principal), this.clock.now(), c, 'CASE_ASSIGNED', null, { assigneeId: principal.id, assignee: principal.email, from, selfAssigned: true });
      return c;
    });
  }

  /** Active people who can work a team's cases (the assign dialog's choices): one query per team, however many cases a page shows. */
  assigneesOf(em: EntityManager, team: Team): Promise<User[]> {
    return em.find(User, { active: true, roles: { $overlap: assigneeRoles(team) } }, { orderBy: { name: 'asc', id: 'asc' }, limit: 500 });
  }

  /** K2: a case's clock breached (SlaBreached from the engine): marked at the due time, the team's lead alerted. */
  async onSlaBreached(em: EntityManager, b: SlaClockEvents['SlaBreached']): Promise<void> {
    if (b.subjectType !== ClockSubject.CASE) return;
    const c = await em.findOneOrFail(SupportCase, { id: b.subjectId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const first = !c.slaBreachedAt;
    if (first || b.dueAt < c.slaBreachedAt!) c.slaBreachedAt = b.dueAt;
    const what = b.kind === ClockKind.FIRST_RESPONSE ? 'first response' : 'resolution';
    this.audit(em, SYSTEM_ACTOR, b.dueAt, c, 'CASE_SLA_BREACHED', 'K2', { clock: b.kind, dueAt: b.dueAt.toISOString(), noticedAt: b.noticedAt.toISOString() });
    await this.alert(em, c, AlertKind.CASE_SLA_BREACHED, b.noticedAt,
      `SLA breached on case ${caseNumber(c.seq)} (${c.type}, ${c.priority}): no ${what} by ${formatIst(b.dueAt)}.`);
  }

  /** runDue's view of the case timers (what the queue would run at `now`). */
  async dueParkIds(em: EntityManager, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await em.execute(`select id from support_case where status in ('PENDING_CUSTOMER','PENDING_INTERNAL') and parked_until <= ?`, [now]);
    return rows.map((r) => r.id);
  }

  async dueCloseIds(em: EntityManager, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await em.execute(`select id from support_case where status = 'RESOLVED' and resolved_at <= ?`, [new Date(now.getTime() - this.policy.caseReopenWindowMs)]);
    return rows.map((r) => r.id);
  }
}
