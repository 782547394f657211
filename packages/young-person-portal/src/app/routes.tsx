import { EighteenPage } from '../eighteen/eighteen-page';
import { Navigate, type RouteObject } from 'react-router';
import { FirstSignInPage } from '../auth/first-sign-in-page';
import { SignInPage } from '../auth/sign-in-page';
import { NotFoundPage } from '../common/page';
import { BrothersAndSistersPage } from '../family/brothers-and-sisters-page';
import { WhoLookedPage } from '../file-looks/who-looked-page';
import { AdvocatePage } from '../help/advocate-page';
import { NotHappyPage } from '../help/not-happy-page';
import { PrivacyPage } from '../help/privacy-page';
import { UnsafePage } from '../help/unsafe-page';
import { HomePage } from '../home/home-page';
import { AddMemoryPage } from '../life-story/add-memory-page';
import { LifeStoryPage } from '../life-story/life-story-page';
import { PlanPage } from '../plan/plan-page';
import { AddToViewPage } from '../views/add-to-view-page';
import { HaveMySayPage } from '../views/have-my-say-page';
import { WriteViewPage } from '../views/write-view-page';
import { Layout, RequireSignIn } from './layout';
import { OLD_PATHS, PATHS } from './paths';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/first-time', element: <FirstSignInPage /> },
      // Help now, and how to keep this private, are shown to anyone, signed in or not.
      { path: PATHS.unsafe, element: <UnsafePage /> },
      { path: PATHS.private, element: <PrivacyPage /> },
      ...Object.entries(OLD_PATHS).map(([from, to]) => ({ path: from, element: <Navigate to={to} replace /> })),
      {
        element: <RequireSignIn />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/plan', element: <PlanPage /> },
          { path: '/have-my-say', element: <HaveMySayPage /> },
          { path: '/have-my-say/write', element: <WriteViewPage /> },
          { path: '/have-my-say/write/:id', element: <WriteViewPage /> },
          { path: '/have-my-say/add/:id', element: <AddToViewPage /> },
          { path: '/life-story', element: <LifeStoryPage /> },
          { path: '/life-story/add', element: <AddMemoryPage /> },
          { path: '/brothers-and-sisters', element: <BrothersAndSistersPage /> },
          { path: '/when-i-am-18', element: <EighteenPage /> },
          { path: '/who-looked', element: <WhoLookedPage /> },
          { path: '/advocate', element: <AdvocatePage /> },
          { path: PATHS.notHappy, element: <NotHappyPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
