// The finance queue (allMoneyRequests, its count, an order's and a case's requests, the CSV export).
import type { Clock } from '../../common/clock.js';
import { defineList, idIn, idIs } from '../../common/list.js';
import { MoneyRequestFilter } from './money.inputs.js';
import { MoneyRequest } from './money-request.entity.js';

export const defineMoneyList = (clock: Clock) => defineList(MoneyRequest, {
  clock,
  filter: MoneyRequestFilter,
  sort: { proposedAt: 'proposedAt', amount: 'amount', status: 'status', kind: 'kind', decidedAt: 'decidedAt', paidAt: 'paidAt', id: 'id' },
  defaultSort: { field: 'proposedAt', order: 'DESC' },
  keyset: 'proposedAt',
  filters: {
    ids: idIn(),
    status: (status) => ({ status: { $in: status } }),
    kind: (kind) => ({ kind: { $in: kind } }),
    orderId: idIs('order'),
    vendorId: idIs('vendor'),
    caseId: idIs('supportCase'),
  },
});
