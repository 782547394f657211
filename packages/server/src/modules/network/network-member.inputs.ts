import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsEmail, IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { NETWORK_MEMBER_KINDS, type NetworkMemberKind } from '@forever-planning/shared';
import { IdField } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { NetworkMemberKindEnum } from './network-member.type';

/** Digits with the usual separators, 7 to 15 digits, optionally international. */
const PHONE = /^\+?(?:[0-9][ ()-]?){6,14}[0-9]$/;

@InputType()
class NetworkMemberDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  address?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  consideredAsCarer?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  carerAssessmentOutcome?: string | null;
}

@InputType()
export class AddNetworkMemberInput extends NetworkMemberDetailsInput {
  @IdField()
  childId!: string;

  @Field(() => NetworkMemberKindEnum)
  @IsIn(NETWORK_MEMBER_KINDS)
  kind!: NetworkMemberKind;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @Length(1, 100)
  relationship!: string;
}

@InputType()
export class UpdateNetworkMemberInput extends NetworkMemberDetailsInput {
  @IdField()
  id!: string;

  @Field(() => NetworkMemberKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(NETWORK_MEMBER_KINDS)
  kind?: NetworkMemberKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  relationship?: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}
