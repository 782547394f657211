import type { RouteObject } from 'react-router';
import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../auth/session';
import { safeReturnTo, SignInPage } from '../auth/sign-in-page';
import { SignOutPage } from '../auth/sign-out-page';
import { ChildPage } from '../children/child-page';
import { EditChildPage } from '../children/edit-child-page';
import { NotFoundPage } from '../common/page-states';
import { DriftListPage } from '../alerts/drift-list-page';
import { HomePage } from '../home/home-page';
import { recordRoutes } from '../record/record-routes';
import { AuditTrailPage } from '../audit/audit-trail-page';
import { LifeStoryPage } from '../life-story/life-story-page';
import { LifeStoryPreviewPage } from '../life-story/life-story-preview-page';
import { MeetingsPage } from '../meetings/meetings-page';
import { PlanPage } from '../plans/plan-page';
import { canSeeReports, canSeeSsda903, canSeeTracker, RequireRole } from '../reports/report-roles';
import { ReportsPage } from '../reports/reports-page';
import { Ssda903Page } from '../reports/ssda903-page';
import { TrackerPage } from '../tracker/tracker-page';
import { ViewsInboxPage } from '../views/views-inbox-page';
import { canReviewRetention } from '../auth/roles';
import { RetentionReviewPage } from '../data-protection/retention-review-page';
import { AdvocateChildPage } from '../advocate/advocate-child-page';
import { AdvocacyReferralsPage } from '../advocate/advocacy-referrals-page';
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
          { path: '/', element: <HomePage /> },
          {
            element: <RequireChildReader />,
            children: [
              { path: '/children/:id', element: <ChildPage /> },
              { path: '/children/:id/edit', element: <EditChildPage /> },
              { path: '/children/:id/plan', element: <PlanPage /> },
              { path: '/children/:id/meetings', element: <MeetingsPage /> },
              { path: '/children/:id/life-story', element: <LifeStoryPage /> },
              { path: '/children/:id/life-story/as-the-child-sees-it', element: <LifeStoryPreviewPage /> },
              ...recordRoutes,
              { path: '/children/:id/audit', element: <AuditTrailPage /> },
              { path: '/drift-list', element: <DriftListPage /> },
              { path: '/inbox', element: <ViewsInboxPage /> },
            ],
          },
          {
            element: <RequireAdvocate />,
            children: [
              { path: '/advocate/children/:id', element: <AdvocateChildPage /> },
              { path: '/advocacy/referrals', element: <AdvocacyReferralsPage /> },
            ],
          },
          { element: <RequireRole allowed={canSeeTracker} />, children: [{ path: '/tracker', element: <TrackerPage /> }] },
          { element: <RequireRole allowed={canSeeReports} />, children: [{ path: '/reports', element: <ReportsPage /> }] },
          { element: <RequireRole allowed={canSeeSsda903} />, children: [{ path: '/ssda903', element: <Ssda903Page /> }] },
          { element: <RequireRole allowed={canReviewRetention} />, children: [{ path: '/retention-review', element: <RetentionReviewPage /> }] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
