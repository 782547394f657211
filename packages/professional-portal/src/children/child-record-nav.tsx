import { UiLink } from '@forever-planning/ui';
import { useQuery } from '@apollo/client/react';
import { ChildRecordNavDocument } from '../gql/graphql';

export type RecordSection = 'overview' | 'plan' | 'meetings' | 'court' | 'family-finding' | 'escalations' | 'life-story' | 'record' | 'audit';

const SECTIONS: { id: RecordSection; text: string; path: string }[] = [
  { id: 'overview', text: 'Overview', path: '' },
  { id: 'plan', text: 'Forever Plan', path: '/plan' },
  { id: 'meetings', text: 'Meetings and reviews', path: '/meetings' },
  { id: 'court', text: 'Court', path: '/court' },
  { id: 'family-finding', text: 'Family finding', path: '/family-finding' },
  { id: 'escalations', text: 'Disputes', path: '/escalations' },
  { id: 'life-story', text: 'Life story', path: '/life-story' },
  { id: 'record', text: 'Placements, family and more', path: '/record' },
  { id: 'audit', text: 'Audit trail', path: '/audit' },
];

/** The parts of a child's record, as links (each is its own page, so Back and bookmarks work). */
export function ChildRecordNav({ childId, current }: { childId: string; current: RecordSection }) {
  // What this person may open on this child's record, from the API (Child.abilities).
  const { data } = useQuery(ChildRecordNavDocument, { variables: { id: childId } });
  const sections = SECTIONS.filter((s) => s.id !== 'audit' || data?.child?.abilities.canReadAudit);
  return (
    <nav className="fp-record-nav" aria-label="Child’s record">
      <ul className="govuk-list fp-tag-list fp-record-nav__list">
        {sections.map((s) => (
          <li key={s.id}>
            {s.id === current ? (
              <strong className="govuk-body govuk-!-font-weight-bold" aria-current="page">
                {s.text}
              </strong>
            ) : (
              <UiLink href={`/children/${childId}${s.path}`} className="govuk-link govuk-body">
                {s.text}
              </UiLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
