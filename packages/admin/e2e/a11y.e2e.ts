// Issue 14 item 14: axe-core (WCAG 2.0/2.1 A and AA, and axe's best practices) on every screen of the panel, in Debian's
// Chromium against the real API, with zero serious or critical violations. Each screen is
// reached the way a person reaches it (menu, row, button), settled (no spinner, no running
// transition), then checked; a failure lists each violation's rule, help and selectors.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { describeViolations, expectNoSeriousA11yViolations } from './support/axe';
import { hasBrowser, launchBrowser, settled, signedIn as signInAs } from './support/browser';
import { requireBrowser } from './support/panel';
import { completedOrder, createUser, escalation, goodReview, login, ok } from './support/flows';

requireBrowser();

// A11Y_VERBOSE=1 also prints the moderate and minor findings, which do not fail the run.
const VERBOSE = process.env.A11Y_VERBOSE === '1';

describe.skipIf(!hasBrowser)('accessibility of every screen (issue 14 item 14)', () => {
  let api: ApiServer;
  let browser: Browser;
  let token: string;
  let admin: { context: BrowserContext; page: Page };
  let ids: { escalation: string; order: string; customer: string; vendor: string; user: string; review: string; supportCase: string };

  const go = (p: Page, hash: string) => p.goto(`${api.url}#${hash}`);
  const user = (name: string, roles: string[]) => createUser(api, token, name, roles);
  const signedIn = (who: { email: string; password: string }) => signInAs(browser, api.url, who);

  async function check(page: Page, screen: string) {
    await settled(page);
    // One h1 per screen: the app bar's title (the login page's own). A modal hides it from the
    // accessibility tree while open, hence includeHidden.
    expect(await page.getByRole('heading', { level: 1, includeHidden: true }).allTextContents(), `the h1 on ${screen}`).toHaveLength(1);
    const minor = await expectNoSeriousA11yViolations(page, screen);
    if (VERBOSE && minor.length) console.log(`axe (not failing) on ${screen}:\n${describeViolations(minor)}`);
  }

  beforeAll(async () => {
    api = await startApi();
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    // Demo data has no escalations or reviews of its own: make them the way production does.
    const esc = await escalation(api, token);
    const review = await goodReview(api, token);
    const order = await completedOrder(api, token, 'Farhan Qureshi', { refPrefix: 'A11Y', deviceModel: 'Apple iPhone 15 Pro 256GB', quotedPrice: 72000 });
    const o = await ok<{ Order: { customer: { id: string } } }>(api, token, 'query($id:ID!){Order(id:$id){customer{id}}}', { id: order.id });
    const v = await ok<{ allVendors: { id: string }[] }>(api, token, '{allVendors(perPage:1){id}}', {});
    const agent = await user('Asha Agent', ['CX_AGENT']);
    const sc = await ok<{ openCase: { id: string } }>(api, token, 'mutation($i:OpenCaseInput!){openCase(input:$i){id}}', {
      i: { type: 'PAYMENT_ISSUE', channel: 'WHATSAPP', subject: 'Payment not received', description: 'The customer has not received the payment.', customerId: o.Order.customer.id, orderId: order.id },
    });
    ids = { escalation: esc.escalationId, order: order.id, customer: o.Order.customer.id, vendor: v.allVendors[0].id, user: agent.id, review: review.id, supportCase: sc.openCase.id };
    browser = await launchBrowser();
    admin = await signedIn({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('the login page', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await go(page, '/login');
    await page.getByLabel('E-mail').waitFor();
    await check(page, 'login');
    // Its error state too: a wrong password shows an alert inside the form.
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /password/i }).waitFor();
    await check(page, 'login with an error');
    await context.close();
  });

  it('the dashboard, the menu and the user menu', async () => {
    const { page } = admin;
    await go(page, '/');
    await page.getByTestId('feedback-volume').waitFor();
    await check(page, 'dashboard');
    await page.getByRole('button', { name: /profile|user|admin/i }).first().click();
    await page.getByRole('menuitem', { name: 'Change password' }).waitFor();
    await check(page, 'user menu');
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: 'Change password' }).waitFor({ state: 'detached' });
  });

  it('escalations: list, page and the Log contact dialog', async () => {
    const { page } = admin;
    await go(page, '/Escalation');
    await page.getByRole('row').nth(1).waitFor();
    await check(page, 'escalation list');
    await go(page, `/Escalation/${ids.escalation}/show`);
    await page.getByRole('button', { name: 'Log contact' }).click();
    await page.getByRole('dialog').waitFor();
    await check(page, 'Log contact dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await check(page, 'escalation page');
  });

  it('cases: inbox, list, new case, page, its note mode and the Park dialog', async () => {
    const { page } = admin;
    await go(page, '/inbox');
    await page.getByRole('tab', { name: 'Mine' }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await check(page, 'inbox');
    await go(page, '/SupportCase');
    await page.getByRole('row').nth(1).waitFor();
    await check(page, 'case list');
    await go(page, '/SupportCase/create');
    await page.getByRole('button', { name: 'Open case' }).waitFor();
    await check(page, 'new case');
    await go(page, `/SupportCase/${ids.supportCase}/show`);
    await page.getByRole('region', { name: 'Reply to the customer' }).waitFor();
    await check(page, 'case page');
    await page.getByRole('switch', { name: 'Internal note' }).check();
    await check(page, 'case page, internal note');
    await page.getByTestId('case-actions').getByRole('button', { name: 'Park' }).click();
    await page.getByRole('dialog').waitFor();
    await check(page, 'Park dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await page.getByTestId('case-shortcuts').waitFor();
    await check(page, 'case shortcuts');
    await page.keyboard.press('Escape');
  });

  it('orders: list and page', async () => {
    const { page } = admin;
    await go(page, '/Order');
    await page.getByRole('row').nth(1).waitFor();
    await check(page, 'order list');
    await go(page, `/Order/${ids.order}/show`);
    await page.getByText('Farhan Qureshi').first().waitFor();
    await check(page, 'order page');
  });

  it('customers: list and page', async () => {
    const { page } = admin;
    await go(page, '/Customer');
    await page.getByRole('row').nth(1).waitFor();
    await check(page, 'customer list');
    await go(page, `/Customer/${ids.customer}/show`);
    await page.getByText('Farhan Qureshi').first().waitFor();
    await check(page, 'customer page');
  });

  it('call tasks: list and the Complete dialog', async () => {
    const { page } = admin;
    // SOP C1 gives the high-value order its call task once payment is processed.
    await expect
      .poll(async () => (await ok<{ allCallTasks: unknown[] }>(api, token, 'query($o:ID){allCallTasks(filter:{orderId:$o}){id}}', { o: ids.order })).allCallTasks.length, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await go(page, `/CallTask?filter=${encodeURIComponent(JSON.stringify({ status: 'OPEN', orderId: ids.order }))}`);
    const row = page.getByRole('row').filter({ hasText: 'Farhan Qureshi' }).first();
    await row.waitFor();
    await check(page, 'call task list');
    await row.getByRole('button', { name: 'Complete' }).click();
    await page.getByRole('dialog').waitFor();
    await check(page, 'Complete call task dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('vendors: list, page, create and edit', async () => {
    const { page } = admin;
    await go(page, '/Vendor');
    await page.getByRole('row').nth(1).waitFor();
    await check(page, 'vendor list');
    await go(page, `/Vendor/${ids.vendor}/show`);
    await page.getByTestId('scorecard').waitFor();
    await check(page, 'vendor page');
    await go(page, '/Vendor/create');
    await page.getByLabel(/Name/).first().waitFor();
    await check(page, 'vendor create');
    await go(page, `/Vendor/${ids.vendor}`);
    await expect.poll(() => page.getByLabel(/Name/).first().inputValue()).not.toBe('');
    await check(page, 'vendor edit');
  });

  it('users: list, create and edit', async () => {
    const { page } = admin;
    await go(page, '/User');
    await page.getByRole('row').filter({ hasText: 'Asha Agent' }).first().waitFor();
    await check(page, 'user list');
    await go(page, '/User/create');
    await page.getByLabel(/mail/i).first().waitFor();
    await check(page, 'user create');
    await go(page, `/User/${ids.user}`);
    await expect.poll(() => page.getByLabel(/Name/).first().inputValue()).toBe('Asha Agent');
    await check(page, 'user edit');
  });

  it('API keys, alerts, change password', async () => {
    const { page } = admin;
    await go(page, '/ApiKey');
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await check(page, 'API key list');
    await go(page, '/Alert');
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    await check(page, 'alert list');
    await go(page, '/change-password');
    await page.getByLabel(/Current password/).waitFor();
    await check(page, 'change password');
  });

  it('reviews: each tab of the inbox, the review drawer and "What\'s live"', async () => {
    const { page } = admin;
    await go(page, '/Review');
    await page.getByRole('tab', { name: 'Inbox' }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await check(page, 'review inbox');
    for (const tab of ['Shortlisted', 'Published', 'Rejected']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect.poll(() => page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
      await check(page, `reviews: ${tab}`);
    }
    await go(page, `/Review/${ids.review}`);
    await page.getByRole('presentation').getByText('Nikhil Bose').first().waitFor();
    await check(page, 'review drawer');
    await go(page, '/testimonials');
    await page.getByTestId('testimonials').waitFor();
    await check(page, "What's live");
  });

  it('money as FINANCE: the queue, a request with its Approve and Reject dialogs, the order page\'s Money and Propose money', async () => {
    // A refund over what the policy approves at once: it waits for FINANCE.
    const ravi = await user('Ravi Agent', ['CX_AGENT']);
    const agentToken = await login(api, ravi.email, ravi.password);
    const request = await ok<{ proposeMoney: { id: string; status: string } }>(api, agentToken, 'mutation($i:ProposeMoneyInput!){proposeMoney(input:$i){id status}}', {
      i: { orderId: ids.order, caseId: ids.supportCase, kind: 'REFUND', amount: 5000, reason: 'Charged twice.' },
    });
    expect(request.proposeMoney.status).toBe('PROPOSED');
    const finance = await signedIn(await user('Farah Finance', ['FINANCE']));
    const { page } = finance;
    await page.getByRole('row').nth(1).waitFor();
    await check(page, 'money queue (waiting for approval) as FINANCE');
    await go(page, `/MoneyRequest/${request.proposeMoney.id}/show`);
    await page.getByTestId('fraud-factors').getByRole('row').nth(1).waitFor();
    await check(page, 'money request page as FINANCE');
    for (const [button, title] of [['Approve', /^Approve the/], ['Reject', /^Reject the/]] as const) {
      await page.getByRole('button', { name: button }).click();
      await page.getByRole('dialog', { name: title }).waitFor();
      await check(page, `${button} dialog`);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await go(page, `/Order/${ids.order}/show`);
    await page.getByTestId('order-money').getByRole('row').nth(1).waitFor();
    await check(page, 'order page with Money as FINANCE');
    await page.getByTestId('order-money').getByRole('button', { name: 'Propose money' }).click();
    await page.getByRole('dialog', { name: 'Propose money' }).waitFor();
    await check(page, 'Propose money dialog');
    await finance.context.close();
  });

  it('as a CX agent and as marketing, their main screens', async () => {
    const agent = await signedIn(await user('Kiran Agent', ['CX_AGENT']));
    await check(agent.page, 'dashboard as CX agent');
    await go(agent.page, '/Escalation');
    await agent.page.getByRole('row').nth(1).waitFor();
    await check(agent.page, 'escalation list as CX agent');
    await go(agent.page, '/inbox');
    await agent.page.getByRole('row').nth(1).waitFor();
    await check(agent.page, 'inbox as CX agent');
    await go(agent.page, `/SupportCase/${ids.supportCase}/show`);
    await agent.page.getByRole('region', { name: 'Reply to the customer' }).waitFor();
    await check(agent.page, 'case page as CX agent');
    await agent.context.close();

    const marketing = await signedIn(await user('Maya Marketing', ['MARKETING']));
    await go(marketing.page, '/Review');
    await marketing.page.getByRole('row').nth(1).waitFor();
    await check(marketing.page, 'review inbox as marketing');
    await marketing.context.close();
  });
});
