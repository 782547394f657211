import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { AdvocacyReferralEntity } from '../advocacy/advocacy-referral.entity';
import { CaseFactsEntity } from '../alerts/case-facts.entity';
import { IroEscalationEntity } from '../alerts/iro-escalation.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ChildMessageEntity } from '../child-messages/child-message.entity';
import { ChildEntity } from '../children/child.entity';
import { CourtDirectionEntity, CourtHearingEntity, CourtProceedingsEntity } from '../court/court.entity';
import { FamilyFindingReferralEntity, PermanenceFormEntity, ProspectiveCarerEntity } from '../family-finding/family-finding.entity';
import { NetworkRelationshipEntity } from '../network/network-relationship.entity';
import { PlanDecisionEntity } from '../plans/plan-decision.entity';
import { SiblingGroupDecisionEntity } from '../siblings/sibling-group-decision.entity';
import { CouncilEntity } from '../councils/council.entity';
import { TeamEntity } from '../councils/team.entity';
import { LegalStatusEntity } from '../legal-status/legal-status.entity';
import { LifeStoryItemEntity } from '../life-story/life-story-item.entity';
import { HealthOutcomesEntity } from '../health-outcomes/health-outcomes.entity';
import { CareLeaverBirthdayEntity, LeavingCareEntity } from '../leaving-care/leaving-care.entity';
import { MissingEpisodeEntity } from '../missing-episodes/missing-episode.entity';
import { SocialWorkerEpisodeEntity } from '../social-worker-episodes/social-worker-episode.entity';
import { SocialWorkerPlaceholderEntity } from '../social-worker-episodes/social-worker-placeholder.entity';
import { DeprivationOfLibertyOrderEntity } from '../deprivation-of-liberty/deprivation-of-liberty.entity';
import { MatchingRecordEntity } from '../matching/matching-record.entity';
import { MediaEntity } from '../media/media.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { NetworkMemberEntity } from '../network/network-member.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { PlanContingencyEntity } from '../plans/plan-contingency.entity';
import { PlanOutcomeEntity } from '../plans/plan-outcome.entity';
import { PlanOutcomeActionEntity } from '../plans/plan-outcome-action.entity';
import { PlanEntity } from '../plans/plan.entity';
import { KeepingInTouchPlanEntity } from '../siblings/keeping-in-touch-plan.entity';
import { SiblingLinkEntity } from '../siblings/sibling-link.entity';
import { TogetherApartAssessmentEntity } from '../siblings/together-apart-assessment.entity';
import { UserEntity } from '../users/user.entity';
import { ViewEntity } from '../views/view.entity';
import { SubjectAccessExportEntity } from './subject-access-export.entity';

/**
 * Everything held about one child, as one JSON document with stable field
 * names: the record's own column names (camelCase), grouped by record type.
 * SUBJECT_ACCESS_SCHEMA_VERSION changes whenever a field is renamed or removed.
 *
 * Left out on purpose: row versions and retry keys (bookkeeping), storage keys
 * of uploaded files (the file name, type and size are given), and anything
 * belonging to another child: a brother's or sister's link gives only their
 * first name, never their record.
 */
export const SUBJECT_ACCESS_SCHEMA_VERSION = 1;

export type Row = Record<string, unknown>;

export interface RetentionFact {
  keepUntil: string;
  rule: string;
  ruleFrom: string;
}

export interface SubjectAccessDocument {
  schemaVersion: number;
  producedAt: string;
  producedBy: { id: string; name: string; role: string };
  reason: string;
  council: { name: string; laCode: string };
  child: Row;
  retention: RetentionFact | null;
  allocation: { team: string | null; socialWorkerId: string | null; iroId: string | null; history: Row[] };
  legalStatuses: Row[];
  placements: Row[];
  brothersAndSisters: Row[];
  networkMembers: Row[];
  networkRelationships: Row[];
  plans: Row[];
  planDecisions: Row[];
  siblingGroupDecisions: Row[];
  courtProceedings: Row[];
  courtHearings: Row[];
  courtDirections: Row[];
  familyFindingReferrals: Row[];
  prospectiveCarers: Row[];
  permanenceForms: Row[];
  meetings: Row[];
  views: Row[];
  messages: Row[];
  lifeStoryItems: Row[];
  advocacyReferrals: Row[];
  matchingRecords: Row[];
  healthOutcomes: Row[];
  leavingCare: Row[];
  careLeaverBirthdays: Row[];
  missingEpisodes: Row[];
  socialWorkerEpisodes: Row[];
  deprivationOfLibertyOrders: Row[];
  caseFacts: Row | null;
  iroEscalations: Row[];
  alerts: Row[];
  previousSubjectAccessExports: Row[];
  auditTrail: Row[];
  /** Everyone named by an id anywhere above: staff, and the young person's own account. */
  people: { id: string; name: string }[];
}

