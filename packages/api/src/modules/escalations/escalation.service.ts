// Escalations (SOP 001 §7): the CX queue for 1–2 star feedback, the 15-minute first-contact
// SLA (a clock of the shared engine, modules/sla-clocks), routing to the team that fixes the
// cause, resolution and the updated-rating request.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { AvailableAction } from '../../common/actions.js';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { AlertKind, Channel, EscalationCategory, EscalationStatus, InteractionKind, Team } from '../../common/enums.js';
import { formatIst } from '../../common/time-text.js';
import { forbidden, notFound } from '../../common/errors.js';
import type { EventPublisher } from '../../common/events.js';
import { findById, findOrFail } from '../../common/find.js';
import { refId } from '../../common/lean.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { checkVersionAudited, recordAudit } from '../../common/audit.js';
import type { JobSpec } from '../../jobs/schedule.js';
import { actorOf, SYSTEM_ACTOR, type Actor, type Principal } from '../access/principal.js';
import { visibleTeams, worksOnTeam } from '../access/team-scope.policy.js';
import { User } from '../access/user.entity.js';
import type { AlertService } from '../alerts/alert.service.js';
import type { Feedback } from '../feedback/feedback.entity.js';
import type { FeedbackEvents } from '../feedback/feedback.events.js';
import { Order } from '../orders/order.entity.js';
import type { VendorEvents } from '../vendors/vendor.events.js';
import { isVendorComplaint } from '../vendors/vendor.policy.js';
import { Escalation } from './escalation.entity.js';
import type { EscalationEvents } from './escalation.events.js';
import { defineEscalationList } from './escalation.list.js';
import {
  assigneeRoles, availableActions, decideAssign, decideAssignee, decideTake, decideCategorize, decideClose, decideContact, decideResolve,
  type EscalationAction, type EscalationSnapshot,
} from './escalation.policy.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { isSlaBreached } from './sla.policy.js';
import { ClockKind, ClockSubject } from '../sla-clocks/sla-clock.entity.js';
import type { SlaClockEvents } from '../sla-clocks/sla-clock.events.js';
import { ALL_HOURS } from '../sla-clocks/sla-clock.policy.js';
import type { SlaClockService, SubjectRef } from '../sla-clocks/sla-clock.service.js';

const snapshot = (e: Escalation): EscalationSnapshot => ({ status: e.status, category: e.category ?? null, firstContactAt: e.firstContactAt ?? null });
const assigneeIdOf = (e: Escalation): string | null => refId(e.assignee);

