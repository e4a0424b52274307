// Issue 14 items 7 and 4 in a real headless Chromium against the real API: the alerts bell and
// page, and an action on a page someone else changed since it was opened.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { hasBrowser, launchBrowser } from './support/browser';
import { requireBrowser } from './support/panel';
import { escalation, login, ok } from './support/flows';

requireBrowser();

describe.skipIf(!hasBrowser)('alerts and lost updates', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let token: string;

  const go = (hash: string) => page.goto(`${api.url}#${hash}`);
  const dialog = () => page.getByRole('dialog');

  async function signIn(email: string, password: string) {
    await go('/login');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('dashboard').waitFor();
  }

  /** What the API says the signed-in admin has unread: the bell must show the same. */
  const unread = async () =>
    (await ok<{ _allAlertsMeta: { count: number } }>(api, token, '{_allAlertsMeta(filter:{acknowledged:false}){count}}', {}))._allAlertsMeta.count;
  const bell = () => page.getByTestId('alerts-bell');

  beforeAll(async () => {
    api = await startApi();
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('a 1-star answer rings the bell; the alerts page lists it, Acknowledge lowers the count, its link opens the escalation', async () => {
    const before = await unread();
    await expect.poll(() => bell().getAttribute('aria-label')).toBe(`Alerts: ${before} unread`);

    // Made through the API while the page is open: the bell's polling picks it up, no reload.
    const { escalationId, externalRef } = await escalation(api, token);
    expect(await unread()).toBe(before + 1);
    await expect.poll(() => bell().getAttribute('aria-label'), { timeout: 45_000, interval: 1000 }).toBe(`Alerts: ${before + 1} unread`);
    expect(await page.getByTestId('alerts-count').innerText()).toBe(String(before + 1));

    await bell().click();
    await page.getByRole('tab', { name: 'Unread', selected: true }).waitFor();
    const row = page.getByRole('row').filter({ hasText: externalRef });
    await row.getByText(`New 1-star escalation on order ${externalRef}`).waitFor();
    // Time the Indian way ("12 Nov 2026, 3:04 pm"), the team, the link to what it is about.
    expect(await row.innerText()).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{1,2}:\d{2} (am|pm)/);
    await row.getByText('CX', { exact: true }).waitFor();

    await row.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByText('Alert acknowledged').waitFor();
    await expect.poll(() => bell().getAttribute('aria-label')).toBe(`Alerts: ${before} unread`);
    expect(await unread()).toBe(before);
    await row.waitFor({ state: 'detached' }); // no longer unread

    await page.getByRole('tab', { name: 'All' }).click();
    await row.getByText(/Acknowledged by Administrator, \d{1,2} [A-Z][a-z]{2} \d{4}/).waitFor();
    await row.getByRole('link', { name: `Escalation · order ${externalRef}` }).click();
    await page.waitForURL(new RegExp(`#/Escalation/${escalationId}/show`));
    await page.getByRole('button', { name: 'Log contact' }).waitFor();
  }, 120_000);

  it('an action on an escalation changed since the page opened says who changed it; Reload, then it goes through', async () => {
    const { escalationId } = await escalation(api, token);
    const leadEmail = `lead-${Date.now()}@cxloop.local`;
    await ok(api, token, 'mutation($e:String!){createUser(email:$e,name:"Lakshmi Lead",roles:[CX_LEAD],password:"lead-pass-12345"){id}}', { e: leadEmail });
    const lead = await login(api, leadEmail, 'lead-pass-12345');

    await go(`/Escalation/${escalationId}/show`);
    await page.getByRole('button', { name: 'Log contact' }).waitFor();

    // Another person, elsewhere: the lead routes it to Finance while this page still shows CX.
    await ok(api, lead, 'mutation($id:ID!){categorizeEscalation(escalationId:$id,category:PAYMENT){id}}', { id: escalationId });

    await page.getByRole('button', { name: 'Log contact' }).click();
    await dialog().getByLabel('Summary').fill('Called the customer about the payment delay.');
    await dialog().getByRole('button', { name: 'Log contact' }).click();
    // In the dialog, beside what the person typed (DomainActionButton), not a notification behind it.
    const notice = dialog().getByTestId('conflict-notice').filter({ hasText: 'Changed by Lakshmi Lead since you opened it — reload' });
    await notice.waitFor();
    const unchanged = await ok<{ escalation: { team: string; interactions: unknown[] } }>(api, token, 'query($id:ID!){escalation(id:$id){team interactions{id}}}', { id: escalationId });
    expect(unchanged.escalation).toEqual({ team: 'FINANCE', interactions: [] });

    await notice.getByRole('button', { name: 'Reload' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.getByText('Payment', { exact: true }).first().waitFor(); // the lead's category, re-read
    await dialog().getByRole('button', { name: 'Log contact' }).click();
    await page.getByText('Contact logged').waitFor();
    await page.getByTestId('interactions').getByText('Called the customer about the payment delay.').waitFor();

    const after = await ok<{ escalation: { team: string; category: string; interactions: unknown[] } }>(
      api, token, 'query($id:ID!){escalation(id:$id){team category interactions{id}}}', { id: escalationId },
    );
    // The lead's routing stands: the stale page did not undo it.
    expect(after.escalation).toMatchObject({ team: 'FINANCE', category: 'PAYMENT' });
    expect(after.escalation.interactions).toHaveLength(1);
  });

  it('saving a vendor or a user edited elsewhere since the page opened says who changed it, above the form with the input kept; Reload shows their change', async () => {
    const opsEmail = `ops-${Date.now()}@cxloop.local`;
    await ok(api, token, 'mutation($e:String!){createUser(email:$e,name:"Vikram Ops",roles:[VENDOR_OPS],password:"ops-pass-12345"){id}}', { e: opsEmail });
    const ops = await login(api, opsEmail, 'ops-pass-12345');
    const { createVendor: vendor } = await ok<{ createVendor: { id: string } }>(api, token, 'mutation($n:String!){createVendor(name:$n,city:"Pune"){id}}', { n: `Conflict Vendor ${Date.now()}` });

    await go(`/Vendor/${vendor.id}`);
    const city = page.getByLabel('City');
    await city.waitFor();
    await ok(api, ops, 'mutation($id:ID!){updateVendor(id:$id,city:"Mumbai"){id}}', { id: vendor.id });
    await city.fill('Nagpur');
    await page.getByRole('button', { name: 'Save' }).click();
    const notice = page.getByTestId('conflict-notice').filter({ hasText: 'Changed by Vikram Ops since you opened it — reload' });
    await notice.waitFor();
    expect(await city.inputValue()).toBe('Nagpur');
    const kept = await ok<{ Vendor: { city: string } }>(api, token, 'query($id:ID!){Vendor(id:$id){city}}', { id: vendor.id });
    expect(kept.Vendor.city).toBe('Mumbai');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => city.inputValue()).toBe('Mumbai');
    await city.fill('Nagpur');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await ok<{ Vendor: { city: string } }>(api, token, 'query($id:ID!){Vendor(id:$id){city}}', { id: vendor.id })).Vendor.city).toBe('Nagpur');

    // A user's page: the other admin's role change stands until this one reloads.
    const agentEmail = `agent-${Date.now()}@cxloop.local`;
    const { createUser: agent } = await ok<{ createUser: { id: string } }>(api, token, 'mutation($e:String!){createUser(email:$e,name:"Asha Agent",roles:[CX_AGENT],password:"agent-pass-12345"){id}}', { e: agentEmail });
    await go(`/User/${agent.id}`);
    const name = page.getByLabel('Name');
    await name.waitFor();
    await ok(api, token, 'mutation($id:ID!){updateUser(id:$id,roles:[CX_AGENT,CX_LEAD]){id}}', { id: agent.id });
    await name.fill('Asha A.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('conflict-notice').filter({ hasText: 'since you opened it — reload' }).waitFor();
    const user = await ok<{ User: { name: string; roles: string[] } }>(api, token, 'query($id:ID!){User(id:$id){name roles}}', { id: agent.id });
    expect(user.User).toEqual({ name: 'Asha Agent', roles: ['CX_AGENT', 'CX_LEAD'] });
    // Deactivate from the same stale page is refused too, inside its dialog; it stays active.
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await dialog().getByRole('button', { name: 'Deactivate' }).click();
    await dialog().getByTestId('conflict-notice').filter({ hasText: 'since you opened it — reload' }).waitFor();
    expect((await ok<{ User: { active: boolean } }>(api, token, 'query($id:ID!){User(id:$id){active}}', { id: agent.id })).User.active).toBe(true);
  });
});
