import type { RouteObject } from 'react-router';
import { LegalStatusCorrectionPage, RecordLegalStatusPage } from './legal-status-pages';
import { MatchingAreaPage } from './matching-page';
import { NetworkMemberPage } from './network-page';
import { PlacementDetailsPage, PlacementMovePage } from './placement-pages';
import { RecordPage } from './record-page';
import { AssessmentPage, KeepingInTouchPage, LinkSiblingPage, SiblingLinkChangePage } from './sibling-pages';

/** The child's placements, legal status, brothers and sisters, network and matching record: the page and its forms. */
export const recordRoutes: RouteObject[] = [
  { path: '/children/:id/record', element: <RecordPage /> },
  { path: '/children/:id/record/placements/move', element: <PlacementMovePage /> },
  { path: '/children/:id/record/placements/:placementId', element: <PlacementDetailsPage /> },
  { path: '/children/:id/record/legal-status/new', element: <RecordLegalStatusPage /> },
  { path: '/children/:id/record/legal-status/:statusId', element: <LegalStatusCorrectionPage /> },
  { path: '/children/:id/record/brothers-and-sisters/new', element: <LinkSiblingPage /> },
  { path: '/children/:id/record/brothers-and-sisters/:linkId', element: <SiblingLinkChangePage /> },
  { path: '/children/:id/record/brothers-and-sisters/:linkId/assessment', element: <AssessmentPage /> },
  { path: '/children/:id/record/brothers-and-sisters/:linkId/keeping-in-touch/new', element: <KeepingInTouchPage /> },
  { path: '/children/:id/record/brothers-and-sisters/:linkId/keeping-in-touch/:planId', element: <KeepingInTouchPage /> },
  { path: '/children/:id/record/network/new', element: <NetworkMemberPage /> },
  { path: '/children/:id/record/network/:memberId', element: <NetworkMemberPage /> },
  { path: '/children/:id/record/matching/:area', element: <MatchingAreaPage /> },
];
