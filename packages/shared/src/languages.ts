/**
 * The languages the young-person portal can be read in. The catalogues
 * themselves live in packages/young-person-portal/src/locales; this list is
 * what the server checks a council's choice and a child's choice against.
 *
 * Only English is on for every council. A council's administrator switches
 * the others on (they are drafts no qualified translator has checked yet).
 */
export interface PortalLanguage {
  /** BCP 47 code, as used in lang="" and for speech. */
  code: string;
  /** The name in English, as staff read it. */
  englishName: string;
  /** The name in the language itself, as a child looks for it. */
  ownName: string;
  dir: 'ltr' | 'rtl';
  /** Words a worker may have typed as the child's first language that mean this language. */
  recordNames: readonly string[];
}

export const PORTAL_LANGUAGES: readonly PortalLanguage[] = [
  { code: 'en', englishName: 'English', ownName: 'English', dir: 'ltr', recordNames: ['english'] },
  { code: 'cy', englishName: 'Welsh', ownName: 'Cymraeg', dir: 'ltr', recordNames: ['welsh', 'cymraeg'] },
  { code: 'ar', englishName: 'Arabic', ownName: 'العربية', dir: 'rtl', recordNames: ['arabic'] },
  { code: 'ps', englishName: 'Pashto', ownName: 'پښتو', dir: 'rtl', recordNames: ['pashto', 'pushto', 'pashtu'] },
  { code: 'fa', englishName: 'Farsi', ownName: 'فارسی', dir: 'rtl', recordNames: ['farsi', 'persian'] },
  { code: 'ti', englishName: 'Tigrinya', ownName: 'ትግርኛ', dir: 'ltr', recordNames: ['tigrinya', 'tigrigna'] },
  { code: 'ckb', englishName: 'Kurdish (Sorani)', ownName: 'کوردی', dir: 'rtl', recordNames: ['kurdish (sorani)', 'sorani', 'kurdish sorani'] },
  { code: 'sq', englishName: 'Albanian', ownName: 'Shqip', dir: 'ltr', recordNames: ['albanian'] },
  { code: 'vi', englishName: 'Vietnamese', ownName: 'Tiếng Việt', dir: 'ltr', recordNames: ['vietnamese'] },
  { code: 'pl', englishName: 'Polish', ownName: 'Polski', dir: 'ltr', recordNames: ['polish'] },
  { code: 'ro', englishName: 'Romanian', ownName: 'Română', dir: 'ltr', recordNames: ['romanian'] },
];

export const DEFAULT_PORTAL_LANGUAGE = 'en';

export const PORTAL_LANGUAGE_CODES: readonly string[] = PORTAL_LANGUAGES.map((l) => l.code);

export function portalLanguage(code: string | null | undefined): PortalLanguage | undefined {
  return PORTAL_LANGUAGES.find((l) => l.code === code);
}

/** The portal language a first language on the child's record means, if there is one ("Pashto" → ps). */
export function portalLanguageOfFirstLanguage(firstLanguage: string | null | undefined): string | null {
  const text = (firstLanguage ?? '').trim().toLowerCase();
  if (!text) return null;
  return PORTAL_LANGUAGES.find((l) => l.recordNames.includes(text) || l.code === text)?.code ?? null;
}

/**
 * The language a child sees: their own choice if the council has it on, else
 * their first language if the council has it on, else English.
 */
export function effectivePortalLanguage(chosen: string | null | undefined, firstLanguage: string | null | undefined, switchedOn: readonly string[]): string {
  const on = (code: string | null | undefined): code is string => !!code && (code === DEFAULT_PORTAL_LANGUAGE || switchedOn.includes(code));
  if (on(chosen)) return chosen;
  const first = portalLanguageOfFirstLanguage(firstLanguage);
  if (on(first)) return first;
  return DEFAULT_PORTAL_LANGUAGE;
}
