import { describe, expect, it } from 'vitest';
import { ApiScope, CallTaskStatus as S, Role } from '../../common/enums.js';
import type { Principal } from '../access/principal.js';
import { availableActions, completionRefusal, isCallTaskOverdue } from './call-task.policy.js';

const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u', email: 'u@x', name: 'U', roles });

describe('call task actions (C1)', () => {
  it('offers COMPLETE on an open task to whoever may complete it, nothing once done', () => {
    expect(availableActions({ status: S.OPEN }, user(Role.CX_AGENT))).toEqual([{ action: 'COMPLETE', enabled: true, reason: null }]);
    expect(availableActions({ status: S.DONE }, user(Role.CX_AGENT))).toEqual([]);
    expect(completionRefusal({ status: S.DONE })).toMatch(/already done/);
  });
  it('offers nothing to a role or key that may not complete call tasks', () => {
    expect(availableActions({ status: S.OPEN }, user(Role.MARKETING))).toEqual([]);
    expect(availableActions({ status: S.OPEN }, { kind: 'API_KEY', id: 'k', name: 'k', scopes: [ApiScope.READ_ALL] })).toEqual([]);
    expect(availableActions({ status: S.OPEN }, null)).toEqual([]);
  });
});

describe('overdue call tasks (C1)', () => {
  const due = new Date('2026-11-24T10:00:00Z');
  it.each([
    [S.OPEN, -1, false], [S.OPEN, 0, false], [S.OPEN, 1, true], [S.DONE, 60, false],
  ] as const)('%s, %d minutes after the due time → overdue %s', (status, minutes, expected) => {
    expect(isCallTaskOverdue({ status, dueAt: due }, new Date(due.getTime() + minutes * 60_000))).toBe(expected);
  });
});
