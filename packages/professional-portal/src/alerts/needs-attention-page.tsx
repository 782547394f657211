import { UiLink } from '@forever-planning/ui';
import { usePageTitle } from '../common/use-page-title';
import { MessagesNeedingAttention } from './child-messages-panels';

/** Children's messages and "I feel unsafe" alerts waiting for you; the drift list is a page of its own. */
export function NeedsAttentionPage() {
  usePageTitle('Needs attention');
  return (
    <>
      <h1 className="govuk-heading-l">Needs attention</h1>
      <MessagesNeedingAttention />
      <h2 className="govuk-heading-m">Drift list</h2>
      <p className="govuk-body">
        Children whose plans or reviews are late or at risk of drift are on the{' '}
        <UiLink href="/drift-list" className="govuk-link">
          drift list
        </UiLink>
        , which you can filter by alert, urgency, team and social worker.
      </p>
    </>
  );
}
