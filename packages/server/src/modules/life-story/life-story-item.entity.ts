import { Check, Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { LIFE_STORY_AUDIENCES, LIFE_STORY_KINDS, type LifeStoryAudience, type LifeStoryKind } from '@forever-planning/shared';
import { EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';
import { MediaEntity } from '../media/media.entity';

/** One item of a child's life story. Withdrawn items are kept, never deleted. */
@Entity('life_story_items')
@Check('life_story_kind', oneOf('kind', LIFE_STORY_KINDS))
@Check('life_story_audience', oneOf('audience', LIFE_STORY_AUDIENCES))
@Check('life_story_release_date', `("audience" = 'CHILD_FROM_DATE') = ("release_on" IS NOT NULL)`)
@Check('life_story_release_age', `("audience" = 'CHILD_FROM_AGE') = ("release_age" IS NOT NULL)`)
@Check('life_story_release_age_range', `"release_age" IS NULL OR "release_age" BETWEEN 0 AND 25`)
@Unique(['childId', 'clientKey'])
@Index(['childId', 'occurredOn'])
@Index(['mediaId'])
export class LifeStoryItemEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: LifeStoryKind;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'date', nullable: true })
  occurredOn!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  words!: string | null;

  /** The stored media file (photo or document), when there is one. */
  @Column({ type: 'uuid', nullable: true })
  mediaId!: string | null;

  /** A file that belongs to an item can never be deleted while the item is kept. */
  @ManyToOne(() => MediaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'media_id' })
  media?: MediaEntity;

  @Column('uuid')
  addedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by_id' })
  addedBy?: UserEntity;

  /** The child added it themselves. */
  @Column({ default: false })
  addedByChild!: boolean;

  @Column({ type: 'varchar', length: 20 })
  audience!: LifeStoryAudience;

  @Column({ type: 'date', nullable: true })
  releaseOn!: IsoDate | null;

  @Column({ type: 'int', nullable: true })
  releaseAge!: number | null;

  /** Who decided who may see it, for the audit of each release. */
  @Column({ type: 'uuid', nullable: true })
  audienceSetById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  clientKey!: string | null;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt!: Date | null;
}
