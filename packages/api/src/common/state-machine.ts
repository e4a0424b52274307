// Lifecycles are data: each aggregate declares a table of allowed transitions, optionally
// restricted to some roles, and every check and every "what can I do next" reads that table.
export type Transitions<S extends string, R extends string = string> = {
  [K in S]: { to: readonly S[]; onlyRoles?: Partial<Record<S, readonly R[]>> };
};

export type TransitionDecision<R extends string> =
  | { allowed: true }
  | { allowed: false; reason: 'NOT_ALLOWED' }
  | { allowed: false; reason: 'ROLE_REQUIRED'; roles: readonly R[] };

export function checkTransition<S extends string, R extends string>(
  table: Transitions<S, R>,
  from: S,
  to: S,
  roles: readonly R[] = [],
): TransitionDecision<R> {
  const entry = table[from];
  if (!entry || !entry.to.includes(to)) return { allowed: false, reason: 'NOT_ALLOWED' };
  const needed = entry.onlyRoles?.[to];
  if (needed && !needed.some((r) => roles.includes(r))) {
    return { allowed: false, reason: 'ROLE_REQUIRED', roles: needed };
  }
  return { allowed: true };
}

/** The states reachable from `from` for someone holding `roles` (for the admin's buttons). */
export function nextStates<S extends string, R extends string>(
  table: Transitions<S, R>,
  from: S,
  roles: readonly R[] = [],
): S[] {
  return (table[from]?.to ?? []).filter((to) => checkTransition(table, from, to, roles).allowed);
}
