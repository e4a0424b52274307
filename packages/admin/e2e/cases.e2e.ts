// The case desk clicked through as its people would (K1–K6), each step followed by what the
// server now holds: a CX agent opens a case from the panel for a customer with a paid order,
// replies from the reply box, resolves it once the API enables Resolve, and the customer rates the
// resolution through the signed link the API sent; a CX lead escalates a case to Finance, who then
// see it in their list and inbox with the CASE_ESCALATED alert; r on the case page is the reply box.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from './support/api-server';
import { hasBrowser, signedIn } from './support/browser';
import { closePanel, openAdminPanel, requireBrowser } from './support/panel';
import { csvRecords } from './support/csv';
import { completedOrder, createUser, login, ok, type TestUser } from './support/flows';

requireBrowser();

describe.skipIf(!hasBrowser)('the case desk', () => {
  let api: ApiServer;
  let browser: Browser;
  let token: string;
  let agent: TestUser;
  let lead: TestUser;
  let finance: TestUser;
  const contexts: BrowserContext[] = [];
  const within = { timeout: 15_000 };

  const go = (page: Page, hash: string) => page.goto(`${api.url}#${hash}`);
  const as = async (who: TestUser) => {
    const s = await signedIn(browser, api.url, who, { acceptDownloads: true });
    contexts.push(s.context);
    // A step that cannot happen fails on its own line, not at the test's timeout.
    s.page.setDefaultTimeout(20_000);
    return s.page;
  };
  const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title, exact: true });

  const caseNow = async (id: string, t = token) =>
    (await ok<{ supportCase: { number: string; status: string; team: string; firstRespondedAt: string | null; resolution: string | null; interactions: { kind: string; channel: string; summary: string }[] } }>(
      api, t, 'query($id:ID!){supportCase(id:$id){number status team firstRespondedAt resolution interactions{kind channel summary}}}', { id },
    )).supportCase;

  /** A case as a partner (or CX) opens it through the API, for the tests that start from one. */
  async function openCaseByApi(t: string, customerId: string, subject: string): Promise<{ id: string; number: string }> {
    const d = await ok<{ openCase: { id: string; number: string } }>(api, t, 'mutation($i:OpenCaseInput!){openCase(input:$i){id number}}', {
      i: { type: 'REFUND_STATUS', channel: 'WHATSAPP', subject, description: 'The refund for the returned phone has not arrived.', customerId },
    });
    return d.openCase;
  }

  const customerOf = async (orderId: string) =>
    (await ok<{ order: { customer: { id: string; name: string } } }>(api, token, 'query($id:ID!){order(id:$id){customer{id name}}}', { id: orderId })).order.customer;

  beforeAll(async () => {
    ({ api, browser, token } = await openAdminPanel());
    agent = await createUser(api, token, 'Asha Agent', ['CX_AGENT']);
    lead = await createUser(api, token, 'Lalit Lead', ['CX_LEAD']);
    finance = await createUser(api, token, 'Farah Finance', ['FINANCE']);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await closePanel({ api, browser });
  });

  it('an agent opens a case for a customer with a paid order, replies, resolves it, and the customer rates the resolution', async () => {
    const name = `Pooja Iyer ${Date.now().toString(36)}`;
    const order = await completedOrder(api, token, name, { refPrefix: 'E2E-CASE' });
    const page = await as(agent);

    // New case: the menu's Cases, then New case.
    await go(page, '/SupportCase');
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Type').click();
    await page.getByRole('option', { name: 'Order status', exact: true }).click();
    // A type's default priority is named in the empty choice (K2: Normal for order status).
    await page.getByText('Left empty: Normal for this type. Sets both SLA clocks.').waitFor();
    await page.getByLabel('Channel').click();
    await page.getByRole('option', { name: 'WhatsApp', exact: true }).click();
    await page.getByLabel('Subject').fill('Where is my payment receipt?');
    await page.getByLabel('What the customer asked').fill('The customer wants the receipt for the phone sold last week.');
    await page.getByRole('combobox', { name: 'Customer' }).fill(name);
    await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    // The customer's orders load once the customer is picked.
    await page.getByRole('combobox', { name: /^Order\b/ }).click();
    await page.getByRole('option', { name: new RegExp(`^${order.externalRef}`) }).click();
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(/#\/SupportCase\/[^/]+\/show$/, within);
    const id = decodeURIComponent(/#\/SupportCase\/([^/]+)\/show$/.exec(page.url())![1]);
    await page.getByRole('heading', { name: /^CX-\d+ · Where is my payment receipt\?$/ }).waitFor();

    // Before the first response Resolve is offered but blocked, with the API's reason (K6).
    const actions = page.getByTestId('case-actions');
    await actions.locator('[data-blocked-action="RESOLVE"]').waitFor();
    expect(await actions.getByRole('button', { name: 'Resolve' }).isDisabled()).toBe(true);

    // The reply box: WhatsApp (the case's channel), the counter against its 4,096 characters.
    const reply = page.getByRole('region', { name: 'Reply to the customer' });
    const body = 'Hello, your receipt is on its way on WhatsApp. Thank you for waiting.';
    await reply.getByLabel('Reply to the customer').fill(body);
    // The limit is the API's (caseRules), read once the page has it.
    await expect.poll(() => reply.getByTestId('reply-counter').textContent(), within).toBe(`${body.length} / 4,096 characters`);
    await reply.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(async () => (await caseNow(id)).firstRespondedAt, within).not.toBeNull();
    expect((await caseNow(id)).interactions.some((i) => i.kind === 'REPLY' && i.channel === 'WHATSAPP' && i.summary.includes('receipt is on its way'))).toBe(true);
    // The box is empty again, and the reply is on the timeline.
    await expect.poll(() => reply.getByLabel('Reply to the customer').inputValue(), within).toBe('');
    await page.getByTestId('case-timeline').getByText('receipt is on its way', { exact: false }).waitFor();

    // Resolve is now enabled; its dialog asks for the resolution.
    await expect.poll(() => actions.getByRole('button', { name: 'Resolve' }).isEnabled(), within).toBe(true);
    await actions.getByRole('button', { name: 'Resolve' }).click();
    await dialog(page, 'Resolve the case').getByLabel('Resolution').fill('Receipt sent on WhatsApp.');
    await dialog(page, 'Resolve the case').getByRole('button', { name: 'Resolve' }).click();
    await dialog(page, 'Resolve the case').waitFor({ state: 'detached' });
    await expect.poll(async () => (await caseNow(id)).status, within).toBe('RESOLVED');
    expect((await caseNow(id)).resolution).toBe('Receipt sent on WhatsApp.');

    // The rating request the resolution opened (K6), its signed link as CX reads it.
    const agentToken = await login(api, agent.email, agent.password);
    const requests = (await ok<{ supportCase: { order: { feedbackRequests: { touchpoint: string; status: string; link: string }[] } } }>(
      api, agentToken, 'query($id:ID!){supportCase(id:$id){order{feedbackRequests{touchpoint status link}}}}', { id },
    )).supportCase.order.feedbackRequests;
    const request = requests.find((r) => r.touchpoint === 'AFTER_RESOLUTION' && r.status === 'OPEN');
    expect(request, JSON.stringify(requests)).toBeDefined();

    // The customer opens it on their phone, taps five stars and sends.
    const phone = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    contexts.push(phone);
    const customer = await phone.newPage();
    await customer.goto(new URL(new URL(request!.link).pathname, api.url).toString());
    await customer.getByRole('group', { name: 'Tap a star' }).getByTitle('5 stars', { exact: true }).click();
    await customer.getByRole('button', { name: 'Send my rating' }).click();
    await customer.getByRole('heading', { name: 'Thank you!' }).waitFor();

    // The rating is the order's, after the resolution; the case page shows it in the order's history.
    const feedback = (await ok<{ order: { feedback: { touchpoint: string; rating: number }[] } }>(api, token, 'query($id:ID!){order(id:$id){feedback{touchpoint rating}}}', { id: order.id })).order.feedback;
    expect(feedback).toContainEqual({ touchpoint: 'AFTER_RESOLUTION', rating: 5 });
    await page.reload();
    // The case itself shows the customer's rating of the resolution (SupportCase.resolutionFeedback).
    await page.getByTestId('resolution-rating').getByRole('img', { name: '5 stars' }).waitFor(within);
    await page.getByRole('tab', { name: /^Feedback/ }).click();
    await page.getByRole('cell', { name: 'After resolution' }).waitFor();
    await page.getByRole('img', { name: '5 stars' }).first().waitFor();

    // The order's page lists the case, one click away, and offers a new case about the order.
    const number = (await caseNow(id)).number;
    await go(page, `/Order/${order.id}/show`);
    await page.getByRole('link', { name: 'New case about this order' }).waitFor(within);
    await page.getByRole('link', { name: new RegExp(`^${number} · Resolved`) }).click();
    await page.waitForURL(new RegExp(`#/SupportCase/${id}/show$`), within);
  });

  it('a lead escalates a case to Finance; Finance sees it in their cases and inbox, with the CASE_ESCALATED alert', async () => {
    const order = await completedOrder(api, token, 'Vikram Rao', { refPrefix: 'E2E-ESC' });
    const customer = await customerOf(order.id);
    const leadToken = await login(api, lead.email, lead.password);
    const c = await openCaseByApi(leadToken, customer.id, `Refund not received ${Date.now().toString(36)}`);
    const page = await as(lead);
    await go(page, `/SupportCase/${encodeURIComponent(c.id)}/show`);
    const actions = page.getByTestId('case-actions');
    await actions.getByRole('button', { name: 'Escalate' }).click();
    const d = dialog(page, 'Escalate the case');
    await d.getByLabel('Team').click();
    await page.getByRole('option', { name: 'Finance', exact: true }).click();
    await d.getByLabel('Reason').fill('The refund left our bank on Monday; Finance must trace it.');
    await d.getByRole('button', { name: 'Escalate' }).click();
    await d.waitFor({ state: 'detached' });
    await expect.poll(async () => (await caseNow(c.id)).status, within).toBe('ESCALATED');
    expect((await caseNow(c.id)).team).toBe('FINANCE');

    const fin = await as(finance);
    // Their case list (the API scopes it to Finance's cases).
    await go(fin, '/SupportCase');
    await fin.getByRole('row').filter({ hasText: c.number }).waitFor(within);
    // Their inbox, first in the menu.
    await fin.getByRole('menuitem', { name: 'Inbox' }).click();
    await fin.getByRole('row').filter({ hasText: customer.name }).first().waitFor(within);
    // The alert the escalation raised for their team.
    await go(fin, '/Alert');
    await fin.getByRole('row').filter({ hasText: `Case ${c.number}` }).filter({ hasText: 'escalated to FINANCE' }).waitFor(within);
    const alerts = (await ok<{ allAlerts: { kind: string; text: string; supportCase: { id: string } | null }[] }>(
      api, await login(api, finance.email, finance.password), '{allAlerts(filter:{kind:[CASE_ESCALATED]}){kind text supportCase{id}}}', {},
    )).allAlerts;
    expect(alerts.some((a) => a.kind === 'CASE_ESCALATED' && a.supportCase?.id === c.id)).toBe(true);
  });

  it('r on the case page puts the cursor in the reply box, n in an internal note, not while typing; a reply template fills the body', async () => {
    const order = await completedOrder(api, token, 'Sunita Menon', { refPrefix: 'E2E-KEYS' });
    const customer = await customerOf(order.id);
    const c = await openCaseByApi(await login(api, agent.email, agent.password), customer.id, 'Shortcut check');
    const page = await as(agent);
    await go(page, `/SupportCase/${encodeURIComponent(c.id)}/show`);
    const reply = page.getByRole('region', { name: 'Reply to the customer' });
    const body = reply.getByLabel('Reply to the customer');
    await body.waitFor();
    // The shortcuts are listed.
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await page.getByTestId('case-shortcuts').getByText('Escalate').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('case-shortcuts').waitFor({ state: 'detached' });

    // Nothing focused: the key goes to the page.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('r');
    await expect.poll(() => body.evaluate((el) => el === document.activeElement)).toBe(true);
    // Typing an r in the box is text, not a shortcut.
    await page.keyboard.type('rr');
    expect(await body.inputValue()).toBe('rr');

    // Nothing focused: the key goes to the page.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('n');
    const note = reply.getByLabel('Internal note', { exact: true }).and(page.locator('textarea'));
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await reply.getByRole('switch', { name: 'Internal note' }).isChecked()).toBe(true);

    // Back to a reply: a template (K8) fills the body with the customer's first name.
    await reply.getByRole('switch', { name: 'Internal note' }).uncheck();
    await reply.getByLabel('Template').click();
    await page.getByRole('option', { name: 'First contact', exact: true }).click();
    await expect.poll(() => body.inputValue()).toMatch(/^Hi Sunita, we noticed you had an issue/);
  });

  it('Export on the case list downloads the server’s CSV of the list as filtered (the saved view’s fields too)', async () => {
    const order = await completedOrder(api, token, 'Rohan Das', { refPrefix: 'E2E-CSV' });
    const customer = await customerOf(order.id);
    const c = await openCaseByApi(await login(api, agent.email, agent.password), customer.id, `Export check ${Date.now().toString(36)}`);
    const page = await as(agent);
    await go(page, '/SupportCase');
    await page.getByRole('button', { name: 'Unassigned', exact: true }).click();
    await page.getByRole('row').filter({ hasText: c.number }).waitFor();
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()])) as [Download, unknown];
    expect(download.suggestedFilename()).toMatch(/^support-cases-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvRecords(await readFile((await download.path())!, 'utf8'));
    expect(rows.find((r) => r.id === c.id)).toMatchObject({ number: c.number, type: 'REFUND_STATUS', status: 'OPEN', assigneeId: '' });
    expect(rows.every((r) => r.assigneeId === '' && ['OPEN', 'PENDING_CUSTOMER', 'PENDING_INTERNAL', 'ESCALATED'].includes(r.status))).toBe(true);
  });
});
