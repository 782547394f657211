import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NEW_EPISODE_REASONS, PLACEMENT_TYPES, type NewEpisodeReason, type PlacementType } from '@forever-planning/shared';
import { dateOrder, EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/**
 * Where a child lives, from one date to another. With legal status this gives
 * the SSDA903 episodes: each change of placement or legal status starts one.
 */
@Entity('placements')
@Check('placement_type', oneOf('type', PLACEMENT_TYPES))
@Check('placement_dates', dateOrder('start_date', 'end_date'))
@Check('placement_new_episode_reason', oneOf('reason_new_episode', NEW_EPISODE_REASONS, true))
@Check('placement_weekly_cost', `"weekly_cost" >= 0`)
@Index(['childId', 'startDate'])
export class PlacementEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 30 })
  type!: PlacementType;

  @Column({ length: 200 })
  carerName!: string;

  @Column({ type: 'date' })
  startDate!: IsoDate;

  @Column({ type: 'date', nullable: true })
  endDate!: IsoDate | null;

  /** Inside the council's own area. */
  @Column({ default: true })
  inArea!: boolean;

  @Column({ type: 'varchar', length: 8, nullable: true })
  postcode!: string | null;

  /** SSDA903 PLACE_PROVIDER (PR0 to PR5). */
  @Column({ type: 'varchar', length: 3, nullable: true })
  provider!: string | null;

  /** The Ofsted URN of the provider (SSDA903 URN); XXXXXXX, the DfE's placeholder, where the provider has none. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  urn!: string | null;

  /** SSDA903 RNE: why this placement started a new episode. */
  @Column({ type: 'varchar', length: 1, nullable: true })
  reasonNewEpisode!: NewEpisodeReason | null;

  /** SSDA903 REASON_PLACE_CHANGE code, when the placement ended in a move. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  reasonForChange!: string | null;

  /** SSDA903 REC: why the episode ended. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  endReason!: string | null;

  @Column({ type: 'text', nullable: true })
  changeNotes!: string | null;

  /** Weekly cost in pounds. */
  @Column({ type: 'numeric', precision: 10, scale: 2, default: 0 })
  weeklyCost!: string;
}
