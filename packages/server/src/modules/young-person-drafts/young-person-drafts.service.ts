import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { conflict, notFound } from '../../common/errors';
import { actAs } from '../../database/acting-user';
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

  private own(manager: EntityManager, actor: Actor, name: string, lock = false) {
    if (!mayKeepDrafts(actor)) throw notFound('Draft');
    const own = ownDraftCondition(actor, 'd');
    const query = manager.createQueryBuilder(YoungPersonDraftEntity, 'd').where(own.sql, own.params).andWhere('d.name = :name', { name });
    return (lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  async get(actor: Actor, name: string): Promise<YoungPersonDraftType | null> {
    const draft = await this.own(this.dataSource.manager, actor, name);
    return draft ? this.present(draft) : null;
  }

  /** Saves a form's values: a new draft without expectedVersion, else the change to that version. */
  async save(actor: Actor, input: SaveMyDraftInput, ip: string | null): Promise<YoungPersonDraftType> {
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      const current = await this.own(manager, actor, input.name, true);
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
      await actAs(manager, actor);
      const current = await this.own(manager, actor, name, true);
      if (!current) return false;
      await manager.delete(YoungPersonDraftEntity, { id: current.id });
      await writeAudit(manager, actor, ip, [{ action: 'DELETE', childId: actor.childId, recordType: 'YoungPersonDraft', recordId: current.id }]);
      return true;
    });
  }
}
