// Issue 14 (items 10 and 15: words and formats), clicked through in a real headless Chromium
// against the real API. The browser runs in New York with a US locale, so a date or a number the
// panel left to the browser would read the American way and fail these checks: dates are India's
// ("28 Nov 2026, 2:05 pm"), rupees grouped the Indian way, durations in days and hours, toasts
// and titles in words ("User created", "New user"), the timeline in sentences with each SOP
// rule's name on hover, and "no access" where a role lacks a page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { hasBrowser, launchBrowser } from './support/browser';
import { requireBrowser } from './support/panel';
import { completedOrder, escalation, login, ok } from './support/flows';

requireBrowser();

/** India's reading of an instant, computed here with Node's ICU (not the panel's code). */
function indianWhen(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const month = parts.month.slice(0, 3);
  return `${parts.day} ${month} ${parts.year}, ${Number(parts.hour)}:${parts.minute} ${parts.dayPeriod.toLowerCase()}`;
}

describe.skipIf(!hasBrowser)('words and formats', () => {
  let api: ApiServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;

  const go = (p: Page, hash: string) => p.goto(`${api.url}#${hash}`);
  const title = (p: Page = page) => p.locator('#react-admin-title');

  async function signIn(p: Page, email: string, password: string) {
    await go(p, '/login');
    await p.getByLabel('E-mail').fill(email);
    await p.getByLabel(/^Password/).fill(password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByTestId('dashboard').waitFor();
  }

  /** A browser as someone in New York would have it. */
  const usBrowser = () => browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US', timezoneId: 'America/New_York' });

  beforeAll(async () => {
    // Tokens that outlive the days the SLA test moves the browser's clock forward.
    const ttl = process.env.TOKEN_TTL;
    process.env.TOKEN_TTL = '30d';
    try {
      api = await startApi();
    } finally {
      if (ttl === undefined) delete process.env.TOKEN_TTL;
      else process.env.TOKEN_TTL = ttl;
    }
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser = await launchBrowser();
    context = await usBrowser();
    page = await context.newPage();
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('a new user: the page says "New user", the toast "User created", the edit page "User <name>" and "User saved"', async () => {
    await go(page, '/User');
    await page.getByRole('link', { name: 'New user' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/User/create');
    await expect.poll(() => title().innerText()).toBe('New user');

    const name = `Ishaan Words ${Date.now().toString(36)}`;
    const email = `ishaan.${Date.now().toString(36)}@cxloop.test`;
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Roles').click();
    await page.getByRole('option', { name: 'CX agent' }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel(/^Password/).fill('words-pass-123');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('User created', { exact: true }).waitFor();
    expect(await page.getByText('Element created').count()).toBe(0);
    const created = await ok<{ allUsers: { name: string; roles: string[] }[] }>(api, token, 'query($q:String!){allUsers(filter:{q:$q}){name roles}}', { q: email });
    expect(created.allUsers).toEqual([{ name, roles: ['CX_AGENT'] }]);

    // The list, then the user: the title is the singular and the name, not "Users …".
    await page.getByPlaceholder('Search').fill(email);
    await page.getByRole('cell', { name: email }).click();
    await expect.poll(() => title().innerText()).toBe(`User ${name}`);
    await page.getByLabel('Name').fill(`${name} Rao`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('User saved', { exact: true }).waitFor();
    expect(await page.getByText('Element updated').count()).toBe(0);
  });

  it('the vendor create page says "New vendor", not "Create Vendor scorecards"', async () => {
    await go(page, '/Vendor');
    await page.getByRole('link', { name: 'New vendor' }).click();
    await expect.poll(() => title().innerText()).toBe('New vendor');
  });

  it('an order: rupees grouped the Indian way, plural-aware counts, dates in India time', async () => {
    const first = await completedOrder(api, token, 'Lakshmi Pillai', { refPrefix: 'E2E-WF', quotedPrice: 125000 });
    const d = await ok<{ order: { createdAt: string; customer: { id: string; phone: string } } }>(api, token, 'query($id:ID!){order(id:$id){createdAt customer{id phone}}}', { id: first.id });

    await go(page, `/Order/${encodeURIComponent(first.id)}/show`);
    await page.getByTestId('order-history').waitFor();
    await page.getByText('₹1,25,000').first().waitFor();
    await expect.poll(() => page.getByTestId('completed-orders').innerText()).toBe('1 completed order');

    // The same phone again: the same customer, now with two.
    const second = await completedOrder(api, token, 'Lakshmi Pillai', { refPrefix: 'E2E-WF', quotedPrice: 26000, phone: d.order.customer.phone });
    await go(page, `/Order/${encodeURIComponent(second.id)}/show`);
    await page.getByTestId('order-history').waitFor();
    await expect.poll(() => page.getByTestId('completed-orders').innerText()).toBe('2 completed orders');
    await page.getByText('₹26,000').first().waitFor();
    expect(await page.getByText(/order\(s\)/).count()).toBe(0);

    // The customer's orders table showed 11/28/2026 in a US browser: now India's date and time.
    await go(page, `/Customer/${encodeURIComponent(d.order.customer.id)}/show`);
    const row = page.getByRole('row').filter({ hasText: first.externalRef });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain(indianWhen(d.order.createdAt));
    expect(text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    expect(text).toContain('₹1,25,000');
  });

  it('the timeline reads as sentences, with the rule name on hover and no JSON', async () => {
    const { escalationId, externalRef } = await escalation(api, token);
    const d = await ok<{ escalation: { order: { id: string; vendor: { name: string }; quotedPrice: number; paymentReference: string } } }>(
      api, token, 'query($id:ID!){escalation(id:$id){order{id quotedPrice paymentReference vendor{name}}}}', { id: escalationId },
    );
    const { order } = d.escalation;
    // People by name (AuditEvent.actorName), as everywhere else in the panel, not by e-mail.
    const me = await ok<{ allUsers: { name: string }[] }>(api, token, 'query($q:String!){allUsers(filter:{q:$q}){name}}', { q: ADMIN_EMAIL });
    const adminName = me.allUsers[0].name;
    expect(adminName).not.toBe(ADMIN_EMAIL);
    await go(page, `/Order/${encodeURIComponent(order.id)}/show`);
    const events = page.getByTestId('timeline-event');
    await events.first().waitFor();

    await events.filter({ hasText: `${adminName} assigned vendor ${order.vendor.name}` }).waitFor();
    await events.filter({ hasText: `recorded payment ${order.paymentReference} of ₹25,000: the order is completed` }).waitFor();
    await events.filter({ hasText: `placed order ${externalRef}, quoted ₹25,000` }).waitFor();
    await events.filter({ hasText: 'moved the order from pickup scheduled to picked up' }).waitFor();
    const opened = events.filter({ hasText: 'opened an escalation after a 1★ rating; first contact due' });
    await opened.waitFor();
    expect(await opened.innerText()).toContain('(within 15 m)');

    // The rule's id on the event; its name on hover.
    const chip = opened.getByTestId('rule-chip');
    expect(await chip.innerText()).toBe('R1');
    await chip.hover();
    await page.getByRole('tooltip').filter({ hasText: 'SOP rule R1: 1–2 stars: escalate to CX' }).waitFor();
    await page.mouse.move(0, 0);

    const all = (await page.getByTestId('order-history').innerText());
    expect(all).not.toMatch(/[{}]|"\w+":/);
    expect(all).not.toMatch(/\b(ORDER_STATUS_CHANGED|VENDOR_ASSIGNED|ESCALATION_OPENED)\b/);
  });

  it('an SLA days overdue reads "Overdue 2 d 5 h", not hours:minutes:seconds', async () => {
    const { escalationId, externalRef } = await escalation(api, token);
    const d = await ok<{ escalation: { firstContactDueAt: string } }>(api, token, 'query($id:ID!){escalation(id:$id){firstContactDueAt}}', { id: escalationId });
    const later = await usBrowser();
    try {
      const p = await later.newPage();
      await signIn(p, ADMIN_EMAIL, ADMIN_PASSWORD);
      // The browser's clock two days and five hours past the due time (the countdown is the browser's).
      await p.clock.setFixedTime(new Date(Date.parse(d.escalation.firstContactDueAt) + (2 * 24 + 5) * 3600_000 + 30_000));
      await go(p, `/Escalation/${encodeURIComponent(escalationId)}/show`);
      const countdown = p.getByTestId('sla-countdown');
      await countdown.waitFor();
      await expect.poll(() => countdown.innerText()).toMatch(/^Overdue 2 d 5 h/);
      expect(await title(p).innerText()).toContain(externalRef);
    } finally {
      await later.close();
    }
  });

  it('a page the role does not include says "No access", not "Not Found"', async () => {
    const email = `asha.${Date.now().toString(36)}@cxloop.test`;
    await ok(api, token, 'mutation($e:String!,$n:String!,$r:[Role!]!,$p:String!){createUser(email:$e,name:$n,roles:$r,password:$p){id}}', {
      e: email, n: 'Asha Agent', r: ['CX_AGENT'], p: 'asha-pass-123',
    });
    const agent = await usBrowser();
    try {
      const p = await agent.newPage();
      await signIn(p, email, 'asha-pass-123');
      await go(p, '/User');
      await p.getByTestId('no-access').getByRole('heading', { name: 'No access' }).waitFor();
      expect(await title(p).innerText()).toBe('No access');
      await p.getByText('Your role does not include Users. Ask an admin if you need it.').waitFor();
      expect(await p.getByText('Not Found').count()).toBe(0);
      // An address that is no page at all is still "not found".
      await go(p, '/no-such-page');
      await p.locator('#main-content').getByRole('heading', { name: 'Page not found' }).waitFor();
      await p.getByText('This address is not a page of the panel').waitFor();
    } finally {
      await agent.close();
    }
  });
});
