import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangedRecordType } from '../../common/changed-by';
import { graphqlEnum } from '../../common/enums';
import { CATEGORIES_OF_NEED, GENDERS, type CategoryOfNeed, type Gender } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';

export const GenderEnum = graphqlEnum('Gender', GENDERS);
export const CategoryOfNeedEnum = graphqlEnum('CategoryOfNeed', CATEGORIES_OF_NEED, 'SSDA903 category of need, N1 to N8.');

@ObjectType({ description: 'A person named on a record: a worker, IRO, advocate or manager.' })
export class PersonRef {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@ObjectType()
export class TeamRef {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

/**
 * A child's full record, as professionals with access to it see it. Young
 * people and advocates never receive this type: they have their own.
 */
@ObjectType('Child')
export class ChildType extends ChangedRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Changes on every update; send it back to update the record.' })
  version!: number;

  @Field({ description: "The council's case reference." })
  localId!: string;

  @Field()
  legalFirstName!: string;

  @Field()
  legalLastName!: string;

  @Field(() => String, { nullable: true, description: 'The name the child wants to be called.' })
  preferredName!: string | null;

  @Field({ description: 'Preferred first name (or legal first name) and last name.' })
  displayName!: string;

  @Field(() => LocalDate)
  dateOfBirth!: string;

  @Field(() => Int)
  age!: number;

  @Field(() => GenderEnum)
  gender!: Gender;

  @Field(() => String, { nullable: true })
  ethnicity!: string | null;

  @Field(() => String, { nullable: true })
  religion!: string | null;

  @Field(() => String, { nullable: true })
  firstLanguage!: string | null;

  @Field(() => String, { nullable: true })
  disability!: string | null;

  @Field(() => String, { nullable: true })
  healthNeeds!: string | null;

  @Field(() => String, { nullable: true })
  school!: string | null;

  @Field(() => String, { nullable: true })
  virtualSchool!: string | null;

  @Field(() => String, { nullable: true, description: 'Unique pupil number.' })
  upn!: string | null;

  @Field(() => LocalDate, { nullable: true })
  dateLookedAfter!: string | null;

  @Field(() => LocalDate, { nullable: true })
  dateCeasedLookedAfter!: string | null;

  @Field(() => CategoryOfNeedEnum, { nullable: true })
  categoryOfNeed!: CategoryOfNeed | null;

  @Field({ description: 'Unaccompanied asylum-seeking child.' })
  uasc!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'SSDA903 MOTHER: whether she is a mother; null until recorded.' })
  mother!: boolean | null;

  @Field(() => LocalDate, { nullable: true, description: "SSDA903 MC_DOB: her (first) child's date of birth." })
  mothersChildDateOfBirth!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'SSDA903 DATE_PLACED: the decision that the child should be placed for adoption.' })
  adoptionDecisionOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'SSDA903 DATE_PLACED_CEASED: the decision no longer stands.' })
  adoptionDecisionCeasedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 REASON_PLACED_CEASED, RD1 to RD4.' })
  adoptionDecisionCeasedReason!: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 PREV_PERM before this period of care: P1 adopted, P2 special guardianship order, P3 residence or child arrangements order, P4, Z1 not known; null until recorded.' })
  previousPermanence!: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 LA_PERM: the authority that made the previous order (three-digit LA number, or WAL, SCO, NIR, NUK).' })
  previousPermanenceLa!: string | null;

  @Field(() => String, { nullable: true, description: "SSDA903 DATE_PERM: the previous order's date as YYYY-MM-DD, with ZZ for a day (or day and month) not known, e.g. 2019-06-ZZ." })
  previousPermanenceDate!: string | null;

  @Field(() => LocalDate, { nullable: true })
  advocacyOfferedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the record was last brought in from, such as "SSDA903 return 2024/25 (folder)"; null for a record made in the product.' })
  importedFrom!: string | null;

  @Field(() => Date, { nullable: true, description: 'When that import last changed the record (the server clock).' })
  importedAt!: Date | null;

  @Field(() => LocalDate, { nullable: true })
  iroAllocatedOn!: string | null;

  @Field(() => TeamRef)
  team!: TeamRef;

  @Field(() => PersonRef, { nullable: true })
  socialWorker!: PersonRef | null;

  @Field(() => PersonRef, { nullable: true })
  iro!: PersonRef | null;

  /** Kept for field resolvers; not in the schema. */
  councilId!: string;
  teamId!: string;
  socialWorkerId!: string | null;
  iroId!: string | null;
}
