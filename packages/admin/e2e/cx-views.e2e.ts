// Issue 14 item 12 in a real browser against the real API: "Assign to me" on the queue and the
// escalation page, the queue's saved views (Mine, Unassigned, Due soon, Breached), overdue call
// tasks, the customer's phone as a tel: link (plain where masked), and more below.
// The API runs with a 40-second first-contact SLA and call-task due time, so that one wait makes
// an escalation breached and a call task overdue by the real clock.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { hasBrowser, launchBrowser, signedIn as signInAs } from './support/browser';
import { requireBrowser } from './support/panel';
import { completedOrder, createUser, escalation, login, ok } from './support/flows';

requireBrowser();

const SLA_SECONDS = 40;

describe.skipIf(!hasBrowser)('CX views (issue 14 item 12)', () => {
  let api: ApiServer;
  let browser: Browser;
  let token: string;
  const go = (p: Page, hash: string) => p.goto(`${api.url}#${hash}`);

  const user = (name: string, roles: string[]) => createUser(api, token, name, roles, { password: 'first-pass-123' });

  const signedIn = (who: { email: string; password: string }) => signInAs(browser, api.url, who, { acceptDownloads: true });

  /** A paid order above the high-value threshold: SOP C1 gives it a call task. */
  async function callTask(): Promise<{ orderId: string; externalRef: string }> {
    const { id: orderId, externalRef } = await completedOrder(api, token, 'Farhan Qureshi', { refPrefix: 'E2E-CT', deviceModel: 'Apple iPhone 15 Pro 256GB', quotedPrice: 72000 });
    return { orderId, externalRef };
  }

  let agent: Awaited<ReturnType<typeof user>>;
  let late: { escalationId: string; externalRef: string };
  let soon: { escalationId: string; externalRef: string };
  let overdueTask: { orderId: string; externalRef: string };
  let freshTask: { orderId: string; externalRef: string };
  let agentPage: Page;

  beforeAll(async () => {
    process.env.POLICY_FIRST_CONTACT_SLA = `${SLA_SECONDS}s`;
    process.env.POLICY_CALL_TASK_DUE_AFTER = `${SLA_SECONDS}s`;
    api = await startApi();
    delete process.env.POLICY_FIRST_CONTACT_SLA;
    delete process.env.POLICY_CALL_TASK_DUE_AFTER;
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    agent = await user('Asha Agent', ['CX_AGENT']);
    const started = Date.now();
    late = await escalation(api, token);
    overdueTask = await callTask();
    // Past the 40 s: `late` is breached (never contacted), `overdueTask` overdue.
    await new Promise((r) => setTimeout(r, Math.max(0, started + (SLA_SECONDS + 3) * 1000 - Date.now())));
    soon = await escalation(api, token);
    freshTask = await callTask();
    browser = await launchBrowser();
    agentPage = (await signedIn(agent)).page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const rowOf = (p: Page, text: string) => p.getByRole('row').filter({ hasText: text });

  it('the queue: "Assign to me" on a row, then Mine, Unassigned, Due soon and Breached as one click each', async () => {
    const page = agentPage;
    await go(page, '/Escalation?perPage=100');
    const views = page.getByRole('group', { name: 'Saved views' });
    await views.getByRole('button', { name: 'Unassigned' }).click();
    await rowOf(page, late.externalRef).waitFor();
    await rowOf(page, soon.externalRef).waitFor();

    // The API offers ASSIGN_TO_ME on both: take `late` from its row, without opening it.
    await rowOf(page, late.externalRef).getByRole('button', { name: 'Assign to me' }).click();
    await page.getByText('Assigned to you').waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/Escalation/);
    // Unassigned no longer lists it.
    await rowOf(page, late.externalRef).waitFor({ state: 'detached' });
    await rowOf(page, soon.externalRef).waitFor();

    await views.getByRole('button', { name: 'Mine' }).click();
    await rowOf(page, late.externalRef).getByText(agent.name).waitFor();
    expect(await rowOf(page, late.externalRef).getByRole('button', { name: 'Assign to me' }).count()).toBe(0);
    expect(await rowOf(page, soon.externalRef).count()).toBe(0);

    await views.getByRole('button', { name: 'Due soon' }).click();
    await rowOf(page, soon.externalRef).waitFor();
    expect(await rowOf(page, late.externalRef).count()).toBe(0);

    await views.getByRole('button', { name: 'Breached' }).click();
    await rowOf(page, late.externalRef).waitFor();
    expect(await rowOf(page, soon.externalRef).count()).toBe(0);

    await views.getByRole('button', { name: 'All' }).click();
    await rowOf(page, soon.externalRef).waitFor();
    await rowOf(page, late.externalRef).waitFor();
  });

  it('the escalation page: "Assign to me", and the phone as a tel: link', async () => {
    const page = agentPage;
    await go(page, `/Escalation/${soon.escalationId}/show`);
    const phone = page.locator('a[href^="tel:+91"]');
    await phone.first().waitFor();
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByText('Assigned to you').waitFor();
    await page.getByRole('button', { name: 'Assign to me' }).waitFor({ state: 'detached' });
  });

  it('a masked phone stays plain text (VENDOR_OPS on an escalation routed to them)', async () => {
    const routed = await escalation(api, token);
    await ok(api, token, 'mutation($id:ID!){categorizeEscalation(escalationId:$id,category:DELAY){id}}', { id: routed.escalationId });
    const ops = await user('Omar Ops', ['VENDOR_OPS']);
    const { page, context } = await signedIn(ops);
    await go(page, `/Escalation/${routed.escalationId}/show`);
    await page.getByText(/\+91\*+\d{4}/).waitFor();
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
    await context.close();
  });

  it('call tasks: an overdue one shows "Overdue" in red, a new one does not; the phone dials', async () => {
    const page = agentPage;
    await go(page, '/CallTask?perPage=100');
    const overdueRow = rowOf(page, overdueTask.externalRef);
    await overdueRow.getByText('Overdue').waitFor();
    const freshRow = rowOf(page, freshTask.externalRef);
    await freshRow.waitFor();
    expect(await freshRow.getByText('Overdue').count()).toBe(0);
    const link = freshRow.locator('a[href^="tel:+91"]');
    expect(await link.count()).toBe(1);
    // Dialling does not open the order.
    await link.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await link.click();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).hash).toMatch(/^#\/CallTask/);
  });

  async function customerOf(escalationId: string): Promise<string> {
    const d = await ok<{ escalation: { order: { customer: { id: string } } } }>(api, token, 'query($id:ID!){escalation(id:$id){order{customer{id}}}}', { id: escalationId });
    return d.escalation.order.customer.id;
  }

  it("the customer page: history of orders, feedback and escalations; an agent may opt them out but not export or erase", async () => {
    const customerId = await customerOf(soon.escalationId);
    const page = agentPage;
    await go(page, `/Customer/${customerId}/show`);
    await page.getByRole('row').filter({ hasText: soon.externalRef }).first().waitFor();
    // The 1-star answer and the escalation it opened, on the customer's timeline (the escalation open on top).
    await page.getByTestId('timeline-open').getByRole('link', { name: new RegExp(`^Escalation( · .+)? · ${soon.externalRef}$`) }).waitFor();
    await page.getByTestId('timeline-history').getByRole('link', { name: new RegExp(`^1★ feedback after the sale · ${soon.externalRef}$`) }).waitFor();
    await page.locator('a[href^="tel:+91"]').first().waitFor();
    expect(await page.getByRole('button', { name: 'Export data' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Erase' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Opt out of messages' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Opt out' }).click();
    await page.getByText('Messages stopped').waitFor();
    await page.getByRole('button', { name: 'Resume messages' }).click();
    await page.getByText('Messages resumed').waitFor();
    await page.getByRole('button', { name: 'Opt out of messages' }).waitFor();
  });

  it('the customer page for ADMIN: export downloads JSON, erase asks for a reason and confirms', async () => {
    const customerId = await customerOf(late.escalationId);
    const admin = await signedIn({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const page = admin.page;
    await go(page, `/Customer/${customerId}/show`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`customer-${customerId}.json`);
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    const json = JSON.parse(await readFile(path!, 'utf8'));
    expect(JSON.stringify(json)).toContain(late.externalRef);

    await page.getByRole('button', { name: 'Erase' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Reason/).fill('Customer asked by e-mail on 1 Dec');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByText('Personal data erased').waitFor();
    await page.getByText('Erased customer').first().waitFor();
    await page.getByRole('button', { name: 'Erase' }).waitFor({ state: 'detached' });
    await admin.context.close();
  });

  it("finance's orders: vendor, payment reference and completed columns; filters by payment reference, vendor and completion date", async () => {
    const finance = await user('Farah Finance', ['FINANCE']);
    const { page, context } = await signedIn(finance);
    const order = await ok<{ order: { paymentReference: string; vendor: { name: string } } }>(
      api, token, 'query($id:ID!){order(id:$id){paymentReference vendor{name}}}', { id: overdueTask.orderId },
    );
    const { paymentReference, vendor } = order.order;
    await go(page, '/Order');
    await page.getByRole('columnheader', { name: 'Payment ref' }).waitFor();
    await page.getByRole('columnheader', { name: 'Vendor' }).waitFor();
    await page.getByRole('columnheader', { name: 'Completed' }).waitFor();
    const addFilter = async (label: string) => {
      await page.getByRole('button', { name: 'Add filter' }).click();
      // react-admin's filter menu items are menuitemcheckbox (checked once shown).
      await page.locator('[role^="menuitem"]').filter({ hasText: new RegExp(`^${label}$`) }).click();
    };

    await addFilter('Payment reference');
    await page.getByLabel('Payment reference').fill(paymentReference.toLowerCase());
    const row = rowOf(page, overdueTask.externalRef);
    await row.getByText(paymentReference).waitFor();
    await row.getByText(vendor.name).waitFor();
    await rowOf(page, freshTask.externalRef).waitFor({ state: 'detached' });

    // Completed from tomorrow (India): nothing; from today: the order again.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date(Date.now() + 86_400_000));
    await addFilter('Completed from');
    await page.getByLabel('Completed from').fill(tomorrow);
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('Completed from').fill(today);
    await row.waitFor();

    // The vendor filter: this order's vendor keeps it; with the reference cleared, the other order of that vendor shows too.
    await addFilter('Vendor');
    await page.getByRole('combobox', { name: 'Vendor' }).fill(vendor.name);
    await page.getByRole('option', { name: vendor.name }).click();
    await row.waitFor();
    await page.getByLabel('Payment reference').fill('');
    await rowOf(page, freshTask.externalRef).waitFor();
    await context.close();
  });
});
