import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { assertId } from '../../common/validation';
import { can } from '../../policies/child.policy';
import { lockChild, lockChildRecord } from '../../policies/child-record';
import { isReview, mayOnMeeting, type MeetingAction } from '../../policies/meeting.policy';
import type { AuditAction } from '@forever-planning/shared';
import { diff, writeAudit, type AuditEntry } from '../audit/audit.service';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';
import { MeetingEntity } from './meeting.entity';
import type { MeetingType } from './meeting.type';
import type { MeetingStepInput, RecordMeetingInput, ScheduleMeetingInput } from './meetings.inputs';

const AUDITED = ['type', 'dueDate', 'scheduledFor', 'heldOn', 'chairId', 'attendees', 'decisions', 'participation', 'signedOffAt', 'signedOffById', 'sharedWithChildAt'] as const;
const snapshot = (m: MeetingEntity) => Object.fromEntries(AUDITED.map((k) => [k, m[k]]));

export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return isoDateInLondon(this.clock.now());
  }

  present(m: MeetingEntity): MeetingType {
    return {
      id: m.id,
      childId: m.childId,
      version: m.version,
      updatedAt: m.updatedAt,
      updatedById: m.updatedById,
      type: m.type,
      isReview: isReview(m.type),
      dueDate: m.dueDate,
      scheduledFor: m.scheduledFor,
      heldOn: m.heldOn,
      attendees: m.attendees,
      decisions: m.decisions,
      participation: m.participation,
      signedOffAt: m.signedOffAt,
      sharedWithChildAt: m.sharedWithChildAt,
      chairId: m.chairId,
      signedOffById: m.signedOffById,
      planEndorsedId: m.planEndorsedId,
    };
  }

  /** A chair must be a person in the actor's own council. */
  private async checkChair(manager: EntityManager, actor: Actor, chairId: string): Promise<string> {
    const id = assertId(chairId, 'Chair');
    const found = await manager.findOneBy(UserEntity, { id, councilId: actor.councilId });
    if (!found) throw badInput('chairId must name a person in your council.', 'chairId');
    return id;
  }

  async schedule(actor: Actor, input: ScheduleMeetingInput, ip: string | null): Promise<MeetingType> {
    const childId = assertId(input.childId, 'Child');
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChild(manager, actor, childId, (c) => mayOnMeeting(actor, 'schedule', c, input.type), {
        forbidden: 'Your role can read this record but not schedule this meeting.',
      });
      if (!input.dueDate && !input.scheduledFor) throw badInput('Give a due date or a date the meeting is booked for.', 'scheduledFor');
      const chairId = input.chairId ? await this.checkChair(manager, actor, input.chairId) : isReview(input.type) ? child.iroId : null;
      const saved = await manager.save(
        manager.create(MeetingEntity, {
          childId, type: input.type, dueDate: input.dueDate ?? null, scheduledFor: input.scheduledFor ?? null, heldOn: null,
          chairId, attendees: [], decisions: null, participation: null, planEndorsedId: null, signedOffAt: null, signedOffById: null, sharedWithChildAt: null,
        }),
      );
      await writeAudit(manager, actor, ip, [{ action: 'CREATE', childId, recordType: 'Meeting', recordId: saved.id, changes: diff({}, snapshot(saved)) }]);
      return this.present(saved);
    });
  }

  /** Lock and load, authorize, check the version, act, audit: one transaction. */
  private step(
    actor: Actor,
    ip: string | null,
    input: MeetingStepInput,
    action: MeetingAction,
    act: (meeting: MeetingEntity, child: ChildEntity) => Partial<MeetingEntity> | void,
    auditAction: AuditAction,
  ): Promise<MeetingType> {
    const id = assertId(input.meetingId, 'Meeting');
    return this.dataSource.transaction(async (manager) => {
      const { record: meeting, child } = await lockChildRecord(manager, actor, MeetingEntity, id, 'Meeting');
      if (!can(actor, 'readRecord', child)) throw notFound('Meeting');
      if (!mayOnMeeting(actor, action, child, meeting.type)) throw forbidden('Your role can read this meeting but not make this change.');
      const changes = act(meeting, child) ?? {};
      if (meeting.version !== input.expectedVersion) {
        throw conflict('Someone else changed this meeting since you opened it. Reload it and make your change again.', { currentVersion: meeting.version });
      }
      const before = snapshot(meeting);
      Object.assign(meeting, changes);
      const saved = await manager.save(meeting);
      const entry: AuditEntry = { action: auditAction, childId: child.id, recordType: 'Meeting', recordId: saved.id, changes: diff(before, snapshot(saved)) };
      await writeAudit(manager, actor, ip, [entry]);
      return this.present(saved);
    });
  }

  /** Reviews are recorded by the child's IRO; other meetings by the worker or team manager. */
  async record(actor: Actor, input: RecordMeetingInput, ip: string | null): Promise<MeetingType> {
    return this.step(actor, ip, input, 'record', (meeting) => {
      if (meeting.signedOffAt) throw conflict('This review record has been signed off and can no longer be changed.');
      if (input.heldOn > this.today()) throw badInput('heldOn cannot be in the future.', 'heldOn');
      if (isReview(meeting.type) && !input.participation) throw badInput("participation (the child's participation code, PN0 to PN7) is required for a review.", 'participation');
      return { heldOn: input.heldOn, attendees: input.attendees, decisions: input.decisions, participation: input.participation ?? null };
    }, 'RECORD');
  }

  /** The child's IRO signs off a held review's record: who and when are kept on it. */
  async signOff(actor: Actor, input: MeetingStepInput, ip: string | null): Promise<MeetingType> {
    return this.step(actor, ip, input, 'signOff', (meeting) => {
      if (!meeting.heldOn) throw conflict('This review has not been recorded yet: it can be signed off once it has been held and recorded.');
      if (meeting.signedOffAt) throw conflict('This review record is already signed off.');
      return { signedOffAt: this.clock.now(), signedOffById: actor.userId };
    }, 'SIGN_OFF');
  }

  /** A signed-off review is shared with the child (the young person's portal shows it). */
  async share(actor: Actor, input: MeetingStepInput, ip: string | null): Promise<MeetingType> {
    return this.step(actor, ip, input, 'share', (meeting) => {
      if (!meeting.signedOffAt) throw conflict('Only a signed-off review record can be shared with the child.');
      return { sharedWithChildAt: this.clock.now() };
    }, 'SHARE');
  }
}
