import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, Unique } from 'typeorm';
import { AFTER_EIGHTEEN, OC3_ACCOMMODATION, OC3_ACTIVITY, OC3_IN_TOUCH, type AfterEighteen } from '@forever-planning/shared';
import { EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/**
 * A young person's leaving care record, one per child: the pathway plan (from
 * 16, reviewed every six months), their personal adviser, and what happens at
 * 18 (Staying Put, Staying Close, ...). Bolton 3.2, Telford 8.0.
 */
@Entity('leaving_care')
@Unique('UQ_leaving_care_child', ['childId'])
@Check('leaving_care_after_eighteen', oneOf('after_eighteen', AFTER_EIGHTEEN))
@Check('leaving_care_plan_dates', `"pathway_plan_reviewed_on" IS NULL OR ("pathway_plan_agreed_on" IS NOT NULL AND "pathway_plan_reviewed_on" >= "pathway_plan_agreed_on")`)
export class LeavingCareEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @OneToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'date', nullable: true })
  needsAssessmentOn!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  pathwayPlanAgreedOn!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  pathwayPlanReviewedOn!: IsoDate | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  personalAdviserName!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  personalAdviserPhone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  personalAdviserEmail!: string | null;

  @Column({ type: 'varchar', length: 30 })
  afterEighteen!: AfterEighteen;

  /** For professionals: who, where, agreed when. */
  @Column({ type: 'text', nullable: true })
  afterEighteenDetails!: string | null;

  /** The pathway plan as the young person reads it. */
  @Column({ type: 'text', nullable: true })
  planInMyWords!: string | null;
}

/** A care leaver's 17th to 21st birthday: in touch, activity, accommodation (SSDA903 OC3). */
@Entity('care_leaver_birthdays')
@Unique('care_leaver_birthdays_child_age', ['childId', 'age'])
@Check('care_leaver_birthdays_age', `"age" BETWEEN 17 AND 21`)
@Check('care_leaver_birthdays_in_touch', oneOf('in_touch', OC3_IN_TOUCH))
@Check('care_leaver_birthdays_activity', oneOf('activity', OC3_ACTIVITY, true))
@Check('care_leaver_birthdays_accommodation', oneOf('accommodation', OC3_ACCOMMODATION, true))
export class CareLeaverBirthdayEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'smallint' })
  age!: number;

  @Column({ type: 'varchar', length: 4 })
  inTouch!: string;

  /** Null unless in touch (the return then says 0). */
  @Column({ type: 'varchar', length: 2, nullable: true })
  activity!: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  accommodation!: string | null;
}
