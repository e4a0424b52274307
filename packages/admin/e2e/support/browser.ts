// Headless Chromium through playwright-core. Without /usr/bin/chromium the browser tests are
// skipped (CI without a browser), unless REQUIRE_BROWSER=1 demands them.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh context (1366×768 unless options say otherwise) signed in through the login form, on the dashboard (FINANCE: on the money queue). */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  who: { email: string; password: string },
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, ...options });
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/login`);
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('[data-testid="dashboard"], [data-testid="money-queue"]').first().waitFor();
  return { context, page };
}

/**
 * The page at rest: no spinner, and no finite animation or transition running (a fading dialog
 * has its final colours for axe, a chart its final bars for a screenshot). Endless ones (a pulsing
 * badge) never finish and are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[role="progressbar"]').length === 0 &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { timeout: 20_000 },
  );
}
