import type { ReactNode } from 'react';
import { UiLink } from './link';

export function BackLink({ href, children = 'Back' }: { href: string; children?: string }) {
  return (
    <UiLink href={href} className="govuk-back-link">
      {children}
    </UiLink>
  );
}

/** The confirmation panel at the end of a task. */
export function Panel({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {children && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
