// ORDER_INVALID_TRANSITION: the order lifecycle as data.
import { type Transitions } from '../../common/state-machine.js';
import { OrderStatus, Role } from '../../common/enums.js';

const S = OrderStatus;

export const ORDER_TRANSITIONS: Transitions<OrderStatus, Role> = {
  [S.CREATED]: { to: [S.PICKUP_SCHEDULED, S.CANCELLED] },
  [S.PICKUP_SCHEDULED]: { to: [S.PICKED_UP, S.CANCELLED] },
  [S.PICKED_UP]: { to: [S.INSPECTED, S.RETURNED] },
  // INSPECTED → COMPLETED is payment: it goes through completeOrder, which has its own checks.
  [S.INSPECTED]: { to: [S.COMPLETED, S.RETURNED] },
  // A device returned after payment: only FINANCE (or ADMIN) reverses a paid order.
  [S.COMPLETED]: { to: [S.RETURNED], onlyRoles: { [S.RETURNED]: [Role.FINANCE, Role.ADMIN] } },
  [S.CANCELLED]: { to: [] },
  [S.RETURNED]: { to: [] },
};

/** Orders in these states are closed: nothing about them changes any more. */
export const CLOSED_ORDER_STATES: readonly OrderStatus[] = [S.COMPLETED, S.CANCELLED, S.RETURNED];
