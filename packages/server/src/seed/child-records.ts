import type {
  AdvocacyStatus,
  ChildMessageKind,
  FamilyTimeKind,
  LifeStoryAudience,
  LifeStoryKind,
  Mood,
  NetworkMemberKind,
  SiblingRelationshipKind,
  TogetherApartOutcome,
  ViewReader,
  ViewTopic,
} from '@forever-planning/shared';
import { MATCHING_AREAS, type MatchingArea } from '@forever-planning/shared';
import type { BuiltChild, CouncilSeed } from './child-builder';
import { addDays, at } from './dates';
import { newId } from './seed-rows';

/** The records around a child that a story needs: brothers and sisters, network, voice, life story. */

export interface SiblingOptions {
  relationship: SiblingRelationshipKind;
  livingTogether: boolean;
  assessment?: { outcome: TogetherApartOutcome; reasons: string; daysAgo: number };
  keepingInTouch?: { kind: FamilyTimeKind; frequency: string; agreedBy: string; arrangements: string; shareableWithChild?: boolean };
}

/** One brother-or-sister pair, stored with the lower id first as the check constraint requires. */
export function linkSiblings(seed: CouncilSeed, a: BuiltChild, b: BuiltChild, o: SiblingOptions): string {
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  const id = newId();
  seed.rows.siblingLinks.push({ id, childAId: first.id, childBId: second.id, relationship: o.relationship, livingTogether: o.livingTogether });
  if (o.assessment) {
    seed.rows.togetherApartAssessments.push({
      id: newId(),
      siblingLinkId: id,
      assessedOn: addDays(seed.today, -o.assessment.daysAgo),
      outcome: o.assessment.outcome,
      reasons: o.assessment.reasons,
    });
  }
  if (o.keepingInTouch) {
    seed.rows.keepingInTouchPlans.push({
      id: newId(),
      siblingLinkId: id,
      ...o.keepingInTouch,
      shareableWithChild: o.keepingInTouch.shareableWithChild ?? true,
    });
  }
  return id;
}

export interface NetworkPerson {
  kind: NetworkMemberKind;
  name: string;
  relationship: string;
  consideredAsCarer?: boolean;
  carerAssessmentOutcome?: string;
  address?: string;
}

export function addNetwork(seed: CouncilSeed, child: BuiltChild, people: readonly NetworkPerson[]): void {
  for (const p of people) {
    // 07700 900xxx is Ofcom's range reserved for drama: it rings nobody.
    const phone = `07700 900${String(seed.rng.int(0, 999)).padStart(3, '0')}`;
    seed.rows.networkMembers.push({
      id: newId(),
      childId: child.id,
      kind: p.kind,
      name: p.name,
      relationship: p.relationship,
      phone,
      email: p.kind === 'TRUSTED_ADULT' ? `${p.name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@example.org` : null,
      address: p.address ?? null,
      consideredAsCarer: p.consideredAsCarer ?? false,
      carerAssessmentOutcome: p.carerAssessmentOutcome ?? null,
    });
  }
}

export interface LifeStorySpec {
  kind: LifeStoryKind;
  title: string;
  words: string;
  occurredDaysAgo: number;
  audience: LifeStoryAudience;
  /** Days from today (negative: already past) for CHILD_FROM_DATE. */
  releaseInDays?: number;
  releaseAge?: number;
  /** Added by the young person from their own account. */
  byChildUserId?: string;
}

export function addLifeStory(seed: CouncilSeed, child: BuiltChild, items: readonly LifeStorySpec[], professionalId: string): void {
  items.forEach((item, i) => {
    const added = addDays(seed.today, -Math.min(item.occurredDaysAgo, 400) + 1);
    seed.rows.lifeStoryItems.push({
      id: newId(),
      childId: child.id,
      kind: item.kind,
      title: item.title,
      occurredOn: addDays(seed.today, -item.occurredDaysAgo),
      words: item.words,
      mediaId: null,
      addedById: item.byChildUserId ?? professionalId,
      addedByChild: item.byChildUserId !== undefined,
      audience: item.audience,
      releaseOn: item.audience === 'CHILD_FROM_DATE' ? addDays(seed.today, item.releaseInDays ?? 90) : null,
      releaseAge: item.audience === 'CHILD_FROM_AGE' ? (item.releaseAge ?? 16) : null,
      audienceSetById: professionalId,
      clientKey: `seed-${i + 1}`,
      createdAt: at(added),
    });
  });
}

