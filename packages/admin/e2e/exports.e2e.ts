// Export on the lists: the server's streamed CSV of the list with the filters on screen, saved
// under the server's file name; a progress state while it downloads, the server's refusal shown.
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, type ApiServer } from './support/api-server';
import { hasBrowser } from './support/browser';
import { closePanel, openAdminPanel, requireBrowser } from './support/panel';
import { csvRecords } from './support/csv';
import { completedOrder, escalation, ok } from './support/flows';

requireBrowser();

describe.skipIf(!hasBrowser)('list exports', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  let order: { id: string; externalRef: string };

  const go = (hash: string) => page.goto(`${api.url}#${hash}`);
  const exportButton = () => page.getByRole('button', { name: 'Export' });

  /** Clicks Export and reads the file the browser saved. */
  async function exported(): Promise<{ name: string; rows: Record<string, string>[] }> {
    const [download] = (await Promise.all([page.waitForEvent('download'), exportButton().click()])) as [Download, unknown];
    const file = await download.path();
    return { name: download.suggestedFilename(), rows: csvRecords(await readFile(file!, 'utf8')) };
  }

  /** The list's own total for a filter, from the API. */
  const total = async (operation: string, filterType: string, filter: Record<string, unknown>) =>
    (await ok<Record<string, { count: number }>>(api, token, `query($f:${filterType}){ _${operation}Meta(filter:$f){ count } }`, { f: filter }))[`_${operation}Meta`].count;

  beforeAll(async () => {
    ({ api, browser, page, token } = await openAdminPanel({ acceptDownloads: true }));
    order = await completedOrder(api, token, 'Kavya Export');
    await escalation(api, token);
  });

  afterAll(() => closePanel({ api, browser }));

  it('orders: the search on screen, every matching row, the server file name', async () => {
    await go('/Order');
    await page.getByPlaceholder('Ref, device, customer name or phone').fill(order.externalRef);
    await page.waitForURL(new RegExp(order.externalRef)); // the search is debounced
    await page.getByRole('cell', { name: order.externalRef, exact: true }).waitFor();
    const { name, rows } = await exported();
    expect(name).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: order.id, externalRef: order.externalRef, status: 'COMPLETED', customerName: 'Kavya Export' });
    expect(rows[0].vendorName).not.toBe('');
  });

  it('orders: a status filter picked on screen (one status, sent as the list sends it)', async () => {
    await go('/Order');
    // The list keeps its last search (react-admin's store): clear it, so only the status filters.
    await page.getByPlaceholder('Ref, device, customer name or phone').fill('');
    await page.waitForURL((url) => !url.href.includes(order.externalRef));
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Completed' }).click();
    await page.waitForURL(/COMPLETED/);
    const { rows } = await exported();
    expect(rows.length).toBe(await total('allOrders', 'OrderFilter', { status: ['COMPLETED'] }));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.status === 'COMPLETED')).toBe(true);
  });

  it('vendors: the scorecard list, searched', async () => {
    await go('/Vendor');
    await page.getByPlaceholder('Name or city').fill('Chennai');
    await page.waitForURL(/Chennai/);
    await page.getByRole('cell', { name: 'Chennai Phone Point' }).waitFor();
    const { name, rows } = await exported();
    expect(name).toMatch(/^vendors-/);
    expect(rows.length).toBe(await total('allVendorScorecards', 'VendorFilter', { q: 'Chennai' }));
    expect(rows.map((r) => r.name)).toContain('Chennai Phone Point');
    expect(rows.every((r) => `${r.name} ${r.city}`.includes('Chennai'))).toBe(true);
    expect(rows[0]).toHaveProperty('compositeScore');
  });

  it('call tasks and escalations: the filters a list opens with', async () => {
    await go('/CallTask');
    await exportButton().waitFor();
    const tasks = await exported();
    expect(tasks.name).toMatch(/^call-tasks-/);
    expect(tasks.rows.length).toBe(await total('allCallTasks', 'CallTaskFilter', { status: 'OPEN' }));
    expect(tasks.rows.every((r) => r.status === 'OPEN')).toBe(true);

    await go('/Escalation');
    await exportButton().waitFor();
    const escalations = await exported();
    const active = ['OPEN', 'CONTACTED', 'ROUTED'];
    expect(escalations.rows.length).toBe(await total('allEscalations', 'EscalationFilter', { status: active }));
    expect(escalations.rows.length).toBeGreaterThan(0);
    expect(escalations.rows.every((r) => active.includes(r.status))).toBe(true);
  });

  it('alerts: the unread view the list opens with', async () => {
    await go('/Alert');
    await exportButton().waitFor();
    const alerts = await exported();
    expect(alerts.name).toMatch(/^alerts-/);
    expect(alerts.rows.length).toBe(await total('allAlerts', 'AlertFilter', { acknowledged: false }));
    expect(alerts.rows.length).toBeGreaterThan(0);
    expect(alerts.rows.every((r) => r.acknowledgedAt === '')).toBe(true);
  });

  it('customers and users: a search, and ADMIN-only lists', async () => {
    await go('/Customer');
    await page.getByPlaceholder('Name, phone or email').fill('Kavya Export');
    await page.waitForURL(/Kavya/);
    await page.getByRole('cell', { name: 'Kavya Export' }).waitFor();
    const customers = await exported();
    expect(customers.rows.map((r) => r.name)).toEqual(['Kavya Export']);
    expect(customers.rows[0].completedOrders).toBe('1');

    await go('/User');
    await page.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Admin' }).click();
    await page.waitForURL(/ADMIN/);
    const users = await exported();
    expect(users.rows.length).toBe(await total('allUsers', 'UserFilter', { role: 'ADMIN' }));
    expect(users.rows.every((r) => r.roles.split('|').includes('ADMIN'))).toBe(true);
    expect(users.rows.map((r) => r.email)).toContain(ADMIN_EMAIL);
  });

  it('the dashboard’s Support cases: the per-team figures on screen, and the same figures as CSV', async () => {
    const FIGURES = `query($f: DateTime!, $t: DateTime!) { caseAnalytics(from: $f, to: $t, groupBy: TEAM) { group cases firstResponseMet firstResponseHitRate resolutionHitRate reopenRate resolutionCsat } }`;
    type Figures = { caseAnalytics: { group: string; cases: number; firstResponseMet: number; firstResponseHitRate: number | null; resolutionHitRate: number | null; reopenRate: number | null; resolutionCsat: number | null }[] };
    const cx = async () => {
      const to = new Date();
      const r = await ok<Figures>(api, token, FIGURES, { f: new Date(to.getTime() - 28 * 86_400_000).toISOString(), t: to.toISOString() });
      return r.caseAnalytics.find((g) => g.group === 'CX');
    };
    const before = (await cx())?.cases ?? 0;
    const opened = await ok<{ openCase: { id: string } }>(api, token, `mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`, {
      i: { type: 'INVOICE', channel: 'WHATSAPP', subject: 'Invoice copy', description: 'Needs the invoice again.', customerPhone: '9876512345', customerName: 'Meera Export' },
    });
    await ok(api, token, `mutation($id: ID!) { replyToCase(caseId: $id, channel: WHATSAPP, body: "Sending it now.") { id } }`, { id: opened.openCase.id });
    const figures = (await cx())!;
    expect(figures.cases).toBe(before + 1);
    // A fresh dashboard (the panel may have opened on it, with the figures from before the case).
    await page.reload();
    await go('/');
    const widget = page.getByTestId('case-service');
    const row = widget.getByRole('row').filter({ has: page.getByRole('cell', { name: 'CX', exact: true }) });
    await row.waitFor();
    const percent = (x: number | null) => (x == null ? '—' : `${Math.round(x)}%`);
    await expect.poll(async () => {
      const cells = await row.getByRole('cell').allInnerTexts();
      return [cells[0], cells[1], cells[2], cells[3], cells[6], cells[7]];
    }).toEqual(['CX', String(figures.cases), percent(figures.firstResponseHitRate), percent(figures.resolutionHitRate), percent(figures.reopenRate), percent(figures.resolutionCsat)]);
    const [download] = (await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Export CSV' }).click()])) as [Download, unknown];
    expect(download.suggestedFilename()).toMatch(/^case-analytics-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvRecords(await readFile((await download.path())!, 'utf8'));
    expect(rows.find((r) => r.group === 'CX')).toMatchObject({
      cases: String(figures.cases), firstResponseMet: String(figures.firstResponseMet), firstResponseHitRate: String(figures.firstResponseHitRate ?? ''),
    });
  });

  it('shows progress while the file comes, and the server’s refusal', async () => {
    await go('/Order');
    await exportButton().waitFor();
    // Hold the response a moment: the button says it is working and cannot be pressed twice.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/exports/orders.csv*', async (route) => {
      await held;
      await route.continue();
    });
    const download = page.waitForEvent('download');
    await exportButton().click();
    const busy = page.getByRole('button', { name: 'Exporting…' });
    await busy.waitFor();
    expect(await busy.isDisabled()).toBe(true);
    release();
    await download;
    await exportButton().waitFor();
    await page.unroute('**/exports/orders.csv*');

    // A refusal from the server itself: a token it does not accept (as after a key rotation).
    await page.evaluate(() => localStorage.setItem('cxloop.token', 'eyJhbGciOiJIUzI1NiJ9.eyJ0eXAiOiJhY2Nlc3MifQ.not-signed'));
    await exportButton().click();
    await page.getByText('The export was refused: The token is not valid: sign in again.').waitFor();
  });
});
