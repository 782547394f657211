import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NETWORK_RELATIONSHIP_KINDS, type NetworkRelationshipKind } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { NetworkMemberEntity } from './network-member.entity';

/**
 * How two people in a child's family network are related (the genogram's
 * lines). PARENT: fromMember is a parent of toMember, or of the child when
 * toMember is empty. The couple kinds join fromMember and toMember.
 */
@Entity('network_relationships')
@Check('network_relationship_kind', oneOf('kind', NETWORK_RELATIONSHIP_KINDS))
@Check('network_relationship_not_self', `"to_member_id" IS NULL OR "to_member_id" <> "from_member_id"`)
@Check('network_relationship_couple_has_two', `"kind" = 'PARENT' OR "to_member_id" IS NOT NULL`)
export class NetworkRelationshipEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column('uuid')
  fromMemberId!: string;

  @ManyToOne(() => NetworkMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_member_id' })
  fromMember?: NetworkMemberEntity;

  @Column({ type: 'uuid', nullable: true })
  toMemberId!: string | null;

  @ManyToOne(() => NetworkMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_member_id' })
  toMember?: NetworkMemberEntity;

  @Column({ type: 'varchar', length: 10 })
  kind!: NetworkRelationshipKind;
}
