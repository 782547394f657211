import fs from 'node:fs';
import path from 'node:path';

/**
 * Both portals compute no permission: what a person may open or do comes from
 * the API (Me.abilities, Child.abilities, Plan.abilities), which reads the same
 * policies that answer every request. So no portal source outside generated
 * types, test data and specs names a role or checks one. Role WORDS (labels,
 * home titles) live in packages/shared and are looked up by role, never compared.
 */
const root = path.resolve(__dirname, '..', '..');
const PORTALS = ['packages/professional-portal/src', 'packages/young-person-portal/src'];

const ROLE_NAMES = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE', 'ADVOCATE', 'ADMINISTRATOR', 'YOUNG_PERSON'];

/** What counts as deciding by role: a role named in code, or the person's role compared, passed to a check or listed. */
const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'a role name', pattern: new RegExp(`['"\`](${ROLE_NAMES.join('|')})['"\`]`) },
  { name: 'a role compared', pattern: /\brole\s*[!=]==|[!=]==\s*[A-Za-z_.]*\brole\b/ },
  { name: 'a role passed to a check', pattern: /\w\(\s*(me\??\.)?role\s*[),]/ },
  { name: 'a role used as a condition', pattern: /\bme\??\.role\s*(&&|\|\||\?)|!\s*me\??\.role\b/ },
  { name: 'a list of roles', pattern: /\bRole\[\]|readonly Role\[\]|includes\(\s*(me\??\.)?role\s*\)/ },
];

/**
 * Words that spell like a role but are another vocabulary's values, each with
 * why. An entry that no longer matches anything fails the test (no stale exceptions).
 */
const NOT_ROLES: { file: string; text: string; why: string }[] = [
  { file: 'packages/professional-portal/src/caseload/caseload-page.tsx', text: "socialWorker: 'SOCIAL_WORKER'", why: 'ChildSortField SOCIAL_WORKER: sort by worker name' },
  { file: 'packages/professional-portal/src/caseload/caseload-page.tsx', text: "iro: 'IRO'", why: 'ChildSortField IRO: sort by IRO name' },
  { file: 'packages/professional-portal/src/escalations/escalations-page.tsx', text: "'INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER'", why: 'IroDisputeStage TEAM_MANAGER: a stage of the dispute protocol' },
  { file: 'packages/professional-portal/src/advocate/advocate-child-page.tsx', text: "readers: ['WORKER', 'IRO']", why: 'ViewReader IRO: who a view is addressed to' },
  {
    file: 'packages/professional-portal/src/sign-in-settings/provider-form.tsx',
    text: 'm.role && belongsToATeam(m.role)',
    why: 'the role a sign-in mapping gives (the form’s data), checked for a team as the API checks it; not the viewer’s role',
  },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'gql' || entry.name === 'testing') continue;
      out.push(...sourceFiles(full));
    } else if (/\.tsx?$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/** The lines that decide by role, as "file:line: rule: text". */
function findings(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
    for (const rule of RULES) {
      if (!rule.pattern.test(line)) continue;
      if (NOT_ROLES.some((n) => file.endsWith(n.file) && line.includes(n.text))) continue;
      out.push(`${file}:${i + 1}: ${rule.name}: ${line.trim()}`);
    }
  });
  return out;
}

describe('the portals decide no permission', () => {
  const files = PORTALS.flatMap((p) => sourceFiles(path.join(root, p)));

  it('reads every source file of both portals', () => {
    expect(files.some((f) => f.includes('professional-portal/src/app/layout.tsx'))).toBe(true);
    expect(files.some((f) => f.includes('young-person-portal/src/auth/sign-in-page.tsx'))).toBe(true);
    expect(files.some((f) => f.includes('/gql/') || f.includes('/testing/') || /\.spec\.tsx?$/.test(f))).toBe(false);
  });

  it('has no role name or role check outside generated types, test data and specs', () => {
    const found = files.flatMap((f) => findings(path.relative(root, f), fs.readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('keeps the professional portal’s role module deleted', () => {
    expect(fs.existsSync(path.join(root, 'packages/professional-portal/src/auth/roles.ts'))).toBe(false);
  });

  it('has no stale exception', () => {
    for (const n of NOT_ROLES) expect({ entry: n.text, found: fs.readFileSync(path.join(root, n.file), 'utf8').includes(n.text) }).toEqual({ entry: n.text, found: true });
  });

  it('can fail: it finds each kind of role logic the portals used to have', () => {
    // Lines of the old code (auth/roles.ts, plan-workflow.tsx, layout.tsx, the young person's sign-in).
    const old = [
      "const CASE_EDITORS: readonly Role[] = ['SOCIAL_WORKER', 'TEAM_MANAGER'];",
      "export const canReviewRetention = (role: Role) => role === 'HEAD_OF_SERVICE' || role === 'ADMINISTRATOR';",
      "    approveAsHeadOfService: role === 'HEAD_OF_SERVICE' && hosPending && plan.status !== 'DRAFT',",
      '  const editable = canEditChild(me.role);',
      '  if (canReadChildren(role) || isAdvocate) items.push(home);',
      '  const editor = EDITORS.includes(role);',
      "      if (me.role !== 'YOUNG_PERSON') {",
      '            canRestore={me.role === TM}',
    ];
    for (const line of old) expect({ line, found: findings('packages/professional-portal/src/example.tsx', line).length > 0 }).toEqual({ line, found: true });
    // And lets through what the portals do now.
    const fine = [
      '  const editable = child.abilities.canEdit;',
      "  if (can.children || can.advocacy) items.push({ href: '/', text: HOME_TITLES[me.role] });",
      '        signedInAs={me ? `${me.displayName} (${ROLE_LABELS[me.role]})` : undefined}',
    ];
    for (const line of fine) expect({ line, found: findings('packages/professional-portal/src/example.tsx', line) }).toEqual({ line, found: [] });
  });
});
