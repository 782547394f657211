import type { Actor } from '../common/actor';

/**
 * A young person's drafts are theirs alone: no professional, not even the
 * head of service, reads words the child has not chosen to send.
 */
export const mayKeepDrafts = (actor: Actor): boolean => actor.role === 'YOUNG_PERSON' && actor.childId !== null;

export const isOwnDraft = (actor: Actor, draft: { userId: string }): boolean => mayKeepDrafts(actor) && draft.userId === actor.userId;

/** The same rule in SQL, on a young_person_drafts row aliased `alias`. */
export function ownDraftCondition(actor: Actor, alias: string): { sql: string; params: Record<string, unknown> } {
  if (!mayKeepDrafts(actor)) return { sql: 'FALSE', params: {} };
  return { sql: `${alias}.user_id = :draftOwner`, params: { draftOwner: actor.userId } };
}
