import { FORMER_LOCAL_AUTHORITIES, LOCAL_AUTHORITIES } from './local-authorities';

/**
 * SSDA903 previous permanence (the prev_perm table): whether a child starting a
 * period of care was, before it, adopted or under a special guardianship or
 * child arrangements order, who made the order and when. The codes and rules
 * are the DfE's as Data to Insight's validator checks them (rules 630 to 635).
 */
export const PREVIOUS_PERMANENCE_CODES = ['P1', 'P2', 'P3', 'P4', 'Z1'] as const;
export type PreviousPermanence = (typeof PREVIOUS_PERMANENCE_CODES)[number];

export const PREVIOUS_PERMANENCE_LABELS: Record<PreviousPermanence, string> = {
  P1: 'Adopted (P1)',
  P2: 'Special guardianship order (P2)',
  P3: 'Residence order or child arrangements order naming who they live with (P3)',
  P4: 'Another previous permanence option in the DfE guide (P4)',
  Z1: 'Not known, or none (Z1)',
};

/** LA_PERM outside England: Wales, Scotland, Northern Ireland, elsewhere outside the UK (rule 633). */
export const PERMANENCE_OUTSIDE_ENGLAND: Record<string, string> = { WAL: 'Wales', SCO: 'Scotland', NIR: 'Northern Ireland', NUK: 'Outside the UK' };

export function isPreviousPermanence(code: string | null | undefined): code is PreviousPermanence {
  return (PREVIOUS_PERMANENCE_CODES as readonly string[]).includes(code ?? '');
}

/** A valid LA_PERM: an English authority's three-digit number (current or former: orders can be old), or WAL, SCO, NIR, NUK. */
export function isPermanenceAuthority(code: string | null | undefined): boolean {
  if (!code) return false;
  return code in PERMANENCE_OUTSIDE_ENGLAND || LOCAL_AUTHORITIES.some((a) => a.la === code) || FORMER_LOCAL_AUTHORITIES.some((a) => a.la === code);
}

/** Where an order was made, in words. */
export function permanenceAuthorityName(code: string | null | undefined): string | null {
  if (!code) return null;
  return PERMANENCE_OUTSIDE_ENGLAND[code] ?? LOCAL_AUTHORITIES.find((a) => a.la === code)?.name ?? FORMER_LOCAL_AUTHORITIES.find((a) => a.la === code)?.name ?? code;
}

/**
 * DATE_PERM as held: YYYY-MM-DD where the day, or the day and the month, may be
 * ZZ when not known (the DfE's partial date, ZZ/MM/YYYY or ZZ/ZZ/YYYY in the return).
 */
const PARTIAL = /^(\d{4})-(\d{2}|ZZ)-(\d{2}|ZZ)$/;

export function isPartialDate(value: string | null | undefined): boolean {
  const m = PARTIAL.exec(value ?? '');
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === 'ZZ') return d === 'ZZ';
  if (Number(mo) < 1 || Number(mo) > 12) return false;
  if (d === 'ZZ') return true;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === `${y}-${mo}-${d}`;
}

/** The earliest and latest days a partial date can be (as ISO dates); null when it is not one. */
export function partialDateRange(value: string | null | undefined): { earliest: string; latest: string } | null {
  if (!isPartialDate(value)) return null;
  const [y, mo, d] = value!.split('-');
  if (mo === 'ZZ') return { earliest: `${y}-01-01`, latest: `${y}-12-31` };
  if (d !== 'ZZ') return { earliest: value!, latest: value! };
  const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  return { earliest: `${y}-${mo}-01`, latest: `${y}-${mo}-${String(last).padStart(2, '0')}` };
}

/** The held partial date in the return's form (DD/MM/YYYY, ZZ kept). */
export function partialDateToDfe(value: string | null | undefined): string {
  if (!value) return '';
  const [y, mo, d] = value.split('-');
  return `${d}/${mo}/${y}`;
}

/** The return's DATE_PERM (DD/MM/YYYY, ZZ for an unknown day or month, either case) as held; null when it is not a valid one. */
export function partialDateFromDfe(value: string): string | null {
  const m = /^(\d{2}|zz)\/(\d{2}|zz)\/(\d{4})$/i.exec(value.trim());
  if (!m) return null;
  const held = `${m[3]}-${m[2].toUpperCase()}-${m[1].toUpperCase()}`;
  return isPartialDate(held) ? held : null;
}
