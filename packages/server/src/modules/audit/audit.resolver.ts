import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import { councilPolicy } from '../../policies/council.policy';
import { Connection } from '../../common/connection';
import type { RequestContext } from '../../context';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { AuditEvent, AuditFilter } from './audit.type';

export const AuditEventConnection = Connection('AuditEvent', AuditEvent);
type AuditEventConnection = InstanceType<typeof AuditEventConnection>;

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "The council's audit trail, newest first." })
  @AllowRoles(...councilPolicy.rolesThatMay('searchAudit'))
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditEventConnection> {
    return ctx.services.auditTrail.search(ctx.actor!, filter, first, after, ctx.ip);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  actor(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return event.actorUserId ? personLoader(ctx.loaders).load(event.actorUserId) : null;
  }
}

@Resolver(() => ChildType)
export class AuditChildFields {
  @FieldResolver(() => AuditEventConnection, { description: "Who read or changed this child's record: team manager, IRO and head of service only." })
  auditTrail(
    @Root() child: ChildType,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('listViews', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Only the times the child was seen in a list (the caseload, the drift list, the tracker), which are otherwise left out so the reads of the record stand out.',
    })
    listViews?: boolean,
  ): Promise<AuditEventConnection> {
    return ctx.services.auditTrail.forChild(ctx.actor!, child.id, first, after, ctx.ip, listViews ?? false);
  }
}
