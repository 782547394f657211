import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { EditableRecord, oneOf } from '../../database/columns';
import { SDQ_MAX_SCORE, SDQ_REASONS, type SdqReason } from '../../ssda903/ssda903.oc2';
import { ChildEntity } from '../children/child.entity';

/**
 * One child's health, SDQ and offending outcomes for one collection year (the
 * SSDA903 OC2 items), named by the year it ends: 2025 is 1 April 2024 to 31 March 2025.
 */
@Entity('health_outcomes')
@Unique('health_outcomes_child_year', ['childId', 'year'])
@Check('health_outcomes_sdq_reason', oneOf('sdq_reason', SDQ_REASONS, true))
@Check('health_outcomes_sdq_score', `"sdq_score" IS NULL OR "sdq_score" BETWEEN 0 AND ${SDQ_MAX_SCORE}`)
@Check('health_outcomes_sdq_one', `"sdq_score" IS NULL OR "sdq_reason" IS NULL`)
export class HealthOutcomesEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'smallint', nullable: true })
  sdqScore!: number | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  sdqReason!: SdqReason | null;

  @Column({ type: 'boolean', nullable: true })
  convicted!: boolean | null;

  /** Development assessments up to date (children under 5). */
  @Column({ type: 'boolean', nullable: true })
  healthCheck!: boolean | null;

  @Column({ type: 'boolean' })
  immunisations!: boolean;

  @Column({ type: 'boolean' })
  teethCheck!: boolean;

  @Column({ type: 'boolean' })
  healthAssessment!: boolean;

  @Column({ type: 'boolean' })
  substanceMisuse!: boolean;

  @Column({ type: 'boolean', nullable: true })
  interventionReceived!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  interventionOffered!: boolean | null;
}