export class EscalationService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
    private readonly alerts: AlertService,
    private readonly events: EventPublisher<EscalationEvents>,
    private readonly slaClocks: SlaClockService,
  ) {}

  /** The queue (allEscalations, its count, Order.escalations, Feedback.escalation, the CSV export), in the caller's teams. */
  readonly escalationList = defineEscalationList(this.clock, this.policy);

  /** R1: a 1–2 star answer opens an escalation for CX with its SLA timer, and CX is alerted. */
  async open(em: EntityManager, args: { order: Order; feedback: Feedback; now: Date; rule: string }): Promise<Escalation> {
    const due = new Date(args.now.getTime() + this.policy.firstContactSlaMs);
    const escalation = em.create(Escalation, {
      order: args.order,
      feedback: args.feedback,
      vendor: args.order.vendor ?? null,
      status: EscalationStatus.OPEN,
      team: Team.CX,
      createdAt: args.now,
      firstContactDueAt: due,
    });
    recordAudit(em, SYSTEM_ACTOR, args.now, {
      action: 'ESCALATION_OPENED', entityType: 'Escalation', entityId: escalation.id, orderId: args.order.id, rule: args.rule,
      data: { rating: args.feedback.rating, firstContactDueAt: due.toISOString(), slaMinutes: this.policy.firstContactSlaMs / 60_000 },
    });
    // E1's clock (all hours) runs on the SLA clock engine; its timer is added with the alert
    // e-mails' timers, in one round trip.
    const { timers } = this.slaClocks.create(em, this.clockOf(escalation), [{ kind: ClockKind.FIRST_RESPONSE, budgetMs: this.policy.firstContactSlaMs, calendar: ALL_HOURS }], args.now);
    await this.alert(em, escalation, AlertKind.ESCALATION_OPENED, args.now,
      `New ${args.feedback.rating}-star escalation on order ${args.order.externalRef}: contact the customer by ${formatIst(due)}.`, timers);
    return escalation;
  }

  /** An alert to the escalation's team about it; alert-audience.policy says whose it is and who is e-mailed. */
  private async alert(em: EntityManager, e: Escalation, kind: AlertKind, now: Date, text: string, alsoSchedule: JobSpec[] = []) {
    await this.alerts.raise(em, { kind, team: e.team, text, subject: { escalation: e }, order: e.order, at: now, alsoSchedule });
  }

  private clockOf(e: { id: string }): SubjectRef {
    return { type: ClockSubject.ESCALATION, id: e.id };
  }

  /**
   * E1: the clock engine's timer found the first contact late (SlaBreached). slaBreachedAt and
   * the timeline carry the due time, however late the timer ran; the people of the escalation's
   * team and CX_LEAD are alerted now, when someone can act.
   */
  async onSlaBreached(em: EntityManager, b: SlaClockEvents['SlaBreached']): Promise<void> {
    if (b.subjectType !== ClockSubject.ESCALATION) return;
    const e = await em.findOneOrFail(Escalation, { id: b.subjectId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['order'] });
    if (e.slaBreachedAt) return;
    e.slaBreachedAt = b.dueAt;
    recordAudit(em, SYSTEM_ACTOR, b.dueAt, {
      action: 'ESCALATION_SLA_BREACHED', entityType: 'Escalation', entityId: e.id, orderId: e.order.id, rule: 'E1',
      data: { firstContactDueAt: e.firstContactDueAt.toISOString(), noticedAt: b.noticedAt.toISOString() },
    });
    await this.alert(em, e, AlertKind.SLA_BREACHED, b.noticedAt,
      `SLA breached: no first contact on the escalation for order ${e.order.externalRef} by ${formatIst(e.firstContactDueAt)}.`);
  }

  async get(em: EntityManager, principal: Principal | null, id: string): Promise<Escalation | null> {
    const e = await findById(em, Escalation, id);
    if (!e) return null;
    return worksOnTeam(principal, e.team) ? e : null;
  }

  /** Loads for a change, locked, refusing teams the caller does not work for (S2). */
  private async lockForChange(em: EntityManager, principal: Principal, id: string, expectedVersion?: number | null): Promise<Escalation> {
    const e = await findOrFail(em, Escalation, id, 'Escalation', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!worksOnTeam(principal, e.team)) throw forbidden(`This escalation is with ${e.team}; you work on escalations routed to ${(visibleTeams(principal) as Team[]).join(' or ')}.`);
    await checkVersionAudited(em, 'Escalation', e, expectedVersion);
    return e;
  }

  /** What the caller can do with this escalation now (the admin's buttons). */
  availableActions(e: Escalation, principal: Principal | null): AvailableAction<EscalationAction>[] {
    return availableActions({ ...snapshot(e), team: e.team, assigneeId: assigneeIdOf(e) }, principal, this.policy);
  }

  slaBreached(e: Pick<Escalation, 'slaBreachedAt' | 'firstContactDueAt' | 'firstContactAt'>, now: Date = this.clock.now()): boolean {
    return Boolean(e.slaBreachedAt) || isSlaBreached({ firstContactDueAt: e.firstContactDueAt, firstContactAt: e.firstContactAt ?? null }, now);
  }

  async logContact(em: EntityManager, principal: Principal, id: string, channel: Channel, summary: string, expectedVersion?: number | null): Promise<Escalation> {
    return em.transactional(async (tem) => {
      const e = await this.lockForChange(tem, principal, id, expectedVersion);
      const d = orThrow(decideContact(snapshot(e), summary));
      const now = this.clock.now();
      tem.create(Interaction, { escalation: e, kind: InteractionKind.CONTACT, channel, summary: d.summary, at: now, by: principal.kind === 'USER' ? tem.getReference(User, principal.id) : null });
      const from = e.status;
      e.status = d.to;
      if (d.first) {
        e.firstContactAt = now;
        // Contact after the due time is a breach even if the timer has not run yet (the clock says so).
        const [met] = await this.slaClocks.meet(tem, this.clockOf(e), [ClockKind.FIRST_RESPONSE], now);
        if (!e.slaBreachedAt && met?.breachedAt) e.slaBreachedAt = met.breachedAt;
      }
      recordAudit(tem, actorOf(principal), now, {
        action: 'ESCALATION_CONTACT_LOGGED', entityType: 'Escalation', entityId: e.id, orderId: e.order.id, rule: d.first ? 'E1' : null,
        data: { channel, from, to: d.to, firstContact: d.first, withinSla: d.first ? now.getTime() <= e.firstContactDueAt.getTime() : undefined },
      });
      return e;
    });
  }

  async categorize(em: EntityManager, principal: Principal, id: string, category: EscalationCategory, expectedVersion?: number | null): Promise<Escalation> {
    return em.transactional(async (tem) => {
      const e = await this.lockForChange(tem, principal, id, expectedVersion);
      const d = orThrow(decideCategorize(snapshot(e), category));
      const now = this.clock.now();
      const from = { status: e.status, team: e.team, category: e.category ?? null };
      e.category = category;
      e.team = d.team;
      e.status = d.to;
      recordAudit(tem, actorOf(principal), now, {
        action: 'ESCALATION_CATEGORIZED', entityType: 'Escalation', entityId: e.id, orderId: e.order.id, rule: 'E2',
        data: { from, category, team: d.team, status: d.to },
      });
      // E2: routed to another team, that team's people hear of it (alert-audience.policy).
      if (d.team !== from.team) {
        const order = await tem.findOneOrFail(Order, { id: e.order.id });
        const due = e.firstContactAt ? '' : ` First contact with the customer is due by ${formatIst(e.firstContactDueAt)}.`;
        await this.alert(tem, e, AlertKind.ESCALATION_ROUTED, now,
          `Escalation on order ${order.externalRef} routed to ${d.team} (category ${category}).${due}`);
      }
      // V1/V2: a newly vendor-attributed complaint may cross the hold or deactivation threshold
      // (the vendors module counts; onVendorThresholdCrossed alerts VENDOR_OPS).
      if (e.vendor && isVendorComplaint(category) && !isVendorComplaint(from.category)) {
        await tem.flush();
        await this.events.publish(tem, { type: 'VendorComplaint', vendorId: e.vendor.id, escalationId: e.id, orderId: e.order.id, at: now });
      }
      return e;
    });
  }

  /** V2: VENDOR_OPS hears about every automatic hold or deactivation at once, on the escalation that caused it. */
  async onVendorThresholdCrossed(em: EntityManager, e: VendorEvents['VendorThresholdCrossed']): Promise<void> {
    // Loaded and locked by categorize in this transaction: the identity map answers.
    const escalation = await em.findOneOrFail(Escalation, e.escalationId);
    await this.alert(em, escalation, AlertKind.VENDOR_ACTION, e.at, e.notice);
  }

  /** E3: RESOLVED; the feedback module then opens the AFTER_RESOLUTION request and the C2 call task (EscalationResolved). */
  async resolve(em: EntityManager, principal: Principal, id: string, resolution: string, expectedVersion?: number | null): Promise<Escalation> {
    return em.transactional(async (tem) => {
      const e = await this.lockForChange(tem, principal, id, expectedVersion);
      const d = orThrow(decideResolve(snapshot(e), resolution));
      const now = this.clock.now();
      const from = e.status;
      e.status = d.to;
      e.resolution = d.resolution;
      e.resolvedAt = now;
      await tem.flush();
      const order = await tem.findOneOrFail(Order, { id: e.order.id });
      recordAudit(tem, actorOf(principal), now, {
        action: 'ESCALATION_RESOLVED', entityType: 'Escalation', entityId: e.id, orderId: order.id, rule: 'E3', data: { from, resolution: d.resolution },
      });
      await this.events.publish(tem, { type: 'EscalationResolved', escalation: e, order, at: now });
      return e;
    });
  }

  /** FeedbackSubmitted: an updated rating closes the escalation it re-rates (E4); a 1–2 star answer opens one (R1). */
  async onFeedbackSubmitted(em: EntityManager, e: FeedbackEvents['FeedbackSubmitted']): Promise<void> {
    if (e.reRatedEscalationId) await this.closeOnReRating(em, e.reRatedEscalationId, e.actor, e.at, e.feedback.rating);
    if (e.escalate) await this.open(em, { order: e.order, feedback: e.feedback, now: e.at, rule: 'R1' });
  }

  /** E4: the updated rating closes the escalation. */
  async closeOnReRating(em: EntityManager, escalationId: string, actor: Actor, now: Date, rating: number): Promise<void> {
    const e = await em.findOneOrFail(Escalation, { id: escalationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    e.status = orThrow(decideClose(e)).to;
    e.closedAt = now;
    recordAudit(em, actor, now, {
      action: 'ESCALATION_CLOSED', entityType: 'Escalation', entityId: e.id, orderId: e.order.id, rule: 'E4', data: { updatedRating: rating },
    });
  }

  async assign(em: EntityManager, principal: Principal, id: string, userId: string | null, expectedVersion?: number | null): Promise<Escalation> {
    return em.transactional(async (tem) => {
      const e = await this.lockForChange(tem, principal, id, expectedVersion);
      orThrow(decideAssign(e));
      let assignee: User | null = null;
      if (userId) {
        assignee = await findOrFail(tem, User, userId, 'User');
        orThrow(decideAssignee(e, assignee));
      }
      e.assignee = assignee;
      recordAudit(tem, actorOf(principal), this.clock.now(), {
        action: 'ESCALATION_ASSIGNED', entityType: 'Escalation', entityId: e.id, orderId: e.order.id, data: { assigneeId: assignee?.id ?? null, assignee: assignee?.email ?? null },
      });
      return e;
    });
  }

  /** "Assign to me": the caller takes the escalation when decideTake allows it (audited like assign). */
  async take(em: EntityManager, principal: Principal, id: string, expectedVersion?: number | null): Promise<Escalation> {
    return em.transactional(async (tem) => {
      const e = await this.lockForChange(tem, principal, id, expectedVersion);
      const d = orThrow(decideTake({ status: e.status, team: e.team, assigneeId: assigneeIdOf(e) }, principal));
      if (!d.changed || principal.kind !== 'USER') return e;
      const from = assigneeIdOf(e);
      e.assignee = tem.getReference(User, principal.id);
      recordAudit(tem, actorOf(principal), this.clock.now(), {
        action: 'ESCALATION_ASSIGNED', entityType: 'Escalation', entityId: e.id, orderId: e.order.id,
        data: { assigneeId: principal.id, assignee: principal.email, from, selfAssigned: true },
      });
      return e;
    });
  }

  /** Active people who can work this escalation's team (the assign dialog's choices). */
  async assignableUsers(em: EntityManager, principal: Principal, id: string): Promise<User[]> {
    const e = await this.get(em, principal, id);
    if (!e) throw notFound('Escalation', id);
    return em.find(User, { active: true, roles: { $overlap: assigneeRoles(e.team) } }, { orderBy: { name: 'asc', id: 'asc' }, limit: 500 });
  }
}
