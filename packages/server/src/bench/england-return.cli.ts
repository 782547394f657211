import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { SSDA903_FILES } from '../ssda903/ssda903.return';

/**
 * Writes an England-size SSDA903 return for 2025/26 (one council holding
 * every looked-after child in England, about 83,000) straight to CSV, for
 * measuring the import at scale (packages/server/docs/import.md, "Speed"):
 *
 *   node -r @swc-node/register packages/server/src/bench/england-return.cli.ts --children 83000 /tmp/england-2026
 *   npm run import -- ssda903 --council 318 --year 2026 /tmp/england-2026
 *
 * Deterministic (a seeded generator), streamed (nothing is held but one
 * child's rows), and shaped like a council's return: half long-term children
 * who moved to long-term fostering in the year, a quarter who came into care
 * in the year, some who left, adoptions with placed_for_adoption and AD1 rows,
 * unaccompanied asylum-seeking children, reviews and missing periods.
 */

const YEAR_START = Date.UTC(2025, 3, 1);
const DAY = 86_400_000;

/** DD/MM/YYYY for a day counted from 1 April 2025 (negative before). */
function day(offset: number): string {
  const d = new Date(YEAR_START + offset * DAY);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

class Csv {
  private readonly stream: fs.WriteStream;
  rows = 0;
  constructor(folder: string, readonly name: string, readonly columns: readonly string[]) {
    this.stream = fs.createWriteStream(path.join(folder, `${name}.csv`));
    this.stream.write(`${columns.join(',')}\n`);
  }
  async add(row: Record<string, string>): Promise<void> {
    this.rows++;
    if (!this.stream.write(`${this.columns.map((c) => row[c] ?? '').join(',')}\n`)) await once(this.stream, 'drain');
  }
  close(): Promise<void> {
    return new Promise((resolve) => this.stream.end(resolve));
  }
}

/** Writes the return into `folder`; returns the rows written per file. */
export async function writeEnglandReturn(folder: string, children: number, seed = 903): Promise<Record<string, number>> {
  fs.mkdirSync(folder, { recursive: true });
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: the same return for the same seed.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const files = {
    header: new Csv(folder, 'header', SSDA903_FILES.header),
    episodes: new Csv(folder, 'episodes', SSDA903_FILES.episodes),
    reviews: new Csv(folder, 'reviews', SSDA903_FILES.reviews),
    uasc: new Csv(folder, 'uasc', SSDA903_FILES.uasc),
    missing: new Csv(folder, 'missing', SSDA903_FILES.missing),
    placed_for_adoption: new Csv(folder, 'placed_for_adoption', SSDA903_FILES.placed_for_adoption),
    ad1: new Csv(folder, 'ad1', SSDA903_FILES.ad1),
  };
  const ethnic = ['WBRI', 'WBRI', 'WBRI', 'WOTH', 'MWBC', 'MOTH', 'APKN', 'AOTH', 'BAFR', 'BCRB', 'OOTH'];
  const started = Date.now();
  for (let n = 0; n < children; n++) {
    const CHILD = `EN${String(n).padStart(6, '0')}`;
    const shape = n % 20;
    const sex = random() < 0.55 ? 'M' : 'F';
    // Age at 1 April 2025, in days.
    const age = shape === 18 ? between(365, 4 * 365) : shape === 19 ? between(15 * 365, 17 * 365) : between(2 * 365, 15 * 365);
    const dobOffset = -age;
    const DOB = day(dobOffset);
    await files.header.add({ CHILD, SEX: sex, DOB, ETHNIC: shape === 19 ? 'OOTH' : pick(ethnic), UPN: 'UN1', MOTHER: sex === 'F' && age > 13 * 365 ? '0' : '', MC_DOB: '' });
    const home = `TW${between(1, 20)} ${between(1, 9)}AB`;
    const episode = (DECOM: number, RNE: string, LS: string, PLACE: string, DEC: number | null, REC: string, change = '') =>
      files.episodes.add({
        CHILD, DECOM: day(DECOM), RNE, LS, CIN: 'N1', PLACE, PLACE_PROVIDER: PLACE.startsWith('K') ? 'PR4' : 'PR1', DEC: DEC === null ? '' : day(DEC), REC,
        REASON_PLACE_CHANGE: change, HOME_POST: home, PL_POST: `TW${between(1, 20)} ${between(1, 9)}CD`, URN: PLACE.startsWith('K') ? `SC${between(100000, 999999)}` : 'XXXXXXX',
      });
    let firstDay: number;
    if (shape < 10) {
      // Looked after since before the year; moved to long-term fostering in it.
      firstDay = Math.max(dobOffset + 30, between(-3 * 365, -200));
      const move = between(30, 300);
      await episode(firstDay, 'S', 'C2', 'U6', move, 'X1', 'CARPL');
      await episode(move, 'P', 'C2', 'U4', null, '');
    } else if (shape < 15) {
      // Came into care in the year and is still looked after.
      firstDay = between(0, 330);
      await episode(firstDay, 'S', 'V2', 'U6', null, '');
    } else if (shape < 18) {
      // Came into care in the year and went home.
      firstDay = between(0, 250);
      await episode(firstDay, 'S', 'V2', 'U6', firstDay + between(20, 100), 'E13');
    } else if (shape === 18) {
      // Adopted by their foster-for-adoption carers in the year: placed for adoption and AD1.
      firstDay = Math.max(dobOffset + 10, between(-300, -150));
      const decision = firstDay + 20;
      const placedWithAdopters = between(40, 120);
      const matched = placedWithAdopters - between(5, 30);
      const adopted = placedWithAdopters + between(60, 200);
      await episode(firstDay, 'S', 'E1', 'U5', placedWithAdopters, 'X1', 'CARPL');
      await episode(placedWithAdopters, 'T', 'E1', 'A5', adopted, 'E11');
      await files.placed_for_adoption.add({ CHILD, DOB, DATE_PLACED: day(decision), DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' });
      const couple = random() < 0.8;
      await files.ad1.add({ CHILD, DOB, DATE_INT: day(decision), DATE_MATCH: day(matched), FOSTER_CARE: '1', NB_ADOPTR: couple ? '2' : '1', SEX_ADOPTR: couple ? 'MF' : 'F1', LS_ADOPTR: couple ? 'L11' : 'L0' });
    } else {
      // An unaccompanied asylum-seeking young person, in residential care.
      firstDay = between(0, 200);
      await episode(firstDay, 'S', 'V2', 'K2', null, '');
      await files.uasc.add({ CHILD, SEX: sex, DOB, DUC: day(dobOffset + 18 * 365 + 4) });
    }
    // Reviews: the first within 20 days, the next within three months, then every six.
    const from = Math.max(firstDay, 0);
    for (let r = from + 15; r <= 364; r += 150) await files.reviews.add({ CHILD, DOB, REVIEW: day(r), REVIEW_CODE: pick(['PN1', 'PN1', 'PN2', 'PN3', 'PN0']) });
    if (n % 10 === 3 && from + 30 <= 350) {
      const gone = between(from + 10, 350);
      await files.missing.add({ CHILD, DOB, MISSING: random() < 0.7 ? 'M' : 'A', MIS_START: day(gone), MIS_END: day(gone + between(0, 3)) });
    }
  }
  for (const file of Object.values(files)) await file.close();
  const rows = Object.fromEntries(Object.values(files).map((f) => [f.name, f.rows]));
  const total = Object.values(files).reduce((sum, f) => sum + f.rows, 0);
  console.log(`Wrote ${children} children, ${total} rows (${Object.values(files).map((f) => `${f.name} ${f.rows}`).join(', ')}) to ${folder} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return rows;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { children: { type: 'string', default: '83000' }, seed: { type: 'string', default: '903' } } });
  const folder = positionals[0];
  const children = Number(values.children);
  if (!folder || !Number.isInteger(children) || children < 1) {
    console.log('Usage: node -r @swc-node/register packages/server/src/bench/england-return.cli.ts [--children 83000] [--seed 903] FOLDER');
    process.exitCode = 1;
    return;
  }
  await writeEnglandReturn(folder, children, Number(values.seed));
}

if (require.main === module) void main();
