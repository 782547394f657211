import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { childRowsPart, registerScreenPart } from '../../common/screen-query';
import { ChildType } from '../children/child.type';
import { NetworkMemberEntity } from './network-member.entity';
import { AddNetworkMemberInput, AddNetworkRelationshipInput, RemoveNetworkRelationshipInput, UpdateNetworkMemberInput } from './network-member.inputs';
import { NetworkRelationshipEntity } from './network-relationship.entity';
import { NetworkMemberType, NetworkRelationshipType, presentNetworkMember, presentNetworkRelationship } from './network-member.type';

const NETWORK_ORDER = { kind: 'ASC', name: 'ASC', id: 'ASC' } as const;

export const networkLoader = registerLoader('familyNetwork', (services, actor) =>
  childScopedLoader(services, actor, NetworkMemberEntity, { orderBy: NETWORK_ORDER }),
);
registerScreenPart(childRowsPart({ name: 'familyNetwork', entity: NetworkMemberEntity, fields: ['familyNetwork'], orderBy: NETWORK_ORDER }));

export const networkRelationshipsLoader = registerLoader('familyNetworkRelationships', (services, actor) =>
  childScopedLoader(services, actor, NetworkRelationshipEntity, { orderBy: { createdAt: 'ASC', id: 'ASC' } }),
);

@Resolver(() => ChildType)
export class NetworkChildFields {
  @FieldResolver(() => [NetworkRelationshipType], { description: 'How the people in the family network are related to each other and to the child (the genogram).' })
  async familyRelationships(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<NetworkRelationshipType[]> {
    return (await networkRelationshipsLoader(ctx.loaders).load(child.id)).map(presentNetworkRelationship);
  }

  @FieldResolver(() => [NetworkMemberType], { description: 'Relatives, connected persons, lifelong links and trusted adults.' })
  async familyNetwork(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<NetworkMemberType[]> {
    return (await networkLoader(ctx.loaders).load(child.id)).map(presentNetworkMember);
  }
}

@Resolver()
export class NetworkResolver {
  @Mutation(() => NetworkMemberType)
  @AllowRoles(...CASE_EDITORS)
  addNetworkMember(@Arg('input') input: AddNetworkMemberInput, @Ctx() ctx: RequestContext): Promise<NetworkMemberType> {
    return ctx.services.network.add(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => NetworkMemberType)
  @AllowRoles(...CASE_EDITORS)
  updateNetworkMember(@Arg('input') input: UpdateNetworkMemberInput, @Ctx() ctx: RequestContext): Promise<NetworkMemberType> {
    return ctx.services.network.update(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => NetworkRelationshipType, { description: 'Join two people of the family network on the genogram (or a parent to the child).' })
  @AllowRoles(...CASE_EDITORS)
  addNetworkRelationship(@Arg('input') input: AddNetworkRelationshipInput, @Ctx() ctx: RequestContext): Promise<NetworkRelationshipType> {
    return ctx.services.network.addRelationship(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => NetworkRelationshipType, { description: 'Take a relationship recorded by mistake off the genogram.' })
  @AllowRoles(...CASE_EDITORS)
  removeNetworkRelationship(@Arg('input') input: RemoveNetworkRelationshipInput, @Ctx() ctx: RequestContext): Promise<NetworkRelationshipType> {
    return ctx.services.network.removeRelationship(ctx.actor!, input, ctx.ip);
  }
}
