import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  FAMILY_TIME_KINDS, SIBLING_RELATIONSHIPS, TOGETHER_APART_OUTCOMES,
  type FamilyTimeKind, type SiblingRelationshipKind, type TogetherApartOutcome,
} from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import type { KeepingInTouchPlanEntity } from './keeping-in-touch-plan.entity';
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
