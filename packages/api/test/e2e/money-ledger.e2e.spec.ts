// "No sequence of proposals, approvals, retries and crashes can make the ledger and the requests
// disagree": seeded random runs of the money service against a stand-in payouts provider that
// dedupes by idempotency key, as the real one does, and can lose its answer after accepting (a
// crash between the provider's acceptance and our commit), answer "processing" for a webhook to
// finish, or fail for a while. After every step: each PAID request has exactly one ledger entry of
// its signed amount, nothing else has any, and no idempotency key was paid twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MoneyKind, MoneyStatus, Role } from '../../src/common/enums.js';
import type { Principal } from '../../src/modules/access/principal.js';
import type { PayoutOrder, PayoutProvider, PayoutResult } from '../../src/modules/money/payout-provider.js';
import { completedOrder } from '../setup/flows.js';
import { rng, SEED } from '../setup/rng.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

type Mode = 'ok' | 'lose-answer' | 'processing' | 'down' | 'reject';

/** The provider's side of the world: one payout per idempotency key, whatever the caller's retries. */
class StandInProvider implements PayoutProvider {
  readonly name = 'stand-in';
  readonly payouts = new Map<string, { id: string; amount: number; created: number; body: string }>();
  mode: Mode = 'ok';
  private next = 0;

  async pay(order: PayoutOrder): Promise<PayoutResult> {
    if (this.mode === 'down') return { status: 'FAILED', reference: null, reason: 'HTTP 503 from the provider', retryable: true };
    if (this.mode === 'reject') return { status: 'FAILED', reference: null, reason: 'Invalid beneficiary account', retryable: false };
    let payout = this.payouts.get(order.idempotencyKey);
    const body = JSON.stringify(order);
    if (!payout) {
      payout = { id: `pout_${++this.next}`, amount: order.amount, created: 1, body };
      this.payouts.set(order.idempotencyKey, payout);
    } else if (payout.body !== body) {
      // As the real provider does: the same idempotency key with another body is refused.
      return { status: 'FAILED', reference: null, reason: 'Different request body sent for the same idempotency key', retryable: false };
    }
    if (this.mode === 'lose-answer') throw new Error('socket hang up after the provider accepted the payout');
    return this.mode === 'processing' ? { status: 'PROCESSING', reference: payout.id } : { status: 'PROCESSED', reference: payout.id };
  }
}

const provider = new StandInProvider();
let t: TestApp;
let agent: Principal;
let finance: Principal;
let orders: string[];

async function invariant(step: string) {
  const rows = await t.sql<{ id: string; status: string; amount: number; kind: string; moved: number | null; entries: number; reference: string | null }>(
    `select m.id, m.status, m.amount, m.kind, m.provider_reference as reference, sum(l.amount)::int as moved, count(l.id)::int as entries
     from money_request m left join ledger_entry l on l.money_request_id = m.id group by m.id`,
  );
  for (const r of rows) {
    const sign = ['GOODWILL', 'REFUND', 'VENDOR_EXTRA'].includes(r.kind) ? 1 : -1;
    const expected = r.status === 'PAID' ? { entries: 1, moved: sign * r.amount } : { entries: 0, moved: null };
    expect({ step, id: r.id, status: r.status, entries: r.entries, moved: r.moved }).toEqual({ step, id: r.id, status: r.status, ...expected });
    // A paid refund's reference is the provider's one payout for its key, of its amount.
    if (r.status === 'PAID' && r.kind === 'REFUND') {
      const p = provider.payouts.get(r.id);
      expect({ step, reference: r.reference, amount: r.amount }).toEqual({ step, reference: p?.id, amount: p?.amount });
    }
  }
  for (const [key, p] of provider.payouts) expect({ key, created: p.created }).toEqual({ key, created: 1 });
}

beforeAll(async () => {
  t = await initTestApp({ payouts: provider });
  const a = await t.userWith(Role.CX_AGENT);
  const f = await t.userWith(Role.FINANCE);
  agent = { kind: 'USER', id: a.id, email: a.email, name: 'Agent', roles: [Role.CX_AGENT] };
  finance = { kind: 'USER', id: f.id, email: f.email, name: 'Finance', roles: [Role.FINANCE] };
  orders = [];
  for (let i = 0; i < 4; i++) orders.push(await completedOrder(t, { quotedPrice: 10000 }));
}, 60_000);
afterAll(() => t.close());

