/**
 * The professional portal's words in message catalogues, as in the
 * young-person portal (i18next with ICU messages). English only for now: the
 * layout and menu, the young people's languages page and the reply language
 * question read from i18n/locales/en.json; other screens move over in time.
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
