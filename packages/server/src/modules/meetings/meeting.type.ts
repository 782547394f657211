import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangedRecordType } from '../../common/changed-by';
import { MEETING_TYPES, PARTICIPATION_CODES, type MeetingType as MeetingKind, type ParticipationCode } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';

export const MeetingTypeEnum = graphqlEnum('MeetingType', MEETING_TYPES, 'Reviews, permanence planning meetings, panels, family group conferences and PLO meetings.');
export const ParticipationCodeEnum = graphqlEnum('ParticipationCode', PARTICIPATION_CODES, 'SSDA903 review participation code, PN0 (child under 4) to PN7.');

@ObjectType('Meeting')
export class MeetingType extends ChangedRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  childId!: string;

  @Field(() => Int, { description: 'Send it back to record the meeting.' })
  version!: number;

  @Field(() => MeetingTypeEnum)
  type!: MeetingKind;

  @Field({ description: 'A child in care review (first, second or subsequent).' })
  isReview!: boolean;

  @Field(() => LocalDate, { nullable: true })
  dueDate!: string | null;

  @Field(() => LocalDate, { nullable: true })
  scheduledFor!: string | null;

  @Field(() => LocalDate, { nullable: true })
  heldOn!: string | null;

  @Field(() => [String])
  attendees!: string[];

  @Field(() => String, { nullable: true })
  decisions!: string | null;

  @Field(() => ParticipationCodeEnum, { nullable: true })
  participation!: ParticipationCode | null;

  @Field(() => Date, { nullable: true, description: "The team manager's sign-off of the review record." })
  signedOffAt!: Date | null;

  @Field(() => Date, { nullable: true })
  sharedWithChildAt!: Date | null;

  /** For field resolvers (chair, signedOffBy, planEndorsed). */
  chairId!: string | null;
  signedOffById!: string | null;
  planEndorsedId!: string | null;
}
