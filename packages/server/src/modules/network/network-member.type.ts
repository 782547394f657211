import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NETWORK_MEMBER_KINDS, type NetworkMemberKind } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import type { NetworkMemberEntity } from './network-member.entity';

export const NetworkMemberKindEnum = graphqlEnum('NetworkMemberKind', NETWORK_MEMBER_KINDS);

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
}

export function presentNetworkMember(m: NetworkMemberEntity): NetworkMemberType {
  return {
    id: m.id, version: m.version, kind: m.kind, name: m.name, relationship: m.relationship, phone: m.phone, email: m.email,
    address: m.address, consideredAsCarer: m.consideredAsCarer, carerAssessmentOutcome: m.carerAssessmentOutcome,
  };
}
