// The feedback module's lists: customers' answers (allFeedback, Order.feedback, the CSV export)
// and the manual-call queue (allCallTasks, Order.callTasks).
import type { Clock } from '../../common/clock.js';
import { before, defineList, idIn, idIs, onOrAfter } from '../../common/list.js';
import { CallTask } from './call-task.entity.js';
import { CallTaskFilter, FeedbackFilter } from './feedback.inputs.js';
import { Feedback } from './feedback.entity.js';

export const defineFeedbackList = (clock: Clock) => defineList(Feedback, {
  clock,
  filter: FeedbackFilter,
  sort: { createdAt: 'createdAt', rating: 'rating', touchpoint: 'touchpoint', id: 'id' },
  defaultSort: { field: 'createdAt', order: 'DESC' },
  keyset: 'createdAt',
  filters: {
    ids: idIn(),
    orderId: idIs('order'),
    touchpoint: (touchpoint) => ({ touchpoint }),
    route: (route) => ({ route }),
    rating: (rating) => ({ rating: { $in: rating } }),
    vendorId: idIs('vendor'),
    createdFrom: onOrAfter('createdAt'),
    createdTo: before('createdAt'),
  },
});

export const defineCallTaskList = (clock: Clock) => defineList(CallTask, {
  clock,
  filter: CallTaskFilter,
  sort: { dueAt: 'dueAt', createdAt: 'createdAt', status: 'status', id: 'id' },
  defaultSort: { field: 'dueAt', order: 'ASC' },
  // The queue shows each task's order and customer: they come in the page's statement.
  join: ['order', 'order.customer'],
  keyset: 'createdAt',
  filters: {
    ids: idIn(),
    status: (status) => ({ status }),
    reason: (reason) => ({ reasons: { $contains: [reason] } }),
    orderId: idIs('order'),
    dueBefore: before('dueAt'),
  },
});
