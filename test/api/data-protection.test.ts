import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, makeChild, type World } from '../support/world';
import { readPdf } from '../support/pdf-text';
import { formatError } from '../../packages/server/src/server';
import { LegalStatusEntity } from '../../packages/server/src/modules/legal-status/legal-status.entity';
import { LifeStoryItemEntity } from '../../packages/server/src/modules/life-story/life-story-item.entity';
import { MediaEntity } from '../../packages/server/src/modules/media/media.entity';
import { CourtProceedingsEntity } from '../../packages/server/src/modules/court/court.entity';
import { FamilyFindingReferralEntity } from '../../packages/server/src/modules/family-finding/family-finding.entity';
import { NetworkMemberEntity } from '../../packages/server/src/modules/network/network-member.entity';
import { PlacementEntity } from '../../packages/server/src/modules/placements/placement.entity';

const EXPORT = `mutation($input: CreateSubjectAccessExportInput!) {
  createSubjectAccessExport(input: $input) { id childId reason schemaVersion document pdfUrl jsonUrl } }`;
const DUE = `query($days: Int!) { recordsDueForRetentionReview(withinDays: $days) { childId localId name dateOfBirth keepUntil rule ruleFrom overdue } }`;
const SETTINGS = `query { retentionSettings { lookedAfterUntilAge adoptionYears version } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateRetentionSettingsInput!) { updateRetentionSettings(input: $input) { lookedAfterUntilAge adoptionYears version } }`;
const REASON = 'Letter from Amira (care leaver) received 20 November asking for her file';

interface Exported {
  createSubjectAccessExport: { id: string; childId: string; reason: string; schemaVersion: number; document: string; pdfUrl: string; jsonUrl: string };
}
interface DueRow {
  childId: string;
  localId: string;
  name: string | null;
  dateOfBirth: string | null;
  keepUntil: string;
  rule: string;
  ruleFrom: string | null;
  overdue: boolean;
}

