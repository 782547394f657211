import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { AUDIT_ACTION_NAMES, type AuditAction } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { PersonRef } from '../children/child.type';

export const AuditActionEnum = graphqlEnum('AuditAction', AUDIT_ACTION_NAMES, 'What an audit event records: a change or read of a record, or an event about a person or the service.');

@ObjectType({ description: 'One field changed by a write: its value before and after, as JSON text.' })
export class AuditChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'Who read or changed what, when, in which role, from where.' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => PersonRef, { nullable: true })
  actor!: PersonRef | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field(() => ID, { nullable: true })
  childId!: string | null;

  @Field(() => String, { nullable: true })
  recordType!: string | null;

  @Field(() => ID, { nullable: true })
  recordId!: string | null;

  @Field(() => [String], { description: 'For reads: the parts of the record returned.' })
  parts!: string[];

  @Field(() => [AuditChange])
  changes!: AuditChange[];

  @Field(() => String, { nullable: true })
  ipAddress!: string | null;

  @Field(() => String, { nullable: true, description: "For failed sign-ins: the username tried (not shown to the administrator when it is a young person's)." })
  attemptedUsername!: string | null;

  @Field({ description: "The values written to a child's record are not shown to the administrator: changes then name the fields only." })
  valuesWithheld!: boolean;

  @Field({ description: 'What happened, in words: "Sam Worker changed Damian’s plan: primary option long-term fostering → special guardianship order". Names and values follow what the reader may see.' })
  summary!: string;

  actorUserId!: string | null;
  /** The changes as stored, for the sentence (withheld values already emptied). */
  rawChanges!: { field: string; before: unknown; after: unknown }[];
}

@InputType()
export class AuditFilter {
  @IdField({ nullable: true })
  childId?: string;

  @IdField({ nullable: true, description: 'The person who acted.' })
  userId?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  from?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  to?: string;

  @Field(() => AuditActionEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_ACTION_NAMES)
  action?: AuditAction;
}
