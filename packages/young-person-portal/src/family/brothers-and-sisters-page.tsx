import { useQuery } from '@apollo/client/react';
import { ButtonGroup, ButtonLink } from '@forever-planning/ui';
import { Loaded, Page } from '../common/page';
import { MyBrothersAndSistersDocument } from '../gql/graphql';
import { FAMILY_TIME_WORDS, WORDS } from '../words';

/** First names, together or apart, the keeping-in-touch plan, and a place to say what I want. */
export function BrothersAndSistersPage() {
  const { data, error } = useQuery(MyBrothersAndSistersDocument);
  return (
    <Page title={WORDS.pages.family} lead={WORDS.family.intro}>
      <Loaded data={data} error={error}>
        {({ myBrothersAndSisters }) =>
          myBrothersAndSisters.length === 0 ? (
            <p className="govuk-body">{WORDS.family.none}</p>
          ) : (
            <ul className="yp-cards">
              {myBrothersAndSisters.map((b, i) => (
                <li key={`${b.firstName}-${i}`} className="yp-card">
                  <h2 className="govuk-heading-m">{b.firstName}</h2>
                  <p className="govuk-body">{b.livingTogether ? WORDS.family.together : WORDS.family.apart}</p>
                  <h3 className="govuk-heading-s">{WORDS.family.keepingInTouch}</h3>
                  {b.keepingInTouch.length === 0 ? (
                    <p className="govuk-body">{WORDS.family.noPlan}</p>
                  ) : (
                    <ul className="govuk-list yp-list">
                      {b.keepingInTouch.map((k) => (
                        <li key={k.kind + k.howOften}>
                          {FAMILY_TIME_WORDS[k.kind]}: <span data-written>{k.howOften}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <section className="yp-card yp-card--warm">
        <h2 className="govuk-heading-m">{WORDS.family.sayTitle}</h2>
        <p className="govuk-body">{WORDS.family.sayIntro}</p>
        <ButtonGroup>
          <ButtonLink href="/have-my-say/write?topic=FAMILY_TIME">{WORDS.family.sayButton}</ButtonLink>
          <ButtonLink href="/have-my-say/write?topic=BROTHERS_AND_SISTERS" variant="secondary">
            {WORDS.family.sayButtonSiblings}
          </ButtonLink>
        </ButtonGroup>
      </section>
    </Page>
  );
}
