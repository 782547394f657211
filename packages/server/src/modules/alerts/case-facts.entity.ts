import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/**
 * Facts about a child's case that the statutory rules need and no other
 * record holds: court proceedings, panel criteria the worker records, the
 * kinship position. One row per child, created on first save.
 */
@Entity('case_facts')
export class CaseFactsEntity {
  @PrimaryColumn('uuid')
  childId!: string;

  @OneToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @Column({ type: 'date', nullable: true })
  courtProceedingsStartedOn!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  courtProceedingsEndedOn!: IsoDate | null;

  /** Placed with parents: the exit plan to discharge the care order was agreed (Telford 6.0). */
  @Column({ type: 'date', nullable: true })
  dischargePlanAgreedOn!: IsoDate | null;

  /** The agency decision maker's match with adopters. */
  @Column({ type: 'date', nullable: true })
  adoptionMatchedOn!: IsoDate | null;

  @Column({ type: 'boolean', nullable: true })
  kinshipCarerAvailable!: boolean | null;

  @Column({ default: false })
  carerCannotConsiderSgo!: boolean;

  /** Bolton 5: joint health, education and social care funding may be needed. */
  @Column({ default: false })
  jointFunding!: boolean;

  /** Bolton 5: presented to the panel before and returning for review. */
  @Column({ default: false })
  returningForReview!: boolean;

  /** Bolton 5: difficulty securing a suitable plan. */
  @Column({ default: false })
  difficultySecuringPlan!: boolean;

  /** Bolton 2.4 gateway: edge of care. */
  @Column({ default: false })
  edgeOfCare!: boolean;

  /** Bolton 2.4 gateway: a plan to become looked after. */
  @Column({ default: false })
  planToBecomeLookedAfter!: boolean;

  /** Bolton 2.4 gateway: looked after in an emergency. */
  @Column({ default: false })
  lookedAfterInEmergency!: boolean;
}
