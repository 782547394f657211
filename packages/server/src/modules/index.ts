import type { NonEmptyArray } from 'type-graphql';
import { AlertsChildFields, DriftResolver } from './alerts/alerts.resolver';
import { CaseFactsChildFields, CaseFactsResolver, IroEscalationStageFields } from './alerts/case-facts.resolver';
import { AuditChildFields, AuditResolver } from './audit/audit.resolver';
import { PolicyResolver } from './policy/policy.resolver';
import { TodayResolver } from './calendar/today.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { SingleSignOnResolver } from './single-sign-on/single-sign-on.resolver';
import { SecondFactorResolver } from './second-factor/second-factor.resolver';
import { StaffResolver } from './staff/staff.resolver';
import { ChildrenResolver } from './children/children.resolver';
import { AdvocacyChildFields, AdvocacyReferralFields, AdvocacyResolver } from './advocacy/advocacy.resolver';
import { AllocationResolver } from './allocation/allocation.resolver';
import { HealthOutcomesChildFields, HealthOutcomesResolver } from './health-outcomes/health-outcomes.resolver';
import { LeavingCareChildFields, LeavingCareResolver } from './leaving-care/leaving-care.resolver';
import { MissingEpisodeChildFields, MissingEpisodeResolver } from './missing-episodes/missing-episode.resolver';
import { SocialWorkerEpisodeChildFields } from './social-worker-episodes/social-worker-episode.resolver';
import { DeprivationOfLibertyChildFields, DeprivationOfLibertyResolver } from './deprivation-of-liberty/deprivation-of-liberty.resolver';
import { CourtChildFields, CourtResolver } from './court/court.resolver';
import { FamilyFindingChildFields, FamilyFindingResolver, PermanenceFormFields } from './family-finding/family-finding.resolver';
import { LegalStatusChildFields, LegalStatusResolver } from './legal-status/legal-status.resolver';
import { MatchingChildFields, MatchingResolver } from './matching/matching.resolver';
import { NetworkChildFields, NetworkResolver } from './network/network.resolver';
import { PlacementChildFields, PlacementsResolver } from './placements/placements.resolver';
import { BrotherOrSisterFields, SiblingChildFields, SiblingsResolver } from './siblings/siblings.resolver';
import { ChildViewFields, MyViewsResolver, ViewsResolver } from './views/views.resolver';
import { ChildLifeStoryFields, LifeStoryResolver, MyLifeStoryResolver } from './life-story/life-story.resolver';
import { LifeStoryItemMediaFields, MyLifeStoryItemMediaFields } from './media/media.resolver';
import { ChildMessageFields, ChildMessagesResolver } from './child-messages/child-messages.resolver';
import { YoungPersonResolver } from './young-person/young-person.resolver';
import { YoungPersonDraftsResolver } from './young-person-drafts/young-person-drafts.resolver';
import { AdvocateViewResolver } from './advocacy/advocate-view.resolver';
import { MeetingChildFields, MeetingsResolver } from './meetings/meetings.resolver';
import { PlanChildFields, PlanDecisionFields, PlansResolver } from './plans/plans.resolver';
import { TrackerChildFields, TrackerResolver } from './tracker/tracker.resolver';
import { DataProtectionResolver } from './data-protection/data-protection.resolver';
import type { ClassType } from 'type-graphql';
import type { ChangedRecordType } from '../common/changed-by';
import { changedByFields } from './children/changed-by.resolver';
import { ChildType } from './children/child.type';
import { LifeStoryItemType } from './life-story/life-story-item.type';
import { MeetingType } from './meetings/meeting.type';
import { PlanOutcomeType, PlanOutcomeActionType, PlanType } from './plans/plan.type';
import { ViewType } from './views/view.type';
import { ChildAbilityFields, MeAbilityFields, MeetingAbilityFields, PlanAbilityFields } from './abilities/abilities.resolver';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { Ssda903UploadsResolver } from './imports/ssda903-uploads.resolver';

/** Every resolver class in the API. A module's resolvers are listed here once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  MeAbilityFields,
  ChildAbilityFields,
  PlanAbilityFields,
  MeetingAbilityFields,
  SingleSignOnResolver,
  SecondFactorResolver,
  StaffResolver,
  ChildrenResolver,
  AuditResolver,
  AuditChildFields,
  AlertsChildFields,
  DriftResolver,
  PolicyResolver,
  TodayResolver,
  CaseFactsChildFields,
  CaseFactsResolver,
  IroEscalationStageFields,
  // Case records (placements, legal status, brothers and sisters, network, matching, advocacy, allocation).
  PlacementChildFields, PlacementsResolver,
  LegalStatusChildFields, LegalStatusResolver,
  HealthOutcomesChildFields, HealthOutcomesResolver,
  MissingEpisodeChildFields, MissingEpisodeResolver,
  SocialWorkerEpisodeChildFields,
  DeprivationOfLibertyChildFields, DeprivationOfLibertyResolver,
  LeavingCareChildFields, LeavingCareResolver,
  CourtChildFields, CourtResolver,
  FamilyFindingChildFields, FamilyFindingResolver, PermanenceFormFields,
  SiblingChildFields, BrotherOrSisterFields, SiblingsResolver,
  NetworkChildFields, NetworkResolver,
  MatchingChildFields, MatchingResolver,
  AdvocacyChildFields, AdvocacyReferralFields, AdvocacyResolver,
  AllocationResolver,
  // The Forever Plan, meetings and reviews.
  PlansResolver, PlanChildFields, PlanDecisionFields,
  MeetingsResolver, MeetingChildFields,
  // The child's voice, life story, young person's and advocate's own API.
  ViewsResolver,
  MyViewsResolver,
  ChildViewFields,
  LifeStoryResolver,
  MyLifeStoryResolver,
  ChildLifeStoryFields,
  LifeStoryItemMediaFields,
  MyLifeStoryItemMediaFields,
  ChildMessagesResolver,
  ChildMessageFields,
  YoungPersonResolver,
  YoungPersonDraftsResolver,
  AdvocateViewResolver,
  // The permanence tracker, reports and the SSDA903 return.
  TrackerResolver,
  TrackerChildFields,
  // Data protection: subject access exports and retention.
  DataProtectionResolver,
  // Email and text messages: the administrator's outbox and the duty contact.
  NotificationsResolver,
  Ssda903UploadsResolver,
  // Who last changed each editable record (updatedBy), next to its version.
  ...[ChildType, PlanType, PlanOutcomeType, PlanOutcomeActionType, MeetingType, LifeStoryItemType, ViewType].map((type: ClassType<ChangedRecordType>) => changedByFields(type)),
];
