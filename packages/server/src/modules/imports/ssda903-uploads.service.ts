import fs from 'node:fs';
import path from 'node:path';
import { councilPolicy } from '../../policies/council.policy';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/clock';
import { badInput, conflict, forbidden, notFound, versionConflict } from '../../common/errors';
import { isUuid } from '../../common/validation';
import type { ServerConfig } from '../../config';
import type { ReportingReads } from '../../database/reporting-reads';
import { logger } from '../../logger';
import { importSsda903, type ImportReport } from '../../import/ssda903-import';
import { IMPORT_TABLES, IMPORT_YEARS } from '../../import/ssda903-return-reader';
import { writeAudit } from '../audit/audit.service';
import { CouncilEntity } from '../councils/council.entity';
import { Ssda903UploadEntity, type UploadStatus } from './ssda903-upload.entity';

/** Every file name a return may hold (any case), as the importer reads them. */
const KNOWN_FILES = new Set(Object.values(IMPORT_TABLES).flatMap((t) => t.files.map((f) => `${f}.csv`)));

/** Progress is written at most this often, so a large import is not slowed by its own progress bar. */
const PROGRESS_EVERY_MS = 500;
const HEARTBEAT_MS = 30_000;

/**
 * Importing a council's SSDA903 return from the portal (the CLI's import,
 * packages/server/src/import, behind an administrator's upload): the files are
 * kept in the server's data folder, checked with a dry run whose report the
 * administrator reads, and imported only when they confirm. Both runs happen
 * in the background so the page can show progress; the row holds the state.
 */
export class Ssda903UploadsService {
  /** Runs under way in this process: shutdown and tests wait for them. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly ds: DataSource,
    private readonly config: ServerConfig,
    private readonly clock: Clock,
    private readonly reads: ReportingReads,
  ) {}

  /** Only the council's administrator brings a return in (it creates and changes children's records in bulk). */
  mayUpload(actor: Actor): void {
    if (!councilPolicy.can(actor, 'importReturns')) throw forbidden('Only an administrator can import a return.');
  }

  /** The collection year from the upload form, checked before any file is read. */
  checkYear(value: unknown): number {
    const year = Number(value);
    if (!(IMPORT_YEARS as readonly number[]).includes(year)) {
      throw badInput(`Choose the return's year: ${IMPORT_YEARS.map((y) => `${y - 1} to ${y}`).join(', ')}.`, 'year');
    }
    return year;
  }

  /** A file name the importer reads, or a clear refusal naming the file. */
  checkFileName(name: string | undefined): string {
    const base = path.basename(name ?? '').toLowerCase();
    if (!KNOWN_FILES.has(base)) {
      throw badInput(`"${name ?? ''}" is not a file of an SSDA903 return. Upload the return's CSV files as the DfE names them: ${[...KNOWN_FILES].join(', ')}.`, 'files');
    }
    return base;
  }

  /** A new folder for one upload's files, under the server's data folder. */
  newStagingFolder(): { id: string; folder: string } {
    const id = randomUUID();
    const folder = this.folderOf(id);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    return { id, folder };
  }

  discardFolder(id: string): void {
    fs.rmSync(this.folderOf(id), { recursive: true, force: true });
  }

  private folderOf(id: string): string {
    return path.join(this.config.dataDir, 'ssda903-uploads', id);
  }

  /** The files are in: record the upload and start checking them (a dry run). */
  async received(actor: Actor, id: string, year: number, fileNames: string[], ip: string | null): Promise<string> {
    this.mayUpload(actor);
    if (!fileNames.includes('header.csv') || !fileNames.includes('episodes.csv')) {
      throw badInput('A return needs at least header.csv and episodes.csv: choose all of the return\'s files together.', 'files');
    }
    await this.ds.transaction(async (manager) => {
      await manager.insert(Ssda903UploadEntity, {
        id,
        councilId: actor.councilId,
        year,
        status: 'CHECKING',
        fileNames: [...fileNames].sort(),
        progressDone: 0,
        progressTotal: null,
        uploadedById: actor.userId,
        confirmedById: null,
        checkReport: null,
        importReport: null,
        failure: null,
      });
      await writeAudit(manager, actor, ip, [
        { action: 'UPLOAD_SSDA903', recordType: 'SSDA903_UPLOAD', recordId: id, changes: { year: { before: null, after: year }, files: { before: null, after: fileNames } } },
      ]);
    });
    this.start(id, true, actor);
    return id;
  }

