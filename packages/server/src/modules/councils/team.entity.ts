import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { EditableRecord } from '../../database/columns';
import { CouncilEntity } from './council.entity';

@Entity('teams')
@Unique(['councilId', 'name'])
export class TeamEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Column({ length: 200 })
  name!: string;
}
