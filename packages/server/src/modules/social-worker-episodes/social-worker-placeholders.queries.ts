import type { EntityManager } from 'typeorm';
import { SocialWorkerPlaceholderEntity } from './social-worker-placeholder.entity';

/**
 * An account's Social Work England number changed (inside the caller's
 * transaction): placeholder staff records linked under its previous number
 * are let go (their episodes lose the account), and the council's
 * placeholders with the new number are linked (their episodes become the account's).
 */
export async function relinkPlaceholders(manager: EntityManager, councilId: string, userId: string, number: string | null): Promise<{ linked: number; unlinked: number }> {
  const unlinked = (await manager.find(SocialWorkerPlaceholderEntity, { where: { linkedUserId: userId } })).filter((p) => p.sweNumber !== number);
  for (const p of unlinked) {
    p.linkedUserId = null;
    await manager.save(p);
    await manager.query(`UPDATE social_worker_episodes SET worker_id = NULL WHERE placeholder_id = $1 AND worker_id = $2`, [p.id, userId]);
  }
  const linked = number === null ? [] : await manager.find(SocialWorkerPlaceholderEntity, { where: { councilId, sweNumber: number } });
  for (const p of linked) {
    p.linkedUserId = userId;
    await manager.save(p);
    await manager.query(`UPDATE social_worker_episodes SET worker_id = $1 WHERE placeholder_id = $2`, [userId, p.id]);
  }
  return { linked: linked.length, unlinked: unlinked.length };
}
