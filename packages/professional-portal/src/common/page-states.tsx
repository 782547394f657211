import type { ReactNode } from 'react';
import { UiLink } from '@forever-planning/ui';
import { usePageTitle } from './use-page-title';

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
    <MessagePage title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        If a link brought you here, the record may have moved or you may not have access to it. <UiLink href="/" className="govuk-link">Go to your home page</UiLink>.
      </p>
    </MessagePage>
  );
}

export function ErrorPage({ message }: { message: string }) {
  return (
    <MessagePage title="Sorry, there is a problem">
      <p className="govuk-body">{message}</p>
      <p className="govuk-body">
        <UiLink href="/" className="govuk-link">Go to your home page</UiLink>
      </p>
    </MessagePage>
  );
}
