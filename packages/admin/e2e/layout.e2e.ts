// Issue 14 item 9 in a real browser against the real API: every list fits a 1366×768 screen (no
// sideways scroll of the page, no table wider than its box, no cell spilling over its neighbour),
// and the escalation queue works on a 375×667 phone: readable items, a tap opens one, its action
// buttons inside the screen, the menu behind the app bar's hamburger.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { hasBrowser, launchBrowser, signedIn as signInAs } from './support/browser';
import { requireBrowser } from './support/panel';
import { completedOrder, createUser, escalation, goodReview, login, ok } from './support/flows';

requireBrowser();

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 375, height: 667 };

interface Fit {
  page: number;
  viewport: number;
  /** Table boxes whose content is wider than the box (scrolls or spills sideways). */
  tables: { scrollWidth: number; clientWidth: number }[];
  /** Cells whose content is wider than the cell. */
  cells: string[];
}

/** How the current screen fits its viewport, measured as the browser lays it out. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const tables = [...document.querySelectorAll<HTMLElement>('.RaDataTable-tableWrapper, .MuiTableContainer-root')]
      .map((t) => ({ scrollWidth: t.scrollWidth, clientWidth: t.clientWidth }))
      .filter((t) => t.scrollWidth > t.clientWidth);
    const cells = [...document.querySelectorAll<HTMLElement>('#main-content td, #main-content th')]
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => `${(c.textContent ?? '').trim().slice(0, 40)} (${c.scrollWidth} > ${c.clientWidth})`);
    return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, tables, cells };
  });
}

async function expectFits(page: Page, what: string) {
  const fit = await measure(page);
  // One message with every number, so a failure says which list and by how much.
  expect(fit.page <= fit.viewport && fit.tables.length === 0 && fit.cells.length === 0, JSON.stringify({ what, ...fit })).toBe(true);
}

describe.skipIf(!hasBrowser)('layouts (issue 14 item 9)', () => {
  let api: ApiServer;
  let browser: Browser;
  let token: string;
  const go = (p: Page, hash: string) => p.goto(`${api.url}#${hash}`);

  const user = (name: string, roles: string[]) => createUser(api, token, name, roles, { password: 'first-pass-123' });

  const signedIn = (who: { email: string; password: string }, viewport = DESKTOP) =>
    signInAs(browser, api.url, who, { viewport, ...(viewport === PHONE ? { isMobile: true, hasTouch: true } : {}) });

  let agent: Awaited<ReturnType<typeof user>>;
  let open: { escalationId: string; externalRef: string };
  let taken: { escalationId: string; externalRef: string };
  let admin: Page;

  beforeAll(async () => {
    api = await startApi();
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    // The widest rows a person meets: a long customer name, an assignee, a category, a call task
    // with several reasons, an acknowledged alert, a review in the inbox, a key with every scope.
    agent = await user('Asha Venkataraman-Subramanian', ['CX_AGENT']);
    open = await escalation(api, token);
    taken = await escalation(api, token);
    await ok(api, token, 'mutation($id:ID!,$u:ID!){assignEscalation(escalationId:$id,userId:$u){id}}', { id: taken.escalationId, u: agent.id });
    await ok(api, token, 'mutation($id:ID!){categorizeEscalation(escalationId:$id,category:WRONG_INSPECTION){id}}', { id: taken.escalationId });
    await completedOrder(api, token, 'Venkatalakshmi Ramachandran Iyer', { refPrefix: 'E2E-LAYOUT-CALL', deviceModel: 'Apple iPhone 15 Pro Max 1TB Natural Titanium', quotedPrice: 129000 });
    await goodReview(api, token);
    await ok(api, token, 'mutation($n:String!,$s:[ApiScope!]!){createApiKey(name:$n,scopes:$s){secret}}', {
      n: 'Storefront order sync (production)',
      s: ['ORDERS_WRITE', 'FEEDBACK_WRITE', 'REVIEWS_WRITE', 'READ_ALL'],
    });
    const alerts = await ok<{ allAlerts: { id: string }[] }>(api, token, '{allAlerts(perPage:1){id}}', {});
    if (alerts.allAlerts[0]) await ok(api, token, 'mutation($id:ID!){acknowledgeAlert(id:$id){id}}', { id: alerts.allAlerts[0].id });
    browser = await launchBrowser();
    admin = (await signedIn({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  /** A list is on screen once its first row or its empty state is. */
  async function listShown(page: Page) {
    await page.locator('.RaDataTable-table tbody tr, .RaEmpty-message, [data-testid="empty-state"]').first().waitFor();
    await page.locator('.MuiLinearProgress-root, [role="progressbar"]').first().waitFor({ state: 'detached' }).catch(() => {});
  }

  it.each([
    ['orders', '/Order'],
    ['customers', '/Customer'],
    ['call tasks', '/CallTask'],
    ['vendors', '/Vendor'],
    ['users', '/User'],
    ['API keys', '/ApiKey'],
    ['alerts (all)', '/Alert?filter=%7B%7D'],
    ['reviews inbox', '/Review'],
    ['money (all)', '/MoneyRequest?filter=%7B%7D'],
  ])('at 1366×768 the %s list fits the screen', async (what, hash) => {
    await go(admin, hash);
    await listShown(admin);
    await expectFits(admin, what);
  });

  it("at 1366×768 What's live fits the screen", async () => {
    await go(admin, '/testimonials');
    await admin.getByTestId('testimonials').waitFor();
    await expectFits(admin, "What's live");
  });

  it('at 1366×768 the escalation queue fits in every saved view, for an agent and for an admin', async () => {
    const { page, context } = await signedIn(agent);
    for (const p of [page, admin]) {
      await go(p, '/Escalation');
      await p.getByRole('row').filter({ hasText: taken.externalRef }).waitFor();
      for (const view of ['All', 'Mine', 'Unassigned', 'Due soon', 'Breached']) {
        await p.getByRole('group', { name: 'Saved views' }).getByRole('button', { name: view }).click();
        await expect.poll(() => p.getByRole('group', { name: 'Saved views' }).getByRole('button', { name: view }).getAttribute('aria-pressed')).toBe('true');
        await listShown(p);
        await expectFits(p, `escalations, ${view}, ${p === admin ? 'admin' : 'agent'}`);
      }
    }
    await context.close();
  });

  it('at 375×667 the queue: no sideways scroll, tap an escalation, its actions on screen, the menu to call tasks', async () => {
    const { page, context } = await signedIn(agent, PHONE);
    await go(page, '/Escalation');
    const item = page.getByRole('link').filter({ hasText: open.externalRef });
    await item.waitFor();
    // Each item reads on its own: who, which order, how long until first contact.
    await expect.poll(() => item.textContent()).toMatch(/Meera Kulkarni/);
    await expect.poll(() => item.textContent()).toMatch(/left|Overdue/);
    const fit = await measure(page);
    expect(fit.page).toBeLessThanOrEqual(PHONE.width);

    await item.tap();
    await page.getByText(`Escalation · order ${open.externalRef}`).first().waitFor();
    expect(new URL(page.url()).hash).toBe(`#/Escalation/${open.escalationId}/show`);
    const buttons = page.locator('#main-content').getByRole('button', { name: /Log contact|Categorize|Resolve|Assign to me/ });
    await buttons.first().waitFor();
    expect(await buttons.count()).toBeGreaterThanOrEqual(2);
    for (const b of await buttons.all()) {
      const box = await b.boundingBox();
      expect(box, await b.textContent() ?? '').not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect((await measure(page)).page).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: 'Open menu' }).tap();
    await page.getByRole('menuitem', { name: 'Call tasks' }).tap();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/CallTask/);
    // Each task as an item: the customer and order to open, the number to dial, Complete.
    const task = page.locator('#main-content li').filter({ has: page.getByRole('button', { name: 'Complete' }) }).first();
    await task.waitFor();
    expect(await task.locator('a[href^="tel:+91"]').count()).toBe(1);
    await task.getByRole('link', { name: /·/ }).waitFor();
    expect((await measure(page)).page).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });
});
