import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { ChangedRecordType } from '../../common/changed-by';
import { PersonRef } from './child.type';
import { personLoader } from './children.loaders';

/** The `updatedBy` field of one record type: a name from the asker's own council, one query per request. */
export function changedByFields(type: ClassType<ChangedRecordType>): ClassType<object> {
  @Resolver(() => type)
  class ChangedByFields {
    @FieldResolver(() => PersonRef, {
      nullable: true,
      description: 'Who last changed it; null when no one signed in did (imports, scheduled jobs) or they are outside your council.',
    })
    updatedBy(@Root() record: ChangedRecordType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
      return record.updatedById ? personLoader(ctx.loaders).load(record.updatedById) : null;
    }
  }
  return ChangedByFields;
}
