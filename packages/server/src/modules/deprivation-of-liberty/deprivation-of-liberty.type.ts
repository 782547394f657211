import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import type { DeprivationOfLibertyOrderEntity } from './deprivation-of-liberty.entity';

@ObjectType('DeprivationOfLibertyOrder', { description: 'A deprivation of liberty order (DoLO) made for the child.' })
export class DeprivationOfLibertyOrderType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Empty while the order is in force.' })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: 'HIGH_COURT (inherent jurisdiction) or COURT_OF_PROTECTION (16 and over); empty for an order imported from a return until recorded.' })
  authorisedBy!: string | null;
}

export function presentDeprivationOfLibertyOrder(o: DeprivationOfLibertyOrderEntity): DeprivationOfLibertyOrderType {
  return { id: o.id, version: o.version, startDate: o.startDate, endDate: o.endDate ?? null, authorisedBy: o.authorisedBy ?? null };
}
