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
import { say } from '../i18n/i18n';

/** The ui package's links become router links: no full page loads inside the portal. */
function RouterLink({ href, ...rest }: UiLinkProps) {
  return <Link to={href} {...rest} />;
}

/** The menu: each item appears exactly when the API would answer on its page (Me.abilities). */
function navigationFor(me: SignedInPersonFragment, pathname: string) {
  const can = me.abilities;
  const items: { href: string; text: string }[] = [];
  if (can.children || can.advocacy) items.push({ href: '/', text: HOME_TITLES[me.role] });
  if (can.needsAttention) items.push({ href: '/needs-attention', text: say('layout.nav.needsAttention') });
  if (can.driftList) items.push({ href: '/drift-list', text: say('layout.nav.driftList') });
  if (can.viewsInbox) items.push({ href: '/inbox', text: say('layout.nav.viewsInbox') });
  if (can.advocacy) items.push({ href: '/advocacy/referrals', text: say('layout.nav.referralsWaiting') });
  items.push(...reportNavigation(can));
  if (can.retentionReview) items.push({ href: '/retention-review', text: say('layout.nav.retentionReview') });
  if (can.notifications) items.push({ href: '/notifications', text: say('layout.nav.notifications') });
  if (can.staffContacts) items.push({ href: '/staff', text: say('layout.nav.staffContacts') });
  if (can.signInSettings) items.push({ href: '/sign-in-settings', text: say('layout.nav.staffSignIn') });
  if (can.localPolicy) items.push({ href: '/local-policy', text: say('layout.nav.localPolicy') });
  if (can.imports) items.push({ href: '/imports', text: say('layout.nav.importReturn') });
  if (can.youngPersonLanguages) items.push({ href: '/young-person-languages', text: say('layout.nav.youngPersonLanguages') });
  if (can.auditSearch) items.push({ href: '/audit', text: say('layout.nav.auditTrail') });
  if (can.staffAccounts) items.push({ href: '/staff-accounts', text: say('layout.nav.staffAccounts') });
  if (can.accountRequests) items.push({ href: '/account-requests', text: say('layout.nav.accountRequests') });
  if (can.ownAccount) items.push({ href: '/account', text: say('layout.nav.yourAccount') });
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
        productName={say('layout.productName')}
        serviceName={me ? say('layout.serviceName', { council: me.councilName }) : undefined}
        navigation={navigation}
        signedInAs={me ? say('layout.signedInAs', { name: me.displayName, role: ROLE_LABELS[me.role] }) : undefined}
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
  return <RequireAbility screen="children" message={say('app.layout.yourRoleDoesNot')} />;
}

/** The advocate's own screens: only advocates (they never see the professional screens, nor others these). */
export function RequireAdvocate() {
  return <RequireAbility screen="advocacy" message={say('app.layout.thesePagesAreFor')} />;
}
