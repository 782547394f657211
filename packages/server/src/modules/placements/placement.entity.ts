import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { INTENDED_DURATIONS, NEW_EPISODE_REASONS, PLACEMENT_TYPES, type IntendedDuration, type NewEpisodeReason, type PlacementType } from '@forever-planning/shared';
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
@Check('placement_intended_duration', oneOf('intended_duration', INTENDED_DURATIONS, true))
@Check('placement_intended_until', `"intended_until" IS NULL OR "intended_duration" = 'FIXED_PERIOD'`)
@Check('placement_move_told', `"move_planned_for" IS NOT NULL OR ("child_told_of_move_on" IS NULL AND "child_met_new_carer_on" IS NULL)`)
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

  // What Bolton's children asked to know (1.3): how long they will live here, and a move before it happens.

  /** How long the plan is for the child to live here. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  intendedDuration!: IntendedDuration | null;

  /** For a fixed period: the day it is meant to end. */
  @Column({ type: 'date', nullable: true })
  intendedUntil!: IsoDate | null;

  /** How long, said to the child in their words (needed when it is not yet known). */
  @Column({ type: 'text', nullable: true })
  durationInChildWords!: string | null;

  /** A move from here is planned, for this day. */
  @Column({ type: 'date', nullable: true })
  movePlannedFor!: IsoDate | null;

  /** Who the child is to move to, as they will know them. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  moveToCarerName!: string | null;

  /** The day the child was told about the planned move. */
  @Column({ type: 'date', nullable: true })
  childToldOfMoveOn!: IsoDate | null;

  /** The day the child first met the new carers (introductions), before moving. */
  @Column({ type: 'date', nullable: true })
  childMetNewCarerOn!: IsoDate | null;

  /** The new carers are people the child already knows (family, friends): no introductions needed. */
  @Column({ default: false })
  newCarerAlreadyKnown!: boolean;
}