describe('data protection: subject access export and retention', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const signedIn = (username: string): Promise<ApiClient> => api.signedIn(username);
  const get = (client: ApiClient | null, url: string) => fetch(`${api.baseUrl}${url}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  const count = async (sql: string, params: unknown[] = []) => (await db.dataSource.query(sql, params))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    // As the API's own least-privilege login: the review and exports need no more.
    api = await startTestApi(await db.apiDataSource());
    const { a1, a1sib, a2 } = world.children;
    await db.dataSource.transaction(async (m) => {
      await m.save(m.create(PlacementEntity, { childId: a1.id, type: 'FOSTER_CARE', carerName: 'Mr and Mrs Oak', startDate: '2024-01-15', endDate: null }));
      await m.save(m.create(LegalStatusEntity, { childId: a1.id, status: 'FULL_CARE_ORDER', startDate: '2024-06-01', endDate: null }));
      await m.save(m.create(NetworkMemberEntity, { childId: a1.id, kind: 'RELATIVE', name: 'Gran Fatima', relationship: 'maternal grandmother' }));
      const media = await m.save(
        m.create(MediaEntity, {
          childId: a1.id, uploadedById: world.users.swA1.id, kind: 'DOCUMENT', detectedType: 'application/pdf', contentType: 'application/pdf',
          fileName: 'letter-from-mum.pdf', uploadedBytes: 1234, files: { original: { key: 'x/original', bytes: 1234 } } as never, sha256: 'a'.repeat(64), virusScan: 'NOT_SCANNED',
        } as Partial<MediaEntity>),
      );
      await m.save(
        m.create(LifeStoryItemEntity, {
          childId: a1.id, kind: 'LETTER', title: 'Letter from mum', words: 'Written before the court hearing.', mediaId: media.id,
          addedById: world.users.swA1.id, audience: 'PROFESSIONALS_ONLY', withdrawnAt: new Date('2025-02-01T10:00:00Z'), withdrawnById: world.users.tmA1.id,
        }),
      );
      // Another child's records, which must never appear in a1's export.
      await m.save(m.create(PlacementEntity, { childId: a1sib.id, type: 'FOSTER_CARE', carerName: 'Carer of Adam only', startDate: '2024-02-01', endDate: null }));
      await m.save(m.create(NetworkMemberEntity, { childId: a2.id, kind: 'RELATIVE', name: 'Uncle of Bella', relationship: 'uncle' }));
      // Court and family finding: a1's proceedings and referral are in her export; a2's referral is not.
      await m.save(m.create(CourtProceedingsEntity, { childId: a1.id, issuedOn: '2024-05-01', court: 'Family Court at Manchester', caseNumber: 'MA24C00123' }));
      await m.save(m.create(FamilyFindingReferralEntity, { childId: a1.id, team: 'REGIONAL_ADOPTION_AGENCY', agencyName: 'Adoption Now', referredOn: '2024-07-01', status: 'SEARCHING', statusOn: '2024-07-01' }));
      await m.save(m.create(FamilyFindingReferralEntity, { childId: a2.id, team: 'REGIONAL_ADOPTION_AGENCY', agencyName: 'Agency of Bella', referredOn: '2024-07-01', status: 'SEARCHING', statusOn: '2024-07-01' }));
    });
    // Her previous special guardianship order, which broke down (SSDA903 previous permanence).
    await db.dataSource.query(`UPDATE children SET prev_perm = 'P2', la_perm = '313', date_perm = '2019-06-ZZ' WHERE id = $1`, [a1.id]);
    // A read by the allocated worker, to appear in the audit trail of who looked at the file.
    await (await signedIn('sw.a1')).ok(`query($id: ID!) { child(id: $id) { id legalFirstName } }`, { id: a1.id });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  describe('subject access export', () => {
    let made: Exported['createSubjectAccessExport'];
    let hos: ApiClient;

    beforeAll(async () => {
      hos = await signedIn('hos.a');
      made = (await hos.ok<Exported>(EXPORT, { input: { childId: world.children.a1.id, reason: REASON } })).createSubjectAccessExport;
    });

    it("holds the child's details and every record about them, and nothing of any other child", async () => {
      const doc = JSON.parse(made.document);
      expect(made.schemaVersion).toBe(1);
      expect(doc.schemaVersion).toBe(1);
      expect(doc.reason).toBe(REASON);
      expect(doc.producedBy.role).toBe('HEAD_OF_SERVICE');
      expect(doc.child).toMatchObject({ id: world.children.a1.id, legalFirstName: 'Amira', legalLastName: 'Ahmed', dateOfBirth: '2014-03-02' });
      expect(doc.child).not.toHaveProperty('version');
      expect(doc.child).toMatchObject({ previousPermanence: 'P2', previousPermanenceLa: '313', previousPermanenceDate: '2019-06-ZZ' });
      expect(doc.placements.map((p: { carerName: string }) => p.carerName)).toEqual(['Mr and Mrs Oak']);
      expect(doc.legalStatuses.map((l: { status: string }) => l.status)).toEqual(['FULL_CARE_ORDER']);
      expect(doc.networkMembers.map((n: { name: string }) => n.name)).toEqual(['Gran Fatima']);
      // Withdrawn life story items are included, with their file's name (never its storage key).
      expect(doc.lifeStoryItems).toHaveLength(1);
      expect(doc.lifeStoryItems[0]).toMatchObject({ title: 'Letter from mum', withdrawnAt: '2025-02-01T10:00:00.000Z', media: { fileName: 'letter-from-mum.pdf' } });
      expect(made.document).not.toContain('x/original');
      // The brother is named by first name only; his record is not in it.
      expect(doc.brothersAndSisters).toHaveLength(1);
      expect(doc.brothersAndSisters[0].brotherOrSisterFirstName).toBe('Adam');
      for (const other of [world.children.a1sib, world.children.a2, world.children.b1]) expect(made.document).not.toContain(other.id);
      expect(doc.courtProceedings.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['MA24C00123']);
      expect(doc.familyFindingReferrals.map((r: { agencyName: string }) => r.agencyName)).toEqual(['Adoption Now']);
      for (const text of ['Carer of Adam only', 'Uncle of Bella', 'Bella', 'Cara', 'Agency of Bella']) expect([text, made.document.includes(text)]).toEqual([text, false]);
      // Who looked at the file, with names.
      const swRead = doc.auditTrail.find((e: { actorUserId: string; action: string }) => e.actorUserId === world.users.swA1.id && e.action === 'READ');
      expect(swRead).toBeDefined();
      expect(doc.people).toContainEqual({ id: world.users.swA1.id, name: `${world.users.swA1.firstName} ${world.users.swA1.lastName}` });
      expect(doc.retention).toEqual({ keepUntil: '2089-03-02', rule: 'LOOKED_AFTER', ruleFrom: '2014-03-02' });
      for (const key of ['plans', 'meetings', 'views', 'messages', 'advocacyReferrals', 'matchingRecords', 'iroEscalations', 'alerts', 'auditTrail']) {
        expect([key, Array.isArray(doc[key])]).toEqual([key, true]);
      }
      expect(doc.advocacyReferrals).toHaveLength(1);
    });

    it('covers every table that holds rows about a child (a new one must be added to the export or left out here with its reason)', async () => {
      const tables: { table_name: string }[] = await db.dataSource.query(
        `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'child_id' ORDER BY 1`,
      );
      const inTheDocument: Record<string, string> = {
        advocacy_referrals: 'advocacyReferrals', audit_events: 'auditTrail', care_leaver_birthdays: 'careLeaverBirthdays', case_facts: 'caseFacts',
        child_messages: 'messages', court_directions: 'courtDirections', court_hearings: 'courtHearings', court_proceedings: 'courtProceedings',
        deprivation_of_liberty_orders: 'deprivationOfLibertyOrders',
        family_finding_referrals: 'familyFindingReferrals', health_outcomes: 'healthOutcomes', iro_escalations: 'iroEscalations', leaving_care: 'leavingCare',
        legal_statuses: 'legalStatuses', life_story_items: 'lifeStoryItems', matching_records: 'matchingRecords', meetings: 'meetings',
        missing_episodes: 'missingEpisodes', network_members: 'networkMembers', network_relationships: 'networkRelationships', permanence_forms: 'permanenceForms',
        placements: 'placements', plan_decisions: 'planDecisions', plans: 'plans', prospective_carers: 'prospectiveCarers',
        sibling_group_decisions: 'siblingGroupDecisions', social_worker_episodes: 'socialWorkerEpisodes', subject_access_exports: 'previousSubjectAccessExports', views: 'views',
      };
      const leftOut: Record<string, string> = {
        media: 'given with the life story item it belongs to (name, type and size; never the storage key)',
        invitations: 'sign-in bookkeeping for the young person’s account (a one-time code), not a record about the child',
        notifications: 'messages to staff about the child, already in the audit trail and the records they point to',
        role_assignments: 'the young person’s account and role, named under people',
      };
      expect(tables.map((t) => t.table_name).filter((t) => !(t in inTheDocument) && !(t in leftOut))).toEqual([]);
      const doc = JSON.parse(made.document);
      for (const key of Object.values(inTheDocument)) expect([key, key in doc]).toEqual([key, true]);
    });

    it('is audited: who produced it, for which child, and why', async () => {
      const rows = await db.dataSource.query(`SELECT actor_user_id, actor_role, child_id, record_id, parts FROM audit_events WHERE action = 'SUBJECT_ACCESS_EXPORT'`);
      expect(rows).toEqual([
        { actor_user_id: world.users.hosA.id, actor_role: 'HEAD_OF_SERVICE', child_id: world.children.a1.id, record_id: made.id, parts: [`reason: ${REASON}`] },
      ]);
    });

    it('downloads as a real PDF with the name, and as the same JSON, only with the session it was made for', async () => {
      const res = await get(hos, made.pdfUrl);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Subject access .*\.pdf"$/);
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const { pages, text } = readPdf(pdf);
      expect(pages).toBeGreaterThan(5);
      for (const t of ['Amira Ahmed', 'Mr and Mrs Oak', 'Letter from mum', 'letter-from-mum.pdf', 'Gran Fatima', REASON]) expect([t, text.includes(t)]).toEqual([t, true]);
      expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'READ' AND record_type = 'SubjectAccessExport' AND record_id = $1`, [made.id])).toBe(1);

      const json = await get(hos, made.jsonUrl);
      expect(json.status).toBe(200);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await json.json()).toEqual(JSON.parse(made.document));

      expect((await get(null, made.pdfUrl)).status).toBe(401);
      // Another head of service (other council), and a signature made for someone else: NOT_FOUND.
      expect((await get(await signedIn('hos.b'), made.pdfUrl)).status).toBe(404);
      expect((await get(hos, made.pdfUrl.replace(/sig=[^&]+/, 'sig=AAAA'))).status).toBe(404);
      expect((await get(hos, made.pdfUrl.replace('.pdf', '.json'))).status).toBe(404);
      // Short-lived.
      const now = api.clock.now();
      api.clock.set(new Date(now.getTime() + 10 * 60 * 1000));
      try {
        expect((await get(hos, made.pdfUrl)).status).toBe(410);
      } finally {
        api.clock.set(now);
      }
    });

    it('is refused to everyone else, and a refusal records nothing', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'SUBJECT_ACCESS_EXPORT'`);
      const input = { childId: world.children.a1.id, reason: REASON };
      for (const username of ['sw.a1', 'tm.a1', 'iro.a', 'adv.a', 'admin.a', 'yp.a1']) {
        const res = await (await signedIn(username)).gql(EXPORT, { input });
        expect([username, errorCode(res)]).toEqual([username, 'FORBIDDEN']);
      }
      expect(errorCode(await (await signedIn('hos.b')).gql(EXPORT, { input }))).toBe('NOT_FOUND');
      expect(errorCode(await hos.gql(EXPORT, { input: { ...input, reason: 'because' } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await hos.gql(EXPORT, { input: { ...input, reason: '          x         ' } }))).toBe('BAD_USER_INPUT');
      expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'SUBJECT_ACCESS_EXPORT'`)).toBe(before);
      expect(await count(`SELECT count(*)::int AS n FROM subject_access_exports`)).toBe(1);
    });
  });

  describe('retention', () => {
    it('refuses in the database to delete a child or any of their records before the retention date', async () => {
      const { a1 } = world.children;
      const counts = async () => [
        await count(`SELECT count(*)::int AS n FROM children`),
        await count(`SELECT count(*)::int AS n FROM placements WHERE child_id = $1`, [a1.id]),
      ];
      const before = await counts();
      await expect(db.dataSource.query(`DELETE FROM placements WHERE child_id = $1`, [a1.id])).rejects.toThrow(/must be kept until 2089-03-02 \(rule LOOKED_AFTER\)/);
      await expect(db.dataSource.query(`DELETE FROM life_story_items WHERE child_id = $1`, [a1.id])).rejects.toThrow(/must be kept until 2089-03-02/);
      await expect(db.dataSource.query(`DELETE FROM sibling_links`)).rejects.toThrow(/must be kept until/);
      await expect(db.dataSource.query(`DELETE FROM children WHERE id = $1`, [a1.id])).rejects.toThrow(/must be kept until 2089-03-02/);
      await expect(db.dataSource.query(`TRUNCATE placements`)).rejects.toThrow(/cannot be truncated/);
      expect(await counts()).toEqual(before);
    });

    it('gives the client a clear CONFLICT naming the date, not an internal error', async () => {
      const error = await db.dataSource.query(`DELETE FROM legal_statuses WHERE child_id = $1`, [world.children.a1.id]).catch((e: unknown) => e);
      const formatted = formatError({ message: 'x', extensions: {} }, error);
      expect(formatted.extensions).toEqual({ code: 'CONFLICT', keepUntil: '2089-03-02', rule: 'LOOKED_AFTER' });
      expect(formatted.message).toBe("This child's record must be kept until 2089-03-02, so nothing in it can be deleted yet.");
    });

    it('keeps adoption records 100 years from the adoption order', async () => {
      const { a2 } = world.children;
      await db.dataSource.getRepository(LegalStatusEntity).save({ childId: a2.id, status: 'ADOPTION_ORDER', startDate: '2021-05-04', endDate: null });
      const [row] = await db.dataSource.query(`SELECT keep_until::text, rule, rule_from::text FROM child_retention($1)`, [a2.id]);
      expect(row).toEqual({ keep_until: '2121-05-04', rule: 'ADOPTION_ORDER', rule_from: '2021-05-04' });
    });

    it('lists records due for review, with the date and rule, and lets a record past its date be deleted', async () => {
      const team = world.teamA1;
      const [old, soon, notYet, otherCouncil] = await db.dataSource.transaction(async (m) => [
        await makeChild(m, world.councilA, team, { localId: 'OLD1', legalFirstName: 'Olive', legalLastName: 'Old', dateOfBirth: '1940-01-01', dateLookedAfter: '1950-01-01' }),
        await makeChild(m, world.councilA, team, { localId: 'SOON1', legalFirstName: 'Sonia', legalLastName: 'Soon', dateOfBirth: '1951-12-04', dateLookedAfter: '1960-01-01' }),
        await makeChild(m, world.councilA, team, { localId: 'LATE1', legalFirstName: 'Lara', legalLastName: 'Later', dateOfBirth: '1952-06-01', dateLookedAfter: '1960-01-01' }),
        await makeChild(m, world.councilB, world.teamB, { localId: 'OLDB', legalFirstName: 'Oscar', legalLastName: 'Other', dateOfBirth: '1940-01-01', dateLookedAfter: '1950-01-01' }),
      ]);
      const hos = await signedIn('hos.a');
      const due = (await hos.ok<{ recordsDueForRetentionReview: DueRow[] }>(DUE, { days: 30 })).recordsDueForRetentionReview;
      expect(due).toEqual([
        { childId: old.id, localId: 'OLD1', name: 'Olive Old', dateOfBirth: '1940-01-01', keepUntil: '2015-01-01', rule: 'LOOKED_AFTER', ruleFrom: '1940-01-01', overdue: true },
        { childId: soon.id, localId: 'SOON1', name: 'Sonia Soon', dateOfBirth: '1951-12-04', keepUntil: '2026-12-04', rule: 'LOOKED_AFTER', ruleFrom: '1951-12-04', overdue: false },
      ]);
      const within5 = (await hos.ok<{ recordsDueForRetentionReview: DueRow[] }>(DUE, { days: 5 })).recordsDueForRetentionReview;
      expect(within5.map((r) => r.localId)).toEqual(['OLD1']);
      expect(due.map((r) => r.childId)).not.toContain(notYet.id);
      expect(due.map((r) => r.childId)).not.toContain(otherCouncil.id);
      // The administrator runs the review but sees no names or dates of birth.
      const admin = await signedIn('admin.a');
      const adminRows = (await admin.ok<{ recordsDueForRetentionReview: DueRow[] }>(DUE, { days: 30 })).recordsDueForRetentionReview;
      expect(adminRows.map((r) => [r.localId, r.name, r.dateOfBirth, r.ruleFrom, r.keepUntil])).toEqual([
        ['OLD1', null, null, null, '2015-01-01'],
        ['SOON1', null, null, null, '2026-12-04'],
      ]);
      expect(errorCode(await hos.gql(DUE, { days: -1 }))).toBe('BAD_USER_INPUT');
      expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE record_type = 'RetentionReview'`)).toBe(3);

      // Past its date, the database lets the record go, to the API's own least-privilege login too.
      const asApi = await db.apiDataSource();
      await db.dataSource.getRepository(PlacementEntity).save({ childId: old.id, type: 'FOSTER_CARE', carerName: 'Long ago', startDate: '1950-01-01', endDate: '1958-01-01' });
      await asApi.query(`DELETE FROM placements WHERE child_id = $1`, [old.id]);
      await asApi.query(`DELETE FROM children WHERE id = $1`, [old.id]);
      expect(await count(`SELECT count(*)::int AS n FROM children WHERE id = $1`, [old.id])).toBe(0);
    });

    it('council settings lengthen retention (never below the law), and the list follows them', async () => {
      const admin = await signedIn('admin.a');
      const hos = await signedIn('hos.a');
      const { retentionSettings } = await hos.ok<{ retentionSettings: { lookedAfterUntilAge: number; adoptionYears: number; version: number } }>(SETTINGS);
      expect(retentionSettings).toMatchObject({ lookedAfterUntilAge: 75, adoptionYears: 100 });
      const tooShort = await admin.gql(UPDATE_SETTINGS, { input: { lookedAfterUntilAge: 74, adoptionYears: 100, expectedVersion: retentionSettings.version } });
      expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
      expect(tooShort.errors?.[0].message).toMatch(/at least until the 75th birthday/);
      expect(errorCode(await admin.gql(UPDATE_SETTINGS, { input: { lookedAfterUntilAge: 80, adoptionYears: 99, expectedVersion: retentionSettings.version } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await hos.gql(UPDATE_SETTINGS, { input: { lookedAfterUntilAge: 80, adoptionYears: 100, expectedVersion: retentionSettings.version } }))).toBe('FORBIDDEN');
      const updated = await admin.ok<{ updateRetentionSettings: { lookedAfterUntilAge: number; version: number } }>(UPDATE_SETTINGS, {
        input: { lookedAfterUntilAge: 80, adoptionYears: 100, expectedVersion: retentionSettings.version },
      });
      expect(updated.updateRetentionSettings.lookedAfterUntilAge).toBe(80);
      expect(errorCode(await admin.gql(UPDATE_SETTINGS, { input: { lookedAfterUntilAge: 81, adoptionYears: 100, expectedVersion: retentionSettings.version } }))).toBe('CONFLICT');
      const due = (await hos.ok<{ recordsDueForRetentionReview: DueRow[] }>(DUE, { days: 30 })).recordsDueForRetentionReview;
      expect(due.map((r) => r.localId)).not.toContain('SOON1');
      const [audit] = await db.dataSource.query(`SELECT actor_user_id, changes FROM audit_events WHERE record_type = 'RetentionSettings'`);
      expect(audit).toEqual({ actor_user_id: world.users.adminA.id, changes: { retentionLookedAfterUntilAge: { before: 75, after: 80 } } });
      // Council B is untouched.
      expect((await (await signedIn('hos.b')).ok<{ retentionSettings: { lookedAfterUntilAge: number } }>(SETTINGS)).retentionSettings.lookedAfterUntilAge).toBe(75);
    });
  });
});
