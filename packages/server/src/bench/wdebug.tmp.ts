import * as S from './scenarios';
import { Pool } from 'pg';
const PORT = 4150;
async function gql(query: string, variables: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
  return { res, body: (await res.json()) as any };
}
async function signIn(username: string) {
  const { res } = await gql(S.SIGN_IN, { input: { username, password: 'england-bench-2026' } });
  return `fp_session=${/fp_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]}`;
}
(async () => {
  const pool = new Pool({ connectionString: 'postgres://postgres@127.0.0.1:5432/fp_england' });
  const yp = await signIn('yp.100.10');
  const d = await gql(S.SAVE_VIEW_DRAFT, { input: { topic: 'SCHOOL', words: 'I like my new school.', mood: 'HAPPY', readers: ['WORKER', 'IRO'] } }, yp);
  console.log('draft', JSON.stringify(d.body).slice(0, 300));
  const v = d.body.data?.saveViewDraft;
  const s = await gql(S.SEND_VIEW, { viewId: v?.id, expectedVersion: v?.version }, yp);
  console.log('send', JSON.stringify(s.body).slice(0, 300));
  const [tm] = (await pool.query(`SELECT u.username, ra.team_id FROM users u JOIN role_assignments ra ON ra.user_id=u.id WHERE u.username='tm.100.2'`)).rows;
  const [o] = (await pool.query(`SELECT o.id, o.version FROM plan_outcomes o JOIN plans p ON p.id = o.plan_id JOIN children c ON c.id = p.child_id WHERE c.team_id = $1 AND p.status NOT IN ('ACHIEVED', 'ENDED') AND p.deleted_at IS NULL ORDER BY o.id LIMIT 1`, [tm.team_id])).rows;
  const tmc = await signIn('tm.100.2');
  const u = await gql(S.UPDATE_OUTCOME, { input: { outcomeId: o.id, expectedVersion: o.version, progress: 'Going well.' } }, tmc);
  console.log('outcome', JSON.stringify(u.body).slice(0, 400));
  const [iro] = (await pool.query(`SELECT id FROM users WHERE username='iro.100.5'`)).rows;
  const [m] = (await pool.query(`INSERT INTO meetings (child_id, type, due_date, chair_id) SELECT c.id, 'SUBSEQUENT_REVIEW', current_date + 30, c.iro_id FROM children c WHERE c.iro_id = $1 AND c.date_ceased_looked_after IS NULL LIMIT 1 RETURNING id, version`, [iro.id])).rows;
  const iroc = await signIn('iro.100.5');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const r = await gql(S.RECORD_REVIEW, { input: { meetingId: m.id, expectedVersion: m.version, heldOn: today, attendees: ['Young person'], decisions: 'Plan continues.', participation: 'PN1' } }, iroc);
  console.log('review', JSON.stringify(r.body).slice(0, 400));
  const r2 = await gql(S.RECORD_REVIEW, { input: { meetingId: m.id, expectedVersion: r.body.data?.recordMeeting?.version, heldOn: today, attendees: ['Young person'], decisions: 'Plan continues.', participation: 'PN1' } }, iroc);
  console.log('review again', JSON.stringify(r2.body).slice(0, 400));
  await pool.end();
})();
