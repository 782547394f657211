import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { IntlMessageFormat } from 'intl-messageformat';
import { componentFiles as sharedComponentFiles, fixedWords as findFixedWords, READ_WHEN_READABLE, TECHNICAL_ATTRIBUTES, WORDY_PROPERTIES, type FixedWordRules } from '@forever-planning/ui/testing/fixed-words';
import en from './locales/en.json';

/**
 * The professional portal's fixed words live in locales/en.json and are read
 * with say(), as the young-person portal's are (English only here for now). A
 * folder is "migrated" once every sentence, label, hint, error, heading and
 * button text in it comes from the catalogue; this test reads every component
 * of a migrated folder with the TypeScript parser and lists words written
 * straight into the code. The other folders still hold their English in code
 * and are listed below as not yet migrated.
 */
export const MIGRATED = [
  'account', 'advocate', 'alerts', 'app', 'audit', 'auth', 'caseload', 'children', 'common', 'court',
  'data-protection', 'drafts', 'escalations', 'family-finding', 'home', 'imports', 'languages', 'life-story',
  'local-policy', 'meetings', 'notifications', 'plans', 'record', 'reports', 'sign-in-settings', 'staff', 'tracker', 'views',
];
/** Still English in code: move them over, then move the name up to MIGRATED (none left: a new folder starts in MIGRATED). */
export const NOT_YET_MIGRATED: string[] = [];

/** Attributes whose text a person never reads: both portals' list and this portal's own. */
const TECHNICAL = new Set([
  ...TECHNICAL_ATTRIBUTES,
  'scope', 'headers', 'current', 'aria-atomic', 'draggable', 'autoCapitalize', 'autoCorrect', 'enterKeyHint', 'pattern',
  'format', 'mode', 'layout', 'dataKey', 'stackId', 'screen', 'section', 'status', 'tone', 'icon', 'as', 'level', 'idPrefix',
]);
/** Properties of plain objects that hold words a person reads (a column, an option, an error...). */
const WORDY = new Set([...WORDY_PROPERTIES, 'header', 'empty', 'what', 'summary', 'confirm', 'question', 'placeholder']);
/**
 * Calls whose string arguments are never shown: keys, paths, storage, comparisons, and
 * `throw new Error(...)` for a programmer's mistake (a person reads errors through the forms and apiError).
 */
const QUIET_CALLS = /^(Error|say|gql|console\.\w+|navigate|.*\.(startsWith|endsWith|includes|split|join|replace|get|set|has|delete|append|getItem|setItem|removeItem|addEventListener|removeEventListener|querySelector|querySelectorAll|closest|matches|matchMedia|toLocaleDateString|toLocaleString|padStart|indexOf)|fetch|URLSearchParams|require)$/;

/**
 * Every folder is migrated, so this reads strictly: string literals outside JSX too
 * (a returned error, a fallback), a summary list row's readable `key`, and data-label.
 */
const RULES: FixedWordRules = {
  technicalAttributes: TECHNICAL,
  wordyProperties: WORDY,
  readWhenReadable: new Set(READ_WHEN_READABLE),
  rowValues: true,
  literalsOutsideJsx: { quietCalls: QUIET_CALLS },
};
export const fixedWords = (fileName: string, source: string) => findFixedWords(fileName, source, RULES);

const SRC = path.resolve(__dirname, '..');

/** A folder's own code: not generated types, tests, or the catalogue and its reader. */
const componentFiles = (dir: string) => sharedComponentFiles(dir, ['gql', 'graphql', 'testing', 'locales']);

