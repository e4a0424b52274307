// Screenshots of each persona's main screen for docs/screenshots (issue 14: "screenshots of each
// persona's main screen are in docs/"), at 1366×768 in Debian's Chromium against the real API and
// its demo data only: what each persona finds on a first start. Not part of the test run:
// `pnpm --filter @cx-loop/admin screenshots` builds the panel and runs this file alone
// (vitest.screenshots.config.ts). Each persona is a user made through the API with the role the
// SOP gives them, signed in through the login form. SCREENSHOTS_DIR writes elsewhere (default: the
// repository's docs/screenshots).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startApi, type ApiServer } from './support/api-server';
import { CHROMIUM, hasBrowser, launchBrowser, settled, signedIn } from './support/browser';
import { createUser, login } from './support/flows';

const OUT = process.env.SCREENSHOTS_DIR ?? path.resolve(import.meta.dirname, '../../../docs/screenshots');

if (!hasBrowser) {
  it('has a browser', () => {
    throw new Error(`No Chromium at ${CHROMIUM}: screenshots need one (CHROMIUM_PATH).`);
  });
}

interface Persona {
  file: string;
  name: string;
  roles: string[];
  /** Opens the persona's main screen and waits for what it should show. */
  open: (page: Page) => Promise<void>;
}

describe.skipIf(!hasBrowser)('persona screenshots', () => {
  let api: ApiServer;
  let browser: Browser;
  let token: string;
  const go = (page: Page, hash: string) => page.goto(`${api.url}#${hash}`);

  const personas: Persona[] = [
    {
      // The queue: who to call first, by SLA.
      file: 'cx-agent',
      name: 'Asha Rao',
      roles: ['CX_AGENT'],
      open: async (page) => {
        await go(page, '/Escalation');
        await page.getByRole('row').nth(1).waitFor();
      },
    },
    {
      // The weekly picture: volume, ratings, the closed loop, complaints.
      file: 'cx-lead',
      name: 'Vikram Mehta',
      roles: ['CX_LEAD'],
      open: async (page) => {
        await page.getByTestId('feedback-volume').waitFor();
      },
    },
    {
      // The review inbox, with each review's shortlist checks.
      file: 'marketing',
      name: 'Priya Nair',
      roles: ['MARKETING'],
      open: async (page) => {
        await go(page, '/Review');
        await page.getByTestId('checks').first().waitFor();
      },
    },
    {
      // Vendor scorecards, best first, with complaints and SLA violations.
      file: 'vendor-ops',
      name: 'Arjun Singh',
      roles: ['VENDOR_OPS'],
      open: async (page) => {
        await go(page, '/Vendor');
        await page.getByRole('row').nth(1).waitFor();
      },
    },
    {
      // Completed orders with vendor, payment reference and date, for reconciliation.
      file: 'finance',
      name: 'Kavita Iyer',
      roles: ['FINANCE'],
      open: async (page) => {
        await go(page, `/Order?filter=${encodeURIComponent(JSON.stringify({ status: 'COMPLETED' }))}`);
        await page.getByRole('row').nth(1).waitFor();
      },
    },
    {
      // The panel's accounts and their roles.
      file: 'admin',
      name: 'Rohan Kapoor',
      roles: ['ADMIN'],
      open: async (page) => {
        await go(page, '/User');
        await page.getByRole('row').filter({ hasText: 'Kavita Iyer' }).waitFor();
      },
    },
  ];

  beforeAll(async () => {
    api = await startApi();
    token = await login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser = await launchBrowser();
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  for (const persona of personas) {
    it(`${persona.file}: ${persona.roles.join(', ')}`, async () => {
      // Each run starts on a fresh database (the API's own, in a temp dir): plain addresses.
      const who = await createUser(api, token, persona.name, persona.roles, { email: `${persona.name.toLowerCase().replace(/\W+/g, '.')}@cashkr.example` });
      const { context, page } = await signedIn(browser, api.url, who);
      try {
        await persona.open(page);
        await settled(page);
        await page.screenshot({ path: path.join(OUT, `${persona.file}.png`) });
      } finally {
        await context.close();
      }
    });
  }
});
