// Issue 14 items 8 and 13, clicked through as a person would in a real headless Chromium against
// the real API: buttons follow the server's availableActions (a blocked one is disabled, with
// the server's reason on hover and as its accessible description), and the server's field
// errors (BAD_USER_INPUT with extensions.field) land under their field in forms and dialogs.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, type ApiServer } from './support/api-server';
import { hasBrowser } from './support/browser';
import { closePanel, messageUnder, openAdminPanel, requireBrowser } from './support/panel';
import { escalation, goodReview, inspectedOrderWithoutVendor, ok } from './support/flows';

requireBrowser();

describe.skipIf(!hasBrowser)('actions and form errors', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  let seq = 0;

  const go = (hash: string) => page.goto(`${api.url}#${hash}`);
  const dialog = () => page.getByRole('dialog');
  const toasts = () => page.locator('.MuiSnackbar-root');

  /** A field error lands under its field only: no toast repeats it (an earlier success toast may still be fading). */
  async function onlyUnder(field: Locator, text: string) {
    await messageUnder(field, text);
    expect(await toasts().filter({ hasText: text }).count()).toBe(0);
  }

  /** The reason a blocked action's button gives: shown on hover, and its accessible description. */
  async function blockedReason(button: Locator): Promise<{ tooltip: string; description: string }> {
    expect(await button.isDisabled()).toBe(true);
    const description = await button.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    // A disabled button takes no pointer events: the person hovers the span around it.
    await button.locator('..').hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    const text = (await tooltip.textContent()) ?? '';
    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'hidden' });
    return { tooltip: text, description };
  }

  const actionsOn = async (type: string, id: string) =>
    (await ok<Record<string, { availableActions: { action: string; enabled: boolean; reason: string | null }[] }>>(
      api, token, `query($id:ID!){r:${type}(id:$id){availableActions{action enabled reason}}}`, { id },
    )).r.availableActions;

  beforeAll(async () => {
    ({ api, browser, page, token } = await openAdminPanel());
  });

  afterAll(() => closePanel({ api, browser }));

  it('8. an escalation without a contact shows Resolve disabled with the server\'s reason; it opens once E3 is met, and a too-long resolution is refused under its field', async () => {
    const { escalationId } = await escalation(api, token);
    await go(`/Escalation/${escalationId}/show`);
    const resolve = page.getByRole('button', { name: 'Resolve' });
    await resolve.waitFor();
    const notContacted = (await actionsOn('escalation', escalationId)).find((a) => a.action === 'RESOLVE')!;
    expect(notContacted.enabled).toBe(false);
    expect(await blockedReason(resolve)).toEqual({ tooltip: notContacted.reason, description: notContacted.reason });

    // Keyboard: the blocked button's wrapper takes focus and shows the same reason.
    await page.keyboard.press('Escape');
    await resolve.locator('..').focus();
    await page.getByRole('tooltip').filter({ hasText: notContacted.reason! }).waitFor();
    await resolve.locator('..').blur();

    // A contact: Resolve stays blocked, now for the missing category (the server's new reason).
    await page.getByRole('button', { name: 'Log contact' }).click();
    await dialog().getByLabel('Summary').fill('Called the customer; the pickup agent was late.');
    await dialog().getByRole('button', { name: 'Log contact' }).click();
    await dialog().waitFor({ state: 'detached' });
    const noCategory = (await actionsOn('escalation', escalationId)).find((a) => a.action === 'RESOLVE')!;
    expect(noCategory.reason).not.toBe(notContacted.reason);
    await expect.poll(async () => (await resolve.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? ''))).toBe(noCategory.reason);

    await page.getByRole('button', { name: 'Categorize' }).click();
    await dialog().getByLabel('Category').click();
    await page.getByRole('option', { name: 'Pricing' }).click();
    await dialog().getByRole('button', { name: 'Save category' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => resolve.isEnabled()).toBe(true);

    // The resolve dialog: the server's field error lands under Resolution, not in a toast.
    await resolve.click();
    const resolution = dialog().getByLabel('Resolution');
    await resolution.fill('x'.repeat(5001));
    await dialog().getByRole('button', { name: 'Resolve' }).click();
    await onlyUnder(resolution, 'resolution can be at most 5,000 characters.');
    // Editing the field clears its error; a good resolution goes through.
    await resolution.fill('Explained the price; customer satisfied.');
    expect(await resolution.getAttribute('aria-invalid')).toBe('false');
    await dialog().getByRole('button', { name: 'Resolve' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await ok<{ escalation: { status: string } }>(api, token, 'query($id:ID!){escalation(id:$id){status}}', { id: escalationId })).escalation.status).toBe('RESOLVED');
  });

  it('8. an order without a vendor shows Complete disabled with ORDER_NEEDS_VENDOR\'s reason; the vendor picker offers only vendors that take orders', async () => {
    const order = await inspectedOrderWithoutVendor(api, token);
    // A vendor on hold takes no orders: the picker must not offer it.
    const vendors = await ok<{ allVendors: { id: string; name: string }[] }>(api, token, '{allVendors(filter:{status:[ACTIVE]},perPage:100){id name}}', {});
    const held = vendors.allVendors[vendors.allVendors.length - 1];
    await ok(api, token, 'mutation($v:ID!){holdVendor(vendorId:$v,reason:"e2e: picker test"){id}}', { v: held.id });
    try {
      await go(`/Order/${order.id}/show`);
      const actions = page.getByTestId('order-actions');
      const complete = actions.getByRole('button', { name: 'Complete (payment)' });
      await complete.waitFor();
      const reason = (await actionsOn('order', order.id)).find((a) => a.action === 'COMPLETE')!.reason!;
      expect(reason).toMatch(/ORDER_NEEDS_VENDOR/);
      expect(await blockedReason(complete)).toEqual({ tooltip: reason, description: reason });

      await actions.getByRole('button', { name: 'Assign vendor' }).click();
      await dialog().getByLabel('Vendor').click();
      const assignable = await ok<{ allVendors: { name: string }[] }>(api, token, '{allVendors(filter:{assignable:true},perPage:100){name}}', {});
      // The options arrive with the picker's query: wait for them rather than reading the first paint.
      await expect.poll(() => page.getByRole('option').count()).toBe(assignable.allVendors.length);
      const offered = await page.getByRole('option').allTextContents();
      expect(offered.some((o) => o.startsWith(`${held.name}`))).toBe(false);
      await page.getByRole('option').first().click();
      await dialog().getByRole('button', { name: 'Assign' }).click();
      await dialog().waitFor({ state: 'detached' });
      await expect.poll(() => complete.isEnabled()).toBe(true);
      await complete.click();
      await dialog().getByLabel('Payment reference').waitFor();
      await dialog().getByRole('button', { name: 'Cancel' }).click();
    } finally {
      await ok(api, token, 'mutation($v:ID!){reinstateVendor(vendorId:$v,reason:"e2e: picker test done"){id}}', { v: held.id });
    }
  });

  it('13. the inspection dialog shows the server\'s finalPrice refusal under Final price', async () => {
    const n = ++seq;
    const externalRef = `E2E-FP-${Date.now().toString(36)}-${n}`;
    const created = await ok<{ createOrder: { id: string } }>(api, token, 'mutation($i:CreateOrderInput!){createOrder(input:$i){id}}', {
      i: {
        externalRef,
        customer: { name: 'Kavya Menon', phone: `95${String(60_000_000 + n * 7919 + Math.floor(Math.random() * 5000)).padStart(8, '0')}` },
        deviceCategory: 'PHONE',
        deviceModel: 'OnePlus 11',
        quotedPrice: 21000,
      },
    });
    for (const s of ['PICKUP_SCHEDULED', 'PICKED_UP']) {
      await ok(api, token, 'mutation($o:ID!,$s:OrderStatus!){advanceOrder(orderId:$o,status:$s){id}}', { o: created.createOrder.id, s });
    }
    await go(`/Order/${created.createOrder.id}/show`);
    await page.getByTestId('order-actions').getByRole('button', { name: 'Record inspection' }).click();
    const price = dialog().getByLabel('Final price (₹)');
    await price.fill('0');
    await dialog().getByRole('button', { name: 'Save inspection' }).click();
    await onlyUnder(price, 'finalPrice must be a whole number of rupees above 0.');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
  });

  it('8, 13. a call task offers Complete while the server lists it: a too-long outcome is refused under Outcome; once done, the row has no Complete', async () => {
    const externalRef = `E2E-CT-${Date.now().toString(36)}-${++seq}`;
    const created = await ok<{ createOrder: { id: string } }>(api, token, 'mutation($i:CreateOrderInput!){createOrder(input:$i){id}}', {
      i: {
        externalRef,
        customer: { name: 'Imran Sheikh', phone: `94${String(70_000_000 + seq * 7919 + Math.floor(Math.random() * 5000)).padStart(8, '0')}` },
        deviceCategory: 'PHONE',
        deviceModel: 'Apple iPhone 15 Pro 256GB',
        quotedPrice: 72000,
      },
    });
    const orderId = created.createOrder.id;
    const vendors = await ok<{ allVendors: { id: string }[] }>(api, token, '{allVendors(filter:{assignable:true},perPage:1){id}}', {});
    await ok(api, token, 'mutation($o:ID!,$v:ID!){assignVendor(orderId:$o,vendorId:$v){id}}', { o: orderId, v: vendors.allVendors[0].id });
    for (const s of ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']) {
      await ok(api, token, 'mutation($o:ID!,$s:OrderStatus!){advanceOrder(orderId:$o,status:$s){id}}', { o: orderId, s });
    }
    await ok(api, token, 'mutation($o:ID!,$r:String!){completeOrder(orderId:$o,paymentReference:$r){id}}', { o: orderId, r: `PAY-${externalRef}` });
    await expect.poll(async () => (await ok<{ allCallTasks: { id: string }[] }>(api, token, 'query($o:ID!){allCallTasks(filter:{orderId:$o}){id}}', { o: orderId })).allCallTasks.length, { timeout: 10_000 }).toBe(1);

    await go(`/CallTask?filter=${encodeURIComponent(JSON.stringify({ status: 'OPEN', orderId }))}`);
    const row = page.getByRole('row').filter({ hasText: externalRef });
    await row.getByRole('button', { name: 'Complete' }).click();
    const outcome = dialog().getByLabel('Outcome');
    await outcome.fill('y'.repeat(5001));
    await dialog().getByRole('button', { name: 'Mark done' }).click();
    await onlyUnder(outcome, 'outcome can be at most 5,000 characters.');
    await outcome.fill('Thanked the customer; happy with the price.');
    await dialog().getByRole('button', { name: 'Mark done' }).click();
    await dialog().waitFor({ state: 'detached' });
    // The server's answer (DONE, no COMPLETE on offer) replaces the row: no button to click again.
    await row.getByText('Done').waitFor();
    expect(await row.getByRole('button', { name: 'Complete' }).count()).toBe(0);
  });

  it('13. creating a vendor with a too-long city shows the server\'s message under City', async () => {
    await go('/Vendor/create');
    await page.getByLabel('Name').fill(`E2E Long City ${Date.now()}`);
    const city = page.getByLabel('City');
    await city.fill('C'.repeat(101));
    await page.getByRole('button', { name: 'Save' }).click();
    await messageUnder(city, 'city can be at most 100 characters.');
    expect(new URL(page.url()).hash).toBe('#/Vendor/create');
  });

  it('13. creating a user with a bad e-mail shows the server\'s message under E-mail', async () => {
    await go('/User/create');
    const email = page.getByLabel('E-mail');
    await email.fill('asha@cxloop');
    await page.getByLabel('Name').fill('Asha Agent');
    await page.getByRole('combobox', { name: /Roles/ }).click();
    await page.getByRole('option', { name: 'CX agent' }).click();
    await page.keyboard.press('Escape');
    await page.locator('input[name="password"]').fill('first-pass-123');
    await page.getByRole('button', { name: 'Save' }).click();
    await messageUnder(email, 'Enter a valid email address.');
    expect(new URL(page.url()).hash).toBe('#/User/create');
  });

  it('13. the publish dialog shows the server\'s refusal of a rewritten excerpt under Excerpt', async () => {
    const { id } = await goodReview(api, token);
    await ok(api, token, 'mutation($id:ID!){shortlistReview(reviewId:$id){id}}', { id });
    await go(`/Review/${id}`);
    await page.getByTestId('review-detail').getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog().getByLabel('Website testimonial').check();
    const excerpt = dialog().getByLabel('Excerpt');
    await excerpt.fill('The best company in the whole world, ten stars.');
    await dialog().getByRole('button', { name: /Publish to 1 platform/ }).click();
    await onlyUnder(excerpt, 'The excerpt must be the customer\'s own words from the review (leave out parts with "…"), not a rewrite.');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
  });

  it('8. an API key offers Revoke while the server lists it: once revoked, its row has none', async () => {
    const name = `E2E revoke ${Date.now()}`;
    await ok(api, token, 'mutation($n:String!){createApiKey(name:$n,scopes:[READ_ALL]){secret}}', { n: name });
    await go('/ApiKey');
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await dialog().getByRole('button', { name: 'Revoke' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => row.getByRole('button', { name: 'Revoke' }).count()).toBe(0);
  });

  it('8. an admin\'s own account shows Deactivate disabled with the server\'s reason; another\'s is enabled', async () => {
    const users = await ok<{ allUsers: { id: string; email: string }[] }>(api, token, 'query($q:String!){allUsers(filter:{q:$q}){id email}}', { q: ADMIN_EMAIL });
    const me = users.allUsers.find((u) => u.email === ADMIN_EMAIL)!;
    await go(`/User/${me.id}`);
    const deactivate = page.getByRole('button', { name: 'Deactivate' });
    await deactivate.waitFor();
    const reason = (await actionsOn('User', me.id)).find((a) => a.action === 'DEACTIVATE')!.reason!;
    expect(reason).toMatch(/cannot deactivate yourself/);
    expect(await blockedReason(deactivate)).toEqual({ tooltip: reason, description: reason });

    const email = `deact.${Date.now().toString(36)}@cxloop.test`;
    const other = await ok<{ createUser: { id: string } }>(api, token, 'mutation($e:String!){createUser(email:$e,name:"Dev Agent",roles:[CX_AGENT],password:"dev-pass-1234"){id}}', { e: email });
    await go(`/User/${other.createUser.id}`);
    await expect.poll(() => page.getByRole('button', { name: 'Deactivate' }).isEnabled()).toBe(true);
  });

  it('8. the bulk buttons offer what the selected reviews\' availableActions allow: Shortlist works in the Inbox, and is disabled with a reason once they are shortlisted', async () => {
    const { id, authorName, text } = await goodReview(api, token);
    // Narrowed to this review by the stamp in its text: other tests' reviews share the author.
    const stamp = /\((\d+)\)$/.exec(text)![1];
    await go(`/Review?filter=${encodeURIComponent(JSON.stringify({ status: 'NEW', q: stamp }))}`);
    const row = page.getByRole('row').filter({ hasText: authorName });
    await row.getByRole('checkbox').check();
    const shortlist = page.getByRole('button', { name: 'Shortlist', exact: true });
    expect(await shortlist.isEnabled()).toBe(true);
    await shortlist.click();
    await dialog().getByRole('button', { name: 'Shortlist' }).click();
    await page.getByText('1 shortlisted.').waitFor();
    expect((await ok<{ review: { status: string } }>(api, token, 'query($id:ID!){review(id:$id){status}}', { id })).review.status).toBe('SHORTLISTED');

    // On the Shortlisted tab the review offers no shortlist: the button says so instead of failing.
    await page.getByRole('tab', { name: 'Shortlisted' }).click();
    await page.getByRole('row').filter({ hasText: authorName }).getByRole('checkbox').check();
    const again = page.getByRole('button', { name: 'Shortlist', exact: true });
    const { tooltip } = await blockedReason(again);
    expect(tooltip).toBe('None of the selected reviews can be shortlisted now.');
  });

  it('8. the review-gating notice on the dashboard follows the API\'s access table, not a role list in the browser', async () => {
    await go('/');
    await page.getByTestId('review-gating').waitFor(); // the admin may publish reviews
    const email = `cx.agent.${Date.now().toString(36)}@cxloop.test`;
    await ok(api, token, 'mutation($e:String!,$p:String!){createUser(email:$e,name:"Chitra Agent",roles:[CX_AGENT],password:$p){id}}', { e: email, p: 'agent-pass-123' });
    const other = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // The notice waits on the permissions (read at sign-in) and, once mounted, on policySettings:
    // any such request this page sends must have answered before its absence means anything.
    const settingsAnswered: Promise<unknown>[] = [];
    other.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.postData()?.includes('policySettings')) settingsAnswered.push(r.response().then((res) => res?.finished()));
    });
    try {
      await other.goto(`${api.url}#/login`);
      await other.getByLabel('E-mail').fill(email);
      await other.getByLabel('Password').fill('agent-pass-123');
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other.getByTestId('dashboard').waitFor();
      // The menu lists the agent's resources once the permissions are read (the same answer the
      // dashboard's useCan reads); the weekly figures answered the query sent beside the notice's.
      await other.getByRole('menuitem', { name: 'Escalations' }).waitFor();
      await other.getByText('Loading the weekly figures…').waitFor({ state: 'detached' });
      await Promise.all(settingsAnswered);
      expect(await other.getByTestId('review-gating').count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
