import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
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
import { dateOrder, EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/** A referral to the family-finding team, placement brokerage or the regional adoption agency (Telford 1.6, Dorset 8). */
@Entity('family_finding_referrals')
@Check('family_finding_team', oneOf('team', FAMILY_FINDING_TEAMS))
@Check('family_finding_status', oneOf('status', REFERRAL_STATUSES))
@Check('family_finding_dates', dateOrder('referred_on', 'status_on'))
@Index(['childId', 'referredOn'])
export class FamilyFindingReferralEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 30 })
  team!: FamilyFindingTeam;

  /** The agency or team by name, e.g. "Aspire Regional Adoption Agency". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  agencyName!: string | null;

  @Column({ type: 'date' })
  referredOn!: IsoDate;

  @Column({ type: 'varchar', length: 20 })
  status!: ReferralStatus;

  /** The day the status last changed. */
  @Column({ type: 'date' })
  statusOn!: IsoDate;
}

/** A prospective carer for the child (several per child), at one stage of the match. */
@Entity('prospective_carers')
@Check('prospective_carer_kind', oneOf('kind', CARER_KINDS))
@Check('prospective_carer_stage', oneOf('stage', MATCH_STAGES))
@Check('prospective_carer_adopters_sex', oneOf('adopters_sex', ADOPTERS_SEXES, true))
@Check('prospective_carer_adopters_legal_status', oneOf('adopters_legal_status', ADOPTERS_LEGAL_STATUSES, true))
@Check('prospective_carer_adopters_only', `"kind" = 'ADOPTERS' OR ("adopters_sex" IS NULL AND "adopters_legal_status" IS NULL)`)
@Index(['childId'])
export class ProspectiveCarerEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  /** The referral that found them, when one did. */
  @Column({ type: 'uuid', nullable: true })
  referralId!: string | null;

  @ManyToOne(() => FamilyFindingReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: FamilyFindingReferralEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: CarerKind;

  @Column({ type: 'varchar', length: 30 })
  stage!: MatchStage;

  @Column({ type: 'date' })
  stageOn!: IsoDate;

  /** The day the match was approved (the SSDA903's DATE_MATCH): kept when the carer moves on to introductions and placement. */
  @Column({ type: 'date', nullable: true })
  matchedOn!: IsoDate | null;

  /** Prospective adopters only: who they are (SEX_ADOPTR, which gives NB_ADOPTR) and their legal status (LS_ADOPTR), for the AD1 table. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  adoptersSex!: AdoptersSex | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  adoptersLegalStatus!: AdoptersLegalStatus | null;
}

/** One of the forms Telford 10.0 lists, with its sign-off by a manager. */
@Entity('permanence_forms')
@Check('permanence_form_kind', oneOf('kind', PERMANENCE_FORM_KINDS))
@Check('permanence_form_signed', '("signed_off_at" IS NULL) = ("signed_off_by_id" IS NULL)')
@Check('permanence_form_signed_when_completed', '"signed_off_at" IS NULL OR "completed_on" IS NOT NULL')
@Index(['childId'])
export class PermanenceFormEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 40 })
  kind!: PermanenceFormKind;

  /** The carer the form assesses or matches (every form but the child's permanence report). */
  @Column({ type: 'uuid', nullable: true })
  carerId!: string | null;

  @ManyToOne(() => ProspectiveCarerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'carer_id' })
  carer?: ProspectiveCarerEntity;

  /** The form's conclusion or recommendation, in the author's words. */
  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'date', nullable: true })
  completedOn!: IsoDate | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedOffAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  signedOffById!: string | null;
}
