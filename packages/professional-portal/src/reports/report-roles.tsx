import { Link, Outlet } from 'react-router';
import { useSession } from '../auth/session';
import { MessagePage } from '../common/page-states';
import type { Role } from '../gql/graphql';

/** Who sees the tracker and the reports (the API decides every request; these keep the screens tidy). */
export const canSeeTracker = (role: Role) => role === 'SOCIAL_WORKER' || role === 'TEAM_MANAGER' || role === 'IRO' || role === 'HEAD_OF_SERVICE';
export const canSeeReports = (role: Role) => role === 'TEAM_MANAGER' || role === 'HEAD_OF_SERVICE';
export const canSeeSsda903 = (role: Role) => role === 'HEAD_OF_SERVICE';

/** The header links for these screens, in order. */
export function reportNavigation(role: Role): { href: string; text: string }[] {
  return [
    ...(canSeeTracker(role) ? [{ href: '/tracker', text: 'Tracker' }] : []),
    ...(canSeeReports(role) ? [{ href: '/reports', text: 'Reports' }] : []),
    ...(canSeeSsda903(role) ? [{ href: '/ssda903', text: 'SSDA903 return' }] : []),
  ];
}

/** Screens for some roles only: anyone else reads why. */
export function RequireRole({ allowed }: { allowed: (role: Role) => boolean }) {
  const { me } = useSession();
  if (!me || !allowed(me.role)) {
    return (
      <MessagePage title="You cannot see this page">
        <p className="govuk-body">Your role does not include this part of Forever Planning.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to your home page
          </Link>
        </p>
      </MessagePage>
    );
  }
  return <Outlet />;
}