  async list(actor: Actor): Promise<Ssda903UploadEntity[]> {
    this.mayUpload(actor);
    return this.ds.getRepository(Ssda903UploadEntity).find({
      where: { councilId: actor.councilId },
      order: { createdAt: 'DESC' },
      take: 20,
      relations: { uploadedBy: true, confirmedBy: true },
    });
  }

  async get(actor: Actor, id: string): Promise<Ssda903UploadEntity> {
    this.mayUpload(actor);
    if (!isUuid(id)) throw notFound('Upload');
    const upload = await this.ds.getRepository(Ssda903UploadEntity).findOne({
      where: { id, councilId: actor.councilId },
      relations: { uploadedBy: true, confirmedBy: true },
    });
    if (!upload) throw notFound('Upload');
    return upload;
  }

  /** The administrator has read the check's report: import the same files for real. */
  async confirm(actor: Actor, id: string, expectedVersion: number, ip: string | null): Promise<Ssda903UploadEntity> {
    await this.decide(actor, id, expectedVersion, ip, 'IMPORTING');
    this.start(id, false, actor);
    return this.get(actor, id);
  }

  async cancel(actor: Actor, id: string, expectedVersion: number, ip: string | null): Promise<Ssda903UploadEntity> {
    await this.decide(actor, id, expectedVersion, ip, 'CANCELLED');
    this.discardFolder(id);
    return this.get(actor, id);
  }

  private async decide(actor: Actor, id: string, expectedVersion: number, ip: string | null, to: 'IMPORTING' | 'CANCELLED'): Promise<void> {
    this.mayUpload(actor);
    if (!isUuid(id)) throw notFound('Upload');
    await this.ds.transaction(async (manager) => {
      const upload = await manager.findOne(Ssda903UploadEntity, { where: { id, councilId: actor.councilId }, lock: { mode: 'pessimistic_write' } });
      if (!upload) throw notFound('Upload');
      if (upload.version !== expectedVersion) throw versionConflict({ version: upload.version, updatedAt: upload.updatedAt, updatedById: upload.confirmedById ?? upload.uploadedById }, 'upload');
      if (upload.status !== 'CHECKED') throw conflict(`This upload can no longer be ${to === 'IMPORTING' ? 'imported' : 'cancelled'}: it is ${STATUS_WORDS[upload.status]}.`);
      if (to === 'IMPORTING' && !upload.checkReport?.completed) {
        throw badInput('The files could not be read, so there is nothing to import: correct them and upload them again.');
      }
      upload.status = to;
      if (to === 'IMPORTING') {
        upload.confirmedById = actor.userId;
        upload.progressDone = 0;
      }
      await manager.save(upload);
      await writeAudit(manager, actor, ip, [
        { action: to === 'IMPORTING' ? 'CONFIRM_SSDA903_UPLOAD' : 'CANCEL_SSDA903_UPLOAD', recordType: 'SSDA903_UPLOAD', recordId: id, changes: { status: { before: 'CHECKED', after: to } } },
      ]);
    });
  }

