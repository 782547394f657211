import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import { isoDateInLondon } from '../../common/clock';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { childRowsPart, registerScreenPart } from '../../common/screen-query';
import { ChildType } from '../children/child.type';
import { currentOf } from '../case-records/case-record.periods';
import { LegalStatusEntity } from './legal-status.entity';
import { RecordLegalStatusInput, UpdateLegalStatusInput } from './legal-status.inputs';
import { LegalStatusType, presentLegalStatus } from './legal-status.type';

const LEGAL_STATUS_ORDER = { start_date: 'ASC', created_at: 'ASC', id: 'ASC' } as const;

export const legalStatusesLoader = registerLoader('legalStatuses', (services, actor) =>
  childScopedLoader(services, actor, LegalStatusEntity, { orderBy: LEGAL_STATUS_ORDER }),
);
registerScreenPart(childRowsPart({ name: 'legalStatuses', entity: LegalStatusEntity, fields: ['legalStatuses', 'currentLegalStatus'], orderBy: LEGAL_STATUS_ORDER }));

@Resolver(() => ChildType)
export class LegalStatusChildFields {
  @FieldResolver(() => [LegalStatusType], { description: 'Every legal status, by start date.' })
  async legalStatuses(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<LegalStatusType[]> {
    return (await legalStatusesLoader(ctx.loaders).load(child.id)).map(presentLegalStatus);
  }

  @FieldResolver(() => LegalStatusType, { nullable: true })
  async currentLegalStatus(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<LegalStatusType | null> {
    const current = currentOf(await legalStatusesLoader(ctx.loaders).load(child.id), isoDateInLondon(ctx.services.clock.now()));
    return current ? presentLegalStatus(current) : null;
  }
}

@Resolver()
export class LegalStatusResolver {
  @Mutation(() => LegalStatusType, { description: 'A new legal status; the open one ends on its start date.' })
  @AllowRoles(...CASE_EDITORS)
  recordLegalStatus(@Arg('input') input: RecordLegalStatusInput, @Ctx() ctx: RequestContext): Promise<LegalStatusType> {
    return ctx.services.legalStatus.record(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => LegalStatusType)
  @AllowRoles(...CASE_EDITORS)
  updateLegalStatus(@Arg('input') input: UpdateLegalStatusInput, @Ctx() ctx: RequestContext): Promise<LegalStatusType> {
    return ctx.services.legalStatus.update(ctx.actor!, input, ctx.ip);
  }
}
