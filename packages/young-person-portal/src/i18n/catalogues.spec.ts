import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { PORTAL_LANGUAGES } from '@forever-planning/shared';
import { CATALOGUES, ENGLISH } from './catalogues';

/** Every message key of a catalogue, "site.name" and so on. */
function flatten(node: unknown, path: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (path.length === 0 && key === '_meta') continue;
    if (typeof value === 'string') out.set([...path, key].join('.'), value);
    else flatten(value, [...path, key]).forEach((v, k) => out.set(k, v));
  }
  return out;
}

/** The names a message fills in ({from}, {count}): a translation must use the same ones. */
function argumentsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((e) => {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date) return [e.value];
    if (e.type === TYPE.plural || e.type === TYPE.select) return [e.value, ...Object.values(e.options).flatMap((o) => argumentsOf(o.value))];
    return [];
  });
}

/** Messages that are the same in every language: a name, a file kind, and the English safety line on the "I feel unsafe" page. */
const SAME_IN_EVERY_LANGUAGE = new Set(['site.name', 'lifeStory.pdf', 'unsafe.englishWords', 'site.languageInEnglish']);

const english = flatten(ENGLISH);

describe('message catalogues of the young-person portal', () => {
  it('has one catalogue for every portal language the council can switch on, each marked with who translated it', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(PORTAL_LANGUAGES.map((l) => l.code).sort());
    for (const [code, catalogue] of Object.entries(CATALOGUES)) {
      expect(catalogue._meta.language).toBe(code);
      if (code === 'en') continue;
      // No qualified translator has checked any of them yet: that is why councils switch them on one by one.
      expect(catalogue._meta).toEqual({ language: code, translatedBy: 'Machine-assisted draft by the Forever Planning team', checkedByQualifiedTranslator: false });
    }
  });

  it.each(Object.keys(CATALOGUES).filter((c) => c !== 'en'))('%s: every English message is translated, nothing more, and each fills in the same names', (code) => {
    const messages = flatten(CATALOGUES[code]);
    const missing = [...english.keys()].filter((k) => !messages.has(k));
    const extra = [...messages.keys()].filter((k) => !english.has(k));
    const untranslated = [...english.keys()].filter((k) => messages.get(k) === english.get(k) && !SAME_IN_EVERY_LANGUAGE.has(k));
    expect({ missing, extra, untranslated }).toEqual({ missing: [], extra: [], untranslated: [] });
    const problems: string[] = [];
    for (const [key, message] of messages) {
      try {
        const mine = parse(message);
        const theirs = parse(english.get(key)!);
        if (argumentsOf(mine).sort().join() !== argumentsOf(theirs).sort().join()) problems.push(`${key}: fills in ${argumentsOf(mine)} not ${argumentsOf(theirs)}`);
        for (const e of mine) if (e.type === TYPE.plural && !('other' in e.options)) problems.push(`${key}: a plural needs "other"`);
      } catch (e) {
        problems.push(`${key}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds an untranslated or missing message (the check bites)', () => {
    const broken = flatten({ site: { home: english.get('site.home') } });
    const untranslated = [...broken.keys()].filter((k) => broken.get(k) === english.get(k) && !SAME_IN_EVERY_LANGUAGE.has(k));
    const missing = [...english.keys()].filter((k) => !broken.has(k));
    expect(untranslated).toEqual(['site.home']);
    expect(missing.length).toBe(english.size - 1);
  });
});
