import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { COURT_OUTCOMES, HEARING_KINDS, LEGAL_GATEWAY_DECISIONS, type CourtOutcome, type HearingKind, type LegalGatewayDecision } from '@forever-planning/shared';
import { dateOrder, EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/**
 * One set of care proceedings under the Public Law Outline, from the letter
 * before proceedings through the legal gateway meeting and issue to the
 * outcome, with the version of the care plan filed as the final care plan.
 */
@Entity('court_proceedings')
@Check('court_gateway_decision', oneOf('legal_gateway_decision', LEGAL_GATEWAY_DECISIONS, true))
@Check('court_outcome', oneOf('outcome', COURT_OUTCOMES, true))
@Check('court_concluded_after_issue', dateOrder('issued_on', 'concluded_on'))
@Check('court_outcome_dated', '("outcome" IS NULL) = ("concluded_on" IS NULL)')
@Check('court_gateway_decided', '"legal_gateway_decision" IS NULL OR "legal_gateway_on" IS NOT NULL')
@Index(['childId'])
export class CourtProceedingsEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'date', nullable: true })
  preProceedingsLetterOn!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  legalGatewayOn!: IsoDate | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  legalGatewayDecision!: LegalGatewayDecision | null;

  @Column({ type: 'date', nullable: true })
  issuedOn!: IsoDate | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  court!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  caseNumber!: string | null;

  /** The plan version filed with the court as the final care plan (a row of plans, same child). */
  @Column({ type: 'uuid', nullable: true })
  finalCarePlanId!: string | null;

  @Column({ type: 'date', nullable: true })
  finalCarePlanFiledOn!: IsoDate | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  outcome!: CourtOutcome | null;

  @Column({ type: 'date', nullable: true })
  concludedOn!: IsoDate | null;
}

/** A hearing listed or held in the proceedings. */
@Entity('court_hearings')
@Check('court_hearing_kind', oneOf('kind', HEARING_KINDS))
@Index(['proceedingsId', 'hearingOn'])
export class CourtHearingEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column('uuid')
  proceedingsId!: string;

  @ManyToOne(() => CourtProceedingsEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proceedings_id' })
  proceedings?: CourtProceedingsEntity;

  @Column({ type: 'varchar', length: 30 })
  kind!: HearingKind;

  @Column({ type: 'date' })
  hearingOn!: IsoDate;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}

/** A direction the court gave at a hearing: what, by when, and when it was done. */
@Entity('court_directions')
@Index(['hearingId'])
export class CourtDirectionEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column('uuid')
  hearingId!: string;

  @ManyToOne(() => CourtHearingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hearing_id' })
  hearing?: CourtHearingEntity;

  @Column({ type: 'varchar', length: 500 })
  description!: string;

  @Column({ type: 'date' })
  dueOn!: IsoDate;

  @Column({ type: 'date', nullable: true })
  doneOn!: IsoDate | null;
}
