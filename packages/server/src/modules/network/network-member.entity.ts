import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { GENOGRAM_SEXES, NETWORK_MEMBER_KINDS, type GenogramSex, type NetworkMemberKind } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/** A person in the child's family and network (the genogram). */
@Entity('network_members')
@Check('network_member_kind', oneOf('kind', NETWORK_MEMBER_KINDS))
@Check('network_member_sex', oneOf('sex', GENOGRAM_SEXES, true))
export class NetworkMemberEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: NetworkMemberKind;

  @Column({ length: 200 })
  name!: string;

  /** How they are related to the child, in words ("maternal grandmother"). */
  @Column({ length: 100 })
  relationship!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ default: false })
  consideredAsCarer!: boolean;

  @Column({ type: 'text', nullable: true })
  carerAssessmentOutcome!: string | null;

  /** Drawn on the genogram as a square (male), a circle (female) or, not known, a diamond. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  sex!: GenogramSex | null;

  @Column({ default: false })
  deceased!: boolean;

  /** The child lives with them now (the genogram's household line). */
  @Column({ default: false })
  livesWithChild!: boolean;
}
