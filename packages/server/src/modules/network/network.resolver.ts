import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { childRowsPart, registerScreenPart } from '../../common/screen-query';
import { CASE_EDITORS } from '../case-records/case-record.inputs';
import { ChildType } from '../children/child.type';
import { NetworkMemberEntity } from './network-member.entity';
import { AddNetworkMemberInput, UpdateNetworkMemberInput } from './network-member.inputs';
import { NetworkMemberType, presentNetworkMember } from './network-member.type';

const NETWORK_ORDER = { kind: 'ASC', name: 'ASC', id: 'ASC' } as const;

export const networkLoader = registerLoader('familyNetwork', (services, actor) =>
  childScopedLoader(services, actor, NetworkMemberEntity, { orderBy: NETWORK_ORDER }),
);
registerScreenPart(childRowsPart({ name: 'familyNetwork', entity: NetworkMemberEntity, fields: ['familyNetwork'], orderBy: NETWORK_ORDER }));

@Resolver(() => ChildType)
export class NetworkChildFields {
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
}
