import type { Actor } from '../common/actor';
import { can } from './child.policy';
import type { ChildFactsForPolicy } from './predicates';

/** What the media policy needs to know about one file, computed in SQL. */
export interface MediaFacts {
  uploadedById: string;
  /** A life story item the child sees today holds this file. */
  onItemVisibleToChild: boolean;
  /** Some (not deleted) life story item holds this file. */
  onAnyItem: boolean;
}

/**
 * Who may fetch a life story file, as sentences: the same rule as its item.
 * A professional who may read the child's record may; the young person may
 * when an item they see today holds it, or when they uploaded it themselves
 * and it is on no item yet (to check it before adding it).
 */
export function canDownloadMedia(actor: Actor, child: ChildFactsForPolicy, media: MediaFacts): boolean {
  if (can(actor, 'readRecord', child)) return true;
  if (can(actor, 'own', child)) return media.onItemVisibleToChild || (media.uploadedById === actor.userId && !media.onAnyItem);
  return false;
}

/** Who may add a file to a child's life story: those who may change the case, and the young person for their own. */
export function canUploadMedia(actor: Actor, child: ChildFactsForPolicy): boolean {
  return can(actor, 'editCase', child) || can(actor, 'own', child);
}
