import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ROLES, type Role } from '@forever-planning/shared';
import { oneOf } from '../../database/columns';
import { CouncilEntity } from '../councils/council.entity';
import { TeamEntity } from '../councils/team.entity';
import { UserEntity } from './user.entity';
import { ChildEntity } from '../children/child.entity';

/**
 * What a person may reach: a role within a council, and for team roles the
 * team, for a young person their own child record. Which children a social
 * worker, IRO or advocate reaches comes from the child's allocations and
 * advocacy referrals, not from here.
 */
@Entity('role_assignments')
@Check('role_assignment_role', oneOf('role', ROLES))
@Check('role_assignment_team_roles_have_team', `"role" NOT IN ('SOCIAL_WORKER', 'TEAM_MANAGER') OR "team_id" IS NOT NULL`)
@Check('role_assignment_young_person_has_child', `("role" = 'YOUNG_PERSON') = ("child_id" IS NOT NULL)`)
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Index()
  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  /** A young person's own record. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  childId!: string | null;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;
}
