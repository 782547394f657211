import type { ReactNode } from 'react';
import { UiLink } from '@forever-planning/ui';
import { usePageTitle } from './use-page-title';
import { say } from '../i18n/i18n';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="govuk-body" role="status">
      {what}…
    </p>
  );
}

/** A full page with a heading and some sentences: not found, not allowed, a failure. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      {children}
    </>
  );
}

export function NotFoundPage() {
  return (
    <MessagePage title={say('common.pageStates.pageNotFound')}>
      <p className="govuk-body">{say('common.pageStates.ifYouTypedThe')}</p>
      <p className="govuk-body">
        {say('common.pageStates.ifALinkBrought')}{' '}<UiLink href="/" className="govuk-link">{say('common.pageStates.goToYourHome')}</UiLink>.
      </p>
    </MessagePage>
  );
}

export function ErrorPage({ message }: { message: string }) {
  return (
    <MessagePage title={say('common.pageStates.sorryThereIsA')}>
      <p className="govuk-body">{message}</p>
      <p className="govuk-body">
        <UiLink href="/" className="govuk-link">{say('common.pageStates.goToYourHome')}</UiLink>
      </p>
    </MessagePage>
  );
}
