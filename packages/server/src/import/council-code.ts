/**
 * A council as an import names it: the DfE's three-digit local authority
 * number (318), used in SSDA903 returns until now, or the new-style ONS code
 * the DfE now uses (E09000027). Children's services are run by unitary
 * authorities (E06), metropolitan districts (E08), London boroughs (E09,
 * with the City of London and the Isles of Scilly's E06000053) and counties (E10).
 */
export interface CouncilCode {
  /** The DfE's three-digit number, when that is what was given. */
  dfe: string | null;
  /** The new-style code, when that is what was given. */
  ons: string | null;
}

export function parseCouncilCode(value: string): CouncilCode | null {
  const code = value.trim().toUpperCase();
  if (/^\d{3}$/.test(code)) return { dfe: code, ons: null };
  if (/^E(06|08|09|10)\d{6}$/.test(code)) return { dfe: null, ons: code };
  return null;
}

/** The SQL condition (on a councils table aliased `alias`) and parameter that find the council a code names. */
export function councilWhere(code: CouncilCode, alias = 'councils'): { sql: string; param: string } {
  return code.dfe ? { sql: `${alias}.la_code = $1`, param: code.dfe } : { sql: `${alias}.ons_code = $1`, param: code.ons! };
}
