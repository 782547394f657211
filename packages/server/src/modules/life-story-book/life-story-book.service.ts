import type { DataSource } from 'typeorm';
import { loadSharp } from '../media/media-images';
import type { Actor } from '../../common/actor';
import { reachableChild } from '../../policies/child-record';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { notFound } from '../../common/errors';
import { can } from '../../policies/child.policy';
import { writeAudit } from '../audit/audit.service';
import type { LifeStoryItemEntity } from '../life-story/life-story-item.entity';
import { lifeStoryInOrder } from '../life-story/life-story.queries';
import { familyTreeOf } from '../network/network.queries';
import type { MediaEntity } from '../media/media.entity';
import type { MediaService } from '../media/media.service';
import { renderBook, type BookEdition, type BookItem } from './life-story-book.pdf';

const AUDIENCE_NOTE: Record<LifeStoryItemEntity['audience'], (i: LifeStoryItemEntity) => string> = {
  PROFESSIONALS_ONLY: () => 'Professionals only',
  CHILD_NOW: () => 'Shared with the child',
  CHILD_FROM_DATE: (i) => `Shared with the child from ${i.releaseOn}`,
  CHILD_FROM_AGE: (i) => `Shared with the child from age ${i.releaseAge}`,
};

async function streamToBuffer(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(typeof part === 'string' ? Buffer.from(part) : part);
  return Buffer.concat(parts);
}

export class LifeStoryBookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly media: MediaService,
  ) {}

  /**
   * The book as a PDF. The worker's edition for professionals who may read the
   * child; the child's edition (only what the child sees today) for them and
   * for the young person. Anyone else: NOT_FOUND. Audited.
   */
  async make(actor: Actor, childId: string, edition: BookEdition, ip: string | null): Promise<{ pdf: Buffer; name: string }> {
    const child = await reachableChild(this.dataSource.manager, actor, childId);
    const allowed = can(actor, 'readRecord', child) || (edition === 'child' && can(actor, 'own', child));
    if (!allowed) throw notFound('Child');
    const today = isoDateInLondon(this.clock.now());
    const items = await lifeStoryInOrder(this.dataSource.manager, child.id, edition === 'child' ? today : null);
    const files = await this.media.byIds(actor, [...new Set(items.map((i) => i.mediaId).filter((m): m is string => !!m))]);
    const byId = new Map(files.filter((f): f is MediaEntity => !!f).map((f) => [f.id, f]));

    const photo = async (media: MediaEntity | undefined): Promise<Buffer | null> => {
      const file = media?.kind === 'PHOTO' ? media.files.display : undefined;
      if (!file) return null;
      // pdfkit embeds JPEG and PNG only: every photo goes in as a JPEG.
      return loadSharp()(await streamToBuffer(await this.media.storage.get(file.key))).flatten({ background: '#ffffff' }).jpeg({ quality: 80 }).toBuffer();
    };
    const bookItems: BookItem[] = [];
    for (const i of items) {
      const media = i.mediaId ? byId.get(i.mediaId) : undefined;
      bookItems.push({
        title: i.title,
        occurredOn: i.occurredOn,
        words: i.words,
        byChild: i.addedByChild,
        audienceNote: edition === 'worker' ? (i.withdrawnAt ? 'Withdrawn: hidden from the child' : AUDIENCE_NOTE[i.audience](i)) : null,
        photo: await photo(media),
        documentName: media?.kind === 'DOCUMENT' ? media.fileName : null,
      });
    }
    // The cover: the child's own latest photo, else the latest photo in this edition.
    const withPhoto = items.filter((i) => i.mediaId && byId.get(i.mediaId)?.kind === 'PHOTO');
    const coverItem = [...withPhoto].reverse().find((i) => i.addedByChild) ?? withPhoto.at(-1);
    const cover = coverItem ? bookItems[items.indexOf(coverItem)].photo : null;
    const name = child.preferredName ?? child.legalFirstName;
    // The family tree goes in the worker's edition: names, separations and deaths are shared with a child by the worker, in life story work.
    const familyTree = edition === 'worker' ? await familyTreeOf(this.dataSource.manager, child.id) : null;
    const pdf = await renderBook({ edition, name, cover, items: bookItems, madeOn: today, familyTree });
    await writeAudit(this.dataSource.manager, actor, ip, [
      { action: 'READ', childId: child.id, recordType: 'LifeStoryBook', parts: [edition, `${items.length} items`, ...(familyTree?.people.length ? ['family tree'] : [])] },
    ]);
    return { pdf, name };
  }
}
