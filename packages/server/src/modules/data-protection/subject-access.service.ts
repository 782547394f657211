import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { lockChild } from '../../policies/child-record';
import type { Clock } from '../../common/clock';
import { badInput, notFound } from '../../common/errors';
import { assertId } from '../../common/validation';
import { childReach } from '../../policies/child-reach';
import { can } from '../../policies/child.policy';
import type { AlertsService } from '../alerts/alerts.service';
import { writeAudit } from '../audit/audit.service';
import { ChildEntity } from '../children/child.entity';
import type { MediaLinks } from '../media/media-links';
import type { RetentionService } from './retention.service';
import { SubjectAccessExportEntity } from './subject-access-export.entity';
import { collectChildRecords, peopleNamedIn, SUBJECT_ACCESS_SCHEMA_VERSION, type SubjectAccessDocument } from './subject-access.document';
import { renderSubjectAccessPdf } from './subject-access.pdf';

export type ExportFormat = 'pdf' | 'json';
export const isExportFormat = (f: string): f is ExportFormat => f === 'pdf' || f === 'json';

export interface SubjectAccessExportResult {
  id: string;
  childId: string;
  producedAt: Date;
  reason: string;
  document: SubjectAccessDocument;
  pdfUrl: string;
  jsonUrl: string;
}

export const exportPath = (id: string, format: ExportFormat) => `/exports/subject-access/${id}.${format}`;

/**
 * Subject access: everything held about one child, for the child as a care
 * leaver. Only a head of service of the child's council produces it (the
 * policy's reserved approvals); each export is kept with the reason given and
 * written to the audit trail in the same transaction. Downloads go through
 * short-lived links signed for the person who made it, checked again against
 * their session and the policy.
 */
export class SubjectAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly alerts: AlertsService,
    private readonly retention: RetentionService,
    private readonly links: MediaLinks,
  ) {}

  async create(actor: Actor, childId: string, reason: string, ip: string | null): Promise<SubjectAccessExportResult> {
    const why = reason.trim();
    if (why.length < 10) throw badInput('Say why this export is being made (at least 10 characters), for example who asked and when.', 'reason');
    return this.dataSource.transaction(async (manager) => {
      // NOT_FOUND outside the actor's council, FORBIDDEN for anyone but a head of service.
      const child = await lockChild(manager, actor, childId, 'approveReserved');
      const records = await collectChildRecords(manager, child);
      const [facts, profile] = await Promise.all([this.alerts.facts([child.id]), this.alerts.profile(child.councilId)]);
      const childFacts = facts.get(child.id);
      const alerts = childFacts
        ? this.alerts.alertsFor(childFacts, profile).map((a) => ({ code: a.code, urgency: a.urgency, title: a.title, detail: a.detail, evidence: a.evidence, dueDate: a.dueDate, source: `${a.source.council} ${a.source.section}` }))
        : [];
      const producedAt = this.clock.now();
      const body = {
        schemaVersion: SUBJECT_ACCESS_SCHEMA_VERSION,
        producedAt: producedAt.toISOString(),
        producedBy: { id: actor.userId, name: `${actor.firstName} ${actor.lastName}`, role: actor.role },
        reason: why,
        ...records,
        retention: await this.retention.forChild(manager, child.id),
        alerts,
      };
      const document: SubjectAccessDocument = { ...body, people: await peopleNamedIn(manager, body) };
      const saved = await manager.save(manager.create(SubjectAccessExportEntity, { childId: child.id, producedById: actor.userId, reason: why, document }));
      await writeAudit(manager, actor, ip, [
        {
          action: 'SUBJECT_ACCESS_EXPORT',
          childId: child.id,
          recordType: 'SubjectAccessExport',
          recordId: saved.id,
          parts: [`reason: ${why}`],
        },
      ]);
      return {
        id: saved.id,
        childId: child.id,
        producedAt,
        reason: why,
        document,
        pdfUrl: this.links.pathUrl(exportPath(saved.id, 'pdf'), actor.userId),
        jsonUrl: this.links.pathUrl(exportPath(saved.id, 'json'), actor.userId),
      };
    });
  }

  /**
   * One export's file, for a head of service who reaches its child (the link's
   * signature has already tied it to this person). Anyone else: NOT_FOUND.
   * Each download is audited.
   */
  async download(actor: Actor, exportId: string, format: ExportFormat, ip: string | null): Promise<{ body: Buffer; fileName: string; contentType: string }> {
    const id = assertId(exportId, 'Export');
    const reach = childReach(actor, 'c');
    const found = await this.dataSource
      .getRepository(SubjectAccessExportEntity)
      .createQueryBuilder('x')
      .innerJoinAndMapOne('x.child', ChildEntity, 'c', 'c.id = x.child_id')
      .where('x.id = :id', { id })
      .andWhere(reach.sql, reach.params)
      .getOne();
    if (!found?.child || !can(actor, 'approveReserved', found.child)) throw notFound('Export');
    const child = found.child;
    const base = `Subject access ${child.localId.replace(/[^A-Za-z0-9-]/g, '')} ${found.createdAt.toISOString().slice(0, 10)}`;
    const body =
      format === 'pdf' ? await renderSubjectAccessPdf(found.document) : Buffer.from(JSON.stringify(found.document, null, 2), 'utf8');
    await writeAudit(this.dataSource.manager, actor, ip, [
      { action: 'READ', childId: child.id, recordType: 'SubjectAccessExport', recordId: found.id, parts: [format] },
    ]);
    return { body, fileName: `${base}.${format}`, contentType: format === 'pdf' ? 'application/pdf' : 'application/json' };
  }
}
