import type { ReactNode } from 'react';
import { UiLink, cx } from './link';

export interface SummaryAction {
  href: string;
  text: string;
  /** Completes the link's name for screen readers, e.g. "date of birth". */
  visuallyHiddenText: string;
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
  actions?: SummaryAction[];
}

/** GOV.UK summary list; an empty value reads "Not recorded" rather than a blank. */
export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((r) => r.actions?.length);
  return (
    <dl className={cx('govuk-summary-list', noBorder && 'govuk-summary-list--no-border')}>
      {rows.map((row) => (
        <div key={row.key} className={cx('govuk-summary-list__row', anyActions && !row.actions?.length && 'govuk-summary-list__row--no-actions')}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">
            {row.value === null || row.value === undefined || row.value === '' ? <span className="fp-secondary-text">Not recorded</span> : row.value}
          </dd>
          {row.actions?.length ? (
            <dd className="govuk-summary-list__actions">
              {row.actions.map((a) => (
                <UiLink key={a.href + a.text} href={a.href} className="govuk-link">
                  {a.text}
                  <span className="govuk-visually-hidden"> {a.visuallyHiddenText}</span>
                </UiLink>
              ))}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** A summary list under a card title, for one record's section. */
export function SummaryCard({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        {actions && <div className="govuk-summary-card__actions">{actions}</div>}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
