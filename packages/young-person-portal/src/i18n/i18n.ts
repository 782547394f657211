import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_PORTAL_LANGUAGE, portalLanguage } from '@forever-planning/shared';
import { CATALOGUES } from './catalogues';

/** Keys a page asked for that the language's catalogue lacks (English was shown instead): the browser test reads them (words.ts records them). */
export const missingMessages: string[] = [];

function resources() {
  return Object.fromEntries(
    Object.entries(CATALOGUES).map(([code, catalogue]) => {
      const { _meta, ...messages } = catalogue;
      return [code, { translation: messages }];
    }),
  );
}

/** One i18next instance for the portal: ICU messages, English when a message is missing. */
export const i18n: I18n = i18next.createInstance();
void i18n
  .use(ICU)
  .use(initReactI18next)
  .init({
    resources: resources(),
    lng: DEFAULT_PORTAL_LANGUAGE,
    fallbackLng: DEFAULT_PORTAL_LANGUAGE,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
if (typeof window !== 'undefined') (window as unknown as { fpMissingMessages: string[] }).fpMissingMessages = missingMessages;

/** Shows the portal in a language: messages, and lang and dir on the document (right-to-left for Arabic, Pashto, Farsi, Sorani). */
export async function showLanguage(code: string): Promise<void> {
  const language = portalLanguage(code) ?? portalLanguage(DEFAULT_PORTAL_LANGUAGE)!;
  await i18n.changeLanguage(language.code);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language.code === 'en' ? 'en-GB' : language.code;
    document.documentElement.dir = language.dir;
  }
}

/** The current language's code ("en", "ps"…). */
export function currentLanguage(): string {
  return i18n.language || DEFAULT_PORTAL_LANGUAGE;
}

/** The locale dates and numbers are written in: the page's language (British English for English). */
export function dateLocale(): string {
  const code = currentLanguage();
  return code === 'en' ? 'en-GB' : code;
}

/** A language's name in the page's language ("Pashto", "Pashteg"), or in its own words where the browser has no name for it. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([dateLocale()], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // An engine without names for this language: its own name below.
  }
  return portalLanguage(code)?.ownName ?? code;
}
