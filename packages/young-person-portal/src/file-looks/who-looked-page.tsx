import { useQuery } from '@apollo/client/react';
import { Loaded, Page } from '../common/page';
import { WhoLookedAtMyFileDocument } from '../gql/graphql';
import { WORDS } from '../words';

export function WhoLookedPage() {
  const { data, error } = useQuery(WhoLookedAtMyFileDocument);
  return (
    <Page title={WORDS.pages.whoLooked} lead={WORDS.whoLooked.intro}>
      <Loaded data={data} error={error}>
        {({ whoLookedAtMyFile }) =>
          whoLookedAtMyFile.length === 0 ? (
            <p className="govuk-body">{WORDS.whoLooked.none}</p>
          ) : (
            <ul className="govuk-list yp-list yp-list--spaced">
              {whoLookedAtMyFile.map((look, i) => (
                <li key={`${look.when}-${i}`}>{look.sentence}</li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <p className="govuk-body">{WORDS.whoLooked.why}</p>
    </Page>
  );
}
