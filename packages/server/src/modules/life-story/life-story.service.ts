import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { assertVersion, insertOnce, lockChild, lockChildRecord, ownChildId } from '../../policies/child-record';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, forbidden } from '../../common/errors';
import { can } from '../../policies/child.policy';
import { diff, writeAudit } from '../audit/audit.service';
import { ChildEntity } from '../children/child.entity';
import { stripUndefined } from '../children/children.service';
import type { MyLifeStory, MyLifeStoryItem } from '../young-person/young-person.types';
import { LifeStoryItemEntity } from './life-story-item.entity';
import type { MediaService } from '../media/media.service';
import type { LifeStoryItemType } from './life-story-item.type';
import { isVisibleToChild, visibleToChildSql } from './life-story-visibility';
import type {
  AddLifeStoryItemInput,
  AddMyLifeStoryItemInput,
  LifeStoryAudienceFields,
  LifeStoryItemVersionInput,
  SetLifeStoryAudienceInput,
  UpdateLifeStoryItemInput,
} from './life-story.inputs';

/** The release decision, checked: a date only for CHILD_FROM_DATE, an age only for CHILD_FROM_AGE. */
function releaseDecision(input: LifeStoryAudienceFields): Pick<LifeStoryItemEntity, 'audience' | 'releaseOn' | 'releaseAge'> {
  const releaseOn = input.releaseOn ?? null;
  const releaseAge = input.releaseAge ?? null;
  if (input.audience === 'CHILD_FROM_DATE' && !releaseOn) throw badInput('releaseOn is needed to share from a date.', 'releaseOn');
  if (input.audience !== 'CHILD_FROM_DATE' && releaseOn) throw badInput('releaseOn is only for CHILD_FROM_DATE.', 'releaseOn');
  if (input.audience === 'CHILD_FROM_AGE' && releaseAge === null) throw badInput('releaseAge is needed to share from an age.', 'releaseAge');
  if (input.audience !== 'CHILD_FROM_AGE' && releaseAge !== null) throw badInput('releaseAge is only for CHILD_FROM_AGE.', 'releaseAge');
  return { audience: input.audience, releaseOn, releaseAge };
}

