import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { MATCHING_AREAS, type MatchingArea } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/** One of Newham's nine matching areas for a child and a prospective carer. */
@Entity('matching_records')
@Unique(['childId', 'area'])
@Check('matching_area', oneOf('area', MATCHING_AREAS))
export class MatchingRecordEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 40 })
  area!: MatchingArea;

  @Column({ type: 'text', nullable: true })
  childViews!: string | null;

  @Column({ type: 'text', nullable: true })
  needs!: string | null;

  @Column({ type: 'text', nullable: true })
  currentSupport!: string | null;

  @Column({ type: 'text', nullable: true })
  carerPotential!: string | null;

  @Column({ default: false })
  inSupportPlan!: boolean;
}