describe('no fixed sentence outside the catalogue in the professional portal', () => {
  it('every folder is either migrated or listed as not yet migrated', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !['gql', 'i18n', 'testing'].includes(e.name))
      .map((e) => e.name)
      .sort();
    expect([...MIGRATED, ...NOT_YET_MIGRATED].sort()).toEqual(folders);
  });

  it.each(MIGRATED)('finds none in %s/', (folder) => {
    const files = componentFiles(path.join(SRC, folder));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((f) => fixedWords(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('bites: words typed into a page, a label, a column, a summary row, a phone\'s cell label, an error or a template are found', () => {
    const page = `
      const TILES = [{ href: '/x', label: 'My plan' }];
      const COLUMNS = [{ key: 'name', header: 'Name', cell: (c) => c.name || 'Not recorded' }];
      const validate = (v) => (!v ? 'Enter a title' : undefined);
      const ROWS = [{ key: 'Due by', value: due }, { key: 'child', value: name }, { key: \`Plan \${n}\`, value: n }, { key: 'Secret', value: 'Set (never shown)' }];
      const OPTIONS = [{ value: 'Other', label: other }];
      export function P({ name }: { name: string }) {
        usePageTitle('Life story');
        if (name === 'Some Name') return null;
        return (
          <Page title="Your plan" className="govuk-x" captionClassName="govuk-table__caption--s">
            <p>Hello there</p>
            <Button hint={'Press here'} data-x="skip" id={\`\${name}-hint\`}>{say('layout.nav.driftList')}</Button>
            {name ? \`Hi \${name}\` : null}
            <a href="tel:999" aria-label="Call now">999</a>
            <th scope="col">{name}</th>
            <td data-label="Days overdue" data-testid="overdue" key="Some Key">{name}</td>
          </Page>
        );
      }`;
    expect(fixedWords('page.tsx', page)).toEqual([
      'page.tsx:2 label: My plan',
      'page.tsx:3 header: Name',
      'page.tsx:3 Not recorded',
      'page.tsx:4 Enter a title',
      'page.tsx:5 key: Due by',
      'page.tsx:5 key: Plan …',
      'page.tsx:5 key: Secret',
      'page.tsx:5 value: Set (never shown)',
      'page.tsx:8 Life story',
      'page.tsx:11 title="Your plan"',
      'page.tsx:12 Hello there',
      'page.tsx:13 hint="Press here"',
      'page.tsx:14 Hi',
      'page.tsx:15 aria-label="Call now"',
      'page.tsx:17 data-label="Days overdue"',
    ]);
  });
});

type Catalogue = { [key: string]: string | Catalogue };
const catalogue = en as unknown as Catalogue;
const lookUp = (key: string): unknown => key.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Catalogue)[part] : undefined), catalogue);

describe('every key the code asks for is in locales/en.json', () => {
  const files = componentFiles(SRC);
  const calls = files.flatMap((f) => {
    const source = readFileSync(f, 'utf8');
    const file = ts.createSourceFile(f, source, ts.ScriptTarget.Latest, true, f.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const found: { where: string; key: string | null }[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'say') {
        const arg = node.arguments[0];
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        found.push({ where: `${path.relative(SRC, f)}:${line + 1}`, key: arg && ts.isStringLiteral(arg) ? arg.text : null });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return found;
  });

  it('each say() names its key in plain text, and the key holds a message that reads', () => {
    expect(calls.length).toBeGreaterThan(500);
    expect(calls.filter((c) => c.key === null).map((c) => c.where)).toEqual([]);
    const missing = calls.filter((c) => typeof lookUp(c.key!) !== 'string').map((c) => `${c.where} ${c.key}`);
    expect(missing).toEqual([]);
    const unreadable = calls.flatMap((c) => {
      try {
        // As i18next-icu reads them: <tenant> in a message is text, not a tag.
        new IntlMessageFormat(lookUp(c.key!) as string, 'en', undefined, { ignoreTag: true });
        return [];
      } catch (e) {
        return [`${c.key}: ${(e as Error).message}`];
      }
    });
    expect(unreadable).toEqual([]);
  });

  it('bites: a key that is not in the catalogue is found', () => {
    expect(lookUp('layout.nav.driftList')).toBe('Drift list');
    expect(lookUp('layout.nav.noSuchPage')).toBeUndefined();
    expect(lookUp('layout.nav')).not.toEqual(expect.any(String));
  });
});
