import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { reachableChild, type ChildFacts } from '../../policies/child-record';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { forbidden, notFound } from '../../common/errors';
import { assertId } from '../../common/validation';
import type { ServerConfig } from '../../config';
import { childReach } from '../../policies/child-reach';
import { rowsByIdWithinReach } from '../../loaders';
import { canDownloadMedia, canUploadMedia } from '../../policies/media.policy';
import { writeAudit } from '../audit/audit.service';
import { ChildEntity } from '../children/child.entity';
import { visibleToChildSql } from '../life-story/life-story-visibility';
import { scanWithClamd, ScannerUnavailable, type ScanVerdict } from './clamav';
import { encodeImage, outputMime } from './media-images';
import { MediaLinks } from './media-links';
import { createMediaStorage, type MediaStorage } from './media-storage';
import { decideType, RefusedUpload } from './media-type';
import { MEDIA_SIZES, MediaEntity, type MediaSize, type StoredFile } from './media.entity';

const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/** A name safe in a Content-Disposition header and on any file system, with the stored type's extension. */
export function safeFileName(uploaded: string | undefined, contentType: string): string {
  const base = path.parse(uploaded ?? '').name.normalize('NFKD').replace(/[^A-Za-z0-9 ._-]+/g, '').trim().slice(0, 100) || 'life-story';
  return `${base}.${EXTENSION[contentType] ?? 'bin'}`;
}

export const isMediaSize = (s: string): s is MediaSize => (MEDIA_SIZES as readonly string[]).includes(s);

export interface OpenedDownload {
  media: MediaEntity;
  file: StoredFile;
  body: Readable;
}

