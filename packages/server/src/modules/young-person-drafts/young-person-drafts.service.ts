import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { conflict, notFound } from '../../common/errors';
import { lockChild, lockUnder, ownChildId, type HeldChild } from '../../policies/child-record';
import { mayKeepDrafts, ownDraftCondition } from '../../policies/young-person-draft.policy';
import { writeAudit } from '../audit/audit.service';
import { YoungPersonDraftEntity } from './young-person-draft.entity';
import type { YoungPersonDraftType } from './young-person-draft.type';
import type { SaveMyDraftInput } from './young-person-drafts.inputs';

/**
 * A young person's unsent words, on the server instead of the device.
 * The audit trail records that a draft was kept or thrown away, never its
 * words: they are not part of the record until the child sends them.
 */
export class YoungPersonDraftsService {
  constructor(private readonly dataSource: DataSource) {}

  present(d: YoungPersonDraftEntity): YoungPersonDraftType {
    return { id: d.id, name: d.name, content: d.content, version: d.version, savedAt: d.updatedAt };
  }

  private own(manager: EntityManager, actor: Actor, name: string) {
    if (!mayKeepDrafts(actor)) throw notFound('Draft');
    const own = ownDraftCondition(actor, 'd');
    return manager.createQueryBuilder(YoungPersonDraftEntity, 'd').where(own.sql, own.params).andWhere('d.name = :name', { name }).getOne();
  }

  /** The child's own row first, then their draft (the one order, policies/child-record.ts). */
  private async lockOwn(manager: EntityManager, actor: Actor, name: string): Promise<{ child: HeldChild; current: YoungPersonDraftEntity | null }> {
    if (!mayKeepDrafts(actor)) throw notFound('Draft');
    const child = await lockChild(manager, actor, ownChildId(actor), null, { finds: 'own' });
    const own = ownDraftCondition(actor, 'd');
    const current = await lockUnder(manager, child, YoungPersonDraftEntity, 'd', `${own.sql} AND d.name = :name`, { ...own.params, name });
    return { child, current };
  }

  async get(actor: Actor, name: string): Promise<YoungPersonDraftType | null> {
    const draft = await this.own(this.dataSource.manager, actor, name);
    return draft ? this.present(draft) : null;
  }

  /** Saves a form's values: a new draft without expectedVersion, else the change to that version. */
  async save(actor: Actor, input: SaveMyDraftInput, ip: string | null): Promise<YoungPersonDraftType> {
    return this.dataSource.transaction(async (manager) => {
      const { current } = await this.lockOwn(manager, actor, input.name);
      if (current) {
        if (input.expectedVersion == null || input.expectedVersion !== current.version) {
          throw conflict('This was changed somewhere else since you opened it.', { currentVersion: current.version });
        }
        current.content = input.content;
        const saved = await manager.save(current);
        await writeAudit(manager, actor, ip, [{ action: 'UPDATE', childId: actor.childId, recordType: 'YoungPersonDraft', recordId: saved.id }]);
        return this.present(saved);
      }
      if (input.expectedVersion != null) throw conflict('This was sent or thrown away somewhere else.', { currentVersion: null });
      // Two first saves at once: the second finds the unique (user, name) taken and is told so.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(YoungPersonDraftEntity)
        .values({ userId: actor.userId, name: input.name, content: input.content })
        .orIgnore()
        .returning('*')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) throw conflict('This was changed somewhere else since you opened it.');
      const saved = await manager.findOneByOrFail(YoungPersonDraftEntity, { id });
      await writeAudit(manager, actor, ip, [{ action: 'CREATE', childId: actor.childId, recordType: 'YoungPersonDraft', recordId: id, changes: { name: { before: null, after: input.name } } }]);
      return this.present(saved);
    });
  }

  /** Throws a draft away (sent, or the child chose to). True when there was one. */
  async remove(actor: Actor, name: string, ip: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { current } = await this.lockOwn(manager, actor, name);
      if (!current) return false;
      await manager.delete(YoungPersonDraftEntity, { id: current.id });
      await writeAudit(manager, actor, ip, [{ action: 'DELETE', childId: actor.childId, recordType: 'YoungPersonDraft', recordId: current.id }]);
      return true;
    });
  }
}
