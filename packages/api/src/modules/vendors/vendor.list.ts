// Vendors (allVendors) and their scorecards (allVendorScorecards, V4). Both take VendorFilter:
// the vendor's own columns are filtered by these definitions in both lists (the scorecards'
// SQL reads them as a subquery of vendor ids, see scorecard.ts); the scorecard figures
// (topPerformer, minComposite) exist only in the scorecards' SQL.
import type { Clock } from '../../common/clock.js';
import { defineList, idIn, notHere, search } from '../../common/list.js';
import { likeLiteral } from '../../common/list-args.js';
import { VendorFilter } from './vendor.inputs.js';
import { TAKES_ORDERS } from './vendor.policy.js';
import { Vendor } from './vendor.entity.js';

export const defineVendorList = (clock: Clock) => defineList(Vendor, {
  clock,
  filter: VendorFilter,
  sort: { id: 'id', name: 'name', city: 'city', status: 'status', createdAt: 'createdAt' },
  defaultSort: { field: 'name', order: 'ASC' },
  keyset: 'createdAt',
  filters: {
    ids: idIn(),
    q: search((like) => [{ name: { $ilike: like } }, { city: { $ilike: like } }]),
    status: (status) => ({ status: { $in: status } }),
    city: (city) => (city.trim() ? { city: { $ilike: likeLiteral(city) } } : undefined),
    assignable: (yes) => ({ status: { [yes ? '$in' : '$nin']: [...TAKES_ORDERS] } }),
    topPerformer: notHere,
    minComposite: notHere,
  },
});