export class MediaService {
  readonly storage: MediaStorage;
  readonly links: MediaLinks;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
    private readonly clock: Clock,
  ) {
    this.storage = createMediaStorage(config.media);
    this.links = new MediaLinks({
      configuredKey: config.media.linkKey,
      keyFile: path.join(config.dataDir, 'media-link.key'),
      seconds: config.media.linkSeconds,
      now: () => clock.now(),
    });
  }

  /** The child an upload is for, before any byte of the file is read. NOT_FOUND out of reach, FORBIDDEN when read-only. */
  async uploadTarget(actor: Actor, childId: string | undefined): Promise<ChildFacts> {
    const id = childId ?? (actor.role === 'YOUNG_PERSON' ? actor.childId : null);
    if (!id) throw notFound('Child');
    const child = await reachableChild(this.dataSource.manager, actor, id);
    if (!canUploadMedia(actor, child)) throw forbidden('Your role can read this life story but not add to it.');
    return child;
  }

  private async scan(bytes: Buffer): Promise<ScanVerdict | null> {
    if (!this.config.media.clamav) return null;
    return scanWithClamd(bytes, this.config.media.clamav);
  }

  /** Checks, re-encodes and keeps one upload; returns the new media id. */
  async store(actor: Actor, child: ChildFacts, bytes: Buffer, uploadedName: string | undefined, ip: string | null): Promise<string> {
    const type = await decideType(bytes);
    let verdict: ScanVerdict | null;
    try {
      verdict = await this.scan(bytes);
    } catch (e) {
      if (e instanceof ScannerUnavailable) throw new ScannerUnavailable('Files cannot be checked for viruses just now, so they cannot be added. Please try again later.');
      throw e;
    }
    if (verdict && !verdict.clean) throw new RefusedUpload('This file contains a virus and cannot be added.', 422);

    const media = this.dataSource.getRepository(MediaEntity).create({
      childId: child.id,
      uploadedById: actor.userId,
      uploadedByChild: actor.role === 'YOUNG_PERSON',
      kind: type.kind,
      detectedType: type.mime,
      uploadedBytes: bytes.length,
      virusScan: verdict ? 'CLEAN' : 'NOT_SCANNED',
    });
    const outputs =
      type.kind === 'PHOTO'
        ? (await encodeImage(bytes, type)).map((i) => ({ ...i }))
        : [{ size: 'original' as const, bytes, width: null, height: null }];
    media.contentType = type.kind === 'PHOTO' ? outputMime(type) : type.mime;
    media.fileName = safeFileName(uploadedName, media.contentType);

    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(MediaEntity, { ...media, files: {}, sha256: '0'.repeat(64) });
      const files: Partial<Record<MediaSize, StoredFile>> = {};
      for (const out of outputs) {
        const key = `${child.id}/${saved.id}/${out.size}`;
        await this.storage.put(key, out.bytes, media.contentType);
        files[out.size] = { key, bytes: out.bytes.length, width: out.width, height: out.height };
      }
      const original = outputs.find((o) => o.size === 'original')!;
      const sha256 = createHash('sha256').update(original.bytes).digest('hex');
      await manager.update(MediaEntity, { id: saved.id }, { files, sha256 });
      await writeAudit(manager, actor, ip, [
        {
          action: 'CREATE',
          childId: child.id,
          recordType: 'Media',
          recordId: saved.id,
          changes: {
            kind: { before: null, after: type.kind },
            contentType: { before: null, after: media.contentType },
            uploadedBytes: { before: null, after: bytes.length },
            virusScan: { before: null, after: media.virusScan },
          },
        },
      ]);
      return saved.id;
    });
  }

  /**
   * A life story item may hold a file only when it is this child's and the
   * person adding it may see it (the same rule as downloading it): a young
   * person cannot attach a professionals-only photo, or a worker's upload not
   * yet on any item, and so get to download it. Anything refused is NOT_FOUND.
   */
  async assertMayAttach(manager: EntityManager, actor: Actor, childId: string, mediaId: string | null | undefined): Promise<void> {
    // An empty string is not "no file": it names no media (NOT_FOUND), rather than slipping past as falsy.
    if (mediaId === null || mediaId === undefined) return;
    const { media } = await this.loadVisible(manager, actor, mediaId);
    if (media.childId !== childId) throw notFound('Media');
  }

  /** One file within the actor's reach (in SQL), checked against the media policy: NOT_FOUND otherwise. */
  private async loadVisible(manager: EntityManager, actor: Actor, mediaId: string): Promise<{ media: MediaEntity }> {
    const id = assertId(mediaId, 'Media');
    const reach = childReach(actor, 'c');
    const { entities, raw } = await manager
      .getRepository(MediaEntity)
      .createQueryBuilder('m')
      .innerJoin(ChildEntity, 'c', 'c.id = m.child_id')
      .addSelect(`EXISTS (SELECT 1 FROM life_story_items i WHERE i.media_id = m.id AND ${visibleToChildSql('i', 'c')})`, 'visible')
      .addSelect('EXISTS (SELECT 1 FROM life_story_items i2 WHERE i2.media_id = m.id AND i2.deleted_at IS NULL)', 'attached')
      .where('m.id = :id', { id })
      .andWhere(reach.sql, reach.params)
      .setParameter('visibleToday', isoDateInLondon(this.clock.now()))
      .getRawAndEntities<{ visible: boolean; attached: boolean }>();
    const media = entities[0];
    if (!media) throw notFound('Media');
    const child = await reachableChild(manager, actor, media.childId);
    const facts = { uploadedById: media.uploadedById, onItemVisibleToChild: raw[0].visible, onAnyItem: raw[0].attached };
    if (!canDownloadMedia(actor, child, facts)) throw notFound('Media');
    return { media };
  }

  /**
   * One file for download, loaded only within the actor's reach (in SQL) and
   * then checked against the media policy. Anything refused is NOT_FOUND.
   */
  async openDownload(actor: Actor, mediaId: string, size: MediaSize, ip: string | null): Promise<OpenedDownload> {
    const { media } = await this.loadVisible(this.dataSource.manager, actor, mediaId);
    const file = media.files[size];
    if (!file) throw notFound('Media');
    const body = await this.storage.get(file.key);
    // Thumbnails are part of reading the life story (audited with it); every larger view is audited itself.
    if (size !== 'thumbnail') {
      await writeAudit(this.dataSource.manager, actor, ip, [{ action: 'READ', childId: media.childId, recordType: 'Media', recordId: media.id, parts: [size] }]);
    }
    return { media, file, body };
  }

  /** Loads files by id within the actor's reach, for the GraphQL fields and the book. */
  byIds(actor: Actor | null, ids: readonly string[]): Promise<(MediaEntity | null)[]> {
    return rowsByIdWithinReach({ dataSource: this.dataSource }, actor, MediaEntity, ids);
  }
}
