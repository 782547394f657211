import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { buildManifest, documentsInFile, normaliseDocument, OperationAllowList, operationHash } from './persisted-operations';

describe('persisted operations', () => {
  it('hashes the same operation the same however it is written or sent', () => {
    const written = parse(`query Child($id: ID!) { child(id: $id) { ...Fields } }\nfragment Fields on Child { id version }`);
    // As Apollo Client sends it: reprinted, fragments first, __typename added.
    const sent = parse(`fragment Fields on Child {\n  id\n  version\n  __typename\n}\n\nquery Child($id: ID!) {\n  child(id: $id) {\n    ...Fields\n    __typename\n  }\n}`);
    expect(operationHash(sent)).toBe(operationHash(written));
  });

  it('hashes a different selection differently', () => {
    expect(operationHash(parse(`query Q { me { id } }`))).not.toBe(operationHash(parse(`query Q { me { id role } }`)));
  });

  it('finds documents in .graphql files and graphql() / gql calls, not in interpolated templates', () => {
    expect(documentsInFile('a.graphql', 'query A { me { id } }')).toHaveLength(1);
    expect(documentsInFile('a.ts', 'const A = graphql(`query A { me { id } }`); const B = gql`query B { me { id } }`; const C = gql`${x}`')).toEqual([
      'query A { me { id } }',
      'query B { me { id } }',
    ]);
  });

  it('builds a manifest with fragments from other files, skipping generated code, and an empty one when there are no documents', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-ops-'));
    try {
      expect(buildManifest([dir, path.join(dir, 'missing')], dir).operations).toEqual({});
      fs.mkdirSync(path.join(dir, 'child', 'graphql'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'gql'));
      fs.writeFileSync(path.join(dir, 'child', 'graphql', 'fields.graphql'), 'fragment Fields on Child { id }');
      fs.writeFileSync(path.join(dir, 'child', 'graphql', 'child.graphql'), 'query Child($id: ID!) { child(id: $id) { ...Fields } }');
      fs.writeFileSync(path.join(dir, 'gql', 'graphql.ts'), 'graphql(`query Generated { me { id } }`)');
      const manifest = buildManifest([dir], dir);
      const hash = operationHash(parse('query Child($id: ID!) { child(id: $id) { ...Fields } } fragment Fields on Child { id }'));
      expect(manifest.operations).toEqual({
        [hash]: { name: 'Child', source: path.join('child', 'graphql', 'child.graphql'), document: normaliseDocument(parse('query Child($id: ID!) { child(id: $id) { ...Fields } } fragment Fields on Child { id }')) },
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('remembers the texts and documents it found on the list, never one it refused', () => {
    const listed = 'query Me { me { id } }';
    const list = new OperationAllowList(new Set([operationHash(parse(listed))]));
    const refused = 'query Me { me { id role } }';
    expect(list.allowsText(refused, parse(refused))).toBe(false);
    expect(list.knowsText(refused)).toBe(false);
    expect(list.knowsText(listed)).toBe(false);
    expect(list.allowsText(listed, parse(listed))).toBe(true);
    expect(list.knowsText(listed)).toBe(true);
    // Written differently, the same operation: found by its hash, then remembered too.
    const spaced = 'query Me {\n  me {\n    id\n  }\n}';
    expect(list.knowsText(spaced)).toBe(false);
    expect(list.allowsText(spaced, parse(spaced))).toBe(true);
    expect(list.knowsText(spaced)).toBe(true);
    const document = parse(refused);
    expect(list.allows(document)).toBe(false);
    expect(list.allows(document)).toBe(false);
  });
});
