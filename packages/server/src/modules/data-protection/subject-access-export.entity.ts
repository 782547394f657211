import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';
import type { SubjectAccessDocument } from './subject-access.document';

/**
 * One subject access export: who produced it, for which child, why, and the
 * document exactly as disclosed (the PDF is printed from it), so the council
 * can show later what it gave the care leaver. Part of the child's record:
 * kept and destroyed with it.
 */
@Entity('subject_access_exports')
@Index(['childId', 'createdAt'])
export class SubjectAccessExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column('uuid')
  producedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'produced_by_id' })
  producedBy?: UserEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'jsonb' })
  document!: SubjectAccessDocument;
}
