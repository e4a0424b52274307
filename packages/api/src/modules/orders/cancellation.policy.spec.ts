import { describe, expect, it } from 'vitest';
import { CancellationReason as R, OrderStatus as S } from '../../common/enums.js';
import { CANCELLABLE_STATES, decideCancel, MAX_CANCELLATION_NOTE } from './cancellation.policy.js';

const CASE = '3f1c2b9e-8a47-4d2b-9c1e-5b6a7d8e9f01';

describe('decideCancel (SOP 002, ORDER_INVALID_TRANSITION)', () => {
  it('reads the cancellable states from the lifecycle table', () => {
    expect(CANCELLABLE_STATES).toEqual([S.CREATED, S.PICKUP_SCHEDULED]);
  });

  it.each([S.CREATED, S.PICKUP_SCHEDULED].flatMap((status) => Object.values(R).map((reason) => [status, reason] as const)))(
    'cancels a %s order for %s',
    (status, reason) => {
      const note = reason === R.OTHER ? 'Selling to a relative instead' : null;
      expect(decideCancel({ status }, { reason, note })).toEqual({ ok: true, from: status, reason, note, caseId: null });
    },
  );

  it.each([S.PICKED_UP, S.INSPECTED, S.COMPLETED, S.CANCELLED, S.RETURNED])('refuses a %s order with a plain message', (status) => {
    const d = decideCancel({ status }, { reason: R.CUSTOMER_CHANGED_MIND });
    expect(d).toMatchObject({ ok: false, code: 'SOP_VIOLATION', rule: 'ORDER_INVALID_TRANSITION' });
    expect(d.ok === false && d.message).toMatch(/cannot be cancelled/);
  });

  it('says what to do instead once the vendor has the device', () => {
    const d = decideCancel({ status: S.PICKED_UP }, { reason: R.PRICE_NOT_ACCEPTED });
    expect(d.ok === false && d.message).toBe(
      'A PICKED_UP order cannot be cancelled: the vendor has the device, so only CREATED or PICKUP_SCHEDULED orders can be cancelled. If the customer no longer wants to sell, the device goes back to them: RETURNED.',
    );
  });

  it.each([
    ['OTHER without a note', { reason: R.OTHER }, 'note'],
    ['OTHER with a blank note', { reason: R.OTHER, note: '   ' }, 'note'],
    ['a note over the limit', { reason: R.DUPLICATE_ORDER, note: 'x'.repeat(MAX_CANCELLATION_NOTE + 1) }, 'note'],
    ['a malformed caseId', { reason: R.VENDOR_NO_SHOW, caseId: 'CX-10042' }, 'caseId'],
  ] as const)('refuses %s with BAD_USER_INPUT on its field, before looking at the status', (_, input, field) => {
    for (const status of [S.CREATED, S.COMPLETED]) {
      expect(decideCancel({ status }, input)).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field });
    }
  });

  it('keeps a note of exactly the limit, trimmed, and the case id', () => {
    const note = ` ${'n'.repeat(MAX_CANCELLATION_NOTE)} `;
    expect(decideCancel({ status: S.CREATED }, { reason: R.OTHER, note, caseId: ` ${CASE} ` })).toEqual({
      ok: true, from: S.CREATED, reason: R.OTHER, note: note.trim(), caseId: CASE,
    });
  });
});
