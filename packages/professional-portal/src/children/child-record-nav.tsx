import { UiLink } from '@forever-planning/ui';
import { useQuery } from '@apollo/client/react';
import { ChildRecordNavDocument } from '../gql/graphql';
import { say } from '../i18n/i18n';

export type RecordSection = 'overview' | 'plan' | 'meetings' | 'court' | 'family-finding' | 'escalations' | 'life-story' | 'record' | 'audit';

const SECTIONS: { id: RecordSection; text: string; path: string }[] = [
  { id: 'overview', text: say('children.childRecordNav.overview'), path: '' },
  { id: 'plan', text: say('children.childRecordNav.foreverPlan'), path: '/plan' },
  { id: 'meetings', text: say('children.childRecordNav.meetingsAndReviews'), path: '/meetings' },
  { id: 'court', text: say('children.childRecordNav.court'), path: '/court' },
  { id: 'family-finding', text: say('children.childRecordNav.familyFinding'), path: '/family-finding' },
  { id: 'escalations', text: say('children.childRecordNav.disputes'), path: '/escalations' },
  { id: 'life-story', text: say('children.childRecordNav.lifeStory'), path: '/life-story' },
  { id: 'record', text: say('children.childRecordNav.placementsFamilyAndMore'), path: '/record' },
  { id: 'audit', text: say('children.childRecordNav.auditTrail'), path: '/audit' },
];

/** The parts of a child's record, as links (each is its own page, so Back and bookmarks work). */
export function ChildRecordNav({ childId, current }: { childId: string; current: RecordSection }) {
  // What this person may open on this child's record, from the API (Child.abilities).
  const { data } = useQuery(ChildRecordNavDocument, { variables: { id: childId } });
  const sections = SECTIONS.filter((s) => s.id !== 'audit' || data?.child?.abilities.canReadAudit);
  return (
    <nav className="fp-record-nav" aria-label={say('children.childRecordNav.childSRecord')}>
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
