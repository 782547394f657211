import { useLocation } from 'react-router';
import { ButtonLink } from '@forever-planning/ui';
import { usePageTitle } from '../common/use-page-title';
import { say } from '../i18n/i18n';

/** Shown in place of any screen when the session ended: say so, keep the way back. */
export function SignedOutPage() {
  const location = useLocation();
  usePageTitle(say('auth.signedOutPage.youHaveBeenSigned'));
  const returnTo = encodeURIComponent(location.pathname + location.search);
  return (
    <>
      <h1 className="govuk-heading-l">{say('auth.signedOutPage.youHaveBeenSigned')}</h1>
      <p className="govuk-body">{say('auth.signedOutPage.youWereInactiveFor')}</p>
      <p className="govuk-body">{say('auth.signedOutPage.anythingYouHadTyped')}</p>
      <ButtonLink href={`/sign-in?returnTo=${returnTo}`}>{say('auth.signedOutPage.signInAgain')}</ButtonLink>
    </>
  );
}
