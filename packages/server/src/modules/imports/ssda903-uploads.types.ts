import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../common/enums';
import { UPLOAD_STATUSES } from './ssda903-upload.entity';

export const UploadStatusEnum = graphqlEnum('Ssda903UploadStatus', UPLOAD_STATUSES, 'Where an uploaded return is: CHECKING (a dry run), CHECKED (waiting for the administrator), IMPORTING, IMPORTED, FAILED or CANCELLED.');

@ObjectType('ImportProblem', { description: 'One problem the import found: where it is and why.' })
export class ImportProblemType {
  @Field() file!: string;
  @Field(() => Int, { nullable: true, description: 'The line in the file (1 is the header row).' }) line!: number | null;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field(() => String, { nullable: true, description: "The return's CHILD id the problem is about." }) child!: string | null;
  @Field({ description: 'ERROR leaves the child out (or stops the import); WARNING and NOTE are told, nothing is left out.' }) severity!: string;
  @Field() reason!: string;
}

@ObjectType('ImportedChild', { description: 'What the import does (or would do) to one child of the return.' })
export class ImportedChildType {
  @Field({ description: "The return's CHILD id." }) child!: string;
  @Field({ description: 'created, updated, unchanged or rejected.' }) outcome!: string;
  @Field(() => [String]) changes!: string[];
}

@ObjectType('TableNotHeld', { description: 'A table of the return that was read and checked but is not stored yet.' })
export class TableNotHeldType {
  @Field() table!: string;
  @Field(() => Int) rows!: number;
}

@ObjectType('Ssda903ImportReport', { description: 'The counts and problems of a check (dry run) or an import.' })
export class ImportReportType {
  @Field({ description: 'False when a problem with the files stopped it before any child was looked at.' }) completed!: boolean;
  @Field(() => String, { nullable: true }) councilName!: string | null;
  @Field(() => Int) childrenCreated!: number;
  @Field(() => Int) childrenUpdated!: number;
  @Field(() => Int) childrenUnchanged!: number;
  @Field(() => Int) childrenRejected!: number;
  @Field(() => Int) placementsCreated!: number;
  @Field(() => Int) placementsUpdated!: number;
  @Field(() => Int) legalStatusesCreated!: number;
  @Field(() => Int) legalStatusesUpdated!: number;
  @Field(() => Int) reviewsCreated!: number;
  @Field(() => Int) reviewsUpdated!: number;
  @Field(() => Int, { description: 'Missing and away-from-placement periods (missing.csv).' }) missingEpisodesCreated!: number;
  @Field(() => Int) missingEpisodesUpdated!: number;
  @Field(() => Int, { description: 'Health outcomes, one a child and year (oc2.csv).' }) healthOutcomesCreated!: number;
  @Field(() => Int) healthOutcomesUpdated!: number;
  @Field(() => Int, { description: 'Deprivation of liberty orders (DoLo.csv).' }) deprivationOfLibertyOrdersCreated!: number;
  @Field(() => Int) deprivationOfLibertyOrdersUpdated!: number;
  @Field(() => Int, { description: "Care leavers' birthdays, one a child and age (oc3.csv)." }) careLeaverBirthdaysCreated!: number;
  @Field(() => Int) careLeaverBirthdaysUpdated!: number;
  @Field(() => Int, { description: 'Adopters holding a child’s match (ad1.csv).' }) adoptersCreated!: number;
  @Field(() => Int) adoptersUpdated!: number;
  @Field(() => Int, { description: 'Social worker episodes (sw_episodes.csv).' }) socialWorkerEpisodesCreated!: number;
  @Field(() => Int) socialWorkerEpisodesUpdated!: number;
  @Field(() => Int, { description: 'Placeholder staff records made for Social Work England numbers no account holds yet.' }) placeholdersCreated!: number;
  @Field(() => [TableNotHeldType]) notHeld!: TableNotHeldType[];
  @Field(() => Int) errorCount!: number;
  @Field(() => Int) problemCount!: number;
  @Field(() => [ImportProblemType], { description: 'The first 500 problems, errors first.' }) problems!: ImportProblemType[];
  @Field(() => [ImportedChildType], { description: 'The first 500 children created, updated or left out (unchanged children are only counted).' }) children!: ImportedChildType[];
}

@ObjectType('Ssda903Upload', { description: "A council's SSDA903 return uploaded by its administrator: checked, then imported when they confirm." })
export class Ssda903UploadType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version the next decision (confirm or cancel) is based on.' }) version!: number;
  @Field(() => Int, { description: 'The collection year’s end: 2025 is the 2024 to 2025 return.' }) year!: number;
  @Field(() => UploadStatusEnum) status!: string;
  @Field(() => [String]) fileNames!: string[];
  @Field(() => Int) progressDone!: number;
  @Field(() => Int, { nullable: true, description: 'Children to go through; empty while the files are still being read.' }) progressTotal!: number | null;
  @Field() uploadedAt!: Date;
  @Field() uploadedBy!: string;
  @Field(() => String, { nullable: true }) confirmedBy!: string | null;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field(() => ImportReportType, { nullable: true, description: 'The dry run: what the import would do.' }) check!: ImportReportType | null;
  @Field(() => ImportReportType, { nullable: true, description: 'What the import did.' }) result!: ImportReportType | null;
}
