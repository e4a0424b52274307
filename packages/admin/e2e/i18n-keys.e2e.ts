// Issue 14 item 15: every word goes through the i18nProvider. No browser needed: (a) every message
// key the code names ('cx.orders.updated', label="cx.sla.breached") exists in i18n/en.ts; (b) a
// second language is a file with en's keys: a pseudo-locale built from en ("[[…]]" around every
// message) translates every one of those keys through react-admin's polyglot provider, plurals
// and %{…} data included; (c) the components moved to keys hold no English literal any more where
// a person reads it (JSX text, label / title / description / helperText / placeholder props).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n';

const SRC = join(__dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));
const sources = files(SRC).filter((f) => !f.includes(`${join('src', 'gql')}`));

/** A literal message key in the code: quoted, from one of en's namespaces, with no ${…} in it. */
const KEY = /(['"`])((?:ra|cx|resources|rules|events|routes)\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)\1/g;

function keysUsed() {
  const used = new Map<string, string>();
  for (const f of sources) {
    for (const m of readFileSync(f, 'utf8').matchAll(KEY)) if (!used.has(m[2])) used.set(m[2], relative(SRC, f));
  }
  return used;
}

const lookup = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages);

/** en with every message wrapped, its %{…} placeholders and "one |||| many" plurals kept. */
function pseudo(messages: unknown): unknown {
  if (typeof messages === 'string') return messages.split(' |||| ').map((m) => `[[${m}]]`).join(' |||| ');
  if (messages && typeof messages === 'object') return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, pseudo(v)]));
  return messages;
}

describe('messages (i18n)', () => {
  const used = keysUsed();

  it('finds the keys the code uses', () => {
    // The scan itself works: keys from the areas moved to messages are seen.
    expect(used.has('cx.orders.complete.label')).toBe(true);
    expect(used.has('cx.dashboard.closed_loop.title')).toBe(true);
    expect(used.size).toBeGreaterThan(200);
  });

  it('has every key the code uses in en.ts', () => {
    const missing = [...used].filter(([key]) => typeof lookup(en, key) !== 'string').map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('translates every key through a second locale built from en', async () => {
    const provider = polyglotI18nProvider((locale) => (locale === 'xx' ? (pseudo(en) as typeof en) : en), 'en', [
      { locale: 'en', name: 'English' },
      { locale: 'xx', name: 'Pseudo' },
    ]);
    await provider.changeLocale('xx');
    // Data for every placeholder a message may have, and a count for its plural.
    const data = new Proxy({ smart_count: 2 } as Record<string, unknown>, { get: (t, k) => (k in t ? t[k as string] : 'X') });
    const untranslated = [...used.keys()].filter((key) => {
      const text = provider.translate(key, { ...Object.fromEntries([...(String(lookup(en, key)) ?? '').matchAll(/%\{(\w+)\}/g)].map((m) => [m[1], data[m[1]]])), smart_count: 2 });
      return !(text.startsWith('[[') && text.endsWith(']]')) || /%\{/.test(text);
    });
    expect(untranslated).toEqual([]);
    expect(provider.translate('cx.customer.completed_orders', { smart_count: 1 })).toBe('[[1 completed order]]');
    expect(provider.translate('cx.customer.completed_orders', { smart_count: 3 })).toBe('[[3 completed orders]]');
    expect(provider.translate('cx.orders.show_title', { ref: 'ORD-1' })).toBe('[[Order ORD-1]]');
    await provider.changeLocale('en');
    expect(provider.translate('cx.orders.show_title', { ref: 'ORD-1' })).toBe('Order ORD-1');
  });

  it('leaves no English literal where a person reads it', () => {
    // Every component, and the code outside React whose messages reach people (the data
    // provider's errors, the export's refusals, sign-in).
    const moved = sources.filter(
      (f) => f.endsWith('.tsx') || /[\\/](dataProvider[\\/][^\\/]+|common[\\/]serverExport|authProvider|reviews[\\/]checks)\.ts$/.test(f),
    );
    const WORDS = [
      // A JSX text child with a word in it: "<Typography>Order history</Typography>" (not an arrow's "=> Promise<…>").
      /(?<!=)>\s*([A-Za-z][a-z]+(?:[ ,.:'’-]+[A-Za-z]+)*[.…]?)\s*</g,
      // A word in a prop a person reads (a key such as "cx.orders.x" is not a word).
      /\b(?:label|title|description|helperText|placeholder|emptyText|success|confirmLabel|pendingLabel|primaryText|aria-label|text)="([^"]*[a-z][^"]*)"/g,
      // A sentence in code: a fallback ("?? 'Unassigned'"), a ternary's branch, a notification, an error's message.
      /(?:\?\?|\?|:|notify\(|Error\()\s*['`]([A-Z][a-z]+[^'`]*)['`]/g,
    ];
    const found: string[] = [];
    for (const f of moved) {
      const code = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
      for (const re of WORDS) {
        for (const m of code.matchAll(re)) {
          const word = m[1];
          if (/^(?:ra|cx|resources|rules|events|routes)\.[\w.]+$/.test(word)) continue;
          // Not words: generic type parameters (<Values>) and TypeScript between angle brackets.
          if (/^(?:string|number|boolean|unknown|any|null|T|extends \w+)$/.test(word)) continue;
          // The HTTP authorization scheme, a protocol word.
          if (/^Bearer \$\{/.test(word)) continue;
          // The product's name as react-admin's <Admin title>: its default title is shown as given.
          if (word === 'CX Loop' && f.endsWith('App.tsx')) continue;
          found.push(`${relative(SRC, f)}: ${word}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