export class LifeStoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly media: MediaService,
  ) {}

  today(): string {
    return isoDateInLondon(this.clock.now());
  }

  present(item: LifeStoryItemEntity, childDateOfBirth: string): LifeStoryItemType {
    return {
      id: item.id,
      version: item.version,
      updatedAt: item.updatedAt,
      updatedById: item.updatedById,
      kind: item.kind,
      title: item.title,
      occurredOn: item.occurredOn,
      words: item.words,
      addedById: item.addedById,
      addedBy: null,
      addedByChild: item.addedByChild,
      audience: item.audience,
      releaseOn: item.releaseOn,
      releaseAge: item.releaseAge,
      audienceSetById: item.audienceSetById,
      audienceSetBy: null,
      mediaId: item.mediaId,
      withdrawn: item.withdrawnAt !== null,
      withdrawnAt: item.withdrawnAt,
      visibleToChildToday: isVisibleToChild(item, childDateOfBirth, this.today()),
    };
  }

  private checkOccurredOn(occurredOn: string | null | undefined): void {
    if (occurredOn && occurredOn > this.today()) throw badInput('occurredOn cannot be in the future.', 'occurredOn');
  }

  /** An item of a child the actor may change the case of; NOT_FOUND when out of reach, FORBIDDEN when read-only. */
  private async editableItem(manager: EntityManager, actor: Actor, id: string, ability: 'editCase' | 'manage' = 'editCase') {
    const { record, child } = await lockChildRecord(manager, actor, LifeStoryItemEntity, id, 'Life story item');
    if (!can(actor, ability, child)) throw forbidden('Your role can read this life story but not change it.');
    return { item: record, child };
  }

  async add(actor: Actor, input: AddLifeStoryItemInput, ip: string | null): Promise<LifeStoryItemType> {
    return this.dataSource.transaction(async (manager) => {
      // Anyone in reach finds the child (a reader without editCase is FORBIDDEN, not NOT_FOUND).
      const child = await lockChild(manager, actor, input.childId, 'editCase', { finds: () => true, forbidden: 'Your role can read this life story but not change it.' });
      this.checkOccurredOn(input.occurredOn);
      await this.media.assertMayAttach(manager, actor, child.id, input.mediaId);
      const release = releaseDecision(input);
      const values = {
        childId: child.id,
        kind: input.kind,
        title: input.title,
        occurredOn: input.occurredOn ?? null,
        words: input.words ?? null,
        mediaId: input.mediaId ?? null,
        addedById: actor.userId,
        addedByChild: false,
        ...release,
        audienceSetById: actor.userId,
        clientKey: input.clientKey ?? null,
      };
      const { record, created } = await insertOnce(manager, LifeStoryItemEntity, values);
      if (created) {
        await writeAudit(manager, actor, ip, [
          { action: 'CREATE', childId: child.id, recordType: 'LifeStoryItem', recordId: record.id, changes: diff({}, stripUndefined(values)) },
          { action: 'RELEASE_SET', childId: child.id, recordType: 'LifeStoryItem', recordId: record.id, changes: diff({}, { ...release, audienceSetById: actor.userId }) },
        ]);
      }
      return this.present(record, child.dateOfBirth);
    });
  }

  async update(actor: Actor, input: UpdateLifeStoryItemInput, ip: string | null): Promise<LifeStoryItemType> {
    return this.dataSource.transaction(async (manager) => {
      const { item, child } = await this.editableItem(manager, actor, input.id);
      assertVersion(item, input.expectedVersion);
      const { id: _id, expectedVersion: _v, ...changes } = stripUndefined(input);
      this.checkOccurredOn(changes.occurredOn);
      await this.media.assertMayAttach(manager, actor, child.id, changes.mediaId);
      const audit = diff(item, changes);
      Object.assign(item, changes);
      const saved = await manager.save(item);
      await writeAudit(manager, actor, ip, [{ action: 'UPDATE', childId: child.id, recordType: 'LifeStoryItem', recordId: item.id, changes: audit }]);
      return this.present(saved, child.dateOfBirth);
    });
  }

  /** Each release decision is its own audit row (RELEASE_SET) naming who decided. */
  async setAudience(actor: Actor, input: SetLifeStoryAudienceInput, ip: string | null): Promise<LifeStoryItemType> {
    return this.dataSource.transaction(async (manager) => {
      const { item, child } = await this.editableItem(manager, actor, input.id);
      assertVersion(item, input.expectedVersion);
      const changes = { ...releaseDecision(input), audienceSetById: actor.userId };
      const audit = diff(item, changes);
      Object.assign(item, changes);
      const saved = await manager.save(item);
      await writeAudit(manager, actor, ip, [{ action: 'RELEASE_SET', childId: child.id, recordType: 'LifeStoryItem', recordId: item.id, changes: audit }]);
      return this.present(saved, child.dateOfBirth);
    });
  }

  /** Withdrawn items are kept (and stay in the audit trail); the child no longer sees them. */
  async withdraw(actor: Actor, input: LifeStoryItemVersionInput, ip: string | null): Promise<LifeStoryItemType> {
    return this.dataSource.transaction(async (manager) => {
      const { item, child } = await this.editableItem(manager, actor, input.id);
      assertVersion(item, input.expectedVersion);
      if (item.withdrawnAt) return this.present(item, child.dateOfBirth);
      const changes = { withdrawnAt: this.clock.now(), withdrawnById: actor.userId };
      const audit = diff(item, changes);
      Object.assign(item, changes);
      const saved = await manager.save(item);
      await writeAudit(manager, actor, ip, [{ action: 'WITHDRAW', childId: child.id, recordType: 'LifeStoryItem', recordId: item.id, changes: audit }]);
      return this.present(saved, child.dateOfBirth);
    });
  }

  async restore(actor: Actor, input: LifeStoryItemVersionInput, ip: string | null): Promise<LifeStoryItemType> {
    return this.dataSource.transaction(async (manager) => {
      const { item, child } = await this.editableItem(manager, actor, input.id, 'manage');
      assertVersion(item, input.expectedVersion);
      if (!item.withdrawnAt) return this.present(item, child.dateOfBirth);
      const changes = { withdrawnAt: null, withdrawnById: null };
      const audit = diff(item, changes);
      Object.assign(item, changes);
      const saved = await manager.save(item);
      await writeAudit(manager, actor, ip, [{ action: 'RESTORE', childId: child.id, recordType: 'LifeStoryItem', recordId: item.id, changes: audit }]);
      return this.present(saved, child.dateOfBirth);
    });
  }

  // The young person's own life story. Items not released are never fetched, nor counted.

  presentForChild(item: LifeStoryItemEntity): MyLifeStoryItem {
    return { id: item.id, kind: item.kind, title: item.title, occurredOn: item.occurredOn, words: item.words, addedByMe: item.addedByChild, mediaId: item.mediaId };
  }

  async myLifeStory(actor: Actor, ip: string | null): Promise<MyLifeStory> {
    const childId = ownChildId(actor);
    const qb = this.dataSource
      .getRepository(LifeStoryItemEntity)
      .createQueryBuilder('i')
      .innerJoin(ChildEntity, 'c', 'c.id = i.child_id')
      .where('i.child_id = :childId AND c.council_id = :councilId', { childId, councilId: actor.councilId })
      .andWhere(visibleToChildSql('i', 'c'), { visibleToday: this.today() });
    const [items, count] = await qb
      .orderBy('i.occurred_on', 'ASC', 'NULLS LAST')
      .addOrderBy('i.created_at', 'ASC')
      .getManyAndCount();
    await writeAudit(this.dataSource.manager, actor, ip, [{ action: 'READ', childId, recordType: 'LifeStoryItem', parts: ['myLifeStory'] }]);
    return { count, items: items.map((i) => this.presentForChild(i)) };
  }

  async addMine(actor: Actor, input: AddMyLifeStoryItemInput, ip: string | null): Promise<MyLifeStoryItem> {
    const childId = ownChildId(actor);
    this.checkOccurredOn(input.occurredOn);
    return this.dataSource.transaction(async (manager) => {
      await lockChild(manager, actor, childId, null, { finds: 'own' });
      await this.media.assertMayAttach(manager, actor, childId, input.mediaId);
      const values = {
        childId,
        kind: input.kind,
        title: input.title,
        occurredOn: input.occurredOn ?? null,
        words: input.words,
        mediaId: input.mediaId ?? null,
        addedById: actor.userId,
        addedByChild: true,
        audience: 'CHILD_NOW' as const,
        releaseOn: null,
        releaseAge: null,
        audienceSetById: actor.userId,
        clientKey: input.clientKey,
      };
      const { record, created } = await insertOnce(manager, LifeStoryItemEntity, values);
      if (created) {
        await writeAudit(manager, actor, ip, [{ action: 'CREATE', childId, recordType: 'LifeStoryItem', recordId: record.id, changes: diff({}, values) }]);
      }
      return this.presentForChild(record);
    });
  }
}
