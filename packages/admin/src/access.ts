// Which roles may read each resource: mirrors packages/api/src/modules/access/access.policy.ts
// so a menu never offers a page the API would refuse. The API stays the authority.
export type Role = 'ADMIN' | 'CX_AGENT' | 'CX_LEAD' | 'FINANCE' | 'MARKETING' | 'VENDOR_OPS';

const READERS = {
  Order: ['CX_AGENT', 'CX_LEAD', 'FINANCE'],
  Customer: ['CX_AGENT', 'CX_LEAD', 'FINANCE'],
  Vendor: ['VENDOR_OPS', 'CX_AGENT', 'CX_LEAD', 'FINANCE'],
  User: [],
} satisfies Record<string, Role[]>;

const WRITERS = {
  Vendor: ['VENDOR_OPS'],
} satisfies Record<string, Role[]>;

const allowed = (roles: readonly string[], rule: readonly Role[]) =>
  // ADMIN may call everything that is not public (as in the API's policy).
  roles.includes('ADMIN') || rule.some((r) => roles.includes(r));

export const canRead = (roles: readonly string[], resource: keyof typeof READERS) => allowed(roles, READERS[resource]);

export const canWrite = (roles: readonly string[], resource: keyof typeof WRITERS) => allowed(roles, WRITERS[resource]);
