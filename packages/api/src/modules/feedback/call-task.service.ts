// Manual calls (C1, C2): tasks for CX or Sales to call a customer, and their outcomes.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { CallReason, CallTaskStatus } from '../../common/enums.js';
import { badInput, conflict } from '../../common/errors.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { recordAudit } from '../../common/audit.js';
import type { EntityRef } from '../../common/entity-ref.js';
import { findOrFail } from '../../common/find.js';
import { actorOf, SYSTEM_ACTOR, type Principal } from '../access/principal.js';
import { User } from '../access/user.entity.js';
import type { Order } from '../orders/order.entity.js';
import { CallTask } from './call-task.entity.js';
import { completionRefusal } from './call-task.policy.js';
import { defineCallTaskList } from './feedback.list.js';

export class CallTaskService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
  ) {}

  /** The manual-call queue: allCallTasks, its count and Order.callTasks. */
  readonly callTaskList = defineCallTaskList(this.clock);

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
      const refusal = completionRefusal(task);
      if (refusal) throw conflict(refusal);
      const now = this.clock.now();
      task.status = CallTaskStatus.DONE;
      task.outcome = text;
      task.completedAt = now;
      task.completedBy = principal.kind === 'USER' ? tem.getReference(User, principal.id) : null;
      recordAudit(tem, actorOf(principal), now, { action: 'CALL_TASK_DONE', entityType: 'CallTask', entityId: id, orderId: task.order.id, data: { outcome: text } });
      return task;
    });
  }
}
