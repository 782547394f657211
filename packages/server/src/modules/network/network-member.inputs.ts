import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsEmail, IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { GENOGRAM_SEXES, NETWORK_MEMBER_KINDS, NETWORK_RELATIONSHIP_KINDS, TRUSTED_ADULT_ROLES, type GenogramSex, type NetworkMemberKind, type NetworkRelationshipKind, type TrustedAdultRole } from '@forever-planning/shared';
import { IdField } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { GenogramSexEnum, NetworkMemberKindEnum, NetworkRelationshipKindEnum, TrustedAdultRoleEnum } from './network-member.type';

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

  @Field(() => GenogramSexEnum, { nullable: true, description: 'For the genogram; empty when not known.' })
  @IsOptional()
  @IsIn(GENOGRAM_SEXES)
  sex?: GenogramSex | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  deceased?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'The child lives with them now.' })
  @IsOptional()
  @IsBoolean()
  livesWithChild?: boolean;

  @Field(() => TrustedAdultRoleEnum, { nullable: true, description: 'TRUSTED_ADULT only: a teacher, a key worker at school, or someone else.' })
  @IsOptional()
  @IsIn(TRUSTED_ADULT_ROLES)
  trustedAdultRole?: TrustedAdultRole | null;

  @Field(() => Boolean, { nullable: true, description: "TRUSTED_ADULT only: shown (first name and role, no contact details) on the child's \"People who help me\"." })
  @IsOptional()
  @IsBoolean()
  shownToChild?: boolean;
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

@InputType()
export class AddNetworkRelationshipInput {
  @IdField({ description: 'A person in the family network.' })
  fromMemberId!: string;

  @IdField({ nullable: true, description: 'The other person, in the same child\'s network; leave empty for the child (PARENT only).' })
  toMemberId?: string | null;

  @Field(() => NetworkRelationshipKindEnum, { description: 'PARENT: the first person is a parent of the second (or of the child).' })
  @IsIn(NETWORK_RELATIONSHIP_KINDS)
  kind!: NetworkRelationshipKind;
}

@InputType()
export class RemoveNetworkRelationshipInput {
  @IdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}
