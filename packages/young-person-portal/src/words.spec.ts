import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { allWords } from './words';

/** Flesch-Kincaid grade 4 is a reading age of about 9. */
const MAX_GRADE = 4;
const SCORER = path.resolve(__dirname, '..', '..', '..', 'test', 'readability', 'score-sentences.mjs');
/**
 * The children's own names for things (the brief's "Words a child reads"):
 * they know them, so each counts as a one-syllable word rather than its letters.
 */
const KNOWN_WORDS = /Forever Planning|advocates?|IRO|Childline|Shift/gi;

/** A sentence is text that ends with . ? or !; labels and headings are too short for a reading score. */
function sentences(texts: string[]): string[] {
  return texts.flatMap((t) => t.match(/[^.?!]+[.?!]/g) ?? []).map((s) => s.trim());
}

describe('words a child reads', () => {
  it(`every fixed sentence reads at Flesch-Kincaid grade ${MAX_GRADE} or below (a reading age of about 9)`, () => {
    const list = sentences(allWords());
    expect(list.length).toBeGreaterThan(50);
    const result = spawnSync(process.execPath, [SCORER], { input: JSON.stringify(list.map((s) => s.replace(KNOWN_WORDS, 'word'))), encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    const scored = (JSON.parse(result.stdout) as { grade: number }[]).map((s, i) => ({ sentence: list[i], grade: s.grade }));
    const tooHard = scored.filter((s) => s.grade > MAX_GRADE).map((s) => `${s.grade.toFixed(1)}  ${s.sentence}`);
    expect(tooHard).toEqual([]);
  });
});
