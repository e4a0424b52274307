import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../modules/access/principal.js';
import { AuditEvent } from './audit-event.entity.js';
import { checkVersion, type LastChange } from './errors.js';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  orderId?: string | null;
  rule?: string | null;
  data?: Record<string, unknown> | null;
}

/** Records who changed what inside the caller's transaction (it is flushed with the change). */
export function recordAudit(em: EntityManager, actor: Actor, at: Date, input: AuditInput): AuditEvent {
  const event = em.create(AuditEvent, {
    at,
    actorType: actor.type,
    actorId: actor.id,
    actorLabel: actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    orderId: input.orderId ?? null,
    rule: input.rule ?? null,
    data: input.data ?? null,
  });
  em.persist(event);
  return event;
}

/**
 * The latest audit event on a record: a person by name (their label, the e-mail, if the account
 * is gone), an API key or the system by its label. Events of one instant (a clock that does not
 * move between two requests) are told apart by the transaction that wrote them: the later one
 * holds the newer xmin.
 */
export async function lastChangeOf(em: EntityManager, entityType: string, entityId: string): Promise<LastChange | null> {
  const rows: { label: string; name: string | null; at: Date }[] = await em.execute(
    `select a.actor_label as label, u.name, a.at from audit_event a left join app_user u on a.actor_type = 'USER' and u.id = a.actor_id
     where a.entity_type = ? and a.entity_id = ? order by a.at desc, a.xmin::text::bigint desc, a.id desc limit 1`,
    [entityType, entityId],
  );
  const row = rows[0];
  return row ? { by: row.name ?? row.label, at: new Date(row.at) } : null;
}

/** checkVersion, naming the last changer from the audit log; read only when the versions differ. */
export async function checkVersionAudited(
  em: EntityManager,
  entityType: string,
  entity: { id: string; version: number },
  expected: number | null | undefined,
): Promise<void> {
  if (expected == null || expected === entity.version) return;
  checkVersion(entityType.toLowerCase(), entity.version, expected, await lastChangeOf(em, entityType, entity.id));
}
