import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PROFESSIONAL_ROLES, type Role } from '@forever-planning/shared';
import { oneOf } from '../../database/columns';
import { TeamEntity } from '../councils/team.entity';
import { IdentityProviderEntity } from './identity-provider.entity';

/**
 * A group or app role sent by the provider (the ID token's "groups" or
 * "roles" claim) and the product role and team it gives. When several match,
 * the lowest position wins.
 */
@Entity('identity_provider_role_mappings')
@Unique(['identityProviderId', 'claimValue'])
@Check('idp_role_mapping_role', oneOf('role', PROFESSIONAL_ROLES))
@Check('idp_role_mapping_team_roles_have_team', `"role" NOT IN ('SOCIAL_WORKER', 'TEAM_MANAGER') OR "team_id" IS NOT NULL`)
export class RoleMappingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Column('uuid')
  identityProviderId!: string;

  @ManyToOne(() => IdentityProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'identity_provider_id' })
  identityProvider?: IdentityProviderEntity;

  /** A group's object id or an app role's value, exactly as the provider sends it. */
  @Column({ length: 255 })
  claimValue!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;
}
