import { SocialWorkerEpisodeEntity } from '../modules/social-worker-episodes/social-worker-episode.entity';
import { SocialWorkerPlaceholderEntity } from '../modules/social-worker-episodes/social-worker-placeholder.entity';
import { CareLeaverBirthdayEntity, LeavingCareEntity } from '../modules/leaving-care/leaving-care.entity';
import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AdvocacyReferralEntity } from '../modules/advocacy/advocacy-referral.entity';
import { ChildMessageEntity } from '../modules/child-messages/child-message.entity';
import { ChildEntity } from '../modules/children/child.entity';
import { CouncilEntity } from '../modules/councils/council.entity';
import { TeamEntity } from '../modules/councils/team.entity';
import { HealthOutcomesEntity } from '../modules/health-outcomes/health-outcomes.entity';
import { MissingEpisodeEntity } from '../modules/missing-episodes/missing-episode.entity';
import { DeprivationOfLibertyOrderEntity } from '../modules/deprivation-of-liberty/deprivation-of-liberty.entity';
import { LegalStatusEntity } from '../modules/legal-status/legal-status.entity';
import { LifeStoryItemEntity } from '../modules/life-story/life-story-item.entity';
import { MatchingRecordEntity } from '../modules/matching/matching-record.entity';
import { MeetingEntity } from '../modules/meetings/meeting.entity';
import { NetworkMemberEntity } from '../modules/network/network-member.entity';
import { PlacementEntity } from '../modules/placements/placement.entity';
import { PlanContingencyEntity } from '../modules/plans/plan-contingency.entity';
import { PlanOutcomeEntity } from '../modules/plans/plan-outcome.entity';
import { PlanOutcomeActionEntity } from '../modules/plans/plan-outcome-action.entity';
import { PlanEntity } from '../modules/plans/plan.entity';
import { KeepingInTouchPlanEntity } from '../modules/siblings/keeping-in-touch-plan.entity';
import { SiblingLinkEntity } from '../modules/siblings/sibling-link.entity';
import { TogetherApartAssessmentEntity } from '../modules/siblings/together-apart-assessment.entity';
import { RoleAssignmentEntity } from '../modules/users/role-assignment.entity';
import { UserEntity } from '../modules/users/user.entity';
import { ViewEntity } from '../modules/views/view.entity';
import { CaseFactsEntity } from '../modules/alerts/case-facts.entity';
import { IroEscalationEntity } from '../modules/alerts/iro-escalation.entity';
import { PolicyProfileVersionEntity } from '../modules/policy/policy-profile-version.entity';
import { CourtDirectionEntity, CourtHearingEntity, CourtProceedingsEntity } from '../modules/court/court.entity';
import { FamilyFindingReferralEntity, ProspectiveCarerEntity } from '../modules/family-finding/family-finding.entity';

/**
 * A row to insert: ids are made here rather than by the database, so the
 * whole demo can be assembled in memory with its references and then written
 * in a few batched INSERTs.
 */
export type Row<T extends { id: string }> = Pick<T, 'id'> & Partial<Omit<T, 'id' | 'updatedAt' | 'version'>>;

export function newId(): string {
  return randomUUID();
}

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table. */
const BATCH = 500;

async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly QueryDeepPartialEntity<T>[],
): Promise<number> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await manager.insert(target, rows.slice(i, i + BATCH));
  }
  return rows.length;
}

/** Everything the seed writes, collected per table and inserted in foreign-key order. */
export class SeedRows {
  /** The placeholder staff record of a former worker in a council, made the first time it is needed. */
  placeholderFor(councilId: string, former: { name: string; sweNumber: string }): string {
    const found = this.socialWorkerPlaceholders.find((p) => p.councilId === councilId && p.sweNumber === former.sweNumber);
    if (found) return found.id;
    const id = newId();
    this.socialWorkerPlaceholders.push({ id, councilId, sweNumber: former.sweNumber, name: former.name, linkedUserId: null });
    return id;
  }

