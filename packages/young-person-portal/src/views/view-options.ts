import type { Option } from '@forever-planning/ui';
import type { Mood, ViewReader, ViewTopic } from '../gql/graphql';
import { MOOD_WORDS, READER_HINTS, READER_WORDS, TOPIC_WORDS, WORDS } from '../words';

export const TOPICS = Object.keys(TOPIC_WORDS) as ViewTopic[];
export const isTopic = (v: string | null): v is ViewTopic => v !== null && (TOPICS as string[]).includes(v);

// Functions, not constants: the words are read in the page's language each time.
export const topicOptions = (): Option[] => TOPICS.map((t) => ({ value: t, label: TOPIC_WORDS[t] }));
export const readerOptions = (): Option[] => (Object.keys(READER_WORDS) as ViewReader[]).map((r) => ({ value: r, label: READER_WORDS[r], hint: READER_HINTS[r] }));
/** Happiest first, then a way to say nothing: the feelings scale is optional. */
export const moodOptions = (): Option[] => [
  ...(Object.keys(MOOD_WORDS) as Mood[]).map((m) => ({ value: m, label: MOOD_WORDS[m] })),
  { value: '', label: WORDS.write.moodNone },
];