const BOOKKEEPING = new Set(['version', 'clientKey']);

/** A row as plain data: its own columns only (no relations), bookkeeping left out, dates as ISO text. */
export function plain<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: T, omit: string[] = []): Row {
  const out: Row = {};
  for (const column of manager.connection.getMetadata(entity).columns) {
    const key = column.propertyName;
    if (BOOKKEEPING.has(key) || omit.includes(key)) continue;
    const value = (row as Row)[key];
    out[key] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return out;
}

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idsIn(value: unknown, found: Set<string>): void {
  if (typeof value === 'string' && UUID_TEXT.test(value)) found.add(value.toLowerCase());
  else if (Array.isArray(value)) value.forEach((v) => idsIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => idsIn(v, found));
}

/** Every record of one child, read in the caller's transaction (the child is already authorized). */
export async function collectChildRecords(
  manager: EntityManager,
  child: ChildEntity,
): Promise<Omit<SubjectAccessDocument, 'schemaVersion' | 'producedAt' | 'producedBy' | 'reason' | 'retention' | 'alerts' | 'people'>> {
  const childId = child.id;
  const byChild = <T extends ObjectLiteral>(entity: EntityTarget<T>, order: Record<string, 'ASC' | 'DESC'>) =>
    manager.getRepository(entity).find({ where: { childId } as never, order: order as never, withDeleted: true });
  const many = <T extends ObjectLiteral>(entity: EntityTarget<T>, rows: T[], omit: string[] = []) => rows.map((r) => plain(manager, entity, r, omit));

  const [relationships, decisions, groupDecisions, proceedings, hearings, directions, familyFinding, carers, forms] = await Promise.all([
    byChild(NetworkRelationshipEntity, { createdAt: 'ASC' }),
    byChild(PlanDecisionEntity, { decidedAt: 'ASC' }),
    byChild(SiblingGroupDecisionEntity, { createdAt: 'ASC' }),
    byChild(CourtProceedingsEntity, { createdAt: 'ASC' }),
    byChild(CourtHearingEntity, { createdAt: 'ASC' }),
    byChild(CourtDirectionEntity, { createdAt: 'ASC' }),
    byChild(FamilyFindingReferralEntity, { createdAt: 'ASC' }),
    byChild(ProspectiveCarerEntity, { createdAt: 'ASC' }),
    byChild(PermanenceFormEntity, { createdAt: 'ASC' }),
  ]);
  const [council, team, legal, placements, network, plans, meetings, views, messages, items, referrals, matching, health, leaving, birthdays, missing, dolos, facts, escalations, exports, audit] =
    await Promise.all([
      manager.findOneByOrFail(CouncilEntity, { id: child.councilId }),
      manager.findOneBy(TeamEntity, { id: child.teamId }),
      byChild(LegalStatusEntity, { startDate: 'ASC' }),
      byChild(PlacementEntity, { startDate: 'ASC' }),
      byChild(NetworkMemberEntity, { createdAt: 'ASC' }),
      byChild(PlanEntity, { planNumber: 'ASC' }),
      byChild(MeetingEntity, { createdAt: 'ASC' }),
      byChild(ViewEntity, { createdAt: 'ASC' }),
      byChild(ChildMessageEntity, { createdAt: 'ASC' }),
      byChild(LifeStoryItemEntity, { createdAt: 'ASC' }),
      byChild(AdvocacyReferralEntity, { createdAt: 'ASC' }),
      byChild(MatchingRecordEntity, { createdAt: 'ASC' }),
      byChild(HealthOutcomesEntity, { year: 'ASC' }),
      byChild(LeavingCareEntity, { createdAt: 'ASC' }),
      byChild(CareLeaverBirthdayEntity, { age: 'ASC' }),
      byChild(MissingEpisodeEntity, { startDate: 'ASC' }),
      byChild(DeprivationOfLibertyOrderEntity, { startDate: 'ASC' }),
      manager.findOneBy(CaseFactsEntity, { childId }),
      byChild(IroEscalationEntity, { createdAt: 'ASC' }),
      manager.getRepository(SubjectAccessExportEntity).find({ where: { childId }, order: { createdAt: 'ASC' }, select: { id: true, createdAt: true, producedById: true, reason: true } }),
      manager.getRepository(AuditEventEntity).find({ where: { childId }, order: { occurredAt: 'ASC', id: 'ASC' } }),
    ]);

  // The child's social workers over time; a worker known only from an imported return by name and Social Work England number.
  const sw = await manager.find(SocialWorkerEpisodeEntity, { where: { childId }, order: { startDate: 'ASC', createdAt: 'ASC' } });
  const placeholderIds = [...new Set(sw.map((e) => e.placeholderId).filter((x): x is string => x !== null))];
  const placeholders = placeholderIds.length ? await manager.find(SocialWorkerPlaceholderEntity, { where: { id: In(placeholderIds) } }) : [];

  // Plans: every version, each with its options and SMART outcomes (with progress).
  const planIds = plans.map((p) => p.id);
  const [outcomes, contingencies] = planIds.length
    ? await Promise.all([
        manager.find(PlanOutcomeEntity, { where: { planId: In(planIds) }, order: { position: 'ASC' } }),
        manager.find(PlanContingencyEntity, { where: { planId: In(planIds) }, order: { position: 'ASC' } }),
      ])
    : [[], []];
  const actions = outcomes.length
    ? await manager.find(PlanOutcomeActionEntity, { where: { outcomeId: In(outcomes.map((o) => o.id)) }, order: { position: 'ASC' } })
    : [];

  // Life story: the item and its file's name, type and size (withdrawn and removed items too).
  const mediaIds = items.map((i) => i.mediaId).filter((m): m is string => !!m);
  const media = mediaIds.length ? await manager.find(MediaEntity, { where: { id: In(mediaIds) } }) : [];
  const mediaById = new Map(media.map((m) => [m.id, m]));

  // Brothers and sisters: the link as this child's record holds it, and the other child's first name only.
  const links = await manager
    .getRepository(SiblingLinkEntity)
    .createQueryBuilder('l')
    .where('l.child_a_id = :childId OR l.child_b_id = :childId', { childId })
    .orderBy('l.created_at', 'ASC')
    .getMany();
  const linkIds = links.map((l) => l.id);
  const otherIds = links.map((l) => (l.childAId === childId ? l.childBId : l.childAId));
  const [others, keepingInTouch, assessments] = linkIds.length
    ? await Promise.all([
        manager.find(ChildEntity, { where: { id: In(otherIds) }, select: { id: true, legalFirstName: true, preferredName: true } }),
        manager.find(KeepingInTouchPlanEntity, { where: { siblingLinkId: In(linkIds) }, order: { createdAt: 'ASC' } }),
        manager.find(TogetherApartAssessmentEntity, { where: { siblingLinkId: In(linkIds) }, order: { createdAt: 'ASC' } }),
      ])
    : [[], [], []];
  const firstName = new Map(others.map((o) => [o.id, o.preferredName ?? o.legalFirstName]));

  const allocationHistory = audit
    .filter((e) => e.recordType === 'Child' && e.changes && ('socialWorkerId' in e.changes || 'iroId' in e.changes))
    .map((e) => ({
      changedAt: e.occurredAt.toISOString(),
      changedById: e.actorUserId,
      socialWorker: e.changes?.socialWorkerId ?? null,
      iro: e.changes?.iroId ?? null,
    }));

  return {
    council: { name: council.name, laCode: council.laCode ?? council.onsCode ?? '' },
    child: plain(manager, ChildEntity, child),
    allocation: { team: team?.name ?? null, socialWorkerId: child.socialWorkerId, iroId: child.iroId, history: allocationHistory },
    legalStatuses: many(LegalStatusEntity, legal),
    placements: many(PlacementEntity, placements),
    brothersAndSisters: links.map((l) => {
      const other = l.childAId === childId ? l.childBId : l.childAId;
      return {
        ...plain(manager, SiblingLinkEntity, l, ['childAId', 'childBId']),
        brotherOrSisterFirstName: firstName.get(other) ?? null,
        keepingInTouchPlans: many(KeepingInTouchPlanEntity, keepingInTouch.filter((k) => k.siblingLinkId === l.id)),
        togetherApartAssessments: many(TogetherApartAssessmentEntity, assessments.filter((a) => a.siblingLinkId === l.id)),
      };
    }),
    networkMembers: many(NetworkMemberEntity, network),
    networkRelationships: many(NetworkRelationshipEntity, relationships),
    // The group decision names the other children only by their own records: their ids are left out.
    siblingGroupDecisions: many(SiblingGroupDecisionEntity, groupDecisions, ['memberIds']),
    planDecisions: many(PlanDecisionEntity, decisions),
    courtProceedings: many(CourtProceedingsEntity, proceedings),
    courtHearings: many(CourtHearingEntity, hearings),
    courtDirections: many(CourtDirectionEntity, directions),
    familyFindingReferrals: many(FamilyFindingReferralEntity, familyFinding),
    prospectiveCarers: many(ProspectiveCarerEntity, carers),
    permanenceForms: many(PermanenceFormEntity, forms),
    plans: plans.map((p) => ({
      ...plain(manager, PlanEntity, p),
      contingencies: many(PlanContingencyEntity, contingencies.filter((c) => c.planId === p.id)),
      outcomes: outcomes
        .filter((o) => o.planId === p.id)
        .map((o) => ({ ...plain(manager, PlanOutcomeEntity, o), actions: many(PlanOutcomeActionEntity, actions.filter((a) => a.outcomeId === o.id)) })),
    })),
    meetings: many(MeetingEntity, meetings),
    views: many(ViewEntity, views),
    messages: many(ChildMessageEntity, messages),
    lifeStoryItems: items.map((i) => {
      const file = i.mediaId ? mediaById.get(i.mediaId) : undefined;
      return {
        ...plain(manager, LifeStoryItemEntity, i),
        media: file ? plain(manager, MediaEntity, file, ['files', 'childId']) : null,
      };
    }),
    advocacyReferrals: many(AdvocacyReferralEntity, referrals),
    matchingRecords: many(MatchingRecordEntity, matching),
    healthOutcomes: many(HealthOutcomesEntity, health),
    leavingCare: many(LeavingCareEntity, leaving),
    careLeaverBirthdays: many(CareLeaverBirthdayEntity, birthdays),
    missingEpisodes: many(MissingEpisodeEntity, missing),
    socialWorkerEpisodes: sw.map((e) => {
      const p = placeholders.find((x) => x.id === e.placeholderId);
      return { ...plain(manager, SocialWorkerEpisodeEntity, e), formerWorker: p ? { name: p.name, sweNumber: p.sweNumber } : null };
    }),
    deprivationOfLibertyOrders: many(DeprivationOfLibertyOrderEntity, dolos),
    caseFacts: facts ? plain(manager, CaseFactsEntity, facts) : null,
    iroEscalations: many(IroEscalationEntity, escalations),
    previousSubjectAccessExports: exports.map((x) => ({ id: x.id, producedAt: x.createdAt.toISOString(), producedById: x.producedById, reason: x.reason })),
    auditTrail: audit.map((e) => ({
      occurredAt: e.occurredAt.toISOString(),
      action: e.action,
      actorUserId: e.actorUserId,
      actorRole: e.actorRole,
      recordType: e.recordType,
      recordId: e.recordId,
      parts: e.parts,
    })),
  };
}

/** The names of everyone an id in the document points at (users only; other ids stay ids). */
export async function peopleNamedIn(manager: EntityManager, document: object): Promise<{ id: string; name: string }[]> {
  const ids = new Set<string>();
  idsIn(document, ids);
  if (ids.size === 0) return [];
  const users = await manager.find(UserEntity, { where: { id: In([...ids]) }, select: { id: true, firstName: true, lastName: true }, order: { lastName: 'ASC', firstName: 'ASC' } });
  return users.map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}` }));
}

