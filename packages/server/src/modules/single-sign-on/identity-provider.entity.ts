import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EditableRecord } from '../../database/columns';
import { CouncilEntity } from '../councils/council.entity';

/**
 * A council's own OpenID Connect provider (Microsoft Entra ID, Google
 * Workspace, Okta, AD FS) for staff sign-in. One per council.
 */
@Entity('identity_providers')
@Check('idp_disable_after_idle_days', '"disable_after_idle_days" IS NULL OR "disable_after_idle_days" BETWEEN 1 AND 3650')
export class IdentityProviderEntity extends EditableRecord {
  @Index({ unique: true })
  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  /** What the sign-in button says: "Sign in with <name>". */
  @Column({ length: 100 })
  name!: string;

  /** The issuer URL; its /.well-known/openid-configuration is read from here. */
  @Column({ length: 500 })
  issuer!: string;

  @Column({ length: 255 })
  clientId!: string;

  /** Never returned by the API. */
  @Column({ type: 'text', select: false })
  clientSecret!: string;

  /** Lower-case domains a staff member's email must be in; empty allows any. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedEmailDomains!: string[];

  /** Whether this council's staff may still sign in with a local password. */
  @Column({ type: 'boolean', default: true })
  localPasswordsAllowed!: boolean;

  /** Staff must prove a second factor at the provider: amr "mfa", or an acr listed below. */
  @Column({ type: 'boolean', default: false })
  mfaRequired!: boolean;

  /** acr values that count as multi-factor (e.g. a provider's "phr" or a custom level). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mfaAcrValues!: string[];

  /** An account the provider has not vouched for in this many days is disabled (a leaver); null: never. */
  @Column({ type: 'int', nullable: true })
  disableAfterIdleDays!: number | null;
}
