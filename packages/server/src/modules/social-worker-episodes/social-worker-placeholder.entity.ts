import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EditableRecord } from '../../database/columns';
import { CouncilEntity } from '../councils/council.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A social worker named by an imported return who has no account here yet:
 * only their Social Work England number (the return's SW_ID) and a name. When
 * an administrator gives an account the same number, the placeholder is
 * linked to it and its episodes become that account's.
 */
@Entity('social_worker_placeholders')
@Index('social_worker_placeholders_number', ['councilId', 'sweNumber'], { unique: true })
export class SocialWorkerPlaceholderEntity extends EditableRecord {
  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  /** SW_ID as the return gave it: a Social Work England number (SW…) or the DfE's XX placeholder. */
  @Column({ length: 12 })
  sweNumber!: string;

  @Column({ length: 200 })
  name!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  linkedUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'linked_user_id' })
  linkedUser?: UserEntity;
}
