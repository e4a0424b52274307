import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../modules/access/principal.js';
import { AuditEvent } from './audit-event.entity.js';

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
