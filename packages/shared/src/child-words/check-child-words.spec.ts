import { checkChildWords, childWordsRulesApply, sentenceGrade, MAX_CHILD_GRADE } from './check-child-words';

const TODAY = '2026-11-24';
const kinds = (text: string, options = {}) => checkChildWords(text, { today: TODAY, childNames: ['Amira'], ...options }).map((p) => p.kind);

describe('the rules for words a child reads', () => {
  it('passes a plain plan written to the child', () => {
    expect(checkChildWords('You will stay with Kim and Dan. You can see Zayn every month. Your IRO (the person who runs your meetings) checks the plan.', { today: TODAY, childNames: ['Amira'] })).toEqual([]);
  });

  it('finds a sentence that is too hard to read, and says it is the sentence', () => {
    const [problem] = checkChildWords('Your permanency arrangements necessitate comprehensive multidisciplinary consideration.', { skip: ['JARGON'] });
    expect(problem).toMatchObject({ kind: 'HARD_TO_READ', found: 'Your permanency arrangements necessitate comprehensive multidisciplinary consideration.' });
    expect(problem.grade).toBeGreaterThan(MAX_CHILD_GRADE);
    expect(problem.message).toMatch(/hard to read/);
    expect(sentenceGrade('You will live with Kim.')).toBeLessThanOrEqual(MAX_CHILD_GRADE);
  });

  it('finds words about the child rather than to them: by name, or he / she', () => {
    const problems = checkChildWords('Amira will know who her family are.', { today: TODAY, childNames: ['Amira'] });
    expect(problems.map((p) => p.kind)).toContain('NOT_TO_THE_CHILD');
    expect(problems.find((p) => p.kind === 'NOT_TO_THE_CHILD')?.message).toMatch(/“you”.*“I”/);
    expect(kinds('She will stay at her school.')).toContain('NOT_TO_THE_CHILD');
    expect(kinds('The plan is to stay at the school.')).toEqual(['NOT_TO_THE_CHILD']);
    expect(kinds('I want to stay at my school.')).toEqual([]);
    expect(kinds('You will stay at your school.')).toEqual([]);
  });

  it('finds dates already passed, against the server’s today, in the ways staff write them', () => {
    const passed = (text: string) => checkChildWords(text, { today: TODAY }).filter((p) => p.kind === 'DATE_PASSED').map((p) => p.found);
    expect(passed('You will know your family story by 10 April 2023.')).toEqual(['10 April 2023']);
    expect(passed('You will move by 23 November 2026.')).toEqual(['23 November 2026']);
    expect(passed('You will move by 24 November 2026.')).toEqual([]);
    expect(passed('You will move in October 2026.')).toEqual(['October 2026']);
    expect(passed('You will move in November 2026.')).toEqual([]);
    expect(passed('You will move by 01/03/2025 or 2024-12-31.')).toEqual(['01/03/2025', '2024-12-31']);
    // Without the server's today, no date is judged.
    expect(checkChildWords('You will move by 10 April 2023.').map((p) => p.kind)).not.toContain('DATE_PASSED');
  });

  it('finds role and legal names a child will not know, unless they are explained', () => {
    const jargon = (text: string) => checkChildWords(text, { today: TODAY }).filter((p) => p.kind === 'JARGON').map((p) => p.found);
    expect(jargon('Your IRO will check your plan.')).toEqual(['IRO']);
    expect(jargon('You will live with Nan under special guardianship.')).toEqual(['special guardianship']);
    expect(jargon('You will live with Nan until you grow up (special guardianship).')).toEqual([]);
    expect(jargon('Your IRO (the person who runs your meetings) will check your plan.')).toEqual([]);
    expect(jargon('Your IRO runs your meetings.')).toEqual([]);
    expect(jargon('Your placement is stable.')).toEqual(['placement']);
    const [problem] = checkChildWords('Your IRO will check your plan.').filter((p) => p.kind === 'JARGON');
    expect(problem.message).toMatch(/person who runs your meetings/);
  });

  it('leaves out rules the caller skips', () => {
    expect(kinds('Advocates are for young people aged 7 to 18.', { skip: ['NOT_TO_THE_CHILD'] })).toEqual([]);
  });

  it('judges reading age, “you or I” and role names in English only; in another language only passed dates', () => {
    // Welsh: Flesch-Kincaid and English pronouns would call good Welsh "hard" and "not to the child".
    const welsh = 'Byddi di’n aros gyda Kim a Dan nes byddi di’n tyfu i fyny. Mae dy gyfarfod nesaf ar 10/03/2024.';
    expect(checkChildWords(welsh, { today: TODAY, language: 'cy' }).map((p) => p.kind)).toEqual(['DATE_PASSED']);
    expect(checkChildWords(welsh, { today: TODAY }).map((p) => p.kind)).toContain('HARD_TO_READ');
    expect(childWordsRulesApply('cy')).toBe(false);
    expect(childWordsRulesApply('en')).toBe(true);
    expect(childWordsRulesApply(undefined)).toBe(true);
  });
});
