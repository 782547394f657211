import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  message: string;
  /** The id of the control to move to; a message with no field is listed without a link. */
  fieldId?: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: string;
  /** Change it (a submit count, say) to move focus to the summary again. */
  focusKey?: unknown;
}

/** Moves focus to a field and brings its label into view, as govuk-frontend's script does. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const group = el.closest('fieldset') ?? el.closest('.govuk-form-group');
  (group ?? el).scrollIntoView?.();
  el.focus({ preventScroll: true });
}

/** GOV.UK error summary: focused when it appears, each error a link to its field. */
export function ErrorSummary({ errors, title = 'There is a problem', focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, focusKey]);
  if (!shown) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={`${e.fieldId ?? ''}:${e.message}`}>
                {e.fieldId ? (
                  <a
                    href={`#${e.fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(e.fieldId!);
                    }}
                  >
                    {e.message}
                  </a>
                ) : (
                  e.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
