// The five shortlist checks (SOP_RULES RV2) and which MARKETING may override (RV3).
export const CHECKS = [
  { key: 'genuine', label: 'Genuine', hint: 'Unique text and a linked COMPLETED order', overridable: false },
  { key: 'positiveSentiment', label: 'Positive', hint: 'Rating ≥ 4 and positive sentiment', overridable: false },
  { key: 'clearValue', label: 'Clear value', hint: 'At least 8 words', overridable: true },
  { key: 'mentionsBrand', label: 'Brand', hint: 'Mentions the brand name', overridable: true },
  { key: 'relevantDevice', label: 'Device', hint: 'Mentions a phone, laptop, tablet or MacBook', overridable: true },
] as const;

export type CheckKey = (typeof CHECKS)[number]['key'];
export type Checks = Record<CheckKey, boolean> & { passed: boolean };

export function failedChecks(checks: Checks | undefined) {
  const failed = CHECKS.filter((c) => checks && !checks[c.key]);
  return {
    failed,
    hard: failed.filter((c) => !c.overridable),
    overridable: failed.filter((c) => c.overridable),
  };
}

/** "Rahul Sharma" → "Rahul S.", the API's default display name (RV4), for the preview. */
export function defaultDisplayName(authorName: string): string {
  const parts = authorName.trim().split(/\s+/);
  return parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1].charAt(0).toUpperCase()}.` : parts[0] ?? '';
}

export const EXCERPT_MAX = 280;

/** The text cut at a word to at most 280 characters, as the API does by default (RV4). */
export function defaultExcerpt(text: string): string {
  const t = text.trim();
  if (t.length <= EXCERPT_MAX) return t;
  const cut = t.slice(0, EXCERPT_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 200 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
