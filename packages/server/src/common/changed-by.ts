import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../context';
import { PersonRef } from '../modules/children/child.type';
import { personLoader } from '../modules/children/children.loaders';

/**
 * The last change to an editable record: when, and (as `updatedBy`) who. A
 * record type extends this next to its `version`, so a screen can say "Sam
 * Worker changed this at 10:42" and a CONFLICT names the same person. Never
 * returned itself, so the schema only shows its fields on the record types.
 */
@ObjectType()
export abstract class ChangedRecordType {
  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;

  /** Not a field: the id behind updatedBy, stamped by the database (database/acting-user.ts). */
  updatedById!: string | null;
}

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
