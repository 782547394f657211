import { useLocation } from 'react-router';
import { ButtonLink } from '@forever-planning/ui';
import { usePageTitle } from '../common/use-page-title';

/** Shown in place of any screen when the session ended: say so, keep the way back. */
export function SignedOutPage() {
  const location = useLocation();
  usePageTitle('You have been signed out');
  const returnTo = encodeURIComponent(location.pathname + location.search);
  return (
    <>
      <h1 className="govuk-heading-l">You have been signed out</h1>
      <p className="govuk-body">You were inactive for a while, so we signed you out to keep children’s information safe.</p>
      <p className="govuk-body">Anything you had typed but not saved is kept on this device. Sign in again to carry on where you left off.</p>
      <ButtonLink href={`/sign-in?returnTo=${returnTo}`}>Sign in again</ButtonLink>
    </>
  );
}
