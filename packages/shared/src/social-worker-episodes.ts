/**
 * Social worker episodes (the SSDA903 return's `sw_episodes` table, asked
 * since 2023/24): who the child's social worker was, from when to when, and
 * why it changed. The DfE's SW_REASON codes and their meaning, by collection
 * year (the year the return ends: 2025 = 2024/25). The list has not changed
 * since the table was introduced; a year that changes it gets its own entry.
 */
export const SW_REASON_CODES = ['MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS'] as const;
export type SwReason = (typeof SW_REASON_CODES)[number];

export const SW_REASON_LABELS: Record<SwReason, string> = {
  MANAGE: 'Management decision (for example caseload or a change of team)',
  FCONTA: 'First contact: the first social worker for this child',
  LEFTRL: 'The social worker left the role',
  ORGRST: 'Organisational restructure',
  TSPROC: 'Transfer between teams at a stage of the process',
  ABSENC: 'The social worker is absent (for example long-term sickness or leave)',
  CHCHAN: 'The child asked for a change',
  PCCHAN: 'A parent or carer asked for a change',
  SWDIED: 'The social worker died',
  OTHERS: 'Other',
};

const SW_REASONS_BY_YEAR: Record<number, readonly SwReason[]> = {
  2024: SW_REASON_CODES,
  2025: SW_REASON_CODES,
  2026: SW_REASON_CODES,
  2027: SW_REASON_CODES,
};

/** The SW_REASON codes a collection year accepts (rule SW13STG1); the latest known list for a year after it. */
export function swReasonsFor(year: number): readonly SwReason[] {
  const known = Object.keys(SW_REASONS_BY_YEAR).map(Number).sort((a, b) => a - b);
  const use = known.filter((y) => y <= year).pop() ?? known[0];
  return SW_REASONS_BY_YEAR[use];
}

/**
 * A Social Work England registration number as SWE issues them: "SW" and
 * digits (rule SW02STG1 wants SW_ID to begin "SW"; "XX" is the DfE's
 * placeholder for a worker not registered with SWE, e.g. an agency worker
 * from another nation, and is not a registration number).
 */
export const SWE_NUMBER_PATTERN = /^SW\d{1,10}$/;
export function normaliseSweNumber(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, '');
}
export function isSweNumber(value: string): boolean {
  return SWE_NUMBER_PATTERN.test(value);
}
