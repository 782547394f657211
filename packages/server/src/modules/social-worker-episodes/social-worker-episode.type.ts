import { Field, ID, ObjectType } from 'type-graphql';
import { SW_REASON_CODES, type SwReason } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';

export const SwReasonEnum = graphqlEnum('SwReason', SW_REASON_CODES, "Why a child's social worker changed: the DfE's SW_REASON codes.");

@ObjectType('SocialWorkerEpisode', { description: "A period one social worker was allocated to the child (the return's sw_episodes)." })
export class SocialWorkerEpisodeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The worker's name: their account, or the name an imported return gave." })
  workerName!: string;

  @Field(() => ID, { nullable: true, description: 'The staff account, when the episode is linked to one.' })
  workerId!: string | null;

  @Field(() => String, { nullable: true, description: 'Social Work England registration number (SW_ID).' })
  sweNumber!: string | null;

  @Field({ description: 'From an imported return, not yet linked to a staff account.' })
  placeholder!: boolean;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  endDate!: string | null;

  @Field(() => SwReasonEnum, { nullable: true, description: 'Why this episode began.' })
  reason!: SwReason | null;
}
