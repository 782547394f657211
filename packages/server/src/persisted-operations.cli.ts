import fs from 'node:fs';
import path from 'node:path';
import { buildManifest } from './persisted-operations';

/**
 * Writes the production allow-list from the portals' GraphQL documents.
 *   node -r @swc-node/register src/persisted-operations.cli.ts [--out file] [document dirs...]
 * Run by the server's build; an integrator passes their own directory and --out
 * to make a manifest for their operations (see SECURITY.md).
 */
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(repoRoot, 'packages', 'server', 'dist', 'persisted-operations.json'));
const given = args.filter((_, i) => outIndex < 0 || (i !== outIndex && i !== outIndex + 1)).map((d) => path.resolve(d));
// No directories given: the portals' sources. Given: only those (an integrator's own manifest).
const dirs =
  given.length > 0
    ? given
    : fs
        .readdirSync(path.join(repoRoot, 'packages'))
        .filter((name) => name.endsWith('-portal'))
        .map((name) => path.join(repoRoot, 'packages', name, 'src'));

const manifest = buildManifest(dirs, repoRoot);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(manifest, null, 2)}\n`);
const count = Object.keys(manifest.operations).length;
console.log(`Persisted operations: ${count} operation(s) from ${dirs.map((d) => path.relative(repoRoot, d)).join(', ')} → ${path.relative(repoRoot, out)}`);
if (count === 0) console.warn('No GraphQL documents were found: in production the API will refuse every operation until some are added.');
