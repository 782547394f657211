import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { SIBLING_RELATIONSHIPS, type SiblingRelationshipKind } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/** A brother-or-sister pair. Stored once per pair, the lower id first. */
@Entity('sibling_links')
@Unique(['childAId', 'childBId'])
@Check('sibling_link_ordered_pair', `"child_a_id" < "child_b_id"`)
@Check('sibling_link_relationship', oneOf('relationship', SIBLING_RELATIONSHIPS))
export class SiblingLinkEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  childAId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_a_id' })
  childA?: ChildEntity;

  @Index()
  @Column('uuid')
  childBId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_b_id' })
  childB?: ChildEntity;

  @Column({ type: 'varchar', length: 10 })
  relationship!: SiblingRelationshipKind;

  @Column()
  livingTogether!: boolean;
}
