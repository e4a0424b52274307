// Issue 14 (items 1, 2, 5, 6), clicked through as a person would in a real headless Chromium
// against the real API: the call-task dialog inside a clickable row, creating and editing a
// vendor, deactivating instead of deleting, and passwords (one's own, and an admin's reset).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { hasBrowser, launchBrowser } from './support/browser';
import { requireBrowser } from './support/panel';
import { completedOrder, login, ok } from './support/flows';

requireBrowser();

describe.skipIf(!hasBrowser)('admin panel flows', () => {
  let api: ApiServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  let seq = 0;

  const go = (p: Page, hash: string) => p.goto(`${api.url}#${hash}`);
  const dialog = (p: Page = page) => p.getByRole('dialog');
  const hashOf = (p: Page) => new URL(p.url()).hash;

  async function signIn(p: Page, email: string, password: string) {
    await go(p, '/login');
    await p.getByLabel('E-mail').fill(email);
    await p.getByLabel('Password').fill(password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByTestId('dashboard').waitFor();
  }

  /** A person with a password, made through the API as an admin would. */
  async function user(name: string, roles: string[], password = 'first-pass-123'): Promise<{ id: string; email: string; password: string }> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}${++seq}@cxloop.test`;
    const d = await ok<{ createUser: { id: string } }>(
      api,
      token,
      'mutation($e:String!,$n:String!,$r:[Role!]!,$p:String!){createUser(email:$e,name:$n,roles:$r,password:$p){id}}',
      { e: email, n: name, r: roles, p: password },
    );
    return { id: d.createUser.id, email, password };
  }

  const canSignIn = async (email: string, password: string) =>
    !(await api.gql('mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', { e: email, p: password })).errors;

  /** A paid order above the high-value threshold: SOP C1 gives it a call task. */
  async function highValueOrderWithCallTask(): Promise<{ orderId: string; externalRef: string; taskId: string }> {
    const { id: orderId, externalRef } = await completedOrder(api, token, 'Farhan Qureshi', { refPrefix: 'E2E-HV', deviceModel: 'Apple iPhone 15 Pro 256GB', quotedPrice: 72000 });
    for (let i = 0; i < 50; i++) {
      const d = await ok<{ allCallTasks: { id: string }[] }>(api, token, 'query($o:ID!){allCallTasks(filter:{orderId:$o}){id}}', { o: orderId });
      if (d.allCallTasks.length) return { orderId, externalRef, taskId: d.allCallTasks[0].id };
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('The high-value order got no call task.');
  }

  beforeAll(async () => {
    api = await startApi();
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('1. the call-task dialog takes clicks without opening the order, and "Mark done" leaves the row on the list as Done', async () => {
    const { orderId, externalRef, taskId } = await highValueOrderWithCallTask();
    // The agent's queue (OPEN tasks), narrowed to this order so the row is on the first page.
    const listHash = `/CallTask?filter=${encodeURIComponent(JSON.stringify({ status: 'OPEN', orderId }))}`;
    await go(page, listHash);
    const row = page.getByRole('row').filter({ hasText: externalRef });
    const openDialog = async () => {
      await row.getByRole('button', { name: 'Complete' }).click();
      await dialog().getByLabel('Outcome').waitFor();
    };
    const stillOnList = async () => {
      await page.waitForTimeout(300); // a navigation would have started by now
      expect(hashOf(page)).toMatch(/^#\/CallTask/);
    };

    // The title, then the Outcome field, clicked with the mouse: the dialog stays, the page too.
    await openDialog();
    await dialog().getByRole('heading', { name: 'Call Farhan Qureshi' }).click();
    await stillOnList();
    await dialog().getByLabel('Outcome').click();
    await page.keyboard.type('Customer will call back');
    await stillOnList();
    expect(await dialog().getByLabel('Outcome').inputValue()).toBe('Customer will call back');

    // Cancel closes the dialog and nothing else.
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    await stillOnList();

    // So does a click on the backdrop, beside the dialog.
    await openDialog();
    await page.mouse.click(20, 400);
    await dialog().waitFor({ state: 'detached' });
    await stillOnList();

    // Mark done: saved, and the agent stays on the list with the row now Done.
    await openDialog();
    await dialog().getByLabel('Outcome').click();
    await page.keyboard.type('Thanked him for the iPhone 15 Pro; he will refer a colleague.');
    await dialog().getByRole('button', { name: 'Mark done' }).click();
    await page.getByText('Call logged').waitFor();
    await stillOnList();
    await row.getByText('Done', { exact: true }).waitFor();
    await row.getByText('Thanked him for the iPhone 15 Pro; he will refer a colleague.').waitFor();
    expect(await row.getByRole('button', { name: 'Complete' }).count()).toBe(0);

    const d = await ok<{ allCallTasks: { id: string; status: string; outcome: string }[] }>(api, token, 'query($o:ID!){allCallTasks(filter:{orderId:$o}){id status outcome}}', { o: orderId });
    expect(d.allCallTasks).toEqual([{ id: taskId, status: 'DONE', outcome: 'Thanked him for the iPhone 15 Pro; he will refer a colleague.' }]);
  });

  it('2 and 5. creates a vendor and edits it from the panel; the edit form has no Delete button', async () => {
    const name = `Nagpur Device Hub ${Date.now().toString(36)}`;
    await go(page, '/Vendor/create');
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('City').fill('Nagpur');
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('scorecard').waitFor();
    await page.getByText(name).first().waitFor();
    const created = await ok<{ allVendors: { id: string; city: string; status: string }[] }>(api, token, 'query($q:String!){allVendors(filter:{q:$q}){id city status}}', { q: name });
    expect(created.allVendors).toEqual([{ id: expect.any(String), city: 'Nagpur', status: 'ACTIVE' }]);

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('City').waitFor();
    await page.getByRole('button', { name: 'Save' }).waitFor();
    expect(await page.getByLabel('Name').inputValue()).toBe(name);
    // Nothing is deleted in CX Loop: a vendor is put on hold (on its page) instead.
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await page.getByLabel('City').fill('Nagpur, Maharashtra');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('scorecard').waitFor();
    await page.getByText('Nagpur, Maharashtra').first().waitFor();
    const edited = await ok<{ vendor: { name: string; city: string } }>(api, token, 'query($id:ID!){vendor(id:$id){name city}}', { id: created.allVendors[0].id });
    expect(edited.vendor).toEqual({ name, city: 'Nagpur, Maharashtra' });
  });

  it('5. deactivates and reactivates a user from the user edit page, which has no Delete button', async () => {
    const u = await user('Kavya Lead', ['CX_LEAD']);
    await go(page, '/User');
    await page.getByPlaceholder('Search').fill(u.email);
    await page.getByRole('cell', { name: u.email }).click();
    // The toolbar is there (Save), and it has no Delete.
    await page.getByRole('button', { name: 'Save' }).waitFor();
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await page.getByText('Active', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Deactivate' }).click();
    await dialog().getByText('Kavya Lead can no longer sign in').waitFor();
    await dialog().getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('Deactivated: they can no longer sign in').waitFor();
    await page.getByText('Deactivated: cannot sign in').waitFor();
    expect(await canSignIn(u.email, u.password)).toBe(false);

    // A name change saved afterwards keeps the user deactivated (Save does not send `active`).
    await page.getByLabel('Name').fill('Kavya Rao');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Kavya Rao' }).waitFor();
    const after = await ok<{ User: { name: string; active: boolean } }>(api, token, 'query($id:ID!){User(id:$id){name active}}', { id: u.id });
    expect(after.User).toEqual({ name: 'Kavya Rao', active: false });

    await page.getByRole('cell', { name: u.email }).click();
    await page.getByRole('button', { name: 'Reactivate' }).click();
    await dialog().getByRole('button', { name: 'Reactivate' }).click();
    await page.getByText('Reactivated: they can sign in again').waitFor();
    await page.getByRole('button', { name: 'Deactivate' }).waitFor();
    expect(await canSignIn(u.email, u.password)).toBe(true);
  });

  it('6. an admin sets a new password for a user from their edit page; the old one stops working', async () => {
    const u = await user('Rohit Finance', ['FINANCE']);
    await go(page, `/User/${u.id}`);
    await page.getByLabel('Name').waitFor();
    await page.getByRole('button', { name: 'Reset password' }).click();
    // The API's own rule for a password, on the way.
    await dialog().getByLabel('New password').fill('short');
    await dialog().getByRole('button', { name: 'Set password' }).click();
    await page.getByText('The password needs at least 8 characters.').waitFor();
    await dialog().getByLabel('New password').fill('temporary-pass-42');
    await dialog().getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Password set: share it with them privately').waitFor();
    await dialog().waitFor({ state: 'detached' });
    expect(await canSignIn(u.email, u.password)).toBe(false);
    expect(await canSignIn(u.email, 'temporary-pass-42')).toBe(true);
  });

  it('6. a person changes their own password from the user menu, with the server\'s errors on the fields, and stays signed in', async () => {
    const u = await user('Asha Agent', ['CX_AGENT']);
    // Their own browser: a separate session from the admin's.
    const own = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const p = await own.newPage();
    try {
      await signIn(p, u.email, u.password);
      await p.locator('header').getByRole('button', { name: /Profile|Asha Agent/ }).click();
      await p.getByRole('menuitem', { name: 'Change password' }).click();
      await p.getByRole('heading', { name: 'Change your password' }).waitFor();

      const current = p.getByLabel('Current password');
      // A required field's label ends with an asterisk.
      const fresh = p.getByLabel(/^New password\s*\*?$/);
      const again = p.getByLabel('New password again');
      const submit = p.getByRole('button', { name: 'Change password' });
      /** The message under a field (its accessible description), once it is there. */
      const messageUnder = async (field: typeof current, text: string) => {
        await expect.poll(() => field.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '')).toBe(text);
        expect(await field.getAttribute('aria-invalid')).toBe('true');
      };

      // A wrong current password: the API says so, under that field.
      await current.fill('not-my-password');
      await fresh.fill('asha-new-pass-77');
      await again.fill('asha-new-pass-77');
      await submit.click();
      await messageUnder(current, 'The current password is not correct.');

      // Too short a new one: under the new password.
      await current.fill(u.password);
      await fresh.fill('short');
      await again.fill('short');
      await submit.click();
      await messageUnder(fresh, 'The password needs at least 8 characters.');

      // The two typings differ: nothing is sent.
      await fresh.fill('asha-new-pass-77');
      await again.fill('asha-new-pass-78');
      await submit.click();
      await messageUnder(again, 'The two new passwords differ.');
      expect(await canSignIn(u.email, u.password)).toBe(true);

      await again.fill('asha-new-pass-77');
      await submit.click();
      await p.getByText('Password changed').waitFor();
      await p.getByTestId('dashboard').waitFor();
      // Still signed in (a reload keeps the session), with a token issued after the change ended the old one.
      await p.reload();
      await p.getByTestId('dashboard').waitFor();
      const newToken = await p.evaluate(() => localStorage.getItem('cxloop.token'));
      expect((await api.gql('{me{id}}', {}, newToken!)).data.me.id).toBe(u.id);
      expect(await canSignIn(u.email, u.password)).toBe(false);
      expect(await canSignIn(u.email, 'asha-new-pass-77')).toBe(true);
    } finally {
      await own.close();
    }
  });
});
