import type { RouteObject } from 'react-router';
import { screen } from '../app/screen';

/** The child's placements, legal status, brothers and sisters, network and matching record: the page and its forms. */
export const recordRoutes: RouteObject[] = [
  { path: '/children/:id/record', element: screen(() => import('./record-page'), 'RecordPage') },
  { path: '/children/:id/record/placements/move', element: screen(() => import('./placement-pages'), 'PlacementMovePage') },
  { path: '/children/:id/record/placements/:placementId/child-knows', element: screen(() => import('./placement-pages'), 'PlacementAsksPage') },
  { path: '/children/:id/record/placements/:placementId', element: screen(() => import('./placement-pages'), 'PlacementDetailsPage') },
  { path: '/children/:id/record/legal-status/new', element: screen(() => import('./legal-status-pages'), 'RecordLegalStatusPage') },
  { path: '/children/:id/record/legal-status/:statusId', element: screen(() => import('./legal-status-pages'), 'LegalStatusCorrectionPage') },
  { path: '/children/:id/record/brothers-and-sisters/group', element: screen(() => import('./sibling-group-page'), 'SiblingGroupPage') },
  { path: '/children/:id/record/brothers-and-sisters/group/decision', element: screen(() => import('./sibling-group-page'), 'SiblingGroupDecisionPage') },
  { path: '/children/:id/record/brothers-and-sisters/new', element: screen(() => import('./sibling-pages'), 'LinkSiblingPage') },
  { path: '/children/:id/record/brothers-and-sisters/:linkId', element: screen(() => import('./sibling-pages'), 'SiblingLinkChangePage') },
  { path: '/children/:id/record/brothers-and-sisters/:linkId/assessment', element: screen(() => import('./sibling-pages'), 'AssessmentPage') },
  { path: '/children/:id/record/brothers-and-sisters/:linkId/keeping-in-touch/new', element: screen(() => import('./sibling-pages'), 'KeepingInTouchPage') },
  { path: '/children/:id/record/brothers-and-sisters/:linkId/keeping-in-touch/:planId', element: screen(() => import('./sibling-pages'), 'KeepingInTouchPage') },
  { path: '/children/:id/record/network/relationships/new', element: screen(() => import('./network-relationship-page'), 'NetworkRelationshipPage') },
  { path: '/children/:id/record/network/new', element: screen(() => import('./network-page'), 'NetworkMemberPage') },
  { path: '/children/:id/record/network/:memberId', element: screen(() => import('./network-page'), 'NetworkMemberPage') },
  { path: '/children/:id/record/missing/new', element: screen(() => import('./missing-episode-pages'), 'RecordMissingEpisodePage') },
  { path: '/children/:id/record/missing/:episodeId', element: screen(() => import('./missing-episode-pages'), 'MissingEpisodePage') },
  { path: '/children/:id/record/deprivation-of-liberty/new', element: screen(() => import('./deprivation-of-liberty-pages'), 'RecordDoloPage') },
  { path: '/children/:id/record/deprivation-of-liberty/:orderId', element: screen(() => import('./deprivation-of-liberty-pages'), 'DoloPage') },
  { path: '/children/:id/record/health/:year', element: screen(() => import('./health-outcomes-page'), 'HealthOutcomesPage') },
  { path: '/children/:id/record/leaving-care', element: screen(() => import('./leaving-care-page'), 'LeavingCarePage') },
  { path: '/children/:id/record/leaving-care/birthday/:age', element: screen(() => import('./leaving-care-page'), 'CareLeaverBirthdayPage') },
  { path: '/children/:id/record/matching/:area', element: screen(() => import('./matching-page'), 'MatchingAreaPage') },
];
