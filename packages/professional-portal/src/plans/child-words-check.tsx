import { useEffect, useMemo, useState } from 'react';
import { checkChildWords, childWordsRulesApply } from '@forever-planning/shared/child-words';
import { portalLanguage } from '@forever-planning/shared';
import { say } from '../i18n/i18n';

/** How long typing must pause before the advice changes (so a screen reader is not told every keystroke). */
const SETTLE_MS = 500;

/**
 * Checks the child's version of the plan as it is typed, with the same rules
 * as every fixed sentence in the young-person portal (packages/shared): reading
 * age about 9, written to the child, no dates already passed, role names
 * explained. Advice, not a block: a GOV.UK warning says what to change.
 * Those are English rules: words in another language get the date check only,
 * and the writer is told who can check the rest.
 */
export function ChildWordsCheck({ id, text, today, childNames, language }: { id: string; text: string; today?: string; childNames: string[]; language?: string }) {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const problems = useMemo(() => (settled.trim() ? checkChildWords(settled, { today, childNames, language }) : []), [settled, today, childNames, language]);
  const otherLanguage = childWordsRulesApply(language) ? null : (portalLanguage(language)?.englishName ?? language);
  return (
    <div id={id} aria-live="polite" className="fp-child-words-check">
      {otherLanguage && settled.trim() && (
        <p className="govuk-inset-text">
          {say('plans.childWordsCheck.theseWordsAreIn', { otherLanguage })}
        </p>
      )}
      {problems.length > 0 && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{say('plans.childWordsCheck.warning')}</span>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{say('plans.childWordsCheck.beforeTheChildReads')}</p>
            <ul className="govuk-list govuk-list--bullet">
              {problems.map((p) => (
                <li key={`${p.kind}:${p.found}`}>{p.message}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
