/**
 * Every fixed sentence a child reads in this portal comes from the message
 * catalogues (locales/*.json, English first), read through WORDS in the
 * language the child's pages are in. The reading-level test scores the English
 * ones with the shared rules (packages/shared/src/child-words): plain words, a
 * reading age of about 9, and the children's own words from the brief:
 * "Forever Planning", "brothers and sisters", "family time", "my worker".
 * Words that come from the API (names, dates, what a worker wrote) are not here.
 *
 * `WORDS.site.name` reads the message "site.name" in the current language each
 * time it is read; `say('advocate.ages', { from, until })` formats an ICU message
 * with values (plurals, numbers).
 */
import type { AdvocateRequestOutcome, AfterEighteen, ChildRoleName, FamilyConsidered, FamilyTimeKind, FilePart, IntendedDuration, MeetingType, Mood, PlacementType, PlanOption, ViewReader, ViewTopic } from './gql/graphql';
import type { TrustedAdultRole } from './gql/graphql';
import { CATALOGUES, ENGLISH, type Messages } from './i18n/catalogues';
import { currentLanguage, i18n, missingMessages } from './i18n/i18n';

function lookup(catalogue: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), catalogue);
}

/** The message at a key, in the current language (English, noted as missing, where the catalogue lacks it). */
export function say(key: string, values?: Record<string, unknown>): string {
  const language = currentLanguage();
  if (typeof lookup(CATALOGUES[language], key.split('.')) !== 'string' && !missingMessages.includes(`${language}:${key}`)) missingMessages.push(`${language}:${key}`);
  return i18n.t(key, values ?? {});
}

type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

/** An object shaped like the English catalogue whose every string reads the message afresh. */
function messagesOf<T extends object>(shape: T, path: string[] = []): Words<T> {
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(shape)) {
    if (key === '_meta') continue;
    const here = [...path, key];
    if (typeof value === 'string') Object.defineProperty(out, key, { enumerable: true, get: () => say(here.join('.')) });
    else out[key] = messagesOf(value as object, here);
  }
  return out as Words<T>;
}

const MESSAGES = messagesOf(ENGLISH as Messages);

export const WORDS = MESSAGES;
export const TOPIC_WORDS: Record<ViewTopic, string> = MESSAGES.topics;
export const READER_WORDS: Record<ViewReader, string> = MESSAGES.readers;
export const READER_HINTS: Record<ViewReader, string> = MESSAGES.readerHints;
export const MOOD_WORDS: Record<Mood, string> = MESSAGES.moods;

/*
 * What the server says as a code (an enum), in the child's language: the API
 * sends no English sentence for the child (see i18n/no-fixed-words.spec.ts).
 */
export const WHERE_I_LIVE_WORDS: Record<PlacementType, string> = MESSAGES.whereILive;
export const PLAN_OPTION_WORDS: Record<PlanOption, string> = MESSAGES.planOptions;
export const ROLE_NAME_WORDS: Record<ChildRoleName, string> = MESSAGES.roleNames;
export const FILE_PART_WORDS: Record<FilePart, string> = MESSAGES.fileParts;
export const AFTER_EIGHTEEN_WORDS: Record<AfterEighteen, string> = MESSAGES.afterEighteen;
export const FAMILY_TIME_WORDS: Record<FamilyTimeKind, string> = MESSAGES.familyTime;
export const ADVOCATE_OUTCOME_WORDS: Record<AdvocateRequestOutcome, string> = MESSAGES.advocateOutcomes;
export const HOW_LONG_WORDS: Record<IntendedDuration, string> = MESSAGES.howLong;
export const FAMILY_FIRST_WORDS: Record<FamilyConsidered, string> = MESSAGES.familyFirst;
export const TRUSTED_ROLE_WORDS: Record<TrustedAdultRole, string> = MESSAGES.trustedRoles;

/** What a meeting is: the three kinds of review are all "my meeting" to a child. */
export function meetingWords(type: MeetingType): string {
  return type === 'FIRST_REVIEW' || type === 'SECOND_REVIEW' || type === 'SUBSEQUENT_REVIEW' ? MESSAGES.meetings.REVIEW : MESSAGES.meetings[type];
}

/** Every fixed English sentence, flattened: what the reading-level test scores. */
export function allWords(): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const { _meta, ...messages } = ENGLISH;
  walk(messages);
  // ICU plural messages are scored by their English words, not their syntax.
  return out.map((s) => s.replace(/\{count, plural, one \{# ([^}]*)\} other \{# ([^}]*)\}\}/, '2 $2'));
}