  private start(id: string, dryRun: boolean, actor: Actor): void {
    const run = this.run(id, dryRun, actor).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** One check or import, start to end; whatever happens, the row says how it ended. */
  private async run(id: string, dryRun: boolean, actor: Actor): Promise<void> {
    const repo = this.ds.getRepository(Ssda903UploadEntity);
    let lastWrite = 0;
    // A heartbeat while the files are read (no progress to write then): a run whose beat stops was interrupted.
    const beat = setInterval(() => {
      this.ds.query(`UPDATE ssda903_uploads SET updated_at = $2 WHERE id = $1`, [id, this.clock.now()]).catch(() => undefined);
    }, HEARTBEAT_MS);
    beat.unref();
    try {
      const upload = await repo.findOneByOrFail({ id });
      const council = await this.ds.getRepository(CouncilEntity).findOneByOrFail({ id: upload.councilId });
      const report = await importSsda903(this.ds, {
        laCode: council.laCode ?? council.onsCode!,
        year: upload.year,
        folder: this.folderOf(id),
        dryRun,
        strict: false,
        clock: this.clock,
        actor,
        maxBytes: this.config.importMaxBytes,
        onProgress: async ({ done, total }) => {
          const at = Date.now();
          if (done !== 0 && done !== total && at - lastWrite < PROGRESS_EVERY_MS) return;
          lastWrite = at;
          // Progress only: not a change anyone could conflict with, so the version stays.
          await this.ds.query(`UPDATE ssda903_uploads SET progress_done = $2, progress_total = $3, updated_at = $4 WHERE id = $1`, [id, done, total, this.clock.now()]);
        },
      });
      const shown = forThePortal(report, this.folderOf(id));
      if (dryRun) await repo.update({ id }, { status: 'CHECKED', checkReport: shown });
      else if (report.completed) await repo.update({ id }, { status: 'IMPORTED', importReport: shown });
      // The files were checked, so this is the files going missing or changing on the server since.
      else await repo.update({ id }, { status: 'FAILED', importReport: shown, failure: 'The files could not be read again for the import. Nothing was changed; upload them again.' });
    } catch (error) {
      logger.error({ err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error), uploadId: id }, 'SSDA903 upload failed');
      await repo
        .update({ id }, { status: 'FAILED', failure: `The ${dryRun ? 'check' : 'import'} stopped on our side. Nothing more was changed; upload the files again to try again.` })
        .catch(() => undefined);
    } finally {
      clearInterval(beat);
      if (!dryRun) {
        this.discardFolder(id);
        // With a replica: the administrator's reporting reads in this process wait for what the import wrote; their
        // next look at the upload carries that to the other processes (ssda903Upload, importHasEnded).
        await this.reads.noteWrite(actor.userId);
      }
    }
  }

  /** Resolves when every check and import this process started has ended. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /**
   * At start: a check or import whose process stopped (no heartbeat for a few
   * minutes) is marked failed, so the page does not wait for ever. The import
   * is idempotent and each child is imported whole, so uploading again is safe.
   */
  async failInterrupted(): Promise<number> {
    const staleBefore = new Date(this.clock.now().getTime() - 4 * HEARTBEAT_MS);
    const rows: unknown[] = await this.ds.query(
      `UPDATE ssda903_uploads SET status = 'FAILED', failure = $1 WHERE status IN ('CHECKING', 'IMPORTING') AND updated_at < $2 RETURNING id`,
      ['The server stopped before this finished. Each child was imported whole or not at all; upload the files again to finish.', staleBefore],
    );
    return rows.length;
  }
}

/**
 * An import that ran and has ended (imported, or stopped part way): every child it wrote is on the primary. The
 * portal polls the upload until it sees this; that answer notes the write for whoever reads it (the resolver).
 */
export function importHasEnded(upload: Ssda903UploadEntity): boolean {
  return upload.confirmedById !== null && (upload.status === 'IMPORTED' || upload.status === 'FAILED');
}

export const STATUS_WORDS: Record<UploadStatus, string> = {
  CHECKING: 'being checked',
  CHECKED: 'checked',
  IMPORTING: 'being imported',
  IMPORTED: 'imported',
  FAILED: 'stopped',
  CANCELLED: 'cancelled',
};

/** The report with the server's folder taken out of file names: the administrator knows their files by name. */
function forThePortal(report: ImportReport, folder: string): ImportReport {
  const name = (file: string) => (file.startsWith(folder) ? path.basename(file) : file);
  return { ...report, problems: report.problems.map((p) => ({ ...p, file: name(p.file) })) };
}
