// The panel's i18nProvider (react-admin's polyglot one). Every word goes through translate()
// with the keys of i18n/en.ts; a second language is one more entry in LOCALES and a file with the
// same keys (loaded on demand, so English users do not download it). react-admin shows its
// language menu in the app bar as soon as there is more than one locale.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';

export const DEFAULT_LOCALE = 'en';

/** The panel's languages: their names, as the language menu lists them, and their messages. */
export const LOCALES: { locale: string; name: string; messages: () => TranslationMessages | Promise<TranslationMessages> }[] = [
  { locale: DEFAULT_LOCALE, name: 'English', messages: () => en },
];

const messagesOf = (locale: string) => (LOCALES.find((l) => l.locale === locale) ?? LOCALES[0]).messages();

export const i18nProvider = polyglotI18nProvider(
  messagesOf,
  DEFAULT_LOCALE,
  LOCALES.map(({ locale, name }) => ({ locale, name })),
  // Labels written in the code ("Ref", "Payment reference") are their own fallback until a
  // translation names them.
  { allowMissing: true },
);

export { en };
