import { useEffect, type ReactNode } from 'react';
import { ButtonLink } from '@forever-planning/ui';
import { portalLanguage } from '@forever-planning/shared';
import { dateLocale, languageName } from '../i18n/i18n';
import { say, WORDS } from '../words';

export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${WORDS.site.name}`;
  }, [title, hasErrors]);
}

/**
 * A page: its title as the one h1, then its content. The tab shows the same
 * title unless `tabTitle` is given: a shared phone's history list shows tab
 * titles, so pages that would say what the child did (or the child's name) name a neutral one.
 */
export function Page({ title, tabTitle, hasErrors, lead, children }: { title: string; tabTitle?: string; hasErrors?: boolean; lead?: ReactNode; children?: ReactNode }) {
  usePageTitle(tabTitle ?? title, hasErrors);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      {lead && <p className="govuk-body-l">{lead}</p>}
      {children}
    </>
  );
}

export function Loading() {
  return (
    <p className="govuk-body" role="status">
      {WORDS.site.loading}…
    </p>
  );
}

export function ProblemPage() {
  return (
    <Page title={WORDS.site.problemTitle} lead={WORDS.site.problem}>
      <ButtonLink href="/">{WORDS.site.goHome}</ButtonLink>
    </Page>
  );
}

export function NotFoundPage() {
  return (
    <Page title={WORDS.site.notFoundTitle} lead={WORDS.site.notFound}>
      <ButtonLink href="/">{WORDS.site.goHome}</ButtonLink>
    </Page>
  );
}

/** Loading, a problem, or the page once its data is here. */
export function Loaded<T>({ data, error, children }: { data: T | undefined; error?: unknown; children: (data: T) => ReactNode }) {
  if (data !== undefined) return <>{children(data)}</>;
  if (error) return <ProblemPage />;
  return <Loading />;
}

/** "3 May 2026" from "2026-05-03" or a full timestamp, in the page's language (UK English: en-GB). */
export function longDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return date.toLocaleDateString(dateLocale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}

/**
 * Words a worker wrote for me, marked with their language (lang and dir, so a
 * screen reader and "read it to me" use the right voice), and saying which
 * language they are in.
 */
export function WorkerWords({ words, language }: { words: string; language: string }) {
  return (
    <>
      <p className="govuk-body yp-pre" lang={language} dir={portalLanguage(language)?.dir ?? 'auto'}>
        {words}
      </p>
      <p className="govuk-body-s yp-quiet">{say('myMessages.writtenIn', { language: languageName(language) })}</p>
    </>
  );
}

/** "3 May" in the page's language: a day this year, without the year. */
export function dayAndMonth(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(dateLocale(), { day: 'numeric', month: 'long', timeZone: 'Europe/London' });
}
