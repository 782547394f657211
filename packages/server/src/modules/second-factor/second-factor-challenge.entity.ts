import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * The step between a right password and a session: the browser holds a random
 * token (only its hash is kept) and must bring a code, or enrol an
 * authenticator, within a few minutes. Used once.
 */
@Entity('second_factor_challenges')
export class SecondFactorChallengeEntity {
  @PrimaryColumn({ length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** While enrolling: the new secret (encrypted), kept here until a code from it confirms it. */
  @Column({ type: 'text', nullable: true })
  pendingTotpSecret!: string | null;
}
