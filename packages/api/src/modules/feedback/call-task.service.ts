// Manual calls (C1, C2): tasks for CX or Sales to call a customer, and their outcomes.
import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { CallReason, CallTaskStatus } from '../../common/enums.js';
import { badInput, conflict } from '../../common/errors.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { recordAudit } from '../../common/audit.js';
import type { EntityRef } from '../../common/entity-ref.js';
import { findOrFail, idOrNoMatch } from '../../common/find.js';
import { pageOptions, type ListArgs } from '../../common/list-args.js';
import { actorOf, SYSTEM_ACTOR, type Principal } from '../access/principal.js';
import { User } from '../access/user.entity.js';
import type { Order } from '../orders/order.entity.js';
import { CallTask } from './call-task.entity.js';

export interface CallTaskFilterInput {
  status?: CallTaskStatus | null;
  reason?: CallReason | null;
  orderId?: string | null;
  dueBefore?: Date | null;
}

const SORT = { dueAt: 'dueAt', createdAt: 'createdAt', status: 'status', id: 'id' };

export class CallTaskService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
  ) {}

  /** One task per decision, listing every reason (C1); nothing when there is no reason. */
  async create(em: EntityManager, args: { order: Order; reasons: CallReason[]; now: Date; escalation?: EntityRef | null; rule: string }): Promise<CallTask | null> {
    if (args.reasons.length === 0) return null;
    const task = em.create(CallTask, {
      order: args.order,
      escalation: args.escalation ?? null,
      reasons: args.reasons,
      status: CallTaskStatus.OPEN,
      dueAt: new Date(args.now.getTime() + this.policy.callTaskDueAfterMs),
      createdAt: args.now,
    });
    await em.flush();
    recordAudit(em, SYSTEM_ACTOR, args.now, {
      action: 'CALL_TASK_CREATED', entityType: 'CallTask', entityId: task.id, orderId: args.order.id, rule: args.rule,
      data: { reasons: args.reasons, dueAt: task.dueAt.toISOString() },
    });
    return task;
  }

  async complete(em: EntityManager, principal: Principal, id: string, outcome: string): Promise<CallTask> {
    const text = outcome.trim();
    if (!text) throw badInput('outcome', 'Write what came out of the call.');
    if (text.length > 5000) throw badInput('outcome', 'The outcome can be at most 5,000 characters.');
    return em.transactional(async (tem) => {
      const task = await findOrFail(tem, CallTask, id, 'Call task', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (task.status === CallTaskStatus.DONE) throw conflict('This call task is already done.');
      const now = this.clock.now();
      task.status = CallTaskStatus.DONE;
      task.outcome = text;
      task.completedAt = now;
      task.completedBy = principal.kind === 'USER' ? tem.getReference(User, principal.id) : null;
      recordAudit(tem, actorOf(principal), now, { action: 'CALL_TASK_DONE', entityType: 'CallTask', entityId: id, orderId: task.order.id, data: { outcome: text } });
      return task;
    });
  }

  list(em: EntityManager, args: ListArgs, filter?: CallTaskFilterInput | null): Promise<CallTask[]> {
    return em.find(CallTask, where(filter), pageOptions(args, SORT, { field: 'dueAt', order: 'ASC' }) as never);
  }

  count(em: EntityManager, filter?: CallTaskFilterInput | null): Promise<number> {
    return em.count(CallTask, where(filter));
  }
}

function where(f?: CallTaskFilterInput | null): FilterQuery<CallTask> {
  const w: Record<string, unknown> = {};
  if (f?.status) w.status = f.status;
  if (f?.reason) w.reasons = { $contains: [f.reason] };
  if (f?.orderId) w.order = idOrNoMatch(f.orderId);
  if (f?.dueBefore) w.dueAt = { $lt: f.dueBefore };
  return w as FilterQuery<CallTask>;
}
