import type { MyPersonDetailsFragment } from '../gql/graphql';
import { WORDS } from '../words';

/** Who helps me and how to reach them: name, who they are to me, phone and email as links. */
export function PeopleList({ people }: { people: { key: string; label: string; person: MyPersonDetailsFragment | null | undefined }[] }) {
  return (
    <ul className="yp-cards">
      {people.map(({ key, label, person }) => (
        <li key={key} className="yp-card">
          <h3 className="govuk-heading-s">{label}</h3>
          {person ? (
            <>
              <p className="govuk-body govuk-!-font-weight-bold">{person.firstName}</p>
              {person.phone && (
                <p className="govuk-body">
                  {WORDS.plan.phone}:{' '}
                  <a className="govuk-link" href={`tel:${person.phone.replace(/\s+/g, '')}`}>
                    {person.phone}
                  </a>
                </p>
              )}
              {person.email && (
                <p className="govuk-body yp-break">
                  {WORDS.plan.email}:{' '}
                  <a className="govuk-link" href={`mailto:${person.email}`}>
                    {person.email}
                  </a>
                </p>
              )}
            </>
          ) : (
            <p className="govuk-body">{WORDS.plan.noOne}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
