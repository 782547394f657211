import { Tag, type TagColour } from '@forever-planning/ui';
import { URGENCY_ORDER } from '../common/labels';
import type { Urgency } from '../gql/graphql';
import { say } from '../i18n/i18n';

export const URGENCY_COLOURS: Record<Urgency, TagColour> = { CRITICAL: 'red', HIGH: 'orange', MEDIUM: 'yellow', LOW: 'grey' };

interface AlertLike {
  code: string;
  title: string;
  urgency: Urgency;
}

export const byUrgency = <A extends { urgency: Urgency }>(alerts: readonly A[]): A[] =>
  [...alerts].sort((a, b) => URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency));

/** A child's alerts as tags, most urgent first. */
export function AlertTags({ alerts }: { alerts: readonly AlertLike[] }) {
  if (alerts.length === 0) return <span className="fp-secondary-text">{say('alerts.alertTags.none')}</span>;
  return (
    <ul className="fp-tag-list">
      {byUrgency(alerts).map((a) => (
        <li key={a.code}>
          <Tag colour={URGENCY_COLOURS[a.urgency]}>{a.title}</Tag>
        </li>
      ))}
    </ul>
  );
}
