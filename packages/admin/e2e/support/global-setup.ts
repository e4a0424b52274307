import { CHROMIUM, hasBrowser } from './browser';

// A plain line for whoever reads the log; REQUIRE_BROWSER=1 turns the skip into a failing test
// (admin.e2e.ts), so the summary line still ends the run.
export default function setup() {
  if (hasBrowser) return;
  if (process.env.REQUIRE_BROWSER === '1') console.log(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}: failing.`);
  else console.log(`Browser tests skipped: no Chromium at ${CHROMIUM}.`);
}
