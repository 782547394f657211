import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TOGETHER_APART_OUTCOMES, type TogetherApartOutcome } from '@forever-planning/shared';
import { EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/**
 * The together-or-apart decision for a whole group of brothers and sisters
 * (the children joined by sibling links, directly or through each other).
 * memberIds is the group as it was when the decision was recorded; the record
 * belongs to the child it was recorded from (childId) for retention.
 */
@Entity('sibling_group_decisions')
@Check('sibling_group_decision_outcome', oneOf('outcome', TOGETHER_APART_OUTCOMES))
export class SiblingGroupDecisionEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column('uuid', { array: true })
  memberIds!: string[];

  @Column({ type: 'date' })
  decidedOn!: IsoDate;

  @Column({ type: 'varchar', length: 30 })
  outcome!: TogetherApartOutcome;

  @Column({ type: 'text' })
  reasons!: string;
}
