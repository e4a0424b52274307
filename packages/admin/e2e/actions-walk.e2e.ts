// The panel's actions clicked as a person would, each followed by what the server now holds: an
// order taken from creation to payment step by step (and another cancelled with its reason), an escalation
// assigned to an agent, and the review actions (shortlist with an override reason, unpublish
// everywhere, reply, and bulk reject over two selected rows).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from './support/api-server';
import { hasBrowser } from './support/browser';
import { closePanel, openAdminPanel, requireBrowser } from './support/panel';
import { createUser, escalation, goodReview, ok } from './support/flows';

requireBrowser();

describe.skipIf(!hasBrowser)('actions walked through', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  let seq = 0;

  const go = (hash: string) => page.goto(`${api.url}#${hash}`);
  /** An action's dialog, by its title (the review drawer beside it is a dialog too). */
  const dialog = (title: string) => page.getByRole('dialog', { name: title, exact: true });
  /** The server's answer and the page's re-read, on a busy two-core machine. */
  const within = { timeout: 10_000 };
  const stamp = () => `${Date.now().toString(36)}${++seq}`;

  /** A new order as the storefront sends it (createOrder): CREATED, no vendor. */
  async function newOrder(deviceModel: string, quotedPrice: number): Promise<{ id: string; externalRef: string }> {
    const externalRef = `E2E-WALK-${stamp()}`;
    const d = await ok<{ createOrder: { id: string } }>(api, token, 'mutation($i:CreateOrderInput!){createOrder(input:$i){id}}', {
      i: {
        externalRef,
        customer: { name: 'Arjun Nair', phone: `93${String(10_000_000 + seq * 7919 + Math.floor(Math.random() * 5000)).padStart(8, '0')}` },
        deviceCategory: 'PHONE',
        deviceModel,
        quotedPrice,
      },
    });
    return { id: d.createOrder.id, externalRef };
  }

  const orderNow = async (id: string) =>
    (await ok<{ order: { status: string; vendor: { id: string; name: string } | null; finalPrice: number | null; paymentReference: string | null } }>(
      api, token, 'query($id:ID!){order(id:$id){status vendor{id name} finalPrice paymentReference}}', { id },
    )).order;

  const reviewNow = async (id: string) =>
    (await ok<{ review: { status: string; reply: string | null; overriddenChecks: string[] | null; publications: { platform: string; unpublishedAt: string | null }[] } }>(
      api, token, 'query($id:ID!){review(id:$id){status reply overriddenChecks publications{platform unpublishedAt}}}', { id },
    )).review;

  /** Reviews imported as a platform sends them (Google vouches for its authors, so no order is needed). */
  async function importReviews(rows: { authorName: string; text: string }[]) {
    const d = await ok<{ importReviews: { reviews: { id: string; checks: Record<string, boolean> }[] } }>(
      api, token, 'mutation($r:[ReviewInput!]!){importReviews(reviews:$r){reviews{id checks{genuine positiveSentiment clearValue mentionsBrand relevantDevice passed}}}}',
      { r: rows.map((r) => ({ source: 'GOOGLE_BUSINESS', externalId: `e2e-walk-${stamp()}`, authorName: r.authorName, rating: 5, text: r.text, postedAt: new Date(Date.now() - 3600_000).toISOString() })) },
    );
    return d.importReviews.reviews;
  }

  /** A label and its value on a show page (react-admin's <Labeled>). */
  const labeled = (label: string): Locator => page.locator(`xpath=//*[contains(@class,"RaLabeled-label")][normalize-space(.)="${label}"]/..`);

  beforeAll(async () => {
    ({ api, browser, page, token } = await openAdminPanel());
  });

  afterAll(() => closePanel({ api, browser }));

  it('an order goes from creation to payment through its buttons: Assign vendor, Schedule pickup, Mark picked up, Record inspection, Complete', async () => {
    const order = await newOrder('Apple iPhone 14 128GB', 31000);
    await go(`/Order/${order.id}/show`);
    const actions = page.getByTestId('order-actions');

    // Assign vendor: the dialog's picker, then Assign.
    await actions.getByRole('button', { name: 'Assign vendor', exact: true }).click();
    await dialog('Assign a vendor').getByLabel('Vendor').click();
    const option = page.getByRole('option').first();
    await option.waitFor();
    const picked = (await option.textContent())!;
    await option.click();
    await dialog('Assign a vendor').getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog('Assign a vendor').waitFor({ state: 'detached' });
    await expect.poll(async () => (await orderNow(order.id)).vendor?.name ?? null, within).not.toBeNull();
    const vendor = (await orderNow(order.id)).vendor!;
    // The option reads "name (city)": the vendor the server holds is the one picked.
    expect(picked.startsWith(vendor.name)).toBe(true);
    await labeled('Vendor').getByRole('link', { name: vendor.name }).waitFor();
    await actions.getByRole('button', { name: 'Change vendor', exact: true }).waitFor();

    // The steps without a dialog run on click.
    await actions.getByRole('button', { name: 'Schedule pickup', exact: true }).click();
    await expect.poll(async () => (await orderNow(order.id)).status, within).toBe('PICKUP_SCHEDULED');
    await actions.getByRole('button', { name: 'Mark picked up', exact: true }).click();
    await expect.poll(async () => (await orderNow(order.id)).status, within).toBe('PICKED_UP');

    // Record inspection: the final price starts at the quote; the inspection lowered it.
    await actions.getByRole('button', { name: 'Record inspection', exact: true }).click();
    const price = dialog('Record inspection').getByLabel('Final price (₹)');
    expect(await price.inputValue()).toBe('31000');
    await price.fill('28500');
    await dialog('Record inspection').getByRole('button', { name: 'Save inspection', exact: true }).click();
    await dialog('Record inspection').waitFor({ state: 'detached' });
    await expect.poll(async () => (await orderNow(order.id)).status, within).toBe('INSPECTED');
    expect((await orderNow(order.id)).finalPrice).toBe(28500);

    // Complete: the payment reference, then Complete order.
    await actions.getByRole('button', { name: 'Complete (payment)', exact: true }).click();
    await dialog('Record payment').getByLabel('Payment reference').fill(`  UTR-${order.externalRef}  `);
    await dialog('Record payment').getByRole('button', { name: 'Complete order', exact: true }).click();
    await dialog('Record payment').waitFor({ state: 'detached' });
    await expect.poll(async () => (await orderNow(order.id)).status, within).toBe('COMPLETED');
    expect((await orderNow(order.id)).paymentReference).toBe(`UTR-${order.externalRef}`);
    await labeled('Payment reference').getByText(`UTR-${order.externalRef}`).waitFor();
    // Paid: Complete is no longer offered.
    await expect.poll(() => actions.getByRole('button', { name: 'Complete (payment)', exact: true }).count(), within).toBe(0);
  });

  it('Cancel order offers to reschedule first (SOP 002); Cancel in its dialog keeps the order; a picked reason and note cancel it', async () => {
    const order = await newOrder('Samsung Galaxy S22', 24000);
    await go(`/Order/${order.id}/show`);
    const actions = page.getByTestId('order-actions');
    const cancelOrder = actions.getByRole('button', { name: 'Cancel order', exact: true });

    await cancelOrder.click();
    await dialog('Cancel order').getByText('Offer to reschedule first: SOP 002', { exact: false }).waitFor();
    await dialog('Cancel order').getByText('The order stops here; this cannot be undone.').waitFor();
    await dialog('Cancel order').getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog('Cancel order').waitFor({ state: 'detached' });
    expect((await orderNow(order.id)).status).toBe('CREATED');

    // The customer would not reschedule: the reason they confirmed, with a note, then Cancel order.
    await cancelOrder.click();
    await dialog('Cancel order').getByLabel('Reason (as the customer confirmed it)').click();
    // Every CancellationReason is offered, each in plain words.
    expect(await page.getByRole('option').allTextContents()).toEqual([
      'Customer changed their mind', 'Duplicate order', 'We cannot serve this device or area', 'Customer did not accept the price',
      'Vendor did not respond', 'Vendor did not turn up', 'Other (say why in the note)',
    ]);
    await page.getByRole('option', { name: 'Vendor did not turn up', exact: true }).click();
    await dialog('Cancel order').getByLabel('Note').fill('Vendor missed the 4 pm slot; customer declined a new one');
    await dialog('Cancel order').getByRole('button', { name: 'Cancel order', exact: true }).click();
    await dialog('Cancel order').waitFor({ state: 'detached' });
    await expect.poll(async () => (await orderNow(order.id)).status, within).toBe('CANCELLED');
    const cancelled = (await ok<{ order: { cancellationReason: string | null; cancellationNote: string | null } }>(
      api, token, 'query($id:ID!){order(id:$id){cancellationReason cancellationNote}}', { id: order.id },
    )).order;
    expect(cancelled).toEqual({ cancellationReason: 'VENDOR_NO_SHOW', cancellationNote: 'Vendor missed the 4 pm slot; customer declined a new one' });
    await expect.poll(() => cancelOrder.count(), within).toBe(0);
    // The show page says why.
    await labeled('Cancellation reason').getByText('Vendor did not turn up', { exact: true }).waitFor();
    await labeled('Cancellation note').getByText('Vendor missed the 4 pm slot; customer declined a new one').waitFor();
  });

  it('Cancel order with Other and no note: the API\'s refusal lands under Note and the order stays', async () => {
    const order = await newOrder('Redmi Note 12', 9000);
    await go(`/Order/${order.id}/show`);
    await page.getByTestId('order-actions').getByRole('button', { name: 'Cancel order', exact: true }).click();
    await dialog('Cancel order').getByLabel('Reason (as the customer confirmed it)').click();
    await page.getByRole('option', { name: 'Other (say why in the note)', exact: true }).click();
    await dialog('Cancel order').getByRole('button', { name: 'Cancel order', exact: true }).click();
    await dialog('Cancel order').getByText('With reason OTHER, write in the note why the customer cancels.').waitFor(within);
    expect((await orderNow(order.id)).status).toBe('CREATED');
  });

  it('an admin assigns an escalation to an agent through Assign: the page shows the assignee, the API holds them', async () => {
    const agent = await createUser(api, token, `Tara Walk ${stamp()}`, ['CX_AGENT']);
    const { escalationId } = await escalation(api, token);
    await go(`/Escalation/${escalationId}/show`);
    await labeled('Assignee').getByText('Unassigned').waitFor();

    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog('Assign the escalation').getByLabel('Agent').click();
    await page.getByRole('option', { name: agent.name, exact: true }).click();
    await dialog('Assign the escalation').getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog('Assign the escalation').waitFor({ state: 'detached' });

    await labeled('Assignee').getByText(agent.name, { exact: true }).waitFor();
    await expect
      .poll(async () => (await ok<{ escalation: { assignee: { id: string } | null } }>(api, token, 'query($id:ID!){escalation(id:$id){assignee{id}}}', { id: escalationId })).escalation.assignee?.id ?? null, within)
      .toBe(agent.id);
  });

  it('Shortlist with override: a review that fails only the brand check (overridable) is shortlisted with the reason typed', async () => {
    const text = `Sold my old iPhone here, the pickup was on time and the payment was instant. Great experience! (${stamp()})`;
    const [review] = await importReviews([{ authorName: 'Pooja Desai', text }]);
    // Only mentionsBrand fails: RV3 lets MARKETING (and ADMIN) override it with a reason.
    expect(review.checks).toEqual({ genuine: true, positiveSentiment: true, clearValue: true, mentionsBrand: false, relevantDevice: true, passed: false });

    await go(`/Review/${review.id}`);
    const drawer = page.getByTestId('review-detail');
    await drawer.getByRole('button', { name: 'Shortlist with override', exact: true }).click();
    await dialog('Shortlist with override').getByText(/Fails: Brand/).waitFor();
    await dialog('Shortlist with override').getByLabel('Why it is still a good testimonial').fill('Names the device and the service clearly; the brand is obvious from the platform.');
    await dialog('Shortlist with override').getByRole('button', { name: 'Shortlist', exact: true }).click();
    await dialog('Shortlist with override').waitFor({ state: 'detached' });
    await expect.poll(async () => (await reviewNow(review.id)).status, within).toBe('SHORTLISTED');
    expect((await reviewNow(review.id)).overriddenChecks).toEqual(['mentionsBrand']);
  });

  it('Unpublish everywhere on a published review: its confirm takes it off every platform, back to SHORTLISTED', async () => {
    const review = await goodReview(api, token);
    await ok(api, token, 'mutation($id:ID!){shortlistReview(reviewId:$id){id}}', { id: review.id });
    await ok(api, token, 'mutation($id:ID!,$p:[PublishPlatform!]!){publishReview(reviewId:$id,platforms:$p){id}}', { id: review.id, p: ['WEBSITE_TESTIMONIAL', 'HOMEPAGE_TRUST_BADGE'] });
    expect((await reviewNow(review.id)).status).toBe('PUBLISHED');

    await go(`/Review/${review.id}`);
    const drawer = page.getByTestId('review-detail');
    await drawer.getByRole('button', { name: 'Unpublish everywhere', exact: true }).click();
    await dialog('Unpublish everywhere').getByLabel('Reason').fill('The customer asked us to take it down.');
    await dialog('Unpublish everywhere').getByRole('button', { name: 'Unpublish', exact: true }).click();
    await dialog('Unpublish everywhere').waitFor({ state: 'detached' });
    await expect.poll(async () => (await reviewNow(review.id)).status, within).toBe('SHORTLISTED');
    const publications = (await reviewNow(review.id)).publications;
    expect(publications.map((p) => p.platform).sort()).toEqual(['HOMEPAGE_TRUST_BADGE', 'WEBSITE_TESTIMONIAL']);
    expect(publications.every((p) => p.unpublishedAt !== null)).toBe(true);
    await expect.poll(() => drawer.getByRole('button', { name: 'Unpublish everywhere', exact: true }).count(), within).toBe(0);
  });

  it('Reply: the reply written in its dialog shows in the drawer and is the API\'s reply', async () => {
    const review = await goodReview(api, token);
    const reply = `Thank you, Nikhil! Glad the pickup and payment went smoothly. (${stamp()})`;
    await go(`/Review/${review.id}`);
    const drawer = page.getByTestId('review-detail');
    await drawer.getByRole('button', { name: 'Reply', exact: true }).click();
    await dialog('Reply to the review').getByLabel('Reply').fill(reply);
    await dialog('Reply to the review').getByRole('button', { name: 'Save reply', exact: true }).click();
    await dialog('Reply to the review').waitFor({ state: 'detached' });
    await drawer.getByText(reply, { exact: true }).waitFor();
    await drawer.getByRole('button', { name: 'Edit reply', exact: true }).waitFor();
    await expect.poll(async () => (await reviewNow(review.id)).reply, within).toBe(reply);
  });

  it('bulk Reject: two rows selected in the Inbox, Reject with a reason, "2 rejected." and both REJECTED', async () => {
    const tag = `walkbulk${stamp()}`;
    const rows = await importReviews([
      { authorName: 'Anita Rao', text: `Sold my Samsung phone to Cashkr, quick pickup and fair price, very happy. (${tag} a)` },
      { authorName: 'Vikram Joshi', text: `Cashkr bought my old laptop at a good price and paid on the spot, smooth. (${tag} b)` },
    ]);
    await go(`/Review?filter=${encodeURIComponent(JSON.stringify({ status: 'NEW', q: tag }))}`);
    // A fresh load: the panel shows one notification at a time, and the earlier tests' success
    // toasts would otherwise come first, for half a minute.
    await page.reload();
    for (const author of ['Anita Rao', 'Vikram Joshi']) {
      await page.getByRole('row').filter({ hasText: author }).getByRole('checkbox').check();
    }
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await dialog('Reject the selected reviews').getByLabel('Reason').fill('Posted from a competitor campaign; not real customers.');
    await dialog('Reject the selected reviews').getByRole('button', { name: 'Reject', exact: true }).click();
    await page.getByText('2 rejected.').waitFor();
    for (const r of rows) await expect.poll(async () => (await reviewNow(r.id)).status, within).toBe('REJECTED');
  });
});
