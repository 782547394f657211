import { Field, InputType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { SW_REASON_CODES, type SwReason } from '@forever-planning/shared';
import { SwReasonEnum } from '../social-worker-episodes/social-worker-episode.type';
import { IdField } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';

@InputType()
export class AllocateChildInput {
  @IdField()
  childId!: string;

  @IdField({ nullable: true, description: 'A social worker in your team; null takes the allocation away; leave out to keep.' })
  socialWorkerId?: string | null;

  @Field(() => SwReasonEnum, {
    nullable: true,
    description: "Why the social worker changed (the DfE's SW_REASON): needed when the child had a social worker before; a first allocation is FCONTA unless given.",
  })
  @IsOptional()
  @IsIn(SW_REASON_CODES)
  changeReason?: SwReason | null;

  @IdField({ nullable: true, description: 'An IRO in your council; null takes the allocation away; leave out to keep.' })
  iroId?: string | null;

  @ExpectedVersionField()
  expectedVersion!: number;
}
