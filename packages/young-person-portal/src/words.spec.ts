import { checkChildWords, MAX_CHILD_GRADE } from '@forever-planning/shared/child-words';
import { allWords } from './words';

/** A sentence is text that ends with . ? or !; labels and headings are too short for a reading score. */
function sentences(texts: string[]): string[] {
  return texts.flatMap((t) => t.match(/[^.?!]+[.?!]/g) ?? []).map((s) => s.trim());
}

describe('words a child reads', () => {
  it(`every fixed sentence reads at Flesch-Kincaid grade ${MAX_CHILD_GRADE} or below (a reading age of about 9) and explains its role names`, () => {
    const list = sentences(allWords());
    expect(list.length).toBeGreaterThan(50);
    // The same rules the plan editor checks a child's plan with (packages/shared), less "written to the child":
    // a few fixed sentences are plain facts ("Advocates are for young people aged 7 to 18.").
    const problems = list.flatMap((s) => checkChildWords(s, { skip: ['NOT_TO_THE_CHILD'] }).map((p) => `${p.kind}  ${p.grade?.toFixed(1) ?? ''}  ${s}`));
    expect(problems).toEqual([]);
  });

  it('no fixed sentence is about the child rather than to them', () => {
    const aboutThem = sentences(allWords()).filter((s) => checkChildWords(s).some((p) => p.kind === 'NOT_TO_THE_CHILD' && p.message.includes('talks about')));
    expect(aboutThem).toEqual([]);
  });
});
