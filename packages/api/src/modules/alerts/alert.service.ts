// Alerts (R1, E1, E2, V2): a notice to a team that something needs attention now, with an e-mail
// to each active person who must hear of it (alert-audience.policy.ts: whose alert, who is
// e-mailed); the team (S2) acknowledges it. Modules above raise them (escalations today; cases
// later) and say what the alert is about.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import type { EntityRef } from '../../common/entity-ref.js';
import { Channel, type AlertKind, type Team } from '../../common/enums.js';
import { forbidden } from '../../common/errors.js';
import { findOrFail } from '../../common/find.js';
import { findLean } from '../../common/lean.js';
import type { JobSpec } from '../../jobs/schedule.js';
import type { Principal } from '../access/principal.js';
import { worksOnTeam } from '../access/team-scope.policy.js';
import { User } from '../access/user.entity.js';
import type { MessagingService } from '../messaging/messaging.service.js';
import { ALERT_MESSAGE, alertAudience, alertRecipients } from './alert-audience.policy.js';
import { Alert } from './alert.entity.js';
import { defineAlertList } from './alert.list.js';

/** What an alert is about: an escalation or a case. */
export type AlertSubject = { escalation: EntityRef } | { supportCase: EntityRef };

export interface RaiseAlert {
  kind: AlertKind;
  /** The team whose alert it is: only its people (and CX, ADMIN) see it (S2); with the kind, it decides who is told. */
  team: Team;
  text: string;
  subject: AlertSubject;
  /** The order the e-mails belong to (a case may have none). */
  order: EntityRef | null;
  at: Date;
  /** The caller's own timers, scheduled in the same round trip as the e-mails'. */
  alsoSchedule?: JobSpec[];
}

export class AlertService {
  constructor(
    private readonly clock: Clock,
    private readonly messaging: MessagingService,
  ) {}

  /** allAlerts and its count, in the caller's teams. */
  readonly list = defineAlertList(this.clock);

  /** Records the alert and schedules its e-mails (one per person the audience names), in the caller's transaction. */
  async raise(em: EntityManager, a: RaiseAlert): Promise<Alert> {
    const audience = alertAudience(a.kind, a.team);
    const alert = em.create(Alert, { kind: a.kind, ...a.subject, team: a.team, forRole: audience.forRole, text: a.text, createdAt: a.at });
    const staff = await findLean(em, User, { active: true, roles: { $overlap: audience.notify } } as never);
    await this.messaging.scheduleMany(em, alertRecipients(staff, audience).map((recipient) => ({
      order: a.order, supportCase: 'supportCase' in a.subject ? a.subject.supportCase : null, kind: ALERT_MESSAGE[a.kind],
      channel: Channel.EMAIL, recipient, body: a.text, scheduledFor: a.at,
    })), a.alsoSchedule);
    return alert;
  }

  /** Marks the alert seen by the caller (once: a second acknowledgement changes nothing), in the caller's teams only (S2). */
  async acknowledge(em: EntityManager, principal: Principal, id: string): Promise<Alert> {
    return em.transactional(async (tem) => {
      const alert = await findOrFail(tem, Alert, id, 'Alert', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!worksOnTeam(principal, alert.team)) throw forbidden(`This alert is for ${alert.team}.`);
      // The list's scope (its escalation routed elsewhere since) decides too: no acknowledgement
      // of, and no payload leading to, an escalation the caller may no longer read.
      if ((await tem.count(Alert, { $and: [{ id }, this.list.where(principal)] })) === 0) {
        throw forbidden('This alert\'s escalation has been routed to another team since.');
      }
      if (!alert.acknowledgedAt) {
        alert.acknowledgedAt = this.clock.now();
        alert.acknowledgedBy = principal.kind === 'USER' ? tem.getReference(User, principal.id) : null;
      }
      return alert;
    });
  }
}
