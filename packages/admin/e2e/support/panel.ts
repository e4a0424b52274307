// The frame every browser-test file shares: the real API on a fresh database, Chromium, and the
// admin signed in through the login form. Without Chromium a file is skipped, unless
// REQUIRE_BROWSER=1 (CI) makes that a failure (requireBrowser).
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './api-server';
import { CHROMIUM, hasBrowser, launchBrowser, signedIn } from './browser';
import { login } from './flows';

/** Call at a file's top level: with REQUIRE_BROWSER=1 and no Chromium, one failing test says so. */
export function requireBrowser(): void {
  if (!hasBrowser && process.env.REQUIRE_BROWSER === '1') {
    it('has a browser (REQUIRE_BROWSER=1)', () => {
      throw new Error(`No Chromium at ${CHROMIUM}; install it or unset REQUIRE_BROWSER.`);
    });
  }
}

export interface AdminPanel {
  api: ApiServer;
  browser: Browser;
  page: Page;
  /** The admin's API token, for setting up and checking records beside the browser. */
  token: string;
}

/** For a beforeAll: the API, Chromium and a 1366×768 page with the admin signed in, on the dashboard. */
export async function openAdminPanel(options: { acceptDownloads?: boolean } = {}): Promise<AdminPanel> {
  const api = await startApi();
  const token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
  const browser = await launchBrowser();
  const { page } = await signedIn(browser, api.url, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, options);
  return { api, browser, page, token };
}

/** For an afterAll: whatever openAdminPanel got to start. */
export async function closePanel(panel: { api?: ApiServer; browser?: Browser }): Promise<void> {
  await panel.browser?.close();
  await panel.api?.stop();
}

/** The text under a form field (its helper text, which MUI links by aria-describedby), once the field is invalid. */
export async function messageUnder(field: Locator, text: string): Promise<void> {
  await expect.poll(() => field.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '')).toBe(text);
  expect(await field.getAttribute('aria-invalid')).toBe('true');
}
