// The orders module's lists: orders (allOrders, Customer.orders) and customers (allCustomers).
// A search reaches a customer's phone and e-mail only for a caller who may see them
// (maySeeContactData): a masked caller cannot find a number by guessing its digits.
import type { ObjectQuery } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { before, defineList, idIn, idIs, onOrAfter, search, type ListContext } from '../../common/list.js';
import { maySeeContactData } from '../access/access.policy.js';
import { Customer } from './customer.entity.js';
import { CustomerFilter, OrderFilter } from './order.inputs.js';
import { Order } from './order.entity.js';

/** A customer whose phone holds the search's digits (four or more), for a caller who may see phones. */
const byPhone = (q: string, { principal }: ListContext): ObjectQuery<Customer>[] => {
  const digits = q.replace(/\D/g, '');
  return digits.length >= 4 && maySeeContactData(principal) ? [{ phone: { $like: `%${digits}%` } }] : [];
};

export const defineOrderList = (clock: Clock) => defineList(Order, {
  clock,
  filter: OrderFilter,
  sort: {
    id: 'id', createdAt: 'createdAt', updatedAt: 'updatedAt', completedAt: 'completedAt', status: 'status',
    externalRef: 'externalRef', quotedPrice: 'quotedPrice', finalPrice: 'finalPrice', deviceModel: 'deviceModel',
    deviceCategory: 'deviceCategory',
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
  // A page's customers and vendors come in the same statement.
  join: ['customer', 'vendor'],
  keyset: 'createdAt',
  filters: {
    ids: idIn(),
    q: search((like, q, ctx) => [
      { externalRef: { $ilike: like } },
      { deviceModel: { $ilike: like } },
      ...[{ name: { $ilike: like } }, ...byPhone(q, ctx)].map((customer) => ({ customer })),
    ]),
    status: (status) => ({ status: { $in: status } }),
    deviceCategory: (deviceCategory) => ({ deviceCategory }),
    vendorId: idIs('vendor'),
    customerId: idIs('customer'),
    createdFrom: onOrAfter('createdAt'),
    createdTo: before('createdAt'),
    paymentReference: search((like) => [{ paymentReference: { $ilike: like } }]),
    completedFrom: onOrAfter('completedAt'),
    completedTo: before('completedAt'),
  },
});

export const defineCustomerList = (clock: Clock) => defineList(Customer, {
  clock,
  filter: CustomerFilter,
  sort: { id: 'id', name: 'name', phone: 'phone', createdAt: 'createdAt', corporate: 'corporate' },
  defaultSort: { field: 'createdAt', order: 'DESC' },
  keyset: 'createdAt',
  filters: {
    ids: idIn(),
    q: search((like, q, ctx) => [
      { name: { $ilike: like } },
      ...(maySeeContactData(ctx.principal) ? [{ email: { $ilike: like } }] : []),
      ...byPhone(q, ctx),
    ]),
    corporate: (corporate) => ({ corporate }),
  },
});
