import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Header, SkipLink, UiLinkProvider, type UiLinkProps } from '@forever-planning/ui';
import { HOME_TITLES, ROLE_LABELS } from '@forever-planning/shared';
import { LiveUpdatesProvider } from '../alerts/live-updates';
import type { SignedInPersonFragment } from '../gql/graphql';
import { useSession } from '../auth/session';
import { SessionTimeout } from '../auth/session-timeout';
import { SignedOutPage } from '../auth/signed-out-page';
import { Loading } from '../common/page-states';
import { reportNavigation, RequireAbility } from '../reports/report-roles';

/** The ui package's links become router links: no full page loads inside the portal. */
function RouterLink({ href, ...rest }: UiLinkProps) {
  return <Link to={href} {...rest} />;
}

/** The menu: each item appears exactly when the API would answer on its page (Me.abilities). */
function navigationFor(me: SignedInPersonFragment, pathname: string) {
  const can = me.abilities;
  const items: { href: string; text: string }[] = [];
  if (can.children || can.advocacy) items.push({ href: '/', text: HOME_TITLES[me.role] });
  if (can.needsAttention) items.push({ href: '/needs-attention', text: 'Needs attention' });
  if (can.driftList) items.push({ href: '/drift-list', text: 'Drift list' });
  if (can.viewsInbox) items.push({ href: '/inbox', text: 'Views inbox' });
  if (can.advocacy) items.push({ href: '/advocacy/referrals', text: 'Referrals waiting' });
  items.push(...reportNavigation(can));
  if (can.retentionReview) items.push({ href: '/retention-review', text: 'Retention review' });
  if (can.notifications) items.push({ href: '/notifications', text: 'Notifications' });
  if (can.staffContacts) items.push({ href: '/staff', text: 'Staff contact details' });
  if (can.signInSettings) items.push({ href: '/sign-in-settings', text: 'Staff sign-in' });
  if (can.localPolicy) items.push({ href: '/local-policy', text: 'Local policy' });
  if (can.imports) items.push({ href: '/imports', text: 'Import a return' });
  if (can.auditSearch) items.push({ href: '/audit', text: 'Audit trail' });
  if (can.staffAccounts) items.push({ href: '/staff-accounts', text: 'Staff accounts' });
  if (can.accountRequests) items.push({ href: '/account-requests', text: 'Account requests' });
  if (can.ownAccount) items.push({ href: '/account', text: 'Your account' });
  return items.map((i) => ({ ...i, current: i.href === '/' ? pathname === '/' : pathname.startsWith(i.href) }));
}

export function Layout() {
  const { me, ended } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const navigation = me ? navigationFor(me, pathname) : [];
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
      <LiveUpdatesProvider enabled={!!me && !ended && me.abilities.children}>
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

/** Children's records: only for those the API answers on them; an advocate or administrator never sees these screens. */
export function RequireChildReader() {
  return <RequireAbility screen="children" message="Your role does not include children’s records in this part of Forever Planning." />;
}

/** The advocate's own screens: only advocates (they never see the professional screens, nor others these). */
export function RequireAdvocate() {
  return <RequireAbility screen="advocacy" message="These pages are for independent advocates." />;
}
