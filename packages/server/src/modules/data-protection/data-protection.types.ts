import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import { IdField } from '../../common/validation';
import { RETENTION_RULES, type RetentionRule } from './retention.service';

export const RetentionRuleEnum = graphqlEnum('RetentionRule', RETENTION_RULES, 'Which retention rule set the date a record is kept until.');

@InputType({ description: 'Produce a subject access export of one child: the reason is kept with it and in the audit trail.' })
export class CreateSubjectAccessExportInput {
  @IdField()
  childId!: string;

  @Field({ description: 'Why it is being made: who asked, and when (10 to 1000 characters).' })
  @IsString()
  @Length(10, 1000)
  reason!: string;
}

@ObjectType('SubjectAccessExport', { description: 'Everything held about one child, for the child as a care leaver.' })
export class SubjectAccessExportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  producedAt!: Date;

  @Field()
  reason!: string;

  @Field(() => Int, { description: "The document's schema version: field names are stable within a version." })
  schemaVersion!: number;

  @Field({ description: 'The whole export as JSON text (the same document the JSON download gives).' })
  document!: string;

  @Field({ description: 'The readable PDF: a short-lived link for the person who made the export, with their session.' })
  pdfUrl!: string;

  @Field({ description: 'The JSON file: a short-lived link, as pdfUrl.' })
  jsonUrl!: string;
}

@ObjectType('RetentionSettings', { description: "How long the council keeps children's records." })
export class RetentionSettingsType {
  @Field(() => Int, { description: "Records of a child looked after are kept until this birthday (at least 75)." })
  lookedAfterUntilAge!: number;

  @Field(() => Int, { description: 'Adoption records are kept this many years from the adoption order, or the placement for adoption (at least 100).' })
  adoptionYears!: number;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class UpdateRetentionSettingsInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(150)
  lookedAfterUntilAge!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(200)
  adoptionYears!: number;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;
}

@ObjectType('RetentionReviewEntry', { description: "A child's record whose retention date has passed or is near." })
export class RetentionReviewEntryType {
  @Field(() => ID)
  childId!: string;

  @Field({ description: "The council's case reference." })
  localId!: string;

  @Field(() => String, { nullable: true, description: 'Null for an administrator, who has no access to any child’s case.' })
  name!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Null for an administrator.' })
  dateOfBirth!: string | null;

  @Field(() => LocalDate, { description: 'The record may not be deleted before this date.' })
  keepUntil!: string;

  @Field(() => RetentionRuleEnum)
  rule!: RetentionRule;

  @Field(() => LocalDate, { nullable: true, description: 'The date the rule counts from (birth, adoption order, placement). Null for an administrator.' })
  ruleFrom!: string | null;

  @Field({ description: 'The retention date has passed.' })
  overdue!: boolean;
}
