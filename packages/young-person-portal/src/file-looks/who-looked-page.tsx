import { useQuery } from '@apollo/client/react';
import { dayAndMonth, Loaded, Page } from '../common/page';
import { WhoLookedAtMyFileDocument, type WhoLookedAtMyFileQuery } from '../gql/graphql';
import { dateLocale } from '../i18n/i18n';
import { FILE_PART_WORDS, ROLE_NAME_WORDS, say, WORDS } from '../words';

/** "Sam, your worker, looked at your plan and your views on 3 May", in the page's language (its own "and", its own date). */
function lookWords(look: WhoLookedAtMyFileQuery['whoLookedAtMyFile'][number]): string {
  const parts = new Intl.ListFormat(dateLocale(), { type: 'conjunction' }).format(look.parts.map((p) => FILE_PART_WORDS[p]));
  return say('whoLooked.line', { who: look.who, role: ROLE_NAME_WORDS[look.roleName], parts, date: dayAndMonth(look.when) });
}

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
                <li key={`${look.when}-${i}`}>{lookWords(look)}</li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <p className="govuk-body">{WORDS.whoLooked.why}</p>
    </Page>
  );
}
