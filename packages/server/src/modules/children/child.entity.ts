import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CATEGORIES_OF_NEED, GENDERS, type CategoryOfNeed, type Gender } from '@forever-planning/shared';
import { dateOrder, EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { CouncilEntity } from '../councils/council.entity';
import { TeamEntity } from '../councils/team.entity';
import { UserEntity } from '../users/user.entity';

@Entity('children')
@Check('child_gender', oneOf('gender', GENDERS))
@Check('child_category_of_need', oneOf('category_of_need', CATEGORIES_OF_NEED, true))
@Check('child_looked_after_after_birth', `"date_looked_after" IS NULL OR "date_looked_after" >= "date_of_birth"`)
@Check('child_ceased_after_looked_after', dateOrder('date_looked_after', 'date_ceased_looked_after'))
@Check('child_prev_perm', `"prev_perm" IS NULL OR "prev_perm" IN ('P1','P2','P3','P4','Z1')`)
@Check('child_prev_perm_order', `("la_perm" IS NULL AND "date_perm" IS NULL) OR "prev_perm" IN ('P1','P2','P3','P4')`)
@Check('child_date_perm', `"date_perm" IS NULL OR "date_perm" ~ '^[0-9]{4}-([0-9]{2}-([0-9]{2}|ZZ)|ZZ-ZZ)$'`)
@Check('child_mothers_child_dob', `"mothers_child_dob" IS NULL OR "mother" IS TRUE`)
@Check(
  'child_adoption_decision_ceased',
  `("adoption_decision_ceased_on" IS NULL AND "adoption_decision_ceased_reason" IS NULL) OR ("adoption_decision_on" IS NOT NULL AND "adoption_decision_ceased_on" >= "adoption_decision_on" AND "adoption_decision_ceased_reason" IN ('RD1', 'RD2', 'RD3', 'RD4'))`,
)
@Index(['councilId', 'legalLastName'])
@Index('IDX_children_council_local_id', ['councilId', 'localId'])
export class ChildEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Index()
  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  /** The allocated social worker. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  socialWorkerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'social_worker_id' })
  socialWorker?: UserEntity;

  /** The Independent Reviewing Officer (Dorset: QARO). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  iroId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'iro_id' })
  iro?: UserEntity;

  @Column({ type: 'date', nullable: true })
  iroAllocatedOn!: IsoDate | null;

  /** The council's own case reference; the SSDA903 CHILD identifier. */
  @Column({ length: 20 })
  localId!: string;

  @Column({ length: 100 })
  legalFirstName!: string;

  @Column({ length: 100 })
  legalLastName!: string;

  /** The name the child wants to be called. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  preferredName!: string | null;

  @Column({ type: 'date' })
  dateOfBirth!: IsoDate;

  @Column({ type: 'varchar', length: 10 })
  gender!: Gender;

  @Column({ type: 'varchar', length: 100, nullable: true })
  ethnicity!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  religion!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  firstLanguage!: string | null;

  /** The language the child chose for their own portal (a code in PORTAL_LANGUAGES); none: their first language, if the council has it on. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  portalLanguage!: string | null;

  @Column({ type: 'text', nullable: true })
  disability!: string | null;

  @Column({ type: 'text', nullable: true })
  healthNeeds!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  school!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  virtualSchool!: string | null;

  @Column({ type: 'varchar', length: 13, nullable: true })
  upn!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  homePostcode!: string | null;

  @Index()
  @Column({ type: 'date', nullable: true })
  dateLookedAfter!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  dateCeasedLookedAfter!: IsoDate | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  categoryOfNeed!: CategoryOfNeed | null;

  /** Unaccompanied asylum-seeking child. */
  @Column({ default: false })
  uasc!: boolean;

  @Column({ type: 'date', nullable: true })
  advocacyOfferedOn!: IsoDate | null;

  /** SSDA903 MOTHER: whether she is a mother (asked of girls); null until recorded. */
  @Column({ type: 'boolean', nullable: true })
  mother!: boolean | null;

  /** SSDA903 MC_DOB: the date of birth of her (first) child. */
  @Column({ name: 'mothers_child_dob', type: 'date', nullable: true })
  mothersChildDateOfBirth!: IsoDate | null;

  /** SSDA903 DATE_PLACED: the agency decision that the child should be placed for adoption. */
  @Column({ type: 'date', nullable: true })
  adoptionDecisionOn!: IsoDate | null;

  /** SSDA903 DATE_PLACED_CEASED and REASON_PLACED_CEASED (RD1 to RD4): the decision no longer stands. */
  @Column({ type: 'date', nullable: true })
  adoptionDecisionCeasedOn!: IsoDate | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  adoptionDecisionCeasedReason!: string | null;

  /** SSDA903 PREV_PERM: adopted (P1), special guardianship (P2), residence / child arrangements order (P3), P4, or not known (Z1) before this period of care; null until recorded. */
  @Column({ name: 'prev_perm', type: 'varchar', length: 2, nullable: true })
  previousPermanence!: string | null;

  /** SSDA903 LA_PERM: the authority that made the previous order (three-digit LA number, or WAL, SCO, NIR, NUK). */
  @Column({ name: 'la_perm', type: 'varchar', length: 3, nullable: true })
  previousPermanenceLa!: string | null;

  /** SSDA903 DATE_PERM: the previous order's date, YYYY-MM-DD with ZZ for an unknown day (or day and month). */
  @Column({ name: 'date_perm', type: 'varchar', length: 10, nullable: true })
  previousPermanenceDate!: string | null;

  /** Where the record was last brought in from (an SSDA903 return, a case-system sync); null for records made here. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  importedFrom!: string | null;

  /** When that import changed it, from the server's clock. */
  @Column({ type: 'timestamptz', nullable: true })
  importedAt!: Date | null;

  /**
   * Changed by PostgreSQL triggers whenever anything the rules read about the
   * child changes (migration ChildFactsVersion); the API never writes it.
   */
  @Column({ type: 'bigint', default: () => "nextval('child_facts_version_seq')", select: false, insert: false, update: false })
  factsVersion!: string;
}
