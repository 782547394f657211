import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GENOGRAM_SEXES, NETWORK_MEMBER_KINDS, NETWORK_RELATIONSHIP_KINDS, TRUSTED_ADULT_ROLES, type GenogramSex, type NetworkMemberKind, type NetworkRelationshipKind, type TrustedAdultRole } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import type { NetworkMemberEntity } from './network-member.entity';
import type { NetworkRelationshipEntity } from './network-relationship.entity';

export const NetworkMemberKindEnum = graphqlEnum('NetworkMemberKind', NETWORK_MEMBER_KINDS);
export const NetworkRelationshipKindEnum = graphqlEnum('NetworkRelationshipKind', NETWORK_RELATIONSHIP_KINDS);
export const GenogramSexEnum = graphqlEnum('GenogramSex', GENOGRAM_SEXES);
export const TrustedAdultRoleEnum = graphqlEnum('TrustedAdultRole', TRUSTED_ADULT_ROLES, 'Who a trusted adult is to the child: children named teachers and key workers at school.');

@ObjectType('NetworkMember', { description: "A person in the child's family and network." })
export class NetworkMemberType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => NetworkMemberKindEnum)
  kind!: NetworkMemberKind;

  @Field()
  name!: string;

  @Field({ description: 'How they are related to the child, in words.' })
  relationship!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field()
  consideredAsCarer!: boolean;

  @Field(() => String, { nullable: true })
  carerAssessmentOutcome!: string | null;

  @Field(() => GenogramSexEnum, { nullable: true })
  sex!: GenogramSex | null;

  @Field()
  deceased!: boolean;

  @Field({ description: 'The child lives with them now.' })
  livesWithChild!: boolean;

  @Field(() => TrustedAdultRoleEnum, { nullable: true, description: 'A trusted adult: a teacher, a key worker at school, or someone else.' })
  trustedAdultRole!: TrustedAdultRole | null;

  @Field({ description: 'A trusted adult the child sees on "People who help me".' })
  shownToChild!: boolean;
}

@ObjectType('NetworkRelationship', { description: 'How two people in the family network are related (a line on the genogram).' })
export class NetworkRelationshipType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => NetworkRelationshipKindEnum)
  kind!: NetworkRelationshipKind;

  @Field(() => ID)
  fromMemberId!: string;

  @Field(() => ID, { nullable: true, description: 'Null: the child (for PARENT).' })
  toMemberId!: string | null;
}

export function presentNetworkRelationship(r: NetworkRelationshipEntity): NetworkRelationshipType {
  return { id: r.id, version: r.version, kind: r.kind, fromMemberId: r.fromMemberId, toMemberId: r.toMemberId };
}

export function presentNetworkMember(m: NetworkMemberEntity): NetworkMemberType {
  return {
    id: m.id, version: m.version, kind: m.kind, name: m.name, relationship: m.relationship, phone: m.phone, email: m.email,
    address: m.address, consideredAsCarer: m.consideredAsCarer, carerAssessmentOutcome: m.carerAssessmentOutcome,
    sex: m.sex, deceased: m.deceased, livesWithChild: m.livesWithChild, trustedAdultRole: m.trustedAdultRole, shownToChild: m.shownToChild,
  };
}
