import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { buildSchema, NoDeprecatedCustomRule, parse, validate, type GraphQLSchema } from 'graphql';

/**
 * Every fixed sentence a child reads comes from a catalogue (locales/*.json via
 * WORDS), never from code: a sentence typed into a component would stay English
 * for a child reading Pashto. This reads every component with the TypeScript
 * parser and lists words written straight into the page.
 */

/** Attributes whose text a person never reads. */
const TECHNICAL_ATTRIBUTES = new Set([
  'className', 'id', 'href', 'to', 'type', 'name', 'variant', 'autoComplete', 'role', 'lang', 'dir', 'htmlFor', 'key', 'inputMode',
  'method', 'rel', 'target', 'accept', 'targetId', 'spellCheck', 'value', 'kind', 'size', 'width', 'height', 'src', 'download', 'encType', 'action',
  'colour', 'loading', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-live', 'aria-current', 'aria-hidden',
]);
/** Properties of plain objects that hold words a person reads (e.g. a list of tiles or options). */
const WORDY_PROPERTIES = new Set(['label', 'hint', 'title', 'heading', 'message', 'text', 'lead', 'legend', 'caption', 'tabTitle', 'description']);

const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

export function fixedWords(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.basename(fileName)}:${line + 1} ${text.trim()}`);
  };
  const literalText = (node: ts.Node): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    return null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(file);
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value ? literalText(value) : null;
      if (text !== null && !TECHNICAL_ATTRIBUTES.has(name) && !name.startsWith('data-') && hasWords(text)) report(node, `${name}="${text}"`);
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
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The portal's own code: not generated types, tests, or the catalogues and their reader. */
function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['gql', 'testing', 'locales'].includes(entry.name) ? [] : componentFiles(full);
    if (!/\.tsx?$/.test(entry.name) || /\.spec\.tsx?$/.test(entry.name)) return [];
    return [full];
  });
}

describe('no fixed sentence outside the catalogues', () => {
  it('finds none in the young-person portal', () => {
    const root = path.resolve(__dirname, '..');
    const files = componentFiles(root);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => fixedWords(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('bites: words typed into a page, a label, a tile or a template are found', () => {
    const page = `
      const TILES = [{ href: '/x', label: 'My plan' }];
      export function P({ name }: { name: string }) {
        return (
          <Page title="Your plan" className="yp-x">
            <p>Hello there</p>
            <Button hint={'Press here'} data-x="skip">{WORDS.site.home}</Button>
            {name ? \`Hi \${name}\` : null}
            <a href="tel:999" aria-label="Call now">999</a>
          </Page>
        );
      }`;
    expect(fixedWords('page.tsx', page)).toEqual([
      'page.tsx:2 label: My plan',
      'page.tsx:5 title="Your plan"',
      'page.tsx:6 Hello there',
      'page.tsx:7 hint="Press here"',
      'page.tsx:8 Hi',
      'page.tsx:9 aria-label="Call now"',
    ]);
  });
});

/**
 * A sentence the server writes is as English as one typed into a page. The API
 * keeps its older English fields for other callers, deprecated ("English only:
 * read … and say it in the child's language"); the portal reads codes, dates
 * and names, and words them from its catalogues. This reads every operation the
 * portal sends and lists any deprecated field it asks for.
 */
export function serverSentences(schema: GraphQLSchema, fileName: string, source: string): string[] {
  return validate(schema, parse(source), [NoDeprecatedCustomRule]).map((e) => `${path.basename(fileName)}: ${e.message}`);
}

function operationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : operationFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

describe('no English sentence from the server', () => {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../../schema.graphql'), 'utf8'));
  const fragments = operationFiles(path.resolve(__dirname, '..')).map((f) => readFileSync(f, 'utf8'));

  it('the young-person portal asks the API for no English-only field', () => {
    const files = operationFiles(path.resolve(__dirname, '..'));
    expect(files.length).toBeGreaterThan(8);
    // All documents together, so fragments defined in one file and spread in another resolve.
    expect(serverSentences(schema, 'operations', fragments.join('\n'))).toEqual([]);
  });

  it('bites: asking for the sentence of "who looked at my file" or the after-18 words is found', () => {
    const found = serverSentences(schema, 'looks.graphql', 'query A { whoLookedAtMyFile { sentence when } myLeavingCare { after18 afterEighteen } }');
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('MyFileLook.sentence');
    expect(found[0]).toContain("English only: read who, roleName, parts and when and say it in the child's language.");
    expect(found[1]).toContain('MyLeavingCare.after18');
  });
});
