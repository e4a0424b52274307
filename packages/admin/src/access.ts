// Which roles may read each resource and call each action: mirrors
// packages/api/src/modules/access/access.policy.ts (SOP_RULES S2) so the menu and the buttons
// never offer what the API would refuse. The API stays the authority.
export type Role = 'ADMIN' | 'CX_AGENT' | 'CX_LEAD' | 'FINANCE' | 'MARKETING' | 'VENDOR_OPS';

const CX: Role[] = ['CX_AGENT', 'CX_LEAD'];

const READERS = {
  Order: [...CX, 'FINANCE'],
  Customer: [...CX, 'FINANCE'],
  Vendor: ['VENDOR_OPS', ...CX, 'FINANCE'],
  // VENDOR_OPS and FINANCE see only escalations routed to their team (the API filters).
  Escalation: [...CX, 'VENDOR_OPS', 'FINANCE'],
  CallTask: CX,
  Review: ['MARKETING'],
  User: [],
  ApiKey: [],
} satisfies Record<string, Role[]>;

const ACTIONS = {
  createVendor: ['VENDOR_OPS'],
  holdVendor: ['VENDOR_OPS'],
  reinstateVendor: ['VENDOR_OPS'],
  advanceOrder: [...CX, 'FINANCE'],
  assignVendor: CX,
  completeOrder: CX,
  logEscalationContact: [...CX, 'VENDOR_OPS', 'FINANCE'],
  categorizeEscalation: [...CX, 'VENDOR_OPS', 'FINANCE'],
  resolveEscalation: [...CX, 'VENDOR_OPS', 'FINANCE'],
  assignEscalation: ['CX_LEAD', 'VENDOR_OPS', 'FINANCE'],
  completeCallTask: CX,
  reviewActions: ['MARKETING'],
} satisfies Record<string, Role[]>;

export type Resource = keyof typeof READERS;
export type Action = keyof typeof ACTIONS;

const allowed = (roles: readonly string[] | undefined, rule: readonly Role[]) =>
  // ADMIN may call everything that is not public (as in the API's policy).
  !!roles && (roles.includes('ADMIN') || rule.some((r) => roles.includes(r)));

export const canRead = (roles: readonly string[] | undefined, resource: Resource) => allowed(roles, READERS[resource]);

export const can = (roles: readonly string[] | undefined, action: Action) => allowed(roles, ACTIONS[action]);
