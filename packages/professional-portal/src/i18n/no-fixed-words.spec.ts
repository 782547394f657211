import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { IntlMessageFormat } from 'intl-messageformat';
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

/** Attributes whose text a person never reads. */
const TECHNICAL_ATTRIBUTES = new Set([
  'className', 'id', 'href', 'to', 'type', 'name', 'variant', 'autoComplete', 'role', 'lang', 'dir', 'htmlFor', 'key', 'inputMode',
  'method', 'rel', 'target', 'accept', 'targetId', 'spellCheck', 'value', 'kind', 'size', 'width', 'height', 'src', 'download', 'encType', 'action',
  'colour', 'loading', 'scope', 'headers', 'current', 'aria-atomic', 'draggable', 'autoCapitalize', 'autoCorrect', 'enterKeyHint', 'pattern',
  'format', 'mode', 'layout', 'dataKey', 'stackId', 'screen', 'section', 'status', 'tone', 'icon', 'as', 'level',
  'idPrefix', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-live', 'aria-current', 'aria-hidden',
]);
/** Properties of plain objects that hold words a person reads (a column, an option, an error...). */
const WORDY_PROPERTIES = new Set([
  'label', 'hint', 'title', 'heading', 'message', 'text', 'lead', 'legend', 'caption', 'tabTitle', 'description',
  'header', 'empty', 'what', 'summary', 'confirm', 'question', 'placeholder',
]);
/**
 * Calls whose string arguments are never shown: keys, paths, storage, comparisons, and
 * `throw new Error(...)` for a programmer's mistake (a person reads errors through the forms and apiError).
 */
const QUIET_CALLS = /^(Error|say|gql|console\.\w+|navigate|.*\.(startsWith|endsWith|includes|split|join|replace|get|set|has|delete|append|getItem|setItem|removeItem|addEventListener|removeEventListener|querySelector|querySelectorAll|closest|matches|matchMedia|toLocaleDateString|toLocaleString|padStart|indexOf)|fetch|URLSearchParams|require)$/;

const hasWords = (text: string) => /\p{L}{2,}/u.test(text);
/** A string a person would read: words with a space, or one capitalised word ("Search", "Team"). Not paths, classes or codes. */
function readable(text: string): boolean {
  if (!hasWords(text) || /^(\/|https?:|mailto:|tel:|#|\.)/.test(text) || /govuk-|fp-|yp-/.test(text)) return false;
  if (text.trim().split(/\s+/).every((w) => w.includes('\0') || /^[a-z]+([-:.]\w+)+$/.test(w))) return false;
  return (/\s/.test(text) && /\p{Ll}{2,}/u.test(text)) || /^\p{Lu}\p{Ll}+[.:!?]?$/u.test(text);
}

function literalText(node: ts.Node, join = ' '): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(join);
  return null;
}

/** A literal outside JSX that ends up on the page: returned, a fallback, a branch, an argument, a list item or a variable. */
function shownOutsideJsx(node: ts.Node, file: ts.SourceFile): boolean {
  let child: ts.Node = node;
  let parent = node.parent;
  while (parent && ts.isParenthesizedExpression(parent)) {
    child = parent;
    parent = parent.parent;
  }
  for (let a: ts.Node | undefined = parent; a; a = a.parent) {
    if (ts.isTypeNode(a) || ts.isImportDeclaration(a) || ts.isExportDeclaration(a) || ts.isTaggedTemplateExpression(a) || (ts.isCaseClause(a) && a.expression === child)) return false;
  }
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    const shown = [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.PlusToken, ts.SyntaxKind.EqualsToken];
    return parent.right === child && shown.includes(op);
  }
  if (ts.isConditionalExpression(parent)) return parent.condition !== child;
  if (ts.isArrayLiteralExpression(parent)) return !ts.isPropertyAccessExpression(parent.parent);
  if (ts.isArrowFunction(parent) || ts.isReturnStatement(parent)) return true;
  if (ts.isVariableDeclaration(parent)) return parent.initializer === child;
  if (ts.isPropertyAssignment(parent)) {
    const name = parent.name.getText(file);
    return parent.initializer === child && !TECHNICAL_ATTRIBUTES.has(name) && !/className$/i.test(name);
  }
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return !QUIET_CALLS.test(parent.expression.getText(file));
  return false;
}

export function fixedWords(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.basename(fileName)}:${line + 1} ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(file);
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value ? literalText(value) : null;
      if (text !== null && !TECHNICAL_ATTRIBUTES.has(name) && !/className$/i.test(name) && !name.startsWith('data-') && hasWords(text)) report(node, `${name}="${text}"`);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      // {'Hello'} and {`Hello ${name}`} between tags, and either side of a ?: or &&.
      const parts = ts.isConditionalExpression(node.expression) ? [node.expression.whenTrue, node.expression.whenFalse] : ts.isBinaryExpression(node.expression) ? [node.expression.right] : [node.expression];
      for (const part of parts) {
        const text = literalText(part);
        if (text !== null && hasWords(text)) report(part, text);
      }
    } else if (ts.isPropertyAssignment(node) && WORDY_PROPERTIES.has(node.name.getText(file))) {
      const text = literalText(node.initializer);
      if (text !== null && hasWords(text)) report(node, `${node.name.getText(file)}: ${text}`);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !ts.isJsxAttribute(node.parent) && !ts.isJsxExpression(node.parent)) {
      const text = literalText(node, '\0');
      const wordyProperty = ts.isPropertyAssignment(node.parent) && WORDY_PROPERTIES.has(node.parent.name.getText(file));
      if (text !== null && !wordyProperty && readable(text) && shownOutsideJsx(node, file)) report(node, text.replace(/\0/g, '…'));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const SRC = path.resolve(__dirname, '..');

/** A folder's own code: not generated types, tests, or the catalogue and its reader. */
function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['gql', 'graphql', 'testing', 'locales'].includes(entry.name) ? [] : componentFiles(full);
    if (!/\.tsx?$/.test(entry.name) || /\.spec\.tsx?$/.test(entry.name)) return [];
    return [full];
  });
}

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

  it('bites: words typed into a page, a label, a column, an error or a template are found', () => {
    const page = `
      const TILES = [{ href: '/x', label: 'My plan' }];
      const COLUMNS = [{ key: 'name', header: 'Name', cell: (c) => c.name || 'Not recorded' }];
      const validate = (v) => (!v ? 'Enter a title' : undefined);
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
          </Page>
        );
      }`;
    expect(fixedWords('page.tsx', page)).toEqual([
      'page.tsx:2 label: My plan',
      'page.tsx:3 header: Name',
      'page.tsx:3 Not recorded',
      'page.tsx:4 Enter a title',
      'page.tsx:6 Life story',
      'page.tsx:9 title="Your plan"',
      'page.tsx:10 Hello there',
      'page.tsx:11 hint="Press here"',
      'page.tsx:12 Hi',
      'page.tsx:13 aria-label="Call now"',
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
