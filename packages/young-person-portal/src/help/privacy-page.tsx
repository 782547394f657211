import { Page } from '../common/page';
import { WORDS } from '../words';

const TIPS = ['leave', 'signOut', 'kept', 'window', 'history', 'otherPhone', 'help'] as const;

/** Keeping this private: how a child covers their tracks on a shared phone. Shown signed in or not. */
export function PrivacyPage() {
  const words = WORDS.private;
  return (
    <Page title={WORDS.pages.private} tabTitle={WORDS.tabTitles.private} lead={words.intro}>
      {TIPS.map((tip) => (
        <section key={tip} className="yp-card">
          <h2 className="govuk-heading-m">{words[`${tip}Title`]}</h2>
          <p className="govuk-body">{words[tip]}</p>
        </section>
      ))}
    </Page>
  );
}
