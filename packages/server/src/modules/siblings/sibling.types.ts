import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  FAMILY_TIME_KINDS, SIBLING_RELATIONSHIPS, TOGETHER_APART_OUTCOMES,
  type FamilyTimeKind, type PlacementType as PlacementKind, type SiblingRelationshipKind, type TogetherApartOutcome,
} from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import { PlacementTypeEnum } from '../placements/placement.type';
import type { KeepingInTouchPlanEntity } from './keeping-in-touch-plan.entity';
import type { SiblingGroupDecisionEntity } from './sibling-group-decision.entity';
import type { TogetherApartAssessmentEntity } from './together-apart-assessment.entity';

export const SiblingRelationshipEnum = graphqlEnum('SiblingRelationship', SIBLING_RELATIONSHIPS);
export const TogetherApartOutcomeEnum = graphqlEnum('TogetherApartOutcome', TOGETHER_APART_OUTCOMES);
export const FamilyTimeKindEnum = graphqlEnum('FamilyTimeKind', FAMILY_TIME_KINDS);

@ObjectType('SiblingSummary', {
  description: "The brother or sister, in brief. Outside your reach: first name and age only, and no id.",
})
export class SiblingSummaryType {
  @Field(() => ID, { nullable: true, description: "Null when the child's record is outside your reach." })
  id!: string | null;

  @Field({ description: 'Preferred or legal first name.' })
  firstName!: string;

  @Field(() => Int)
  age!: number;

  @Field({ description: "Whether you may open this child's record." })
  reachable!: boolean;
}

@ObjectType('TogetherApartAssessment')
export class TogetherApartAssessmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => LocalDate)
  assessedOn!: string;

  @Field(() => TogetherApartOutcomeEnum)
  outcome!: TogetherApartOutcome;

  @Field()
  reasons!: string;
}

@ObjectType('KeepingInTouchPlan', { description: 'How brothers and sisters who live apart keep in touch (family time).' })
export class KeepingInTouchPlanType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => FamilyTimeKindEnum)
  kind!: FamilyTimeKind;

  @Field()
  frequency!: string;

  @Field()
  agreedBy!: string;

  @Field(() => String, { nullable: true })
  arrangements!: string | null;

  @Field({ description: 'May be shown to the children on their own portal.' })
  shareableWithChild!: boolean;
}

@ObjectType('BrotherOrSister', { description: 'A brother-or-sister link, seen from one child.' })
export class BrotherOrSisterType {
  @Field(() => ID, { description: 'The link.' })
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => SiblingRelationshipEnum)
  relationship!: SiblingRelationshipKind;

  @Field()
  livingTogether!: boolean;

  @Field(() => SiblingSummaryType)
  child!: SiblingSummaryType;
}

export function presentAssessment(a: TogetherApartAssessmentEntity): TogetherApartAssessmentType {
  return { id: a.id, version: a.version, assessedOn: a.assessedOn, outcome: a.outcome, reasons: a.reasons };
}

export function presentKeepingInTouchPlan(p: KeepingInTouchPlanEntity): KeepingInTouchPlanType {
  return {
    id: p.id, version: p.version, kind: p.kind, frequency: p.frequency, agreedBy: p.agreedBy,
    arrangements: p.arrangements, shareableWithChild: p.shareableWithChild,
  };
}

@ObjectType('SiblingGroupPlacement', { description: 'Where a brother or sister in the group lives now.' })
export class SiblingGroupPlacementType {
  @Field(() => PlacementTypeEnum)
  type!: PlacementKind;

  @Field()
  carerName!: string;

  @Field(() => LocalDate)
  startDate!: string;
}

@ObjectType('SiblingGroupMember', { description: 'A child of the group whose record you may open.' })
export class SiblingGroupMemberType {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field(() => Int)
  age!: number;

  @Field({ description: 'The child whose record this is.' })
  isThisChild!: boolean;

  @Field(() => SiblingGroupPlacementType, { nullable: true, description: 'Null when not in a placement today.' })
  placement!: SiblingGroupPlacementType | null;
}

@ObjectType('SiblingGroupDecision', { description: 'The together-or-apart decision for the whole group.' })
export class SiblingGroupDecisionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => LocalDate)
  decidedOn!: string;

  @Field(() => TogetherApartOutcomeEnum)
  outcome!: TogetherApartOutcome;

  @Field()
  reasons!: string;

  @Field(() => Int, { description: 'How many children the group had when this was decided.' })
  groupSizeWhenDecided!: number;

  @Field({ description: 'Children joined or left the group since: the decision may need looking at again.' })
  groupChangedSince!: boolean;
}

@ObjectType('SiblingGroupFamilyTime', { description: 'Family time between two children of the group who live with different carers.' })
export class SiblingGroupFamilyTimeType {
  @Field(() => ID, { description: 'The keeping-in-touch plan.' })
  id!: string;

  @Field(() => [String], { description: 'The two children, by first name.' })
  between!: string[];

  @Field(() => [String], { description: "The two children's carers now, when known." })
  carers!: string[];

  @Field(() => FamilyTimeKindEnum)
  kind!: FamilyTimeKind;

  @Field()
  frequency!: string;

  @Field(() => String, { nullable: true })
  arrangements!: string | null;

  @Field()
  agreedBy!: string;
}

@ObjectType('SiblingGroup', {
  description: 'The whole group of brothers and sisters, joined by links directly or through each other. Children outside your reach are counted, never named.',
})
export class SiblingGroupType {
  @Field(() => Int, { description: 'Every child in the group, this child included.' })
  size!: number;

  @Field(() => [SiblingGroupMemberType], { description: 'The children you may open, oldest first.' })
  members!: SiblingGroupMemberType[];

  @Field(() => Int, { description: 'Children of the group whose records are outside your reach.' })
  membersOutsideReach!: number;

  @Field(() => Int, { description: 'How many different carers the children you may open live with.' })
  households!: number;

  @Field(() => SiblingGroupDecisionType, { nullable: true, description: 'The latest together-or-apart decision for the group.' })
  decision!: SiblingGroupDecisionType | null;

  @Field(() => [SiblingGroupFamilyTimeType], { description: 'Family time plans between children you may open.' })
  familyTime!: SiblingGroupFamilyTimeType[];
}

export function presentGroupDecision(d: SiblingGroupDecisionEntity, groupNow: string[]): SiblingGroupDecisionType {
  const was = new Set(d.memberIds);
  const changed = groupNow.length !== was.size || groupNow.some((id) => !was.has(id));
  return {
    id: d.id, version: d.version, decidedOn: d.decidedOn, outcome: d.outcome, reasons: d.reasons,
    groupSizeWhenDecided: d.memberIds.length, groupChangedSince: changed,
  };
}
