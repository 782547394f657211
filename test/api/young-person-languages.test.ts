import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, type ApiClient, startTestApi, type TestApi } from '../support/api';
import { buildWorld, type World } from '../support/world';

const MY_LANGUAGE = `query { myLanguage { language chosen languages { code ownName dir } } }`;
const SET_MY_LANGUAGE = `mutation($language: String!) { setMyLanguage(language: $language) { language chosen } }`;
const SETTINGS = `query { youngPersonLanguages { code englishName switchedOn } }`;
const SIGN_IN_LANGUAGES = `query { signInLanguages { code ownName dir } }`;
const SET_LANGUAGES = `mutation($languages: [String!]!) { setYoungPersonLanguages(languages: $languages) { code switchedOn } }`;
type MyLanguage = { language: string; chosen: string | null; languages: { code: string; ownName: string; dir: string }[] };
type Setting = { code: string; switchedOn: boolean };

describe('the young-person portal in the child’s own language', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const signedIn = (username: string): Promise<ApiClient> => api.signedIn(username);
  const on = (settings: Setting[]) => settings.filter((s) => s.switchedOn).map((s) => s.code);

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    // Amira's record says she reads Pashto best.
    await db.dataSource.query(`UPDATE children SET first_language = 'Pashto' WHERE id = $1`, [world.children.a1.id]);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('only English until the council switches a language on; then the first language on the record; the child’s own choice is kept on the server', async () => {
    const amira = await signedIn('yp.a1');
    // Unchecked drafts are off: Amira reads English, and may only choose English.
    expect((await amira.ok<{ myLanguage: MyLanguage }>(MY_LANGUAGE)).myLanguage).toEqual({ language: 'en', chosen: null, languages: [{ code: 'en', ownName: 'English', dir: 'ltr' }] });
    expect(errorCode(await amira.gql(SET_MY_LANGUAGE, { language: 'ps' }))).toBe('BAD_USER_INPUT');
    expect((await db.dataSource.query(`SELECT portal_language FROM children WHERE id = $1`, [world.children.a1.id]))[0].portal_language).toBeNull();

    const admin = await signedIn('admin.a');
    expect(on((await admin.ok<{ youngPersonLanguages: Setting[] }>(SETTINGS)).youngPersonLanguages)).toEqual(['en']);
    expect((await api.client().ok<{ signInLanguages: { code: string }[] }>(SIGN_IN_LANGUAGES)).signInLanguages).toEqual([{ code: 'en', ownName: 'English', dir: 'ltr' }]);
    // English stays on even when left out; unknown codes change nothing.
    expect(errorCode(await admin.gql(SET_LANGUAGES, { languages: ['ps', 'xx'] }))).toBe('BAD_USER_INPUT');
    expect(on((await admin.ok<{ setYoungPersonLanguages: Setting[] }>(SET_LANGUAGES, { languages: ['ps', 'ar', 'cy'] })).setYoungPersonLanguages)).toEqual(['en', 'cy', 'ar', 'ps']);
    const audit = await db.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'YOUNG_PERSON_LANGUAGES_CHANGED'`);
    expect(audit).toEqual([{ changes: { youngPersonLanguages: { before: ['en'], after: ['en', 'cy', 'ar', 'ps'] } } }]);

    // Before sign-in nobody's council is known: the sign-in pages offer the languages any council here has on.
    const nobody = api.client();
    expect((await nobody.ok<{ signInLanguages: { code: string }[] }>(SIGN_IN_LANGUAGES)).signInLanguages.map((l) => l.code)).toEqual(['en', 'cy', 'ar', 'ps']);

    // Now Pashto, from her record; right to left.
    const mine = (await amira.ok<{ myLanguage: MyLanguage }>(MY_LANGUAGE)).myLanguage;
    expect(mine.language).toBe('ps');
    expect(mine.languages.map((l) => l.code)).toEqual(['en', 'cy', 'ar', 'ps']);
    expect(mine.languages.find((l) => l.code === 'ps')).toEqual({ code: 'ps', ownName: 'پښتو', dir: 'rtl' });

    // She chooses Arabic; a new sign-in (another phone) keeps it.
    expect((await amira.ok<{ setMyLanguage: { language: string } }>(SET_MY_LANGUAGE, { language: 'ar' })).setMyLanguage).toEqual({ language: 'ar', chosen: 'ar' });
    const elsewhere = await signedIn('yp.a1');
    expect((await elsewhere.ok<{ myLanguage: MyLanguage }>(MY_LANGUAGE)).myLanguage.language).toBe('ar');
    const childAudit = await db.dataSource.query(`SELECT changes FROM audit_events WHERE record_type = 'Child' AND action = 'UPDATE' AND child_id = $1`, [world.children.a1.id]);
    expect(childAudit).toEqual([{ changes: { portalLanguage: { before: null, after: 'ar' } } }]);
    // Choosing is not an edit of the record a worker may be changing: its version stays.
    const [{ version }] = await db.dataSource.query(`SELECT version FROM children WHERE id = $1`, [world.children.a1.id]);
    expect(version).toBe(world.children.a1.version);

    // The council switches Arabic off: she reads Pashto (her first language) again, and can always go back to English.
    await admin.ok(SET_LANGUAGES, { languages: ['ps'] });
    expect((await amira.ok<{ myLanguage: MyLanguage }>(MY_LANGUAGE)).myLanguage).toMatchObject({ language: 'ps', chosen: 'ar' });
    expect((await amira.ok<{ setMyLanguage: { language: string } }>(SET_MY_LANGUAGE, { language: 'en' })).setMyLanguage.language).toBe('en');
  });

  it('professionals and other councils are refused; another child is not changed', async () => {
    for (const staff of ['sw.a1', 'hos.a']) {
      const c = await signedIn(staff);
      expect(errorCode(await c.gql(SET_MY_LANGUAGE, { language: 'en' }))).toBe('FORBIDDEN');
      expect(errorCode(await c.gql(SET_LANGUAGES, { languages: ['ar'] }))).toBe('FORBIDDEN');
    }
    const adam = await signedIn('yp.a1sib');
    expect(errorCode(await adam.gql(SET_LANGUAGES, { languages: ['ar'] }))).toBe('FORBIDDEN');
    const [{ portal_language }] = await db.dataSource.query(`SELECT portal_language FROM children WHERE id = $1`, [world.children.a1sib.id]);
    expect(portal_language).toBeNull();
  });

  it('a worker’s reply says which language it is written in, and the child sees it', async () => {
    const amira = await signedIn('yp.a1');
    const { saveViewDraft } = await amira.ok<{ saveViewDraft: { id: string; version: number } }>(
      `mutation($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id version } }`,
      { input: { topic: 'SCHOOL', words: 'I want to stay at my school', readers: ['WORKER'], clientKey: 'languages-test-1' } },
    );
    await amira.ok(`mutation($id: ID!, $v: Int!) { sendView(viewId: $id, expectedVersion: $v) { id } }`, { id: saveViewDraft.id, v: saveViewDraft.version });
    const worker = await signedIn('sw.a1');
    const [{ version }] = await db.dataSource.query(`SELECT version FROM views WHERE id = $1`, [saveViewDraft.id]);
    const reply = `mutation($input: ReplyToViewInput!) { replyToView(input: $input) { replyLanguage } }`;
    expect(errorCode(await worker.gql(reply, { input: { viewId: saveViewDraft.id, reply: 'x', language: 'klingon', expectedVersion: version } }))).toBe('BAD_USER_INPUT');
    expect((await worker.ok<{ replyToView: { replyLanguage: string } }>(reply, { input: { viewId: saveViewDraft.id, reply: 'ته به په خپل ښوونځي کې پاتې شې.', language: 'ps', expectedVersion: version } })).replyToView).toEqual({ replyLanguage: 'ps' });
    const { myViews } = await amira.ok<{ myViews: { id: string; reply: { words: string; language: string } | null }[] }>(`query { myViews { id reply { words language } } }`);
    expect(myViews.find((v) => v.id === saveViewDraft.id)?.reply).toEqual({ words: 'ته به په خپل ښوونځي کې پاتې شې.', language: 'ps' });
  });
});
