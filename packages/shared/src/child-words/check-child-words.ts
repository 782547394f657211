import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * The rules for words a child reads (the brief's "Words a child reads"), in
 * one place: the young-person portal's fixed sentences are tested with them,
 * and the professional portal's plan editor checks the child's version of the
 * plan with them as it is typed.
 *
 *   - every sentence at Flesch-Kincaid grade 4 or below (a reading age of about 9)
 *   - written to the child ("you") or as the child ("I"), never about them ("Amira will", "she")
 *   - no date that has already passed, judged against the server's today
 *   - no role or legal name the child will not know, unless it is explained
 */

/** Flesch-Kincaid grade 4 is a reading age of about 9. */
export const MAX_CHILD_GRADE = 4;

/**
 * Names children use themselves (the brief): they know them, so each counts
 * as one short word rather than its letters. "IRO" is one, but still needs
 * explaining the first time (see JARGON).
 */
const KNOWN_WORDS = /Forever Planning|advocates?|IRO|Childline|Shift/gi;

/** Words a child will not know, with what to say instead. */
export const JARGON: { term: RegExp; name: string; instead: string }[] = [
  { term: /\bIROs?\b|\bindependent reviewing officers?\b/gi, name: 'IRO', instead: 'say who they are, for example “your IRO (the person who runs your meetings)”' },
  { term: /\bspecial guardian(ship)?( orders?)?\b|\bSGOs?\b/gi, name: 'special guardianship', instead: 'say what it means, for example “someone who will look after you until you grow up”' },
  { term: /\bchild arrangements? orders?\b/gi, name: 'child arrangements order', instead: 'say “the court has agreed who you live with”' },
  { term: /\bcare orders?\b|\bsection (20|31)\b|\bS\.?(20|31)\b/gi, name: 'care order', instead: 'say “the court has decided the council helps look after you”' },
  { term: /\bpermanence\b/gi, name: 'permanence', instead: 'say “Forever Planning” or “where you will grow up”' },
  { term: /\bcontingency\b|\bcontingencies\b|\bparallel plan(ning)?\b/gi, name: 'contingency', instead: 'say “back-up plan”' },
  { term: /\bplacements?\b/gi, name: 'placement', instead: 'say “where you live” or “your home”' },
  { term: /\blooked[- ]after\b|\bLAC\b|\bCLA\b/gi, name: 'looked after', instead: 'say “in care” or leave it out' },
  { term: /\breunification\b/gi, name: 'reunification', instead: 'say “going back home to live with your family”' },
  { term: /\bkinship( care)?\b|\bconnected persons?\b/gi, name: 'kinship care', instead: 'say “living with people in your family or friends who know you”' },
  { term: /\bPLO\b|\bpublic law outline\b/gi, name: 'PLO', instead: 'say “a meeting with your family and the council”' },
  { term: /\bstatutory\b/gi, name: 'statutory', instead: 'leave it out' },
];

/** A term counts as explained when an explanation follows it: brackets, a dash, or "who" / "is the person" / "means". */
const EXPLAINED_AFTER = /^\s*(\(|[–—-]\s|,\s*(who|the person|someone)\b|\s*(who|is the person|is someone|means|runs|checks|chairs)\b)/i;
/** ...or it is itself the explanation's label, in brackets after plain words: "… until you grow up (special guardianship)". */
const isInBrackets = (sentence: string, index: number) => {
  const open = sentence.lastIndexOf('(', index);
  return open !== -1 && sentence.indexOf(')', open) >= index && sentence.lastIndexOf(')', index) < open;
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi');
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;

const THIRD_PERSON = /\b(he|she|him|his|her|hers|himself|herself)\b/i;
const FIRST_OR_SECOND = /\b(i|me|my|mine|myself|i'm|i’m|i'll|i’ll|you|your|yours|yourself|you're|you’re|you'll|you’ll|we|us|our)\b/i;

export type ChildWordsProblemKind = 'HARD_TO_READ' | 'NOT_TO_THE_CHILD' | 'DATE_PASSED' | 'JARGON';

export interface ChildWordsProblem {
  kind: ChildWordsProblemKind;
  /** The sentence, date or term the problem is in. */
  found: string;
  /** What to change, said to the person writing. */
  message: string;
  /** For HARD_TO_READ: the sentence's Flesch-Kincaid grade. */
  grade?: number;
}

export interface ChildWordsOptions {
  /** The server's today, YYYY-MM-DD: dates before it have passed. Without it dates are not checked. */
  today?: string;
  /** The child's first names: a sentence about them by name is not written to them. */
  childNames?: string[];
  /** Rules to leave out: the portal's fixed sentences are not all addressed to the child ("Advocates are for …"). */
  skip?: ChildWordsProblemKind[];
  /**
   * The language the words are in (a portal language code; English when absent).
   * Reading age, "you or I" and role names are English rules: for any other
   * language only passed dates are checked, and the writer is told so.
   */
  language?: string;
}

/** Whether the reading-age, "you or I" and role-name rules can judge words in this language (they are English rules). */
export function childWordsRulesApply(language: string | undefined): boolean {
  return !language || language === 'en';
}

/** Sentences: text ending with . ? or ! (a last line without one counts too). */
export function sentencesOf(text: string): string[] {
  return (text.match(/[^.?!\n]+(?:[.?!]+|$)/gm) ?? []).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The Flesch-Kincaid grade of one sentence. */
export function sentenceGrade(sentence: string): number {
  const words = sentence.replace(KNOWN_WORDS, 'word').match(/[\p{L}\p{N}’']+/gu) ?? [];
  if (words.length === 0) return 0;
  // A number ("10", "2027") is read at a glance: one short word.
  return fleschKincaid({ sentence: 1, word: words.length, syllable: words.reduce((n, w) => n + (/^\d+$/.test(w) ? 1 : syllable(w)), 0) });
}

function passedDates(text: string, today: string): string[] {
  const found: string[] = [];
  const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const month = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
  const covered: [number, number][] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    covered.push([m.index, m.index + m[0].length]);
    if (iso(Number(m[3]), month(m[2]), Number(m[1])) < today) found.push(m[0]);
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    // A month has passed once the last day of it has.
    if (iso(Number(m[2]), month(m[1]), 31) < today) found.push(m[0]);
  }
  for (const m of text.matchAll(NUMERIC)) {
    const date = m[1] ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : iso(Number(m[4]), Number(m[5]), Number(m[6]));
    if (date < today) found.push(m[0]);
  }
  return found;
}

/** What to change so a child can read this, and read it as theirs. An empty list: nothing to change. */
export function checkChildWords(text: string, options: ChildWordsOptions = {}): ChildWordsProblem[] {
  const problems: ChildWordsProblem[] = [];
  const sentences = sentencesOf(text);
  const skip = new Set<ChildWordsProblemKind>(options.skip ?? []);
  if (!childWordsRulesApply(options.language)) ['HARD_TO_READ', 'NOT_TO_THE_CHILD', 'JARGON'].forEach((k) => skip.add(k as ChildWordsProblemKind));
  for (const sentence of skip.has('HARD_TO_READ') ? [] : sentences) {
    const grade = sentenceGrade(sentence);
    if (grade > MAX_CHILD_GRADE) {
      problems.push({ kind: 'HARD_TO_READ', found: sentence, grade, message: `“${sentence}” is hard to read for a 9 year old. Use shorter sentences and shorter words.` });
    }
  }
  const names = (options.childNames ?? []).filter((n) => n.trim().length > 1);
  const byName = names.length > 0 ? new RegExp(`\\b(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i') : null;
  for (const sentence of skip.has('NOT_TO_THE_CHILD') ? [] : sentences) {
    const about = (byName ? sentence.match(byName)?.[0] : undefined) ?? sentence.match(THIRD_PERSON)?.[0];
    if (about) {
      problems.push({
        kind: 'NOT_TO_THE_CHILD',
        found: sentence,
        message: `“${sentence}” talks about the child (“${about}”). Write to them as “you”, or as they would say it, with “I”.`,
      });
    }
  }
  if (!skip.has('NOT_TO_THE_CHILD') && sentences.length > 0 && !FIRST_OR_SECOND.test(text) && !problems.some((p) => p.kind === 'NOT_TO_THE_CHILD')) {
    problems.push({ kind: 'NOT_TO_THE_CHILD', found: text.trim(), message: 'Write to the child as “you”, or as they would say it, with “I”.' });
  }

  if (options.today && !skip.has('DATE_PASSED')) {
    for (const date of passedDates(text, options.today)) {
      problems.push({ kind: 'DATE_PASSED', found: date, message: `${date} has already passed. Give a date still to come, or say what happened.` });
    }
  }

  for (const sentence of skip.has('JARGON') ? [] : sentences) {
    for (const jargon of JARGON) {
      for (const m of sentence.matchAll(jargon.term)) {
        const after = sentence.slice(m.index + m[0].length);
        if (EXPLAINED_AFTER.test(after) || isInBrackets(sentence, m.index)) continue;
        if (problems.some((p) => p.kind === 'JARGON' && p.found.toLowerCase() === m[0].toLowerCase())) continue;
        problems.push({ kind: 'JARGON', found: m[0], message: `A child may not know “${m[0]}”: ${jargon.instead}.` });
      }
    }
  }
  return problems;
}
