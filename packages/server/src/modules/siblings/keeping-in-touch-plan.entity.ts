import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FAMILY_TIME_KINDS, type FamilyTimeKind } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { SiblingLinkEntity } from './sibling-link.entity';

/** How brothers and sisters who live apart keep in touch. */
@Entity('keeping_in_touch_plans')
@Check('keeping_in_touch_kind', oneOf('kind', FAMILY_TIME_KINDS))
export class KeepingInTouchPlanEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  siblingLinkId!: string;

  @ManyToOne(() => SiblingLinkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sibling_link_id' })
  siblingLink?: SiblingLinkEntity;

  @Column({ type: 'varchar', length: 10 })
  kind!: FamilyTimeKind;

  @Column({ length: 200 })
  frequency!: string;

  @Column({ length: 200 })
  agreedBy!: string;

  @Column({ type: 'text', nullable: true })
  arrangements!: string | null;

  /** May be shown to the children on their own portal. */
  @Column({ default: true })
  shareableWithChild!: boolean;
}
