import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { MISSING_KINDS, type MissingKind } from './missing-episode.entity';

@InputType()
export class RecordMissingEpisodeInput {
  @IdField()
  childId!: string;

  @Field(() => String, { description: 'M missing, A away from placement without authorisation.' })
  @IsIn(MISSING_KINDS)
  kind!: MissingKind;

  @Field(() => LocalDate)
  @SensibleDate()
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Empty while the child is still missing or away.' })
  @IsOptional()
  @SensibleDate()
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Was the child offered a return interview when they came back? Only once the period has ended.' })
  @IsOptional()
  @IsBoolean()
  returnInterviewOffered?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Did the child accept the return interview? Only when one was offered.' })
  @IsOptional()
  @IsBoolean()
  returnInterviewAccepted?: boolean | null;
}

@InputType()
export class UpdateMissingEpisodeInput {
  @IdField()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(MISSING_KINDS)
  kind?: MissingKind;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  startDate?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Set when the child came back; null reopens it.' })
  @IsOptional()
  @SensibleDate()
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Was the child offered a return interview when they came back? Only once the period has ended.' })
  @IsOptional()
  @IsBoolean()
  returnInterviewOffered?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Did the child accept the return interview? Only when one was offered.' })
  @IsOptional()
  @IsBoolean()
  returnInterviewAccepted?: boolean | null;

  @ExpectedVersionField()
  expectedVersion!: number;
}
