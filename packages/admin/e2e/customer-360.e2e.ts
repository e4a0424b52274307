// The customer 360 in a real Chromium against the real API, as a CX agent: a customer with paid
// orders, a 1-star answer (its escalation) and a case with a call and a WhatsApp reply. Open
// items on top, every kind on the timeline once all pages are in, "Load more", the kind filter
// (the API's `kinds`), one click to the escalation and one back to the customer, "New case" with
// the customer prefilled, and the log-contact dialog's K8 templates filling the summary.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { hasBrowser, launchBrowser, signedIn } from './support/browser';
import { requireBrowser } from './support/panel';
import { completedOrder, createUser, login, ok } from './support/flows';

requireBrowser();

// customers/CustomerTimeline.tsx TIMELINE_PER_PAGE.
const PER_PAGE = 20;
const KINDS = ['ORDER', 'FEEDBACK', 'ESCALATION', 'CASE', 'MESSAGE', 'CALL'];

describe.skipIf(!hasBrowser)('the customer 360', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  let customerId: string;
  let customerName: string;
  let escalationId: string;
  let caseId: string;
  let total: number;
  const within = { timeout: 15_000 };

  const go = (hash: string) => page.goto(`${api.url}#${hash}`);
  const entries = (testId: string) => page.getByTestId(testId).getByTestId('timeline-entry');
  /** The entries of one kind in a section ("timeline-open" or "timeline-history"). */
  const ofKind = (testId: string, kind: string) => page.getByTestId(testId).locator(`[data-testid="timeline-entry"][data-kind="${kind}"]`);

  beforeAll(async () => {
    api = await startApi();
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    const agent = await createUser(api, token, 'Kavya Agent', ['CX_AGENT']);
    const agentToken = await login(api, agent.email, agent.password);
    customerName = `Ishaan Menon ${Date.now().toString(36)}`;
    const phone = `95${String(10_000_000 + Math.floor(Math.random() * 80_000_000)).padStart(8, '0')}`;
    const first = await completedOrder(api, token, customerName, { refPrefix: 'E2E-360', phone });
    customerId = (await ok<{ Order: { customer: { id: string } } }>(api, token, 'query($id:ID!){Order(id:$id){customer{id}}}', { id: first.id })).Order.customer.id;
    const fb = await ok<{ submitFeedback: { escalation: { id: string } | null } }>(
      api, token, 'mutation($i:SubmitFeedbackInput!){submitFeedback(input:$i){escalation{id}}}',
      { i: { orderId: first.id, rating: 1, comment: `The pickup agent came three hours late and ${'kept me waiting at the door, '.repeat(8)}then left.` } },
    );
    escalationId = fb.submitFeedback.escalation!.id;
    const c = await ok<{ openCase: { id: string } }>(api, agentToken, 'mutation($i:OpenCaseInput!){openCase(input:$i){id}}', {
      i: { type: 'REFUND_STATUS', channel: 'CALL', subject: 'When is my payment?', description: 'Asked on the phone', customerId, orderId: first.id },
    });
    caseId = c.openCase.id;
    await ok(api, agentToken, 'mutation($id:ID!){replyToCase(caseId:$id,channel:CALL,body:"Called: payment is on its way"){id}}', { id: caseId });
    await ok(api, agentToken, 'mutation($id:ID!){replyToCase(caseId:$id,channel:WHATSAPP,body:"Your payment was sent today."){id}}', { id: caseId });
    // Repeat orders until the timeline is longer than a page, so "Load more" has something to load.
    const count = async () =>
      (await ok<{ Customer: { timeline: unknown[] } }>(api, agentToken, 'query($id:ID!){Customer(id:$id){timeline(perPage:200){id}}}', { id: customerId })).Customer.timeline.length;
    for (let i = 0; (total = await count()) <= PER_PAGE + 2 && i < 12; i++) await completedOrder(api, token, customerName, { refPrefix: 'E2E-360', phone });
    expect(total).toBeGreaterThan(PER_PAGE);
    browser = await launchBrowser();
    page = (await signedIn(browser, api.url, agent)).page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows the customer, the open items on top and, page by page, every kind on the timeline', async () => {
    await go(`/Customer/${customerId}/show`);
    await page.getByTestId('customer-name').filter({ hasText: customerName }).waitFor(within);
    await page.locator('a[href^="tel:+91"]').first().waitFor();
    await page.getByTestId('customer-flags').getByText(/completed orders/).waitFor();
    await page.getByTestId('customer-flags').getByText('Receives messages').waitFor();

    // Open now: the escalation and the case, linked to their pages; nothing closed among them.
    const open = entries('timeline-open');
    await open.first().waitFor(within);
    await ofKind('timeline-open', 'ESCALATION').getByRole('link').first().waitFor();
    expect(await ofKind('timeline-open', 'CASE').getByRole('link').first().getAttribute('href')).toBe(`#/SupportCase/${caseId}/show`);
    expect(await ofKind('timeline-open', 'ESCALATION').getByRole('link').first().getAttribute('href')).toBe(`#/Escalation/${escalationId}/show`);
    expect(await ofKind('timeline-history', 'ESCALATION').count()).toBe(0);
    const openBox = await page.getByTestId('timeline-open').boundingBox();
    const historyBox = await page.getByTestId('timeline-history').boundingBox();
    expect(openBox!.y).toBeLessThan(historyBox!.y);

    // The first page, then Load more until the API has no more: every entry exactly once.
    const history = entries('timeline-history');
    const shown = async () => (await open.count()) + (await history.count());
    expect(await shown()).toBe(PER_PAGE);
    const loadMore = page.getByRole('button', { name: 'Load more' });
    while (await loadMore.isVisible()) {
      const before = await shown();
      await loadMore.click();
      await expect.poll(shown, within).toBeGreaterThan(before);
    }
    expect(await shown()).toBe(total);
    const kinds = new Set(await page.getByTestId('timeline-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))));
    expect([...kinds].sort()).toEqual([...KINDS].sort());

    // Newest first below the open items, as the API sends them.
    const times = await history.locator('time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Feedback is read on its order; the long comment opens with Show more.
    const feedback = ofKind('timeline-history', 'FEEDBACK').first();
    expect(await feedback.getByRole('link').getAttribute('href')).toMatch(/^#\/Order\/[^/]+\/show$/);
    await feedback.getByRole('button', { name: 'Show more' }).click();
    await feedback.getByText(/then left\./).waitFor();
    await feedback.getByRole('button', { name: 'Show less' }).waitFor();
  });

  it('filters by kind on the server: only calls, then calls and cases, then all again', async () => {
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect.poll(() => page.getByTestId('timeline-entry').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-kind')))]), within).toEqual(['CALL']);
    expect(await page.getByRole('button', { name: 'Call', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Case', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('timeline-entry').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-kind')))].sort()), within)
      .toEqual(['CALL', 'CASE']);
    // Every kind again, with the pages loaded before.
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => page.getByTestId('timeline-entry').count(), within).toBe(total);
  });

  it('goes to the escalation in one click and back to the customer in one', async () => {
    await ofKind('timeline-open', 'ESCALATION').getByRole('link').first().click();
    await page.waitForURL(new RegExp(`#/Escalation/${escalationId}/show$`), within);
    await page.getByRole('link', { name: customerName, exact: true }).click();
    await page.waitForURL(new RegExp(`#/Customer/${customerId}/show$`), within);
    await page.getByTestId('customer-name').filter({ hasText: customerName }).waitFor(within);
  });

  it('links the customer from the escalation queue too', async () => {
    await go('/Escalation');
    const link = page.getByRole('link', { name: customerName, exact: true }).first();
    await link.waitFor(within);
    await link.click();
    await page.waitForURL(new RegExp(`#/Customer/${customerId}/show$`), within);
  });

  it('opens New case with the customer prefilled (react-admin create-with-source)', async () => {
    await go(`/Customer/${customerId}/show`);
    const newCase = page.getByRole('link', { name: 'New case' });
    await newCase.waitFor(within);
    const href = await newCase.getAttribute('href');
    expect(href).toMatch(/^#\/SupportCase\/create\?source=/);
    expect(JSON.parse(decodeURIComponent(href!.split('?source=')[1]))).toEqual({ customerId });
    await newCase.click();
    await page.waitForURL(/#\/SupportCase\/create\?source=/, within);
    // The case form starts with this customer chosen.
    const customer = page.getByRole('combobox', { name: 'Customer' });
    await customer.waitFor(within);
    await expect.poll(() => customer.inputValue(), within).toContain(customerName);
  });

  it("fills the log-contact summary from the escalation's K8 templates", async () => {
    await go(`/Escalation/${escalationId}/show`);
    await page.getByRole('button', { name: 'Log contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log contact with the customer' });
    await dialog.getByRole('combobox', { name: 'Template' }).click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThanOrEqual(2);
    await options.first().click();
    const summary = dialog.getByRole('textbox', { name: 'Summary' });
    await expect.poll(() => summary.inputValue()).toContain(customerName.split(' ')[0]);
    await dialog.getByText(/^From SOP/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});
