// The admin panel in a real headless Chromium against the real API and database.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { hasBrowser, launchBrowser } from './support/browser';
import { requireBrowser } from './support/panel';
import { completedOrder, escalation, goodReview, inspectedOrderWithoutVendor, login, ok } from './support/flows';

// E2E_SCREENSHOTS=/tmp saves 1366×768 screenshots of each main screen as cx-admin-<name>.png.
const SHOTS = process.env.E2E_SCREENSHOTS;

requireBrowser();

describe.skipIf(!hasBrowser)('admin panel', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  let fixtures: {
    escalation: { escalationId: string; externalRef: string };
    review: { id: string; authorName: string; text: string };
  };

  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.waitForTimeout(400); // let charts and chips settle
    await page.screenshot({ path: path.join(SHOTS, `cx-admin-${name}.png`) });
  };
  const go = (hash: string) => page.goto(`${api.url}#${hash}`);
  const dialog = () => page.getByRole('dialog');

  async function signIn(email: string, password: string) {
    await go('/login');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  beforeAll(async () => {
    // A Due soon window longer than the 15-minute SLA: a new escalation is due soon at once, so its
    // countdown shows the warning colour the server's window decides (firstContactDueSoonAt).
    process.env.POLICY_ESCALATION_DUE_SOON = '20m';
    api = await startApi();
    delete process.env.POLICY_ESCALATION_DUE_SOON;
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    // Demo data has no escalations or reviews: make them the way production does.
    fixtures = { escalation: await escalation(api, token), review: await goodReview(api, token) };
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('refuses a wrong password with a readable message, then signs in', async () => {
    await go('/login');
    await page.getByLabel('E-mail').waitFor();
    await shot('login');
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /password/i }).waitFor();

    await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByTestId('dashboard').waitFor();
    await page.getByTestId('feedback-volume').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('cxloop.token'))).toBeTruthy();
    await shot('dashboard');
  });

  it('puts a vendor on hold and reinstates it, with reasons in its history', async () => {
    await go('/Vendor');
    await page.getByPlaceholder('Name or city').fill('Chennai');
    await page.waitForURL(/Chennai/); // the search is debounced: let it land before clicking a row
    await page.getByRole('cell', { name: 'Chennai Phone Point' }).click();
    await page.getByTestId('scorecard').waitFor();

    await page.getByRole('button', { name: 'Put on hold' }).click();
    await dialog().getByLabel('Reason').fill('Two missed pickups this week; on hold pending a call.');
    await dialog().getByRole('button', { name: 'Put on hold' }).click();
    await page.getByText('Vendor on hold: no new orders go to it').waitFor();
    await page.getByText('Two missed pickups this week; on hold pending a call.').first().waitFor();
    await page.getByRole('button', { name: 'Reinstate' }).click();
    await dialog().getByLabel('Reason').fill('Call done; pickups back on schedule.');
    await dialog().getByRole('button', { name: 'Reinstate' }).click();
    await page.getByText('Vendor reinstated').waitFor();
    await page.getByRole('button', { name: 'Put on hold' }).waitFor();

    const d = await api.gql('{allVendors(filter:{q:"Chennai Phone Point"}){status actions{kind reason}}}', {}, token);
    expect(d.data.allVendors[0].status).toBe('ACTIVE');
    expect(d.data.allVendors[0].actions.map((a: { kind: string }) => a.kind)).toEqual(['REINSTATE', 'HOLD']);
    await shot('vendor');
    await go(`/Vendor?filter=${encodeURIComponent('{}')}`); // the list remembers the "Chennai" search
    await page.getByRole('cell', { name: 'Pune Recommerce Co.' }).waitFor();
    await shot('vendors');
  });

  it('works an escalation: the SLA countdown runs, contact is logged, then it is resolved', async () => {
    const { escalationId, externalRef } = fixtures.escalation;
    await go('/Escalation');
    const row = page.getByRole('row').filter({ hasText: externalRef });
    const countdown = row.getByTestId('sla-countdown');
    const first = await countdown.textContent();
    expect(first).toMatch(/^\d+ m( \d+ s)? left/);
    await page.waitForTimeout(1500);
    expect(await countdown.textContent()).not.toBe(first); // ticks every second
    // Amber (the theme's warning #b45309) from the API's due-soon instant, 15 minutes before the due time.
    expect(await countdown.locator('.MuiTypography-root').first().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(180, 83, 9)');
    await shot('escalations');
    await row.click();
    await page.getByTestId('order-history').waitFor();

    // Out of order: Resolve is disabled, the API's reason (E3) on hover.
    const resolve = page.getByRole('button', { name: 'Resolve' });
    expect(await resolve.isDisabled()).toBe(true);
    await resolve.locator('..').hover();
    await page.getByRole('tooltip').filter({ hasText: /first contact/i }).waitFor();
    await page.mouse.move(0, 0);

    await page.getByRole('button', { name: 'Log contact' }).click();
    await dialog().getByLabel('Summary').fill('Called the customer; apologised for the late pickup.');
    await dialog().getByRole('button', { name: 'Log contact' }).click();
    await page.getByTestId('interactions').getByText('Called the customer; apologised for the late pickup.').waitFor();

    await page.getByRole('button', { name: 'Categorize' }).click();
    await dialog().getByRole('combobox', { name: /Category/ }).click();
    await page.getByRole('option', { name: 'Pricing' }).click();
    await dialog().getByRole('button', { name: 'Save category' }).click();
    await page.getByText('Category saved').waitFor();
    await shot('escalation');

    await page.getByRole('button', { name: 'Resolve' }).click();
    await dialog().getByLabel('Resolution').fill('Explained the inspection price and paid ₹500 goodwill.');
    await dialog().getByRole('button', { name: 'Resolve' }).click();
    await page.getByText('Resolved: the customer is asked for an updated rating').waitFor();

    const d = await api.gql('query($id:ID!){escalation(id:$id){status firstContactAt interactions{summary}}}', { id: escalationId }, token);
    expect(d.data.escalation.status).toBe('RESOLVED');
    expect(d.data.escalation.interactions).toHaveLength(1);

    // SOP E3: the resolution created a follow-up call; complete it with its outcome.
    await go(`/CallTask?filter=${encodeURIComponent(JSON.stringify({ status: 'OPEN', reason: 'COMPLAINT_RESOLVED' }))}`);
    const task = page.getByRole('row').filter({ hasText: externalRef });
    await task.getByText('Complaint resolved').waitFor();
    await task.getByRole('button', { name: 'Complete' }).click();
    await dialog().getByLabel('Outcome').fill('Customer happy with the goodwill payment.');
    await dialog().getByRole('button', { name: 'Mark done' }).click();
    await page.getByText('Call logged').waitFor();
    const tasks = await api.gql('{allCallTasks(filter:{reason:COMPLAINT_RESOLVED}){status outcome order{externalRef}}}', {}, token);
    expect(tasks.data.allCallTasks).toContainEqual({ status: 'DONE', outcome: 'Customer happy with the goodwill payment.', order: { externalRef } });
  });

  it('shortlists and publishes a review, which then is live in testimonials', async () => {
    const { authorName, text } = fixtures.review;
    await go('/Review');
    await page.getByPlaceholder('Text, author or id').fill(authorName);
    await page.waitForURL(/Nikhil/);
    const row = page.getByRole('row').filter({ hasText: authorName });
    await row.getByTestId('checks').waitFor();
    await shot('reviews');
    await row.getByText(authorName).click();
    const drawer = page.getByTestId('review-detail');
    await drawer.getByRole('button', { name: 'Shortlist', exact: true }).click();
    await page.getByText('Shortlisted: ready to publish').waitFor();

    await drawer.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog().getByLabel('Website testimonial').check();
    await dialog().getByTestId('creative-preview').getByText('Nikhil B.').waitFor();
    await shot('publish');
    await dialog().getByRole('button', { name: 'Publish to 1 platform' }).click();
    await page.getByText('Published: live on the chosen platforms').waitFor();

    // testimonials is public: no token.
    const live = await api.gql('{testimonials(platform:WEBSITE_TESTIMONIAL){displayName excerpt rating}}');
    expect(live.data.testimonials).toContainEqual(expect.objectContaining({ displayName: 'Nikhil B.', rating: 5, excerpt: text.slice(0, 280) }));
    await go('/testimonials');
    await page.getByTestId('platform-WEBSITE_TESTIMONIAL').getByText('Nikhil B.').waitFor();
  });

  it('confirms a suggested order match for a website review by clicking, which then shows "Verified order" (RV2)', async () => {
    // A customer's completed order, then their review on the website with no order: not genuine yet.
    const order = await completedOrder(api, token, 'Kiran Joshi');
    const text = `Great experience! Sold my iPhone 13 to Cashkr from home, the pickup was on time and the payment was instant. Highly recommend. (${Date.now()})`;
    const imported = await ok<{ importReviews: { reviews: { id: string; checks: { genuine: boolean } }[] } }>(
      api,
      token,
      'mutation($r:[ReviewInput!]!){importReviews(reviews:$r){reviews{id checks{genuine}}}}',
      { r: [{ source: 'WEBSITE', externalId: `e2e-match-${Date.now()}`, authorName: 'Kiran J.', rating: 5, text, postedAt: new Date().toISOString() }] },
    );
    const [review] = imported.importReviews.reviews;
    expect(review.checks.genuine).toBe(false);

    await go('/Review');
    await page.getByPlaceholder('Text, author or id').fill('Kiran J.');
    await page.waitForURL(/Kiran/);
    const row = page.getByRole('row').filter({ hasText: 'Kiran J.' });
    await row.getByText('Kiran J.').click();
    const drawer = page.getByTestId('review-detail');
    const match = drawer.getByTestId('order-match').filter({ hasText: order.externalRef });
    await match.getByText('Kiran J. · completed', { exact: false }).waitFor();
    await shot('review-order-match');
    await match.getByRole('button', { name: 'Confirm match' }).click();
    await page.getByText('Order confirmed: the review is a verified order').waitFor();
    await drawer.getByText('Verified order', { exact: true }).waitFor();
    await drawer.getByTestId('check-explanation-genuine').getByText(`Verified order ${order.externalRef}`).waitFor();
    await drawer.getByRole('button', { name: 'Shortlist', exact: true }).waitFor();
    await shot('review-verified-order');
    // The open drawer hides the list from the accessibility tree: close it to read the row.
    await drawer.getByRole('button', { name: 'Close' }).click();
    await row.getByText('Verified order', { exact: true }).waitFor();

    const after = await ok<{ review: { orderId: string; verifiedOrder: boolean; checks: { genuine: boolean } } }>(
      api, token, 'query($id:ID!){review(id:$id){orderId verifiedOrder checks{genuine}}}', { id: review.id },
    );
    expect(after.review).toEqual({ orderId: order.id, verifiedOrder: true, checks: { genuine: true } });
  });

  it('imports a review CSV: the preview lists row errors and imports nothing; a fixed file imports on confirm', async () => {
    await go('/Review');
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const upload = (csv: string) =>
      page.getByTestId('import-csv').setInputFiles({ name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const header = 'source,externalId,authorName,rating,text,postedAt';
    const row = (rating: number) => `PLAY_STORE,csv-${Date.now()},Asha Verma,${rating},"Sold my Redmi phone on Cashkr, quick pickup and fair price.",2026-11-01T10:00:00`;
    await upload(`${header}\n${row(7)}\n`);
    await dialog().getByText('Nothing is imported while any row has one', { exact: false }).waitFor();
    await dialog().getByTestId('import-row-2').getByText('Problem').waitFor();
    await upload(`${header}\n${row(4)}\n`);
    await dialog().getByRole('button', { name: 'Import 1 review' }).click();
    await page.getByText('1 imported, 0 already known (unchanged).').waitFor();
  });

  it('shows the order page with only the next lifecycle steps', async () => {
    await go('/Order');
    await page.getByRole('row').nth(5).waitFor();
    await shot('orders');
    await page.getByPlaceholder('Ref, device, customer name or phone').fill('CK-240103'); // a demo order in INSPECTED
    await page.waitForURL(/CK-240103/);
    await page.getByRole('cell', { name: 'CK-240103', exact: true }).click();
    const actions = page.getByTestId('order-actions');
    await actions.getByRole('button', { name: 'Complete (payment)' }).waitFor();
    expect(await actions.getByRole('button', { name: 'Schedule pickup' }).count()).toBe(0);
    await shot('order');
  });

  it('takes an order without a vendor through payment: the blocked step says why, the vendor is assigned, then it completes', async () => {
    const order = await inspectedOrderWithoutVendor(api, token);
    await go('/Order');
    await page.getByPlaceholder('Ref, device, customer name or phone').fill(order.externalRef);
    await page.waitForURL(new RegExp(order.externalRef));
    await page.getByRole('cell', { name: order.externalRef, exact: true }).click();
    const actions = page.getByTestId('order-actions');
    // Payment is blocked until a vendor is assigned: the button is disabled, the server's reason on hover.
    const pay = actions.getByRole('button', { name: 'Complete (payment)' });
    expect(await pay.isDisabled()).toBe(true);
    await pay.locator('..').hover();
    await page.getByRole('tooltip').filter({ hasText: /ORDER_NEEDS_VENDOR/ }).waitFor();
    await page.mouse.move(0, 0);
    await actions.getByRole('button', { name: 'Assign vendor' }).click();
    await dialog().getByLabel('Vendor').click();
    await page.getByRole('option').first().click();
    await dialog().getByRole('button', { name: 'Assign' }).click();
    await actions.getByRole('button', { name: 'Change vendor' }).waitFor();
    await actions.getByRole('button', { name: 'Complete (payment)' }).click();
    expect(await dialog().getByText(/ORDER_NEEDS_VENDOR/).count()).toBe(0);
    await dialog().getByLabel('Payment reference').fill(`UPI-${order.externalRef}`);
    await dialog().getByRole('button', { name: 'Complete order' }).click();
    await dialog().waitFor({ state: 'hidden' });
    // The button can detach while the actions reload, before the mutation has answered: wait for the server.
    const read = () => ok<{ order: { status: string; vendor: { id: string } | null } }>(api, token, 'query($id:ID!){order(id:$id){status vendor{id}}}', { id: order.id });
    await expect.poll(async () => (await read()).order.status, { timeout: 5000 }).toBe('COMPLETED');
    expect((await read()).order.vendor).not.toBeNull();
  });

  it('creates an API key whose secret is shown once, and revokes it', async () => {
    await go('/ApiKey');
    await page.getByRole('button', { name: 'New API key' }).first().click();
    await dialog().getByLabel(/Name/).fill('Storefront orders');
    await dialog().getByRole('button', { name: 'Create key' }).click();
    const secret = await page.getByTestId('api-key-secret').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    // The secret works as a bearer credential with its scope (READ_ALL).
    const me = await api.gql('{allVendors(perPage:1){id}}', {}, secret);
    expect(me.errors).toBeUndefined();

    const row = page.getByRole('row').filter({ hasText: 'Storefront orders' });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await dialog().getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Key revoked').waitFor();
    const after = await api.gql('{allVendors(perPage:1){id}}', {}, secret);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives each role only its menu (a MARKETING user created here sees reviews, no orders)', async () => {
    const email = `marketing-${Date.now()}@cxloop.local`;
    await go('/User/create');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Name').fill('Maya Marketing');
    await page.getByRole('combobox', { name: /Roles/ }).click();
    await page.getByRole('option', { name: 'Marketing' }).click();
    await page.keyboard.press('Escape');
    await page.locator('input[name="password"]').fill('marketing-pass-1');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: email }).waitFor();
    await page.evaluate(() => localStorage.clear());
    await signIn(email, 'marketing-pass-1');
    await page.getByTestId('dashboard').waitFor();
    await page.getByRole('menuitem', { name: 'Reviews' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Orders' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Escalations' }).count()).toBe(0);
  });

  it('returns to the sign-in page when the session has expired or the API refuses the token', async () => {
    // A token whose own expiry has passed: caught before any request.
    const expired = `x.${Buffer.from(JSON.stringify({ exp: 1 })).toString('base64url')}.y`;
    await page.evaluate((t) => localStorage.setItem('cxloop.token', t), expired);
    await go('/Order');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();

    // A token the API no longer accepts (revoked, signed with an old secret): UNAUTHENTICATED.
    const user = JSON.stringify({ id: 'x', email: ADMIN_EMAIL, name: 'Administrator', roles: ['ADMIN'], allowedOperations: ['allOrders'] });
    await page.evaluate(([u]) => {
      localStorage.setItem('cxloop.token', 'not-a-valid-token');
      localStorage.setItem('cxloop.user', u);
    }, [user]);
    await go('/Order');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('cxloop.token'))).toBeNull();
  });
});
