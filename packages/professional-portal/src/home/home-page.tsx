import { UiLink } from '@forever-planning/ui';
import { AdvocateHomePage } from '../advocate/advocate-home-page';
import { canReadChildren, HOME_TITLES } from '../auth/roles';
import { useMe } from '../auth/session';
import { CaseloadPage } from '../caseload/caseload-page';
import { MessagePage } from '../common/page-states';
import { MessagesNeedingAttention } from '../alerts/child-messages-panels';

/** Each role's home: the children they reach, or a plain account of what their role does here. */
export function HomePage() {
  const me = useMe();
  if (canReadChildren(me.role)) return <CaseloadPage title={HOME_TITLES[me.role]} role={me.role} pinned={<MessagesNeedingAttention />} />;
  if (me.role === 'ADVOCATE') return <AdvocateHomePage />;
  if (me.role === 'ADMINISTRATOR') {
    return (
      <MessagePage title={HOME_TITLES.ADMINISTRATOR}>
        <p className="govuk-body">You are signed in as an administrator for {me.councilName}.</p>
        <p className="govuk-body">Administrators will manage here:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>people’s accounts and the roles they hold</li>
          <li>which teams, children or council each role reaches</li>
          <li>local policy settings, such as review timescales</li>
        </ul>
        <p className="govuk-body">These screens are not ready yet. Administrators do not see or change children’s case records.</p>
        <p className="govuk-body">
          Ready now: <UiLink className="govuk-link" href="/notifications">notifications</UiLink> (emails and text messages queued, sent and failed) and{' '}
          <UiLink className="govuk-link" href="/staff">staff contact details</UiLink> (where each person’s notifications go).
        </p>
      </MessagePage>
    );
  }
  return (
    <MessagePage title="This is the portal for professionals">
      <p className="govuk-body">
        Young people use <a className="govuk-link" href="/young/">Forever Planning for young people</a>.
      </p>
    </MessagePage>
  );
}
