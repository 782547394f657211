import { UiLink } from '@forever-planning/ui';
import { AdvocateHomePage } from '../advocate/advocate-home-page';
import { HOME_TITLES } from '@forever-planning/shared';
import { useMe } from '../auth/session';
import { CaseloadPage } from '../caseload/caseload-page';
import { MessagePage } from '../common/page-states';
import { MessagesNeedingAttention } from '../alerts/child-messages-panels';

/** Each role's home: the children they reach, or a plain account of what their role does here. */
export function HomePage() {
  const me = useMe();
  if (me.abilities.children) return <CaseloadPage title={HOME_TITLES[me.role]} filterByTeam={me.abilities.filterByTeam} pinned={<MessagesNeedingAttention />} />;
  if (me.abilities.advocacy) return <AdvocateHomePage />;
  if (me.abilities.staffAccounts) {
    return (
      <MessagePage title={HOME_TITLES[me.role]}>
        <p className="govuk-body">You are signed in as an administrator for {me.councilName}.</p>
        <p className="govuk-body">
          <UiLink href="/staff-accounts" className="govuk-link">
            Staff accounts
          </UiLink>
          : ask for an account for someone who joins the service. A head of service approves it before they can sign in.
        </p>
        <p className="govuk-body">
          <UiLink className="govuk-link" href="/notifications">Notifications</UiLink>: emails and text messages queued, sent and failed.{' '}
          <UiLink className="govuk-link" href="/staff">Staff contact details</UiLink>: where each person’s notifications go.{' '}
          <UiLink className="govuk-link" href="/sign-in-settings">Staff sign-in</UiLink>: the council’s identity provider.
        </p>
        <p className="govuk-body">
          <UiLink className="govuk-link" href="/imports">Import an SSDA903 return</UiLink>: bring the council’s children in from the return it sends the DfE.
        </p>
        <p className="govuk-body">
          <UiLink className="govuk-link" href="/local-policy">Local policy</UiLink>: the council’s timescales as versions from a date, non-working days, advocacy ages and the duty contact.
        </p>
        <p className="govuk-body">Administrators do not see or change children’s case records.</p>
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
