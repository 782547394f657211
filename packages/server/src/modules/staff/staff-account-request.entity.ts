import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import { CouncilEntity } from '../councils/council.entity';
import { TeamEntity } from '../councils/team.entity';
import { UserEntity } from '../users/user.entity';

export const STAFF_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export type StaffRequestStatus = (typeof STAFF_REQUEST_STATUSES)[number];

/**
 * An administrator's request for a professional account in a role that sees
 * children. Nothing can sign in until a head of service of the same council,
 * a second person, approves it; the account is made in that transaction.
 */
@Entity('staff_account_requests')
@Check('staff_account_request_status', `"status" IN ('PENDING', 'APPROVED', 'REFUSED')`)
@Check('staff_account_request_decided', `("status" = 'PENDING') = ("decided_at" IS NULL)`)
@Index('staff_account_request_pending_username', ['username'], { unique: true, where: `"status" = 'PENDING'` })
export class StaffAccountRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;

  @Index()
  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Column({ length: 40 })
  username!: string;

  @Column({ length: 100 })
  firstName!: string;

  @Column({ length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  /** The first password's hash, kept only while the request waits. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status!: StaffRequestStatus;

  @Column('uuid')
  requestedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  refusalReason!: string | null;

  /** The account made on approval. */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
