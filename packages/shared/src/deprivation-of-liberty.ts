/**
 * Deprivation of liberty orders (DoLOs), returned to the DfE from 2026/27 in
 * the SSDA903 `DoLo` table (CHILD, DOB, DOLO_START, DOLO_END). The table holds
 * the dates only; who authorised the order is the product's, for the worker.
 *
 * HIGH_COURT: the High Court under its inherent jurisdiction (any age under 18).
 * COURT_OF_PROTECTION: under the Mental Capacity Act 2005, for a young person of 16 or over.
 */
export const DOLO_AUTHORISED_BY = ['HIGH_COURT', 'COURT_OF_PROTECTION'] as const;
export type DoloAuthorisedBy = (typeof DOLO_AUTHORISED_BY)[number];
export const DOLO_AUTHORISED_BY_LABELS: Record<DoloAuthorisedBy, string> = {
  HIGH_COURT: 'High Court (inherent jurisdiction)',
  COURT_OF_PROTECTION: 'Court of Protection (Mental Capacity Act, 16 and over)',
};
/** The Mental Capacity Act 2005 applies from 16: a Court of Protection order is only for a young person of 16 or over. */
export const COURT_OF_PROTECTION_MIN_AGE = 16;
/** The first collection year (named by the year it ends) with the DoLo table: 2026/27. */
export const DOLO_FROM_YEAR = 2027;
