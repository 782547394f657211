import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TOGETHER_APART_OUTCOMES, type TogetherApartOutcome } from '@forever-planning/shared';
import { EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { SiblingLinkEntity } from './sibling-link.entity';

@Entity('together_apart_assessments')
@Check('together_apart_outcome', oneOf('outcome', TOGETHER_APART_OUTCOMES))
export class TogetherApartAssessmentEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  siblingLinkId!: string;

  @ManyToOne(() => SiblingLinkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sibling_link_id' })
  siblingLink?: SiblingLinkEntity;

  @Column({ type: 'date' })
  assessedOn!: IsoDate;

  @Column({ type: 'varchar', length: 30 })
  outcome!: TogetherApartOutcome;

  @Column({ type: 'text' })
  reasons!: string;
}
