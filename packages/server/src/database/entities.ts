import { CareLeaverBirthdayEntity, LeavingCareEntity } from '../modules/leaving-care/leaving-care.entity';
import { AdvocacyReferralEntity } from '../modules/advocacy/advocacy-referral.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { CaseFactsEntity } from '../modules/alerts/case-facts.entity';
import { IroEscalationEntity } from '../modules/alerts/iro-escalation.entity';
import { NonWorkingDayEntity } from '../modules/policy/non-working-day.entity';
import { PolicyProfileVersionEntity } from '../modules/policy/policy-profile-version.entity';
import { InvitationEntity } from '../modules/auth/invitation.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { ChildMessageEntity } from '../modules/child-messages/child-message.entity';
import { ChildEntity } from '../modules/children/child.entity';
import { CouncilEntity } from '../modules/councils/council.entity';
import { TeamEntity } from '../modules/councils/team.entity';
import { HealthOutcomesEntity } from '../modules/health-outcomes/health-outcomes.entity';
import { MissingEpisodeEntity } from '../modules/missing-episodes/missing-episode.entity';
import { SocialWorkerEpisodeEntity } from '../modules/social-worker-episodes/social-worker-episode.entity';
import { SocialWorkerPlaceholderEntity } from '../modules/social-worker-episodes/social-worker-placeholder.entity';
import { DeprivationOfLibertyOrderEntity } from '../modules/deprivation-of-liberty/deprivation-of-liberty.entity';
import { CourtDirectionEntity, CourtHearingEntity, CourtProceedingsEntity } from '../modules/court/court.entity';
import { FamilyFindingReferralEntity, PermanenceFormEntity, ProspectiveCarerEntity } from '../modules/family-finding/family-finding.entity';
import { LegalStatusEntity } from '../modules/legal-status/legal-status.entity';
import { LifeStoryItemEntity } from '../modules/life-story/life-story-item.entity';
import { MatchingRecordEntity } from '../modules/matching/matching-record.entity';
import { MeetingEntity } from '../modules/meetings/meeting.entity';
import { NetworkMemberEntity } from '../modules/network/network-member.entity';
import { NetworkRelationshipEntity } from '../modules/network/network-relationship.entity';
import { PlacementEntity } from '../modules/placements/placement.entity';
import { PlanContingencyEntity } from '../modules/plans/plan-contingency.entity';
import { PlanOutcomeEntity } from '../modules/plans/plan-outcome.entity';
import { PlanOutcomeActionEntity } from '../modules/plans/plan-outcome-action.entity';
import { PlanDecisionEntity } from '../modules/plans/plan-decision.entity';
import { PlanEntity } from '../modules/plans/plan.entity';
import { KeepingInTouchPlanEntity } from '../modules/siblings/keeping-in-touch-plan.entity';
import { SiblingLinkEntity } from '../modules/siblings/sibling-link.entity';
import { SiblingGroupDecisionEntity } from '../modules/siblings/sibling-group-decision.entity';
import { TogetherApartAssessmentEntity } from '../modules/siblings/together-apart-assessment.entity';
import { RoleAssignmentEntity } from '../modules/users/role-assignment.entity';
import { StaffAccountRequestEntity } from '../modules/staff/staff-account-request.entity';
import { UserEntity } from '../modules/users/user.entity';
import { ViewEntity } from '../modules/views/view.entity';
import { MediaEntity } from '../modules/media/media.entity';
import { YoungPersonDraftEntity } from '../modules/young-person-drafts/young-person-draft.entity';
import { IdentityProviderEntity } from '../modules/single-sign-on/identity-provider.entity';
import { RoleMappingEntity } from '../modules/single-sign-on/role-mapping.entity';
import { SignInAttemptEntity } from '../modules/single-sign-on/sign-in-attempt.entity';
import { SubjectAccessExportEntity } from '../modules/data-protection/subject-access-export.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { Ssda903UploadEntity } from '../modules/imports/ssda903-upload.entity';
import { RecoveryCodeEntity } from '../modules/second-factor/recovery-code.entity';
import { SecondFactorChallengeEntity } from '../modules/second-factor/second-factor-challenge.entity';

/** Every table the application maps. */
export const ENTITIES = [
  CouncilEntity,
  TeamEntity,
  UserEntity,
  RoleAssignmentEntity,
  StaffAccountRequestEntity,
  SessionEntity,
  InvitationEntity,
  ChildEntity,
  LegalStatusEntity,
  HealthOutcomesEntity,
  LeavingCareEntity,
  CareLeaverBirthdayEntity,
  MissingEpisodeEntity,
  SocialWorkerEpisodeEntity,
  SocialWorkerPlaceholderEntity,
  DeprivationOfLibertyOrderEntity,
  CourtProceedingsEntity,
  CourtHearingEntity,
  CourtDirectionEntity,
  FamilyFindingReferralEntity,
  ProspectiveCarerEntity,
  PermanenceFormEntity,
  PlacementEntity,
  SiblingLinkEntity,
  SiblingGroupDecisionEntity,
  TogetherApartAssessmentEntity,
  KeepingInTouchPlanEntity,
  NetworkMemberEntity,
  NetworkRelationshipEntity,
  PlanEntity,
  PlanContingencyEntity,
  PlanOutcomeEntity,
  PlanOutcomeActionEntity,
  PlanDecisionEntity,
  MeetingEntity,
  ViewEntity,
  LifeStoryItemEntity,
  AdvocacyReferralEntity,
  MatchingRecordEntity,
  ChildMessageEntity,
  AuditEventEntity,
  CaseFactsEntity,
  IroEscalationEntity,
  PolicyProfileVersionEntity,
  NonWorkingDayEntity,
  MediaEntity,
  YoungPersonDraftEntity,
  SubjectAccessExportEntity,
  NotificationEntity,
  IdentityProviderEntity,
  RoleMappingEntity,
  SignInAttemptEntity,
  Ssda903UploadEntity,
  RecoveryCodeEntity,
  SecondFactorChallengeEntity,
];
