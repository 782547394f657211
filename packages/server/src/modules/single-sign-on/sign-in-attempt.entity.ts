import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdentityProviderEntity } from './identity-provider.entity';

/**
 * One trip to the provider and back: the state (its hash is the key, the
 * browser holds it in a cookie too), the nonce and the PKCE verifier. Used
 * once: a replayed callback finds it used.
 */
@Entity('oidc_sign_in_attempts')
export class SignInAttemptEntity {
  @PrimaryColumn({ length: 64 })
  stateHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid')
  identityProviderId!: string;

  @ManyToOne(() => IdentityProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'identity_provider_id' })
  identityProvider?: IdentityProviderEntity;

  @Column({ length: 100 })
  nonce!: string;

  @Column({ length: 100 })
  codeVerifier!: string;

  /** A path in the professional portal to return to. */
  @Column({ length: 500 })
  returnTo!: string;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
