import { Field, InputType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { DOLO_AUTHORISED_BY, type DoloAuthorisedBy } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';

@InputType()
export class RecordDeprivationOfLibertyOrderInput {
  @IdField()
  childId!: string;

  @Field(() => LocalDate)
  @SensibleDate()
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Empty while the order is in force.' })
  @IsOptional()
  @SensibleDate()
  endDate?: string | null;

  @Field(() => String, { description: 'HIGH_COURT (inherent jurisdiction) or COURT_OF_PROTECTION (16 and over).' })
  @IsIn(DOLO_AUTHORISED_BY)
  authorisedBy!: DoloAuthorisedBy;
}

@InputType()
export class UpdateDeprivationOfLibertyOrderInput {
  @IdField()
  id!: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  startDate?: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the order ended; null puts it back in force.' })
  @IsOptional()
  @SensibleDate()
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(DOLO_AUTHORISED_BY)
  authorisedBy?: DoloAuthorisedBy;

  @ExpectedVersionField()
  expectedVersion!: number;
}
