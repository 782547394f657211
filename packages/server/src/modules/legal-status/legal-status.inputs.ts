import { Field, InputType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { LEGAL_STATUSES, type LegalStatusKind } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { LegalStatusKindEnum } from './legal-status.type';

@InputType()
export class RecordLegalStatusInput {
  @IdField()
  childId!: string;

  @Field(() => LegalStatusKindEnum)
  @IsIn(LEGAL_STATUSES)
  status!: LegalStatusKind;

  @Field(() => LocalDate)
  @SensibleDate()
  startDate!: string;
}

@InputType()
export class UpdateLegalStatusInput {
  @IdField()
  id!: string;

  @Field(() => LegalStatusKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEGAL_STATUSES)
  status?: LegalStatusKind;

  @Field(() => LocalDate, { nullable: true, description: 'Set or correct the end; null reopens the last one.' })
  @IsOptional()
  @SensibleDate()
  endDate?: string | null;

  @ExpectedVersionField()
  expectedVersion!: number;
}
