/**
 * The professional portal's words in message catalogues, as in the
 * young-person portal (i18next with ICU messages). English only for now, from
 * i18n/locales/en.json, one key per screen and file ("caseload.caseloadPage.…"),
 * values and plurals in ICU ("{count, plural, one {…} other {…}}"); dates are
 * formatted by the date helpers before they go in. Which folders read all
 * their words from here, and which still hold English in code, is listed in
 * no-fixed-words.spec.ts: the test fails on a fixed sentence in a listed
 * folder and on a key the code asks for that en.json lacks.
 */
import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import en from './locales/en.json';

const { _meta, ...english } = en;

export const i18n: I18n = i18next.createInstance();
void i18n.use(ICU).init({
  resources: { en: { translation: english } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The message at a key ("layout.nav.driftList"), with any values it fills in. */
export function say(key: string, values?: Record<string, unknown>): string {
  return i18n.t(key, values ?? {});
}
