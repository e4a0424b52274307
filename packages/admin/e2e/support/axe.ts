// axe-core in the real page (issue 14 item 14): WCAG 2.0 and 2.1, levels A and AA. A check fails
// on any serious or critical violation and names each one readably (rule, what it asks, where),
// so a failing test says what to fix instead of dumping axe's JSON.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// axe-core's own types, through the builder (axe-core is its dependency, not ours).
type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// axe's best practices too: their serious ones (an unnamed dialog) fail as well, and the moderate
// ones (landmarks, heading order, one h1) are reported.
const TAGS = [...WCAG_TAGS, 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

export async function axeViolations(page: Page, tags = TAGS): Promise<Result[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations;
}

export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const where = v.nodes.slice(0, 8).map((n) => {
        // axe's own check message says what is wrong there (e.g. the two colours and their ratio).
        const why = [...n.any, ...n.all, ...n.none].map((c) => c.message).find(Boolean);
        const html = n.html.replace(/\s+/g, ' ').slice(0, 160);
        return `    at ${n.target.map(String).join(' >>> ')}\n       ${html}${why ? `\n       ${why}` : ''}`;
      });
      if (v.nodes.length > 8) where.push(`    … and ${v.nodes.length - 8} more`);
      return [`  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`, ...where].join('\n');
    })
    .join('\n');
}

/**
 * Throws with the list of serious and critical violations on the page as it is now; moderate and
 * minor ones are returned, so a caller can report them without failing.
 */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<Result[]> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  if (blocking.length) {
    throw new Error(`axe: ${blocking.length} serious or critical violation(s) on ${screen} (${page.url()}):\n${describeViolations(blocking)}`);
  }
  return violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
}
