import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MATCHING_AREAS, MATCHING_AREA_LABELS, type MatchingArea } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import type { MatchingRecordEntity } from './matching-record.entity';

export const MatchingAreaEnum = graphqlEnum('MatchingArea', MATCHING_AREAS, "Newham's nine matching areas.");

@ObjectType('MatchingAreaRecord', { description: 'One matching area; empty (id and version null) until first saved.' })
export class MatchingAreaRecordType {
  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => Int, { nullable: true, description: 'Null until the area is first saved.' })
  version!: number | null;

  @Field(() => MatchingAreaEnum)
  area!: MatchingArea;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  childViews!: string | null;

  @Field(() => String, { nullable: true })
  needs!: string | null;

  @Field(() => String, { nullable: true })
  currentSupport!: string | null;

  @Field(() => String, { nullable: true, description: "The prospective carer's potential to meet the needs." })
  carerPotential!: string | null;

  @Field({ description: 'Future support is in the support plan.' })
  inSupportPlan!: boolean;
}

/** All nine areas in Newham's order, whether saved or not. */
export function presentMatchingRecord(rows: readonly MatchingRecordEntity[]): MatchingAreaRecordType[] {
  const byArea = new Map(rows.map((r) => [r.area, r]));
  return MATCHING_AREAS.map((area) => {
    const r = byArea.get(area);
    return {
      id: r?.id ?? null,
      version: r?.version ?? null,
      area,
      label: MATCHING_AREA_LABELS[area],
      childViews: r?.childViews ?? null,
      needs: r?.needs ?? null,
      currentSupport: r?.currentSupport ?? null,
      carerPotential: r?.carerPotential ?? null,
      inSupportPlan: r?.inSupportPlan ?? false,
    };
  });
}
