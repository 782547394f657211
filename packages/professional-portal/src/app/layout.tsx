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
import { say } from '../i18n/i18n';

/** The ui package's links become router links: no full page loads inside the portal. */
function RouterLink({ href, ...rest }: UiLinkProps) {
  return <Link to={href} {...rest} />;
}

function navigationFor(role: Role, pathname: string) {
  const items: { href: string; text: string }[] = [];
  if (canReadChildren(role) || role === 'ADVOCATE') items.push({ href: '/', text: HOME_TITLES[role] });
  // Children's messages and unsafe alerts, and the drift list: every role that holds children.
  if (canSeeDriftList(role)) items.push({ href: '/needs-attention', text: say('layout.nav.needsAttention') }, { href: '/drift-list', text: say('layout.nav.driftList') });
  if (hasViewsInbox(role)) items.push({ href: '/inbox', text: say('layout.nav.viewsInbox') });
  if (role === 'ADVOCATE') items.push({ href: '/advocacy/referrals', text: say('layout.nav.referralsWaiting') });
  items.push(...reportNavigation(role));
  if (canReviewRetention(role)) items.push({ href: '/retention-review', text: say('layout.nav.retentionReview') });
  if (role === 'ADMINISTRATOR') {
    items.push(
      { href: '/notifications', text: say('layout.nav.notifications') },
      { href: '/staff', text: say('layout.nav.staffContacts') },
      { href: '/sign-in-settings', text: say('layout.nav.staffSignIn') },
      { href: '/local-policy', text: say('layout.nav.localPolicy') },
      { href: '/imports', text: say('layout.nav.importReturn') },
      { href: '/young-person-languages', text: say('layout.nav.youngPersonLanguages') },
    );
  }
  if (canAskForAccounts(role)) items.push({ href: '/staff-accounts', text: say('layout.nav.staffAccounts') });
  if (canDecideAccountRequests(role)) items.push({ href: '/account-requests', text: say('layout.nav.accountRequests') });
  return items.map((i) => ({ ...i, current: i.href === '/' ? pathname === '/' : pathname.startsWith(i.href) }));
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
        productName={say('layout.productName')}
        serviceName={me ? say('layout.serviceName', { council: me.councilName }) : undefined}
        navigation={navigation}
        signedInAs={me ? say('layout.signedInAs', { name: me.displayName, role: ROLE_LABELS[me.role] }) : undefined}
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
