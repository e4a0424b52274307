// The customer's pages on a 375 px phone screen, in a real Chromium against the real API: the
// rating link of a paid order, tapped through for 1, 3 and 5 stars to what the customer sees next.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { hasBrowser, launchBrowser } from './support/browser';
import { requireBrowser } from './support/panel';
import { completedOrder, login, ok } from './support/flows';

// E2E_SCREENSHOTS=/tmp saves full-page phone screenshots as cx-customer-<name>.png.
const SHOTS = process.env.E2E_SCREENSHOTS;

requireBrowser();

describe.skipIf(!hasBrowser)('customer pages on a phone', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    api = await startApi();
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  /** A fresh paid order's rating page, opened from the customer's WhatsApp link. */
  async function openRatingPage(): Promise<string> {
    const order = await completedOrder(api, token);
    const d = await ok<{ order: { feedbackRequests: { touchpoint: string; messages: { channel: string; body: string }[] }[] } }>(
      api, token, 'query($id:ID!){order(id:$id){feedbackRequests{touchpoint messages{channel body}}}}', { id: order.id },
    );
    const request = d.order.feedbackRequests.find((r) => r.touchpoint === 'ORDER_COMPLETED')!;
    const body = request.messages.find((m) => m.channel === 'WHATSAPP')!.body;
    const link = new URL(/https?:\/\/\S+\/r\/[\w.-]+/.exec(body)![0]);
    await page.goto(new URL(link.pathname, api.url).toString());
    await page.getByRole('button', { name: 'Send my rating' }).waitFor();
    return order.id;
  }

  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `cx-customer-${name}.png`), fullPage: true });
  };

  const tapStars = (group: string | RegExp, n: number) => page.getByRole('group', { name: group }).getByTitle(n === 1 ? '1 star' : `${n} stars`, { exact: true }).click();

  /** Nothing on the page is wider than the phone. */
  async function fitsTheScreen() {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  }

  it('1 star: the customer is told CX will call within minutes', async () => {
    await openRatingPage();
    await fitsTheScreen();
    await tapStars('Tap a star', 1);
    await page.getByLabel('Anything to add? (optional)').fill('The executive came two hours late.');
    await page.getByRole('button', { name: 'Send my rating' }).click();
    await page.getByRole('heading', { name: "We're sorry." }).waitFor();
    await shot('after-1-star');
    expect(await page.getByText('will call you within minutes').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'message us on WhatsApp' }).count()).toBe(1);
    await fitsTheScreen();
  });

  it('3 stars with sub-ratings: the details form follows at once, and what is written reaches CX', async () => {
    const orderId = await openRatingPage();
    // Every sub-rating row is a row of five stars that fits the phone.
    for (const q of ['How did the vendor behave?', 'Did the vendor come on time?', 'How professional was the vendor?', 'How was the pickup?', 'Was the payment smooth and instant?']) {
      const row = page.getByRole('group', { name: q });
      const box = (await row.boundingBox())!;
      expect(box.x + box.width, q).toBeLessThanOrEqual(375);
      expect(await row.getByRole('radio').count()).toBe(5);
    }
    await tapStars('Tap a star', 3);
    await tapStars('Did the vendor come on time?', 2);
    await tapStars('Was the payment smooth and instant?', 5);
    await fitsTheScreen();
    await shot('rating-page');
    await page.getByRole('button', { name: 'Send my rating' }).click();
    await page.getByLabel('What could we have done better?').waitFor();
    await shot('after-3-stars');
    await page.getByLabel('What could we have done better?').fill('The vendor was late and lowered the price at the door.');
    await page.getByRole('button', { name: 'Send my feedback' }).click();
    await page.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();
    await fitsTheScreen();
    const d = await ok<{ order: { feedback: { rating: number; details: string | null; vendorTimeliness: number | null; paymentSpeed: number | null; channel: string }[] } }>(
      api, token, 'query($id:ID!){order(id:$id){feedback{rating details vendorTimeliness paymentSpeed channel}}}', { id: orderId },
    );
    expect(d.order.feedback).toEqual([{ rating: 3, details: 'The vendor was late and lowered the price at the door.', vendorTimeliness: 2, paymentSpeed: 5, channel: 'WHATSAPP' }]);

    // CX sees what the customer wrote on the order page.
    const desk = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await desk.goto(`${api.url}#/login`);
      await desk.getByLabel('E-mail').fill(ADMIN_EMAIL);
      await desk.getByLabel('Password').fill(ADMIN_PASSWORD);
      await desk.getByRole('button', { name: 'Sign in' }).click();
      await desk.getByTestId('dashboard').waitFor();
      await desk.goto(`${api.url}#/Order/${encodeURIComponent(orderId)}/show`);
      await desk.getByRole('tab', { name: /^Feedback/ }).click();
      await desk.getByTestId('feedback-details').filter({ hasText: 'lowered the price at the door' }).waitFor();
      expect(await desk.getByText('On time: 2★').count()).toBe(1);
    } finally {
      await desk.close();
    }
  });

  it('5 stars: the customer is offered Google, Google Play and the App Store', async () => {
    await openRatingPage();
    await tapStars('Tap a star', 5);
    await page.getByRole('button', { name: 'Send my rating' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await shot('after-5-stars');
    for (const name of ['Review us on Google', 'Rate the app on Google Play', 'Rate us on the App Store']) {
      const link = page.getByRole('link', { name });
      expect(await link.count(), name).toBe(1);
      expect((await link.boundingBox())!.width).toBeLessThanOrEqual(375);
    }
    await fitsTheScreen();
  });

  it('a broken link says so and how to reach support', async () => {
    await page.goto(new URL('/r/not-a-real-link', api.url).toString());
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    await shot('broken-link');
    expect(await page.getByRole('link', { name: 'message us on WhatsApp' }).getAttribute('href')).toMatch(/^https:\/\/wa\.me\//);
    await fitsTheScreen();
  });
});
