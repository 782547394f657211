import { Link, Outlet } from 'react-router';
import { useSession } from '../auth/session';
import { MessagePage } from '../common/page-states';
import type { SignedInPersonFragment } from '../gql/graphql';
import { say } from '../i18n/i18n';

/** The screens a person may open, from the API (Me.abilities): the portal decides none of it. */
export type Screen = keyof SignedInPersonFragment['abilities'];

/** The header links for the report screens, in order. */
export function reportNavigation(abilities: SignedInPersonFragment['abilities']): { href: string; text: string }[] {
  return [
    ...(abilities.tracker ? [{ href: '/tracker', text: say('reports.reportRoles.tracker') }] : []),
    ...(abilities.reports ? [{ href: '/reports', text: say('reports.reportRoles.reports') }] : []),
    ...(abilities.ssda903 ? [{ href: '/ssda903', text: say('reports.reportRoles.ssda903Return') }] : []),
  ];
}

/** A screen only for those the API would answer on it: anyone else reads why. */
export function RequireAbility({ screen, message = 'Your role does not include this part of Forever Planning.' }: { screen: Screen; message?: string }) {
  const { me } = useSession();
  if (!me || !me.abilities[screen]) {
    return (
      <MessagePage title={say('reports.reportRoles.youCannotSeeThis')}>
        <p className="govuk-body">{message}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            {say('reports.reportRoles.goToYourHome')}
          </Link>
        </p>
      </MessagePage>
    );
  }
  return <Outlet />;
}
