import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { IsoDate } from '../../database/columns';
import { CouncilEntity } from '../councils/council.entity';

/** A day an administrator adds beyond the shipped bank holidays: a substitute day or a one-off holiday. */
@Entity('non_working_days')
@Unique(['councilId', 'date'])
export class NonWorkingDayEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Column({ type: 'date' })
  date!: IsoDate;

  @Column({ length: 100 })
  name!: string;

  @Column('uuid')
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
