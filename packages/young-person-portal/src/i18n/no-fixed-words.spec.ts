import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { componentFiles as sharedComponentFiles, fixedWords as findFixedWords, READ_WHEN_READABLE, TECHNICAL_ATTRIBUTES, WORDY_PROPERTIES, type FixedWordRules } from '@forever-planning/ui/testing/fixed-words';
import { buildSchema, NoDeprecatedCustomRule, parse, validate, type GraphQLSchema } from 'graphql';

/**
 * Every fixed sentence a child reads comes from a catalogue (locales/*.json via
 * WORDS), never from code: a sentence typed into a component would stay English
 * for a child reading Pashto. This reads every component with the TypeScript
 * parser and lists words written straight into the page.
 */

/**
 * The young-person portal reads with both portals' lists as they are (see
 * @forever-planning/ui/testing/fixed-words), plus a summary row's readable `key`
 * and data-label.
 */
const RULES: FixedWordRules = {
  technicalAttributes: new Set(TECHNICAL_ATTRIBUTES),
  wordyProperties: new Set(WORDY_PROPERTIES),
  readWhenReadable: new Set(READ_WHEN_READABLE),
  rowValues: true,
};
export const fixedWords = (fileName: string, source: string) => findFixedWords(fileName, source, RULES);

/** The portal's own code: not generated types, tests, or the catalogues and their reader. */
const componentFiles = (dir: string) => sharedComponentFiles(dir, ['gql', 'testing', 'locales']);

describe('no fixed sentence outside the catalogues', () => {
  it('finds none in the young-person portal', () => {
    const root = path.resolve(__dirname, '..');
    const files = componentFiles(root);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => fixedWords(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('bites: words typed into a page, a label, a tile, a summary row, a phone\'s cell label or a template are found', () => {
    const page = `
      const TILES = [{ href: '/x', label: 'My plan' }];
      const ROWS = [{ key: 'Your worker', value: w }, { key: 'worker', value: 'Not chosen yet' }];
      const OPTIONS = [{ value: 'Other', label: other }];
      export function P({ name }: { name: string }) {
        return (
          <Page title="Your plan" className="yp-x">
            <p>Hello there</p>
            <Button hint={'Press here'} data-x="skip">{WORDS.site.home}</Button>
            {name ? \`Hi \${name}\` : null}
            <a href="tel:999" aria-label="Call now">999</a>
            <td data-label="When" data-testid="when">{name}</td>
          </Page>
        );
      }`;
    expect(fixedWords('page.tsx', page)).toEqual([
      'page.tsx:2 label: My plan',
      'page.tsx:3 key: Your worker',
      'page.tsx:3 value: Not chosen yet',
      'page.tsx:7 title="Your plan"',
      'page.tsx:8 Hello there',
      'page.tsx:9 hint="Press here"',
      'page.tsx:10 Hi',
      'page.tsx:11 aria-label="Call now"',
      'page.tsx:12 data-label="When"',
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
