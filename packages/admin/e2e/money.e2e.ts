// Money (M1–M6) clicked through as its people would, each step followed by what the server now
// holds: a CX agent proposes a ₹5,000 refund from a case page and it waits for FINANCE; a FINANCE
// user opens Money → Waiting for approval, reads the fraud factors, approves with a note, and the
// pay job (the recording provider, in the test server's job runner) pays it; the order page's
// ledger shows +₹5,000. Then the same FINANCE user proposes from the order page and may not
// approve their own request: the dialog says why (MONEY_SELF_APPROVAL).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from './support/api-server';
import { hasBrowser, signedIn } from './support/browser';
import { closePanel, openAdminPanel, requireBrowser } from './support/panel';
import { completedOrder, createUser, login, ok, type TestUser } from './support/flows';

requireBrowser();

interface Request {
  id: string;
  kind: string;
  status: string;
  amount: number;
  decisionNote: string | null;
  providerReference: string | null;
  decidedBy: { id: string } | null;
  proposedBy: { id: string } | null;
  fraudFactors: { factor: string; value: number; points: number }[];
}
const REQUEST = 'id kind status amount decisionNote providerReference decidedBy{id} proposedBy{id} fraudFactors{factor value points}';

describe.skipIf(!hasBrowser)('money: propose, approve, pay', () => {
  let api: ApiServer;
  let browser: Browser;
  let token: string;
  let agent: TestUser;
  let finance: TestUser;
  let order: { id: string; externalRef: string };
  let caseId: string;
  const contexts: BrowserContext[] = [];
  const within = { timeout: 30_000 };

  const go = (page: Page, hash: string) => page.goto(`${api.url}#${hash}`);
  const as = async (who: TestUser) => {
    const s = await signedIn(browser, api.url, who);
    contexts.push(s.context);
    s.page.setDefaultTimeout(20_000);
    return s.page;
  };
  const dialog = (page: Page, title: string | RegExp) => page.getByRole('dialog', { name: title });
  const requestsOf = async (filter: Record<string, unknown>) =>
    (await ok<{ allMoneyRequests: Request[] }>(api, token, `query($f:MoneyRequestFilter){allMoneyRequests(filter:$f){${REQUEST}}}`, { f: filter })).allMoneyRequests;
  const requestNow = async (id: string) => (await ok<{ moneyRequest: Request }>(api, token, `query($id:ID!){moneyRequest(id:$id){${REQUEST}}}`, { id })).moneyRequest;

  beforeAll(async () => {
    ({ api, browser, token } = await openAdminPanel());
    agent = await createUser(api, token, 'Asha Agent', ['CX_AGENT']);
    finance = await createUser(api, token, 'Farah Finance', ['FINANCE']);
    // A completed order of ₹20,000 and a case about it, as CX opens one.
    order = await completedOrder(api, token, `Ravi Menon ${Date.now().toString(36)}`, { refPrefix: 'E2E-MONEY', quotedPrice: 20_000 });
    const customer = (await ok<{ order: { customer: { id: string } } }>(api, token, 'query($id:ID!){order(id:$id){customer{id}}}', { id: order.id })).order.customer;
    const agentToken = await login(api, agent.email, agent.password);
    caseId = (await ok<{ openCase: { id: string } }>(api, agentToken, 'mutation($i:OpenCaseInput!){openCase(input:$i){id}}', {
      i: { type: 'PAYMENT_ISSUE', channel: 'WHATSAPP', subject: 'Charged twice', description: 'The customer was charged twice for the pickup.', customerId: customer.id, orderId: order.id },
    })).openCase.id;
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await closePanel({ api, browser });
  });

  it('an agent proposes a ₹5,000 refund from a case; FINANCE approves it with a note; it is paid and on the order ledger', async () => {
    // The agent, on the case page: Propose money, then the dialog.
    const cx = await as(agent);
    await go(cx, `/SupportCase/${caseId}/show`);
    await cx.getByRole('button', { name: 'Propose money' }).click();
    const propose = dialog(cx, 'Propose money');
    // Refund is the default kind; goodwill would hide the amount (the policy sets it).
    await propose.getByRole('combobox', { name: 'Kind' }).click();
    await cx.getByRole('option', { name: 'Goodwill', exact: true }).click();
    await propose.getByText('The amount is set by the policy').waitFor();
    expect(await propose.getByLabel('Amount (₹)').count()).toBe(0);
    await propose.getByRole('combobox', { name: 'Kind' }).click();
    await cx.getByRole('option', { name: 'Refund', exact: true }).click();
    // Reversals and recoveries are not CX's to propose.
    await propose.getByRole('combobox', { name: 'Kind' }).click();
    expect(await cx.getByRole('option').allTextContents()).toEqual(['Goodwill', 'Refund', 'Vendor extra']);
    await cx.getByRole('option', { name: 'Refund', exact: true }).click();
    await propose.getByLabel('Amount (₹)').fill('5000');
    await propose.getByLabel('Reason').fill('Charged twice for the same pickup.');
    await propose.getByRole('button', { name: 'Propose' }).click();
    await cx.getByTestId('money-proposed').getByText('Proposed: ₹5,000 waits for FINANCE to approve it.').waitFor();
    await propose.waitFor({ state: 'detached' });
    const [proposed] = await requestsOf({ caseId });
    expect(proposed).toMatchObject({ kind: 'REFUND', status: 'PROPOSED', amount: 5000, proposedBy: { id: agent.id } });
    // CX reads the queue but decides nothing in it.
    await go(cx, `/MoneyRequest/${proposed.id}/show`);
    await cx.getByTestId('fraud-factors').waitFor();
    expect(await cx.getByRole('button', { name: 'Approve' }).count()).toBe(0);

    // FINANCE signs in on the queue; Money → Waiting for approval, then the request.
    const fin = await as(finance);
    await fin.waitForURL(/#\/MoneyRequest/);
    await fin.getByRole('menuitem', { name: 'Money' }).click();
    await fin.getByRole('button', { name: 'Waiting for approval' }).click();
    await expect.poll(() => fin.getByRole('button', { name: 'Waiting for approval' }).getAttribute('aria-pressed')).toBe('true');
    const row = fin.getByRole('row').filter({ hasText: order.externalRef });
    await row.filter({ hasText: '₹5,000' }).filter({ hasText: 'Proposed' }).waitFor(within);
    await row.getByText('₹5,000').click();
    await fin.waitForURL(new RegExp(`#/MoneyRequest/${proposed.id}/show$`));

    // The fraud score's factors, as stored with the request (M4).
    const factors = fin.getByTestId('fraud-factors');
    await factors.getByRole('row').nth(1).waitFor();
    const shown = await factors.getByRole('row').allTextContents();
    expect(shown.slice(1)).toEqual(proposed.fraudFactors.map((f) => `${f.factor}${f.value}${f.points}`));
    expect(proposed.fraudFactors.length).toBeGreaterThan(0);

    // Approve with a note.
    await fin.getByRole('button', { name: 'Approve' }).click();
    const approve = dialog(fin, 'Approve the ₹5,000 refund');
    await approve.getByLabel('Note (optional)').fill('Bank statement shows the double charge.');
    await approve.getByRole('button', { name: 'Approve' }).click();
    await approve.waitFor({ state: 'detached' });
    // APPROVED, then the pay job pays it through the recording provider.
    const seen = new Set<string>();
    await expect
      .poll(async () => {
        const r = await requestNow(proposed.id);
        seen.add(r.status);
        return r.status;
      }, within)
      .toBe('PAID');
    expect([...seen].every((s) => s === 'APPROVED' || s === 'PAID')).toBe(true);
    const paid = await requestNow(proposed.id);
    expect(paid).toMatchObject({ decidedBy: { id: finance.id }, decisionNote: 'Bank statement shows the double charge.' });
    expect(paid.providerReference).toBeTruthy();
    // The page follows it to PAID with the provider's reference.
    await fin.getByTestId('money-payment').getByText(paid.providerReference!).waitFor(within);

    // The order page: its Money section lists the request, its ledger shows +₹5,000.
    await go(fin, `/Order/${order.id}/show`);
    const money = fin.getByTestId('order-money');
    await money.getByRole('row').filter({ hasText: '₹5,000' }).filter({ hasText: 'Paid' }).waitFor(within);
    await expect.poll(() => fin.getByTestId('order-ledger-balance').textContent(), within).toBe('+₹5,000');
    await fin.getByTestId('order-ledger').getByRole('row').filter({ hasText: '+₹5,000' }).filter({ hasText: 'Refund' }).waitFor();
  });

  it('FINANCE proposes from the order page and may not approve their own request: the dialog says why', async () => {
    const fin = await as(finance);
    await go(fin, `/Order/${order.id}/show`);
    await fin.getByTestId('order-money').getByRole('button', { name: 'Propose money' }).click();
    const propose = dialog(fin, 'Propose money');
    await propose.getByLabel('Amount (₹)').fill('4000');
    await propose.getByLabel('Reason').fill('Overcharged for the pickup.');
    await propose.getByRole('button', { name: 'Propose' }).click();
    const notice = fin.getByTestId('money-proposed');
    await notice.getByText('Proposed: ₹4,000 waits for FINANCE to approve it.').waitFor();
    await notice.getByRole('link', { name: 'Open the request' }).click();
    await fin.waitForURL(/#\/MoneyRequest\/[^/]+\/show$/);
    const id = decodeURIComponent(/#\/MoneyRequest\/([^/]+)\/show$/.exec(fin.url())![1]);
    expect(await requestNow(id)).toMatchObject({ status: 'PROPOSED', amount: 4000, proposedBy: { id: finance.id } });

    await fin.getByRole('button', { name: 'Approve' }).click();
    const approve = dialog(fin, 'Approve the ₹4,000 refund');
    await approve.getByRole('button', { name: 'Approve' }).click();
    await approve.getByRole('alert').getByText('You proposed this request: another person in FINANCE must approve or reject it (maker-checker).').waitFor();
    // Still open, nothing decided.
    expect(await approve.isVisible()).toBe(true);
    expect(await requestNow(id)).toMatchObject({ status: 'PROPOSED', decidedBy: null });
  });
});
