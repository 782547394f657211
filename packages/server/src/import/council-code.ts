import { FORMER_LOCAL_AUTHORITIES, findLocalAuthority } from '@forever-planning/shared';

/**
 * A council as an import names it: the DfE's three-digit local authority
 * number (318), used in SSDA903 returns until 2023/24, or the ONS code the DfE
 * now uses (E09000027). Either is looked up in the table of England's local
 * authorities (shared/local-authorities.ts), so both name the same council and
 * a council the import creates holds both.
 */
export interface CouncilCode {
  /** The DfE's three-digit number (null when an ONS code not in the table was given). */
  dfe: string | null;
  /** The current ONS code (null when a number not in the table was given). */
  ons: string | null;
  /** ONS codes the authority had before (an older return's). */
  formerOns: readonly string[];
  /** The DfE list's name; null for a code of the right shape that is not in the list (it can find a council held under it, never create one). */
  name: string | null;
}

export function parseCouncilCode(value: string): CouncilCode | null {
  const la = findLocalAuthority(value);
  if (la) return { dfe: la.la, ons: la.ons, formerOns: la.former ?? [], name: la.name };
  const code = value.trim().toUpperCase();
  if (/^\d{3}$/.test(code)) return { dfe: code, ons: null, formerOns: [], name: null };
  if (/^E(06|08|09|10)\d{6}$/.test(code)) return { dfe: null, ons: code, formerOns: [], name: null };
  return null;
}

/** Why a code is refused: an authority that no longer exists is named with its successors. */
export function unknownCouncilReason(value: string): string {
  const code = value.trim().toUpperCase();
  const former = FORMER_LOCAL_AUTHORITIES.find((a) => a.la === code || a.ons === code);
  if (former) {
    const successors = former.successors.map((s) => findLocalAuthority(s)!).map((a) => `${a.name} (${a.la}, ${a.ons})`);
    return `"${value}" is ${former.name}, which no longer runs children's services: its children are now ${successors.join(' or ')}'s; import under that council's code.`;
  }
  return `"${value}" is not a local authority code: give the DfE's three-digit number (for example 318) or the council's new-style code (for example E09000027) of one of England's 153 local authorities.`;
}

/** The SQL condition (on a councils table aliased `alias`) and its two parameters that find the council a code names, by either of its codes. */
export function councilWhere(code: CouncilCode, alias = 'councils'): { sql: string; params: [string | null, string[]] } {
  return { sql: `(${alias}.la_code = $1 OR ${alias}.ons_code = ANY($2))`, params: [code.dfe, [code.ons, ...code.formerOns].filter((c): c is string => c !== null)] };
}