describe('the ledger and the requests always agree', () => {
  it(`through 120 random steps (seed ${SEED})`, async () => {
    const r = rng(SEED);
    const money = t.services.money;
    const em = () => t.orm.em.fork();
    const ids = async (status: MoneyStatus) => (await t.sql<{ id: string }>(`select id from money_request where status = ? and kind = 'REFUND' order by id`, [status])).map((x) => x.id);
    for (let step = 0; step < 120; step++) {
      provider.mode = r.pick(['ok', 'ok', 'lose-answer', 'processing', 'down'] as const);
      const op = r.pick(['propose', 'propose', 'approve', 'reject', 'pay', 'pay-twice', 'webhook', 'run-due'] as const);
      const label = `${step}:${op}:${provider.mode}`;
      try {
        if (op === 'propose') {
          await money.propose(em(), agent, { orderId: r.pick(orders), kind: MoneyKind.REFUND, amount: r.pick([500, 2500, 3500, 6000]), reason: `step ${step}` });
        } else if (op === 'approve' || op === 'reject') {
          const proposed = await ids(MoneyStatus.PROPOSED);
          if (proposed.length) {
            const id = r.pick(proposed);
            if (op === 'approve') await money.approve(em(), finance, id, null);
            else await money.reject(em(), finance, id, 'not this time');
          }
        } else if (op === 'pay' || op === 'pay-twice') {
          const approved = await ids(MoneyStatus.APPROVED);
          if (approved.length) {
            const id = r.pick(approved);
            const runs = op === 'pay' ? [money.pay(em(), id)] : [money.pay(em(), id), money.pay(em(), id)];
            await Promise.allSettled(runs);
          }
        } else if (op === 'webhook') {
          // The provider's status webhook for a payout it finished, possibly delivered twice.
          const waiting = await t.sql<{ id: string; reference: string }>(`select id, provider_reference as reference from money_request where status = 'APPROVED' and provider_reference is not null`);
          if (waiting.length) {
            const w = r.pick(waiting);
            const outcome: PayoutResult = r.chance(0.8) ? { status: 'PROCESSED', reference: w.reference } : { status: 'FAILED', reference: w.reference, reason: 'beneficiary bank down', retryable: false };
            await Promise.all([money.recordOutcome(em(), w.id, outcome), money.recordOutcome(em(), w.id, outcome)]);
          }
        } else {
          await t.runDue();
        }
      } catch (e) {
        // Refusals (limits, conflicts) are answers, not failures of the invariant.
        if (!(e instanceof Error) || !/refund|already|PROPOSED|exceeds|retrying/i.test(e.message)) throw e;
      }
      await invariant(label);
    }
    // Everything approved is eventually paid once the provider is back.
    provider.mode = 'ok';
    for (let i = 0; i < 6; i++) await t.runDue();
    const pending = await t.sql(`select id from money_request where status = 'APPROVED' and provider_reference is null`);
    expect(pending).toEqual([]);
    await invariant('final');
    const paid = await t.sql(`select count(*)::int n from money_request where status = 'PAID'`);
    expect(paid[0].n).toBeGreaterThan(3);
  }, 120_000);

  it('a payout the provider rejects is FAILED with its reason, moves nothing, and the customer is told', async () => {
    provider.mode = 'reject';
    const order = await completedOrder(t, { quotedPrice: 9000 });
    const r = await t.services.money.propose(t.orm.em.fork(), agent, { orderId: order, kind: MoneyKind.REFUND, amount: 700, reason: 'Duplicate charge' });
    expect(await t.services.money.pay(t.orm.em.fork(), r.id)).toBe('FAILED');
    const [row] = await t.sql(`select status, failure_reason from money_request where id = ?`, [r.id]);
    expect(row).toEqual({ status: 'FAILED', failure_reason: 'Invalid beneficiary account' });
    const notices = await t.sql<{ body: string }>(`select body from message where order_id = ? and kind = 'MONEY_NOTICE'`, [order]);
    expect(notices.map((n) => n.body)).toEqual([expect.stringContaining('we could not send you ₹700')]);
    await invariant('rejected payout');
    provider.mode = 'ok';
  });

  it('a retry sends the payee as approved, even if the customer record changed after the provider accepted', async () => {
    provider.mode = 'lose-answer';
    const order = await completedOrder(t, { quotedPrice: 9000 });
    const r = await t.services.money.propose(t.orm.em.fork(), agent, { orderId: order, kind: MoneyKind.REFUND, amount: 800, reason: 'Overcharge' });
    await expect(t.services.money.pay(t.orm.em.fork(), r.id)).rejects.toThrow(/retrying/);
    await t.sql(`update customer set name = 'Someone Else' where id = (select customer_id from customer_order where id = ?)`, [order]);
    provider.mode = 'ok';
    expect(await t.services.money.pay(t.orm.em.fork(), r.id)).toBe('PAID');
    expect(provider.payouts.get(r.id)?.created).toBe(1);
    await invariant('payee as approved');
  });

  it('a ledger entry cannot be changed or removed', async () => {
    const [entry] = await t.sql<{ id: string }>(`select id from ledger_entry limit 1`);
    await expect(t.sql(`update ledger_entry set amount = amount + 1 where id = ?`, [entry.id])).rejects.toThrow(/append-only/);
    await expect(t.sql(`delete from ledger_entry where id = ?`, [entry.id])).rejects.toThrow(/append-only/);
  });
});
