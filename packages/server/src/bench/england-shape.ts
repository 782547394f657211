import { SeededRandom } from '../seed/random';

/**
 * The shape of a synthetic England: how many children each council holds and
 * how its staff are organised. Councils are skewed like England's (a few
 * large counties, many small boroughs): the largest holds about 4.5 times the
 * average, which is about 2,500 children when 83,000 are spread over 150.
 */
export const CASELOAD_RANGE = [16, 20] as const;
export const WORKERS_PER_TEAM = 8;
export const IRO_CASELOAD = 60;
export const CHILDREN_PER_ADVOCATE = 300;
/** Largest council over the mean council. */
const LARGEST_OVER_MEAN = 4.5;

/** Sizes that sum to `children`, largest first, the largest about LARGEST_OVER_MEAN × the mean. */
export function councilSizes(children: number, councils: number): number[] {
  if (councils < 1 || children < councils) throw new Error('Need at least one child per council.');
  const mean = children / councils;
  const targetLargest = Math.min(LARGEST_OVER_MEAN * mean, children / 2, children - (councils - 1));
  // Weights 1/(i+2)^s; find s by bisection so the largest share matches the target.
  const largestShare = (s: number) => {
    let sum = 0;
    for (let i = 0; i < councils; i++) sum += 1 / (i + 2) ** s;
    return 1 / 2 ** s / sum;
  };
  let lo = 0;
  let hi = 8;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (largestShare(mid) * children < targetLargest) lo = mid;
    else hi = mid;
  }
  const s = (lo + hi) / 2;
  let sum = 0;
  for (let i = 0; i < councils; i++) sum += 1 / (i + 2) ** s;
  const sizes = Array.from({ length: councils }, (_, i) => Math.max(1, Math.floor((children * (1 / (i + 2) ** s)) / sum)));
  // Hand the rounding remainder out one child at a time, smallest councils first.
  let left = children - sizes.reduce((a, b) => a + b, 0);
  for (let i = councils - 1; left > 0; i = i === 0 ? councils - 1 : i - 1, left--) sizes[i]++;
  return sizes;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex4 = (n: number) => HEX[(n >>> 24) & 255] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];

/** A deterministic v4-shaped UUID from the seeded stream, so a re-run gives the same ids. */
export function uuidFrom(rng: SeededRandom): string {
  const a = hex4(rng.next() * 4294967296);
  const b = hex4(rng.next() * 4294967296);
  const c = hex4(((rng.next() * 4294967296) & 0x3fffffff) | 0x80000000);
  const d = hex4(rng.next() * 4294967296);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}

/** Days since 1970-01-01 to and from ISO dates, cached: the generator makes millions of dates. */
const isoCache: string[] = [];
export function isoDay(day: number): string {
  return (isoCache[day] ??= new Date(day * 86_400_000).toISOString().slice(0, 10));
}

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** A timestamp on a day, as PostgreSQL text. */
export function stamp(day: number, hour = 10): string {
  return `${isoDay(day)} ${String(hour).padStart(2, '0')}:00:00+00`;
}
