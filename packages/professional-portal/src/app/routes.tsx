import type { RouteObject } from 'react-router';
import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../auth/session';
import { safeReturnTo, SignInPage } from '../auth/sign-in-page';
import { SignOutPage } from '../auth/sign-out-page';
import { NotFoundPage } from '../common/page-states';
import { recordRoutes } from '../record/record-routes';
import { screen } from './screen';
import { RequireAbility } from '../reports/report-roles';
import { Layout, RequireAdvocate, RequireChildReader, RequireSignIn } from './layout';

/** Signed in already (or just now): on to where the person was going. */
function SignInRoute() {
  const { me, loading } = useSession();
  const [params] = useSearchParams();
  if (loading) return null;
  return me ? <Navigate to={safeReturnTo(params.get('returnTo'))} replace /> : <SignInPage />;
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      { path: '/sign-out', element: <SignOutPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { path: '/', element: screen(() => import('../home/home-page'), 'HomePage') },
          { path: '/account', element: screen(() => import('../account/account-page'), 'AccountPage') },
          {
            element: <RequireChildReader />,
            children: [
              { path: '/children/:id', element: screen(() => import('../children/child-page'), 'ChildPage') },
              { path: '/children/:id/edit', element: screen(() => import('../children/edit-child-page'), 'EditChildPage') },
              { path: '/children/:id/allocate', element: screen(() => import('../children/allocate-page'), 'AllocatePage') },
              { path: '/children/:id/plan', element: screen(() => import('../plans/plan-page'), 'PlanPage') },
              { path: '/children/:id/plan/check', element: screen(() => import('../plans/check-plan-page'), 'CheckPlanPage') },
              { path: '/children/:id/plan/compare', element: screen(() => import('../plans/compare-plans-page'), 'ComparePlansPage') },
              { path: '/children/:id/meetings', element: screen(() => import('../meetings/meetings-page'), 'MeetingsPage') },
              { path: '/children/:id/court', element: screen(() => import('../court/court-page'), 'CourtPage') },
              { path: '/children/:id/family-finding', element: screen(() => import('../family-finding/family-finding-page'), 'FamilyFindingPage') },
              { path: '/children/:id/escalations', element: screen(() => import('../escalations/escalations-page'), 'EscalationsPage') },
              { path: '/children/:id/life-story', element: screen(() => import('../life-story/life-story-page'), 'LifeStoryPage') },
              { path: '/children/:id/life-story/as-the-child-sees-it', element: screen(() => import('../life-story/life-story-preview-page'), 'LifeStoryPreviewPage') },
              ...recordRoutes,
              { path: '/children/:id/audit', element: screen(() => import('../audit/audit-trail-page'), 'AuditTrailPage') },
              { path: '/drift-list', element: screen(() => import('../alerts/drift-list-page'), 'DriftListPage') },
              { path: '/needs-attention', element: screen(() => import('../alerts/needs-attention-page'), 'NeedsAttentionPage') },
              { path: '/inbox', element: screen(() => import('../views/views-inbox-page'), 'ViewsInboxPage') },
            ],
          },
          {
            element: <RequireAdvocate />,
            children: [
              { path: '/advocate/children/:id', element: screen(() => import('../advocate/advocate-child-page'), 'AdvocateChildPage') },
              { path: '/advocacy/referrals', element: screen(() => import('../advocate/advocacy-referrals-page'), 'AdvocacyReferralsPage') },
            ],
          },
          { element: <RequireAbility screen="tracker" />, children: [{ path: '/tracker', element: screen(() => import('../tracker/tracker-page'), 'TrackerPage') }] },
          { element: <RequireAbility screen="reports" />, children: [{ path: '/reports', element: screen(() => import('../reports/reports-page'), 'ReportsPage') }] },
          { element: <RequireAbility screen="ssda903" />, children: [{ path: '/ssda903', element: screen(() => import('../reports/ssda903-page'), 'Ssda903Page') }] },
          { element: <RequireAbility screen="notifications" />, children: [{ path: '/notifications', element: screen(() => import('../notifications/notifications-page'), 'NotificationsPage') }] },
          {
            element: <RequireAbility screen="staffContacts" />,
            children: [
              { path: '/staff', element: screen(() => import('../staff/staff-contacts-page'), 'StaffContactsPage') },
              { path: '/staff/:id', element: screen(() => import('../staff/staff-contacts-page'), 'StaffContactEditPage') },
            ],
          },
          {
            element: <RequireAbility screen="imports" />,
            children: [
              { path: '/imports', element: screen(() => import('../imports/import-return-page'), 'ImportReturnPage') },
              { path: '/imports/:id', element: screen(() => import('../imports/import-return-page'), 'ImportUploadPage') },
            ],
          },
          {
            element: <RequireAbility screen="youngPersonLanguages" />,
            children: [{ path: '/young-person-languages', element: screen(() => import('../languages/young-person-languages-page'), 'YoungPersonLanguagesPage') }],
          },
          { element: <RequireAbility screen="auditSearch" />, children: [{ path: '/audit', element: screen(() => import('../audit/audit-search-page'), 'AuditSearchPage') }] },
          { element: <RequireAbility screen="localPolicy" />, children: [{ path: '/local-policy', element: screen(() => import('../local-policy/local-policy-page'), 'LocalPolicyPage') }] },
          {
            element: <RequireAbility screen="retentionReview" />,
            children: [{ path: '/retention-review', element: screen(() => import('../data-protection/retention-review-page'), 'RetentionReviewPage') }],
          },
          { element: <RequireAbility screen="signInSettings" />, children: [{ path: '/sign-in-settings', element: screen(() => import('../sign-in-settings/sign-in-settings-page'), 'SignInSettingsPage') }] },
          { element: <RequireAbility screen="staffAccounts" />, children: [{ path: '/staff-accounts', element: screen(() => import('../staff/staff-accounts-page'), 'StaffAccountsPage') }] },
          { element: <RequireAbility screen="accountRequests" />, children: [{ path: '/account-requests', element: screen(() => import('../staff/account-requests-page'), 'AccountRequestsPage') }] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
