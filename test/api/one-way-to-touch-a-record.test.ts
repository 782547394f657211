import fs from 'node:fs';
import path from 'node:path';

/**
 * One way to touch a record (issue 16, build point 2): every write to a
 * child's record finds it within the actor's reach, locks the child row first
 * and then the record, authorizes and sets the acting user through
 * packages/server/src/policies/child-record.ts. So no other server source
 * locks a row or sets the acting user itself, except the writes below that
 * touch no child's record (accounts, councils, sign-in), each with why and
 * how many locks it takes, so a new lock in one of them fails too.
 */
const root = path.resolve(__dirname, '..', '..');
const SERVER = 'packages/server/src';
const HELPER = `${SERVER}/policies/child-record.ts`;
/** actAs itself lives here; only the helper calls it. */
const ACTING_USER = `${SERVER}/database/acting-user.ts`;

const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'a row lock', pattern: /pessimistic_(write|read)|\bFOR (UPDATE|SHARE|NO KEY UPDATE)\b|\.setLock\(/ },
  { name: 'the acting user set', pattern: /\bactAs\(|forever_planning\.acting_user_id/ },
];

/** Locks that are about no child's record: the file, how many lines lock, and why. */
const NOT_A_CHILD_RECORD: { file: string; count: number; why: string }[] = [
  { file: 'modules/auth/auth.service.ts', count: 1, why: 'an invitation code, redeemed once (no session yet, so no actor)' },
  { file: 'modules/second-factor/second-factor.service.ts', count: 2, why: "a staff account's second factor and the council's setting" },
  { file: 'modules/young-person/young-person.service.ts', count: 2, why: "the council's portal languages (the child's own row is locked by the helper first)" },
  { file: 'modules/notifications/notifications.service.ts', count: 4, why: "the council's notification settings, queued notifications, and UNSAFE messages escalated once by the scheduler" },
  { file: 'modules/staff/staff.service.ts', count: 4, why: 'staff accounts (approval, contact details, Social Work England number, disabling)' },
  { file: 'modules/imports/ssda903-uploads.service.ts', count: 1, why: 'an upload of a return, not yet applied' },
  { file: 'modules/data-protection/retention.service.ts', count: 1, why: "the council's retention run" },
  { file: 'modules/single-sign-on/single-sign-on.service.ts', count: 4, why: "the council's sign-in provider settings and staff accounts" },
  { file: 'import/ssda903-import.ts', count: 1, why: 'the import acts for the council, no person: it locks its batch of children in the one order (ascending id)' },
  { file: 'import/case-system-sync.ts', count: 1, why: 'the case-system sync acts for the council, no person: one child by its local id' },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Migrations define the database's triggers, not write paths (ChildFactsVersion's trigger, too, locks children in ascending id).
    if (entry.isDirectory()) {
      if (entry.name !== 'migrations') out.push(...sourceFiles(full));
    }
    else if (/\.ts$/.test(entry.name) && !/\.(spec|test)\.ts$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** The lines that lock or set the acting user, as "file:line: rule: text" (comments are not code). */
function findings(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
    for (const rule of RULES) if (rule.pattern.test(line)) out.push(`${file}:${i + 1}: ${rule.name}: ${line.trim()}`);
  });
  return out;
}

/** Everything outside the helper that locks or acts, less the counted exceptions. */
function breaches(files: { file: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { file, text } of files) {
    if (file === HELPER || file === ACTING_USER) continue;
    const found = findings(file, text);
    const allowed = NOT_A_CHILD_RECORD.find((n) => file === `${SERVER}/${n.file}`);
    if (allowed && found.length === allowed.count) continue;
    if (allowed) out.push(`${file}: ${found.length} locks where ${allowed.count} are allowed (${allowed.why}):\n  ${found.join('\n  ')}`);
    else out.push(...found);
  }
  return out;
}

describe('one way to touch a record', () => {
  const files = sourceFiles(path.join(root, SERVER)).map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') }));

  it('reads every server source file, the helper among them', () => {
    expect(files.some((f) => f.file === HELPER)).toBe(true);
    expect(files.some((f) => f.file.endsWith('modules/plans/plans.service.ts'))).toBe(true);
    // The helper is where the locks and the acting user are: the rules see them there.
    const helper = files.find((f) => f.file === HELPER)!;
    expect(findings(HELPER, helper.text).map((l) => l.split(': ')[1])).toEqual(expect.arrayContaining(['a row lock', 'the acting user set']));
  });

  it('no service locks a row or sets the acting user outside policies/child-record.ts', () => {
    expect(breaches(files)).toEqual([]);
  });

  it('every exception still takes exactly its locks (no stale entries)', () => {
    for (const n of NOT_A_CHILD_RECORD) {
      const f = files.find((x) => x.file === `${SERVER}/${n.file}`);
      expect({ file: n.file, locks: f ? findings(f.file, f.text).length : 'missing' }).toEqual({ file: n.file, locks: n.count });
    }
  });

  it('can fail: a service that locks its own row, or sets the acting user, is found', () => {
    const service = `${SERVER}/modules/example/example.service.ts`;
    const bad = [
      { file: service, text: "const row = await manager.createQueryBuilder(X, 'x').setLock('pessimistic_write').getOne();" },
      { file: `${SERVER}/modules/other/other.service.ts`, text: 'await manager.query(`SELECT id FROM plans WHERE id = $1 FOR UPDATE`, [id]);' },
      { file: `${SERVER}/modules/third/third.service.ts`, text: '  await actAs(manager, actor);' },
      { file: `${SERVER}/modules/staff/staff.service.ts`, text: files.find((f) => f.file.endsWith('staff/staff.service.ts'))!.text + "\nawait m.findOne(U, { lock: { mode: 'pessimistic_write' } });" },
    ];
    const found = breaches(bad);
    expect(found).toHaveLength(4);
    expect(found[0]).toContain('a row lock');
    expect(found[2]).toContain('the acting user set');
    expect(found[3]).toContain('5 locks where 4 are allowed');
    // A comment that names a lock is not a lock.
    expect(breaches([{ file: service, text: '  // the child row is locked FOR UPDATE by the helper' }])).toEqual([]);
  });
});
