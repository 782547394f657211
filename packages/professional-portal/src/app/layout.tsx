import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Header, SkipLink, UiLinkProvider, type UiLinkProps } from '@forever-planning/ui';
import { ROLE_LABELS } from '@forever-planning/shared';
import { canAskForAccounts, canDecideAccountRequests, canReadChildren, canReviewRetention, canSeeDriftList, hasViewsInbox, HOME_TITLES } from '../auth/roles';
import { LiveUpdatesProvider } from '../alerts/live-updates';
import type { Role } from '../gql/graphql';
import { useSession } from '../auth/session';
import { SessionTimeout } from '../auth/session-timeout';
import { SignedOutPage } from '../auth/signed-out-page';
import { Loading, MessagePage } from '../common/page-states';
import { reportNavigation } from '../reports/report-roles';

/** The ui package's links become router links: no full page loads inside the portal. */
function RouterLink({ href, ...rest }: UiLinkProps) {
  return <Link to={href} {...rest} />;
}

function navigationFor(role: Role, pathname: string) {
  const items: { href: string; text: string }[] = [];
  if (canReadChildren(role) || role === 'ADVOCATE') items.push({ href: '/', text: HOME_TITLES[role] });
  // Children's messages and unsafe alerts, and the drift list: every role that holds children.
  if (canSeeDriftList(role)) items.push({ href: '/needs-attention', text: 'Needs attention' }, { href: '/drift-list', text: 'Drift list' });
  if (hasViewsInbox(role)) items.push({ href: '/inbox', text: 'Views inbox' });
  if (role === 'ADVOCATE') items.push({ href: '/advocacy/referrals', text: 'Referrals waiting' });
  items.push(...reportNavigation(role));
  if (canReviewRetention(role)) items.push({ href: '/retention-review', text: 'Retention review' });
  if (role === 'ADMINISTRATOR') items.push({ href: '/notifications', text: 'Notifications' }, { href: '/staff', text: 'Staff contact details' }, { href: '/sign-in-settings', text: 'Staff sign-in' }, { href: '/local-policy', text: 'Local policy' }, { href: '/imports', text: 'Import a return' });
  if (canAskForAccounts(role)) items.push({ href: '/staff-accounts', text: 'Staff accounts' });
  if (canDecideAccountRequests(role)) items.push({ href: '/account-requests', text: 'Account requests' });
  items.push({ href: '/account', text: 'Your account' });
  return items.map((i) => ({ ...i, current: pathname === i.href || (i.href !== '/' && pathname.startsWith(`${i.href}/`)) }));
}

export function Layout() {
  const { me, ended } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const navigation = me ? navigationFor(me.role, pathname) : [];
  return (
    <UiLinkProvider value={RouterLink}>
      <SkipLink />
      <Header
        productName="Forever Planning"
        serviceName={me ? `${me.councilName} children’s services` : undefined}
        navigation={navigation}
        signedInAs={me ? `${me.displayName} (${ROLE_LABELS[me.role]})` : undefined}
        onSignOut={me ? () => navigate('/sign-out') : undefined}
      />
      <LiveUpdatesProvider enabled={!!me && !ended && canReadChildren(me.role)}>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
            {ended && pathname !== '/sign-in' ? <SignedOutPage /> : <Outlet />}
          </main>
        </div>
      </LiveUpdatesProvider>
      {me && !ended && <SessionTimeout />}
    </UiLinkProvider>
  );
}

/** Screens behind sign-in: anyone else goes to the sign-in page and comes back after. */
export function RequireSignIn() {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

/** Children's records: only the roles that read them; an advocate or administrator never sees these screens. */
export function RequireChildReader() {
  const { me } = useSession();
  if (!me || !canReadChildren(me.role)) {
    return (
      <MessagePage title="You cannot see this page">
        <p className="govuk-body">Your role does not include children’s records in this part of Forever Planning.</p>
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

/** The advocate's own screens: only advocates (they never see the professional screens, nor others these). */
export function RequireAdvocate() {
  const { me } = useSession();
  if (me?.role !== 'ADVOCATE') {
    return (
      <MessagePage title="You cannot see this page">
        <p className="govuk-body">These pages are for independent advocates.</p>
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
