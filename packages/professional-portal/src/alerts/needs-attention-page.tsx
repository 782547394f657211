import { UiLink } from '@forever-planning/ui';
import { usePageTitle } from '../common/use-page-title';
import { MessagesNeedingAttention } from './child-messages-panels';
import { say } from '../i18n/i18n';

/** Children's messages and "I feel unsafe" alerts waiting for you; the drift list is a page of its own. */
export function NeedsAttentionPage() {
  usePageTitle(say('alerts.needsAttentionPage.needsAttention'));
  return (
    <>
      <h1 className="govuk-heading-l">{say('alerts.needsAttentionPage.needsAttention')}</h1>
      <MessagesNeedingAttention />
      <h2 className="govuk-heading-m">{say('alerts.needsAttentionPage.driftList')}</h2>
      <p className="govuk-body">
        {say('alerts.needsAttentionPage.childrenWhosePlansOr')}{' '}
        <UiLink href="/drift-list" className="govuk-link">
          {say('alerts.needsAttentionPage.driftList2')}
        </UiLink>
        {say('alerts.needsAttentionPage.whichYouCanFilter')}
      </p>
    </>
  );
}
