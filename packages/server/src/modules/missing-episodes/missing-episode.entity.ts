import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { dateOrder, EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/** MISSING: M missing from placement, A away from placement without authorisation. */
export const MISSING_KINDS = ['M', 'A'] as const;
export type MissingKind = (typeof MISSING_KINDS)[number];

/** One period a looked-after child was missing or away from placement without authorisation (SSDA903 missing.csv). */
@Entity('missing_episodes')
@Check('missing_episode_kind', oneOf('kind', MISSING_KINDS))
@Check('missing_episode_dates', dateOrder('start_date', 'end_date'))
@Check('missing_episode_interview', '"return_interview_accepted" IS NULL OR "return_interview_offered" IS TRUE')
@Index(['childId', 'startDate'])
export class MissingEpisodeEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 1 })
  kind!: MissingKind;

  @Column({ type: 'date' })
  startDate!: IsoDate;

  @Column({ type: 'date', nullable: true })
  endDate!: IsoDate | null;

  /** Was the child offered a return interview when they came back (null: not recorded yet). */
  @Column({ type: 'boolean', nullable: true })
  returnInterviewOffered!: boolean | null;

  /** Did the child accept the return interview offered (only when one was offered). */
  @Column({ type: 'boolean', nullable: true })
  returnInterviewAccepted!: boolean | null;
}
