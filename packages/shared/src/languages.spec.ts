import { effectivePortalLanguage, portalLanguageOfFirstLanguage } from './languages';

describe('portal language', () => {
  it.each([
    ['Pashto', 'ps'],
    ['  arabic ', 'ar'],
    ['Kurdish (Sorani)', 'ckb'],
    // Plain "Kurdish" may be Kurmanji: no guess.
    ['Kurdish', null],
    ['Somali', null],
    ['', null],
    [null, null],
  ])('first language %p means %p', (firstLanguage, code) => {
    expect(portalLanguageOfFirstLanguage(firstLanguage)).toBe(code);
  });

  it.each([
    // chosen, first language, switched on, seen
    ['ar', 'Pashto', ['ar', 'ps'], 'ar'],
    [null, 'Pashto', ['ar', 'ps'], 'ps'],
    [null, 'Pashto', ['ar'], 'en'],
    ['ps', 'Arabic', [], 'en'],
    ['ps', 'Arabic', ['ar'], 'ar'],
    ['en', 'Arabic', ['ar'], 'en'],
  ])('chosen %p, first language %p, council has %p on: %p', (chosen, first, on, seen) => {
    expect(effectivePortalLanguage(chosen, first, on)).toBe(seen);
  });
});