export interface ViewSpec {
  topic: ViewTopic;
  words: string;
  mood?: Mood;
  readers: ViewReader[];
  /** Omit for a draft the child has not sent. */
  sentDaysAgo?: number;
  reply?: { words: string; byId: string; afterDays: number };
  writtenWithAdvocateId?: string;
  meetingId?: string;
}

export function addViews(seed: CouncilSeed, child: BuiltChild, views: readonly ViewSpec[]): void {
  views.forEach((v, i) => {
    const sent = v.sentDaysAgo !== undefined ? addDays(seed.today, -v.sentDaysAgo) : null;
    const replied = sent && v.reply ? addDays(sent, v.reply.afterDays) : null;
    seed.rows.views.push({
      id: newId(),
      childId: child.id,
      topic: v.topic,
      words: v.words,
      mood: v.mood ?? null,
      readers: v.readers,
      status: sent ? 'SENT' : 'DRAFT',
      sentAt: sent ? at(sent, 16) : null,
      meetingId: v.meetingId ?? null,
      writtenWithAdvocateId: v.writtenWithAdvocateId ?? null,
      followsViewId: null,
      reply: replied && v.reply ? v.reply.words : null,
      repliedById: replied && v.reply ? v.reply.byId : null,
      repliedAt: replied ? at(replied, 11) : null,
      readByIds: replied && v.reply ? [v.reply.byId] : [],
      clientKey: `seed-view-${i + 1}`,
      createdAt: at(sent ?? addDays(seed.today, -1), 15),
    });
  });
}

export function addAdvocacy(
  seed: CouncilSeed,
  child: BuiltChild,
  o: { status: AdvocacyStatus; advocateId: string | null; requestedById: string; byChild?: boolean; reason: string; daysAgo: number },
): void {
  const requested = addDays(seed.today, -o.daysAgo);
  seed.rows.advocacyReferrals.push({
    id: newId(),
    childId: child.id,
    advocateId: o.advocateId,
    status: o.status,
    requestedById: o.requestedById,
    requestedByChild: o.byChild ?? false,
    reason: o.reason,
    acceptedAt: o.status !== 'REQUESTED' && o.advocateId ? at(addDays(requested, 3)) : null,
    closedAt: o.status === 'CLOSED' ? at(addDays(requested, Math.max(4, Math.floor(o.daysAgo / 2)))) : null,
    createdAt: at(requested),
  });
}

export function addChildMessage(
  seed: CouncilSeed,
  child: BuiltChild,
  o: { kind: ChildMessageKind; sendTo: ViewReader; words: string; daysAgo: number; acknowledgedById?: string; mood?: Mood },
): void {
  const sent = addDays(seed.today, -o.daysAgo);
  seed.rows.childMessages.push({
    id: newId(),
    childId: child.id,
    kind: o.kind,
    sendTo: o.sendTo,
    words: o.words,
    mood: o.mood ?? null,
    acknowledgedAt: o.acknowledgedById ? at(addDays(sent, 1)) : null,
    acknowledgedById: o.acknowledgedById ?? null,
    createdAt: at(sent, 19),
  });
}

/** Newham's nine matching areas for a child and a prospective family. */
export function addMatching(
  seed: CouncilSeed,
  child: BuiltChild,
  areas: Record<MatchingArea, { childViews: string | null; needs: string; currentSupport: string; carerPotential: string; inSupportPlan: boolean }>,
): void {
  for (const area of MATCHING_AREAS) {
    seed.rows.matchingRecords.push({ id: newId(), childId: child.id, area, ...areas[area] });
  }
}
