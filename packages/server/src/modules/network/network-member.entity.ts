import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { GENOGRAM_SEXES, NETWORK_MEMBER_KINDS, TRUSTED_ADULT_ROLES, type GenogramSex, type NetworkMemberKind, type TrustedAdultRole } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/** A person in the child's family and network (the genogram). */
@Entity('network_members')
@Check('network_member_kind', oneOf('kind', NETWORK_MEMBER_KINDS))
@Check('network_member_sex', oneOf('sex', GENOGRAM_SEXES, true))
@Check('network_member_trusted_adult_role', oneOf('trusted_adult_role', TRUSTED_ADULT_ROLES, true))
@Check('network_member_trusted_adult_only', `("trusted_adult_role" IS NULL AND NOT "shown_to_child") OR "kind" = 'TRUSTED_ADULT'`)
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

  /** A trusted adult's role: children named a teacher or a key worker at school. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  trustedAdultRole!: TrustedAdultRole | null;

  /** The worker shares this trusted adult on the child's "People who help me". */
  @Column({ default: false })
  shownToChild!: boolean;
}