  readonly councils: Row<CouncilEntity>[] = [];
  readonly teams: Row<TeamEntity>[] = [];
  readonly users: Row<UserEntity>[] = [];
  readonly roleAssignments: (Pick<RoleAssignmentEntity, 'id'> & Partial<RoleAssignmentEntity>)[] = [];
  readonly children: Row<ChildEntity>[] = [];
  readonly legalStatuses: Row<LegalStatusEntity>[] = [];
  readonly placements: Row<PlacementEntity>[] = [];
  readonly siblingLinks: Row<SiblingLinkEntity>[] = [];
  readonly togetherApartAssessments: Row<TogetherApartAssessmentEntity>[] = [];
  readonly keepingInTouchPlans: Row<KeepingInTouchPlanEntity>[] = [];
  readonly networkMembers: Row<NetworkMemberEntity>[] = [];
  readonly plans: Row<PlanEntity>[] = [];
  readonly planContingencies: Row<PlanContingencyEntity>[] = [];
  readonly planOutcomes: Row<PlanOutcomeEntity>[] = [];
  readonly planOutcomeActions: Row<PlanOutcomeActionEntity>[] = [];
  readonly meetings: Row<MeetingEntity>[] = [];
  readonly views: Row<ViewEntity>[] = [];
  readonly lifeStoryItems: Row<LifeStoryItemEntity>[] = [];
  readonly advocacyReferrals: Row<AdvocacyReferralEntity>[] = [];
  readonly matchingRecords: Row<MatchingRecordEntity>[] = [];
  readonly healthOutcomes: Row<HealthOutcomesEntity>[] = [];
  readonly missingEpisodes: Row<MissingEpisodeEntity>[] = [];
  readonly socialWorkerPlaceholders: Row<SocialWorkerPlaceholderEntity>[] = [];
  readonly socialWorkerEpisodes: Row<SocialWorkerEpisodeEntity>[] = [];
  readonly deprivationOfLibertyOrders: Row<DeprivationOfLibertyOrderEntity>[] = [];
  readonly leavingCare: Row<LeavingCareEntity>[] = [];
  readonly careLeaverBirthdays: Row<CareLeaverBirthdayEntity>[] = [];
  readonly childMessages: Row<ChildMessageEntity>[] = [];
  readonly caseFacts: (Pick<CaseFactsEntity, 'childId'> & Partial<CaseFactsEntity>)[] = [];
  readonly iroEscalations: Row<IroEscalationEntity>[] = [];
  readonly courtProceedings: Row<CourtProceedingsEntity>[] = [];
  readonly courtHearings: Row<CourtHearingEntity>[] = [];
  readonly courtDirections: Row<CourtDirectionEntity>[] = [];
  readonly familyFindingReferrals: Row<FamilyFindingReferralEntity>[] = [];
  readonly prospectiveCarers: Row<ProspectiveCarerEntity>[] = [];
  readonly policyVersions: Row<PolicyProfileVersionEntity>[] = [];

  /** Writes every row; returns how many went into each table, by table name. */
  async insertAll(manager: EntityManager): Promise<Record<string, number>> {
    return {
      councils: await insertRows(manager, CouncilEntity, this.councils),
      teams: await insertRows(manager, TeamEntity, this.teams),
      users: await insertRows(manager, UserEntity, this.users),
      children: await insertRows(manager, ChildEntity, this.children),
      // After children: a young person's assignment names their own record.
      role_assignments: await insertRows(manager, RoleAssignmentEntity, this.roleAssignments),
      legal_statuses: await insertRows(manager, LegalStatusEntity, this.legalStatuses),
      placements: await insertRows(manager, PlacementEntity, this.placements),
      sibling_links: await insertRows(manager, SiblingLinkEntity, this.siblingLinks),
      together_apart_assessments: await insertRows(manager, TogetherApartAssessmentEntity, this.togetherApartAssessments),
      keeping_in_touch_plans: await insertRows(manager, KeepingInTouchPlanEntity, this.keepingInTouchPlans),
      network_members: await insertRows(manager, NetworkMemberEntity, this.networkMembers),
      plans: await insertRows(manager, PlanEntity, this.plans),
      plan_contingencies: await insertRows(manager, PlanContingencyEntity, this.planContingencies),
      plan_outcomes: await insertRows(manager, PlanOutcomeEntity, this.planOutcomes),
      plan_outcome_actions: await insertRows(manager, PlanOutcomeActionEntity, this.planOutcomeActions),
      meetings: await insertRows(manager, MeetingEntity, this.meetings),
      views: await insertRows(manager, ViewEntity, this.views),
      life_story_items: await insertRows(manager, LifeStoryItemEntity, this.lifeStoryItems),
      advocacy_referrals: await insertRows(manager, AdvocacyReferralEntity, this.advocacyReferrals),
      matching_records: await insertRows(manager, MatchingRecordEntity, this.matchingRecords),
      health_outcomes: await insertRows(manager, HealthOutcomesEntity, this.healthOutcomes),
      missing_episodes: await insertRows(manager, MissingEpisodeEntity, this.missingEpisodes),
      social_worker_placeholders: await insertRows(manager, SocialWorkerPlaceholderEntity, this.socialWorkerPlaceholders),
      social_worker_episodes: await insertRows(manager, SocialWorkerEpisodeEntity, this.socialWorkerEpisodes),
      deprivation_of_liberty_orders: await insertRows(manager, DeprivationOfLibertyOrderEntity, this.deprivationOfLibertyOrders),
      leaving_care: await insertRows(manager, LeavingCareEntity, this.leavingCare),
      care_leaver_birthdays: await insertRows(manager, CareLeaverBirthdayEntity, this.careLeaverBirthdays),
      child_messages: await insertRows(manager, ChildMessageEntity, this.childMessages),
      case_facts: await insertRows(manager, CaseFactsEntity, this.caseFacts),
      iro_escalations: await insertRows(manager, IroEscalationEntity, this.iroEscalations),
      court_proceedings: await insertRows(manager, CourtProceedingsEntity, this.courtProceedings),
      court_hearings: await insertRows(manager, CourtHearingEntity, this.courtHearings),
      court_directions: await insertRows(manager, CourtDirectionEntity, this.courtDirections),
      family_finding_referrals: await insertRows(manager, FamilyFindingReferralEntity, this.familyFindingReferrals),
      prospective_carers: await insertRows(manager, ProspectiveCarerEntity, this.prospectiveCarers),
      policy_profile_versions: await insertRows(manager, PolicyProfileVersionEntity, this.policyVersions),
    };
  }
}
