import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import type { CareLeaverBirthdayEntity, LeavingCareEntity } from './leaving-care.entity';

@ObjectType('LeavingCare', { description: 'The leaving care record: pathway plan, personal adviser, what happens at 18.' })
export class LeavingCareType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => LocalDate, { nullable: true })
  needsAssessmentOn!: string | null;

  @Field(() => LocalDate, { nullable: true })
  pathwayPlanAgreedOn!: string | null;

  @Field(() => LocalDate, { nullable: true })
  pathwayPlanReviewedOn!: string | null;

  @Field(() => String, { nullable: true })
  personalAdviserName!: string | null;

  @Field(() => String, { nullable: true })
  personalAdviserPhone!: string | null;

  @Field(() => String, { nullable: true })
  personalAdviserEmail!: string | null;

  @Field()
  afterEighteen!: string;

  @Field(() => String, { nullable: true })
  afterEighteenDetails!: string | null;

  @Field(() => String, { nullable: true })
  planInMyWords!: string | null;
}

@ObjectType('CareLeaverBirthday', { description: "A care leaver's 17th to 21st birthday (SSDA903 OC3)." })
export class CareLeaverBirthdayType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Int)
  age!: number;

  @Field()
  inTouch!: string;

  @Field(() => String, { nullable: true })
  activity!: string | null;

  @Field(() => String, { nullable: true })
  accommodation!: string | null;
}

@ObjectType('PathwayPlanDue', { description: 'The next pathway plan date by the rule (first plan or six-monthly review).' })
export class PathwayPlanDueType {
  @Field()
  label!: string;

  @Field(() => LocalDate)
  dueDate!: string;

  @Field()
  overdue!: boolean;

  @Field({ description: 'Where the timescale comes from.' })
  source!: string;
}

export function presentLeavingCare(r: LeavingCareEntity): LeavingCareType {
  return {
    id: r.id,
    version: r.version,
    needsAssessmentOn: r.needsAssessmentOn,
    pathwayPlanAgreedOn: r.pathwayPlanAgreedOn,
    pathwayPlanReviewedOn: r.pathwayPlanReviewedOn,
    personalAdviserName: r.personalAdviserName,
    personalAdviserPhone: r.personalAdviserPhone,
    personalAdviserEmail: r.personalAdviserEmail,
    afterEighteen: r.afterEighteen,
    afterEighteenDetails: r.afterEighteenDetails,
    planInMyWords: r.planInMyWords,
  };
}

export function presentCareLeaverBirthday(r: CareLeaverBirthdayEntity): CareLeaverBirthdayType {
  return { id: r.id, version: r.version, age: r.age, inTouch: r.inTouch, activity: r.activity, accommodation: r.accommodation };
}
