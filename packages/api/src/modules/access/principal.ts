import { ApiScope, Role } from '../../common/enums.js';

/** Who is calling: a signed-in user or a partner's API key. */
export type Principal =
  | { kind: 'USER'; id: string; email: string; name: string; roles: Role[] }
  | { kind: 'API_KEY'; id: string; name: string; scopes: ApiScope[] };

/** Who did something, as recorded in audit events. */
export interface Actor {
  type: 'USER' | 'API_KEY' | 'SYSTEM' | 'CUSTOMER';
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { type: 'SYSTEM', id: null, label: 'CX Loop' };

export function actorOf(p: Principal | null): Actor {
  if (!p) return SYSTEM_ACTOR;
  return p.kind === 'USER' ? { type: 'USER', id: p.id, label: p.email } : { type: 'API_KEY', id: p.id, label: `API key ${p.name}` };
}

export const rolesOf = (p: Principal | null): Role[] => (p?.kind === 'USER' ? p.roles : []);

export const hasRole = (p: Principal | null, ...roles: Role[]): boolean =>
  p?.kind === 'USER' && (p.roles.includes(Role.ADMIN) || roles.some((r) => p.roles.includes(r)));
