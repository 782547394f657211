import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';

/** PASSWORD_TOTP: a password and an authenticator code; RECOVERY_CODE: a password and one of their single-use recovery codes. */
export type SignInMethod = 'PASSWORD' | 'PASSWORD_TOTP' | 'RECOVERY_CODE' | 'INVITATION' | 'OIDC';

/** A signed-in session. The cookie holds a random token; only its hash is stored. */
@Entity('sessions')
@Check('session_sign_in_method', `"sign_in_method" IN ('PASSWORD', 'PASSWORD_TOTP', 'RECOVERY_CODE', 'INVITATION', 'OIDC')`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ length: 64 })
  tokenHash!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('uuid')
  roleAssignmentId!: string;

  @ManyToOne(() => RoleAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_assignment_id' })
  roleAssignment?: RoleAssignmentEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ type: 'int' })
  idleMinutes!: number;

  @Index()
  @Column({ type: 'timestamptz' })
  absoluteExpiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ipAddress!: string | null;

  /** How the person proved who they are: PASSWORD, INVITATION (a young person's code) or OIDC (their council's provider). */
  @Column({ type: 'varchar', length: 20, default: 'PASSWORD' })
  signInMethod!: SignInMethod;

  /** The provider's session id ("sid"), so its back-channel logout can end this session. */
  @Index()
  @Column({ type: 'varchar', length: 255, nullable: true })
  providerSessionId!: string | null;
}
