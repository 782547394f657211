import type { EntityManager } from 'typeorm';
import { SocialWorkerPlaceholderEntity } from './social-worker-placeholder.entity';

/**
 * An account's Social Work England number changed (inside the caller's
 * transaction): placeholder staff records linked under its previous number
 * are let go, and the council's placeholders with the new number are linked.
 * Only the placeholders change: an episode from a return keeps its placeholder
 * and is read through the placeholder's link (COALESCE(worker_id,
 * linked_user_id)), so no child's record is written by a staff change.
 */
export async function relinkPlaceholders(manager: EntityManager, councilId: string, userId: string, number: string | null): Promise<{ linked: number; unlinked: number }> {
  const unlinked = (await manager.find(SocialWorkerPlaceholderEntity, { where: { linkedUserId: userId } })).filter((p) => p.sweNumber !== number);
  for (const p of unlinked) {
    p.linkedUserId = null;
    await manager.save(p);
  }
  const linked = number === null ? [] : await manager.find(SocialWorkerPlaceholderEntity, { where: { councilId, sweNumber: number } });
  for (const p of linked) {
    p.linkedUserId = userId;
    await manager.save(p);
  }
  return { linked: linked.length, unlinked: unlinked.length };
}
