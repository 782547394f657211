import { Field, ObjectType } from 'type-graphql';

/**
 * The last change to an editable record: when, and (as `updatedBy`) who. A
 * record type extends this next to its `version`, so a screen can say "Sam
 * Worker changed this at 10:42" and a CONFLICT names the same person. Never
 * returned itself, so the schema only shows its fields on the record types.
 * The `updatedBy` resolver is modules/children/changed-by.resolver.ts (it
 * looks the person up, which common/ cannot).
 */
@ObjectType()
export abstract class ChangedRecordType {
  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;

  /** Not a field: the id behind updatedBy, stamped by the database (database/acting-user.ts). */
  updatedById!: string | null;
}
