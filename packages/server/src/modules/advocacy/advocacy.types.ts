import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Length } from 'class-validator';
import { ADVOCACY_STATUSES, type AdvocacyStatus } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { IdField } from '../../common/validation';
import type { AdvocacyReferralEntity } from './advocacy-referral.entity';

export const AdvocacyStatusEnum = graphqlEnum('AdvocacyStatus', ADVOCACY_STATUSES);

@ObjectType('AdvocacyReferral')
export class AdvocacyReferralType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => AdvocacyStatusEnum)
  status!: AdvocacyStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field({ description: 'The child asked for an advocate themselves.' })
  requestedByChild!: boolean;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  /** For field resolvers. */
  advocateId!: string | null;
  requestedById!: string;
}

@ObjectType('AdvocacyQueueItem', { description: 'A referral waiting for an advocate: first name and age only.' })
export class AdvocacyQueueItemType {
  @Field(() => ID, { description: 'The referral.' })
  referralId!: string;

  @Field()
  firstName!: string;

  @Field(() => Int)
  age!: number;

  @Field(() => Date)
  requestedAt!: Date;
}

@InputType()
export class RequestAdvocacyInput {
  @IdField()
  childId!: string;

  @Field({ description: 'Why an advocate is needed.' })
  @Length(1, 2000)
  reason!: string;
}

export function presentReferral(r: AdvocacyReferralEntity): AdvocacyReferralType {
  return {
    id: r.id, version: r.version, status: r.status, reason: r.reason, requestedByChild: r.requestedByChild,
    requestedAt: r.createdAt, acceptedAt: r.acceptedAt, closedAt: r.closedAt, advocateId: r.advocateId, requestedById: r.requestedById,
  };
}
