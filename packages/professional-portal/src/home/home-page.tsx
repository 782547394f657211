import { UiLink } from '@forever-planning/ui';
import { AdvocateHomePage } from '../advocate/advocate-home-page';
import { HOME_TITLES } from '@forever-planning/shared';
import { useMe } from '../auth/session';
import { CaseloadPage } from '../caseload/caseload-page';
import { MessagePage } from '../common/page-states';
import { MessagesNeedingAttention } from '../alerts/child-messages-panels';
import { say } from '../i18n/i18n';

/** Each role's home: the children they reach, or a plain account of what their role does here. */
export function HomePage() {
  const me = useMe();
  if (me.abilities.children) return <CaseloadPage title={HOME_TITLES[me.role]} filterByTeam={me.abilities.filterByTeam} pinned={<MessagesNeedingAttention />} />;
  if (me.abilities.advocacy) return <AdvocateHomePage />;
  if (me.abilities.staffAccounts) {
    return (
      <MessagePage title={HOME_TITLES[me.role]}>
        <p className="govuk-body">{say('home.homePage.youAreSignedIn', { councilName: me.councilName })}</p>
        <p className="govuk-body">
          <UiLink href="/staff-accounts" className="govuk-link">
            {say('home.homePage.staffAccounts')}
          </UiLink>
          {say('home.homePage.askForAnAccount')}
        </p>
        <p className="govuk-body">
          <UiLink className="govuk-link" href="/notifications">{say('home.homePage.notifications')}</UiLink>{say('home.homePage.emailsAndTextMessages')}{' '}
          <UiLink className="govuk-link" href="/staff">{say('home.homePage.staffContactDetails')}</UiLink>{say('home.homePage.whereEachPersonS')}{' '}
          <UiLink className="govuk-link" href="/sign-in-settings">{say('home.homePage.staffSignIn')}</UiLink>{say('home.homePage.theCouncilSIdentity')}
        </p>
        <p className="govuk-body">
          <UiLink className="govuk-link" href="/imports">{say('home.homePage.importAnSsda903Return')}</UiLink>{say('home.homePage.bringTheCouncilS')}
        </p>
        <p className="govuk-body">
          <UiLink className="govuk-link" href="/local-policy">{say('home.homePage.localPolicy')}</UiLink>{say('home.homePage.theCouncilSTimescales')}
        </p>
        <p className="govuk-body">{say('home.homePage.administratorsDoNotSee')}</p>
      </MessagePage>
    );
  }
  return (
    <MessagePage title={say('home.homePage.thisIsThePortal')}>
      <p className="govuk-body">
        {say('home.homePage.youngPeopleUse')}{' '}<a className="govuk-link" href="/young/">{say('home.homePage.foreverPlanningForYoung')}</a>.
      </p>
    </MessagePage>
  );
}
