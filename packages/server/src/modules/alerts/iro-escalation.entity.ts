import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { dateOrder, EditableRecord, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';
import type { IroDisputeStage } from '../../rules';

/** One stage of the council's dispute resolution protocol, as the IRO recorded it. */
export interface IroEscalationStageRecord {
  stage: IroDisputeStage;
  startedOn: IsoDate;
  closedOn: IsoDate | null;
  /** How the stage ended: resolved, or escalated to the next stage. */
  outcome: 'RESOLVED' | 'ESCALATED' | null;
  outcomeText: string | null;
  closedById: string | null;
}

/**
 * A drift escalation (dispute) raised by the child's IRO, taken through the
 * stages of the council's dispute resolution protocol (rules/iro-disputes.ts).
 * resolvedOn and resolution are set when a stage resolves it.
 */
@Entity('iro_escalations')
@Check('iro_escalation_dates', dateOrder('raised_on', 'resolved_on'))
export class IroEscalationEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column('uuid')
  raisedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_id' })
  raisedBy?: UserEntity;

  @Column({ type: 'date' })
  raisedOn!: IsoDate;

  @Column({ type: 'text' })
  concern!: string;

  @Column({ type: 'date', nullable: true })
  resolvedOn!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  /** The stages so far, oldest first; the last is the current one until the dispute is resolved. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  stages!: IroEscalationStageRecord[];
}
