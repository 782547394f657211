import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { HealthOutcomesEntity } from './health-outcomes.entity';

@ObjectType('HealthOutcomes', { description: 'Health, SDQ and offending outcomes for one collection year (the SSDA903 OC2 items).' })
export class HealthOutcomesType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Int, { description: 'The collection year, named by the year it ends: 2025 is 1 April 2024 to 31 March 2025.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Strengths and Difficulties Questionnaire score, 0 to 40.' })
  sdqScore!: number | null;

  @Field(() => String, { nullable: true, description: 'Why there is no SDQ score: SDQ1 to SDQ5.' })
  sdqReason!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Convicted of an offence in the year (asked from age 10).' })
  convicted!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Development assessments up to date (asked under age 5).' })
  healthCheck!: boolean | null;

  @Field()
  immunisations!: boolean;

  @Field()
  teethCheck!: boolean;

  @Field()
  healthAssessment!: boolean;

  @Field()
  substanceMisuse!: boolean;

  @Field(() => Boolean, { nullable: true })
  interventionReceived!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  interventionOffered!: boolean | null;
}

export function presentHealthOutcomes(h: HealthOutcomesEntity): HealthOutcomesType {
  return {
    id: h.id,
    version: h.version,
    year: h.year,
    sdqScore: h.sdqScore,
    sdqReason: h.sdqReason,
    convicted: h.convicted,
    healthCheck: h.healthCheck,
    immunisations: h.immunisations,
    teethCheck: h.teethCheck,
    healthAssessment: h.healthAssessment,
    substanceMisuse: h.substanceMisuse,
    interventionReceived: h.interventionReceived,
    interventionOffered: h.interventionOffered,
  };
}
