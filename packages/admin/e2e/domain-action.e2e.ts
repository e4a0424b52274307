// Issue 14 item 16 in a real headless Chromium against the real API: an action's dialog is a
// react-admin form (DomainActionButton). The server's field error lands under its input, and a
// change someone else made while the dialog was open is refused inside the dialog, saying who
// made it, with a Reload there that keeps what the person typed; the retry then goes through.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from './support/api-server';
import { hasBrowser } from './support/browser';
import { closePanel, messageUnder, openAdminPanel, requireBrowser } from './support/panel';
import { login, ok } from './support/flows';

requireBrowser();

describe.skipIf(!hasBrowser)('domain action dialogs', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let token: string;

  const go = (hash: string) => page.goto(`${api.url}#${hash}`);
  const toasts = () => page.locator('.MuiSnackbar-root');

  const vendorNow = async (id: string) =>
    (await ok<{ vendor: { name: string; status: string; version: number } }>(api, token, 'query($id:ID!){vendor(id:$id){name status version}}', { id })).vendor;

  beforeAll(async () => {
    ({ api, browser, page, token } = await openAdminPanel());
  });

  afterAll(() => closePanel({ api, browser }));

  it('holding a vendor: a too-long reason is refused under Reason; a rename meanwhile is refused in the dialog, who did it named; Reload keeps the reason and the retry goes through', async () => {
    const stamp = Date.now().toString(36);
    const name = `E2E Dialog Vendor ${stamp}`;
    const vendor = (await ok<{ createVendor: { id: string } }>(api, token, 'mutation($n:String!){createVendor(name:$n,city:"Nagpur"){id}}', { n: name })).createVendor;
    const opsEmail = `vendor.ops.${stamp}@cxloop.test`;
    await ok(api, token, 'mutation($e:String!){createUser(email:$e,name:"Vijay Ops",roles:[VENDOR_OPS],password:"ops-pass-12345"){id}}', { e: opsEmail });
    const ops = await login(api, opsEmail, 'ops-pass-12345');

    await go(`/Vendor/${vendor.id}/show`);
    await page.getByTestId('scorecard').waitFor();
    await page.getByRole('button', { name: 'Put on hold' }).click();
    // The dialog is named by its title, and the first input has the keyboard.
    const dialog = page.getByRole('dialog', { name: `Put ${name} on hold` });
    const reason = dialog.getByLabel('Reason');
    await reason.waitFor();
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);

    // The browser does not know the limit: the server's field error lands under the input.
    await reason.fill('r'.repeat(2001));
    await dialog.getByRole('button', { name: 'Put on hold' }).click();
    await messageUnder(reason, 'reason can be at most 2,000 characters.');
    expect(await toasts().filter({ hasText: 'reason can be at most 2,000 characters.' }).count()).toBe(0);
    expect((await vendorNow(vendor.id)).status).toBe('ACTIVE');

    // Editing the input clears its error. Meanwhile, elsewhere, vendor ops renames the vendor.
    const typed = 'Three missed pickups; on hold pending a call.';
    await reason.fill(typed);
    expect(await reason.getAttribute('aria-invalid')).toBe('false');
    const renamed = `${name} (renamed)`;
    await ok(api, ops, 'mutation($id:ID!,$n:String!){updateVendor(id:$id,name:$n){id}}', { id: vendor.id, n: renamed });

    await dialog.getByRole('button', { name: 'Put on hold' }).click();
    // In the dialog, not a notification behind it: who changed it, and Reload right there.
    const conflict = dialog.getByTestId('conflict-notice');
    await conflict.filter({ hasText: 'Changed by Vijay Ops since you opened it — reload' }).waitFor();
    expect(await toasts().filter({ hasText: 'since you opened it' }).count()).toBe(0);
    expect(await vendorNow(vendor.id)).toMatchObject({ name: renamed, status: 'ACTIVE' });
    // The stale version would be refused again: the person reloads first.
    expect(await dialog.getByRole('button', { name: 'Put on hold' }).isDisabled()).toBe(true);

    await conflict.getByRole('button', { name: 'Reload' }).click();
    await conflict.waitFor({ state: 'detached' });
    // The page re-read the vendor (the dialog's title too), and the reason typed is still there.
    const reloaded = page.getByRole('dialog', { name: `Put ${renamed} on hold` });
    await reloaded.waitFor();
    expect(await reloaded.getByLabel('Reason').inputValue()).toBe(typed);

    await reloaded.getByRole('button', { name: 'Put on hold' }).click();
    await page.getByText('Vendor on hold: no new orders go to it').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await vendorNow(vendor.id)).toMatchObject({ name: renamed, status: 'ON_HOLD' });
    const history = await ok<{ vendor: { actions: { kind: string; reason: string }[] } }>(api, token, 'query($id:ID!){vendor(id:$id){actions{kind reason}}}', { id: vendor.id });
    expect(history.vendor.actions).toEqual([{ kind: 'HOLD', reason: typed }]);
    // Reinstate is offered now: the page shows the vendor as the server has it.
    await page.getByRole('button', { name: 'Reinstate' }).waitFor();
  });
});
