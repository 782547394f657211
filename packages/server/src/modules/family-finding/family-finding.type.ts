import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  ADOPTERS_LEGAL_STATUSES,
  ADOPTERS_SEXES,
  CARER_KINDS,
  FAMILY_FINDING_TEAMS,
  MATCH_STAGES,
  PERMANENCE_FORM_KINDS,
  REFERRAL_STATUSES,
  type AdoptersLegalStatus,
  type AdoptersSex,
  type CarerKind,
  type FamilyFindingTeam,
  type MatchStage,
  type PermanenceFormKind,
  type ReferralStatus,
} from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import { RuleSourceType } from '../alerts/alerts.type';

export const FamilyFindingTeamEnum = graphqlEnum('FamilyFindingTeam', FAMILY_FINDING_TEAMS);
export const ReferralStatusEnum = graphqlEnum('FamilyFindingStatus', REFERRAL_STATUSES);
export const CarerKindEnum = graphqlEnum('ProspectiveCarerKind', CARER_KINDS);
export const MatchStageEnum = graphqlEnum('MatchStage', MATCH_STAGES, 'The match stages in order; NOT_PROCEEDING ends a link at any stage.');
export const AdoptersSexEnum = graphqlEnum('AdoptersSex', ADOPTERS_SEXES, "The adopters as the SSDA903 codes them: M1 or F1 a single adopter, MM, FF or MF a couple.");
export const AdoptersLegalStatusEnum = graphqlEnum('AdoptersLegalStatus', ADOPTERS_LEGAL_STATUSES, "The adopters' legal status as the SSDA903 codes it (L0 single, L11/L12 married, L2 civil partners, L3/L4 unmarried couple).");
export const PermanenceFormKindEnum = graphqlEnum('PermanenceFormKind', PERMANENCE_FORM_KINDS, 'The forms Telford 10.0 lists.');

@ObjectType('FamilyFindingTimescale')
export class FamilyFindingTimescaleType {
  @Field()
  label!: string;

  @Field(() => LocalDate)
  dueDate!: string;

  @Field({ description: 'The date has passed.' })
  overdue!: boolean;

  @Field(() => RuleSourceType)
  source!: RuleSourceType;
}

@ObjectType('FamilyFindingReferral', { description: 'A referral to the family-finding team, placement brokerage or the regional adoption agency.' })
export class FamilyFindingReferralType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => FamilyFindingTeamEnum)
  team!: FamilyFindingTeam;

  @Field()
  teamLabel!: string;

  @Field(() => String, { nullable: true })
  agencyName!: string | null;

  @Field(() => LocalDate)
  referredOn!: string;

  @Field(() => ReferralStatusEnum)
  status!: ReferralStatus;

  @Field()
  statusLabel!: string;

  @Field(() => LocalDate)
  statusOn!: string;

  @Field(() => [FamilyFindingTimescaleType], { description: 'What is due next; none once matched or closed.' })
  timescales!: FamilyFindingTimescaleType[];
}

@ObjectType('ProspectiveCarer', { description: 'A prospective carer for the child, at one stage of the match.' })
export class ProspectiveCarerType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  name!: string;

  @Field(() => CarerKindEnum)
  kind!: CarerKind;

  @Field()
  kindLabel!: string;

  @Field(() => MatchStageEnum)
  stage!: MatchStage;

  @Field()
  stageLabel!: string;

  @Field(() => LocalDate)
  stageOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the match was approved; kept through introductions and placement.' })
  matchedOn!: string | null;

  @Field(() => AdoptersSexEnum, { nullable: true, description: 'Prospective adopters only.' })
  adoptersSex!: AdoptersSex | null;

  @Field(() => AdoptersLegalStatusEnum, { nullable: true, description: 'Prospective adopters only.' })
  adoptersLegalStatus!: AdoptersLegalStatus | null;

  @Field(() => ID, { nullable: true })
  referralId!: string | null;
}

@ObjectType('PermanenceForm', { description: 'One of the permanence forms, with its sign-off.' })
export class PermanenceFormType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => PermanenceFormKindEnum)
  kind!: PermanenceFormKind;

  @Field()
  kindLabel!: string;

  @Field(() => ID, { nullable: true })
  carerId!: string | null;

  @Field(() => String, { nullable: true })
  carerName!: string | null;

  @Field()
  summary!: string;

  @Field(() => LocalDate, { nullable: true })
  completedOn!: string | null;

  @Field(() => Date, { nullable: true })
  signedOffAt!: Date | null;

  @Field({ description: 'You may change its text: you edit this child’s case and it is not signed off (a signed-off form never changes).' })
  canChange!: boolean;

  /** For the signedOffBy field resolver. */
  signedOffById!: string | null;
}
