import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { IsoDate } from '../../database/columns';
import { CouncilEntity } from '../councils/council.entity';
import type { PolicySettings } from '../../rules';

/**
 * One version of a council's local policy: an example profile it starts from
 * and its own overrides, applying from a date. Versions are never edited:
 * a change is a new version, so a clock keeps the rules it started under.
 */
@Entity('policy_profile_versions')
@Unique(['councilId', 'effectiveFrom'])
export class PolicyProfileVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  /** The id of the shipped profile it starts from: national, bolton, telford, torbay, dorset, newham. */
  @Column({ length: 20 })
  baseProfile!: string;

  @Column({ type: 'date' })
  effectiveFrom!: IsoDate;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  overrides!: Partial<PolicySettings>;

  @Column('uuid')
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
