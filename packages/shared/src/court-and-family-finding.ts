/**
 * Care proceedings under the Public Law Outline and family finding: the
 * vocabularies the API, its database checks and both portals share.
 */

export const PLO_STAGES = ['PRE_PROCEEDINGS', 'LEGAL_GATEWAY', 'ISSUED', 'CASE_MANAGEMENT', 'ISSUES_RESOLUTION', 'FINAL_HEARING', 'CONCLUDED'] as const;
export type PloStage = (typeof PLO_STAGES)[number];
export const PLO_STAGE_LABELS: Record<PloStage, string> = {
  PRE_PROCEEDINGS: 'Pre-proceedings',
  LEGAL_GATEWAY: 'Legal gateway meeting held',
  ISSUED: 'Proceedings issued',
  CASE_MANAGEMENT: 'Case management hearing held',
  ISSUES_RESOLUTION: 'Issues resolution hearing held',
  FINAL_HEARING: 'Final hearing held',
  CONCLUDED: 'Proceedings concluded',
};

export const HEARING_KINDS = ['CASE_MANAGEMENT', 'FURTHER_CASE_MANAGEMENT', 'ISSUES_RESOLUTION', 'FINAL', 'OTHER'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];
export const HEARING_KIND_LABELS: Record<HearingKind, string> = {
  CASE_MANAGEMENT: 'Case management hearing',
  FURTHER_CASE_MANAGEMENT: 'Further case management hearing',
  ISSUES_RESOLUTION: 'Issues resolution hearing',
  FINAL: 'Final hearing',
  OTHER: 'Other hearing',
};

/** What the legal gateway (legal planning) meeting decided (Bolton 2.3: with the head of service). */
export const LEGAL_GATEWAY_DECISIONS = ['ISSUE_PROCEEDINGS', 'PRE_PROCEEDINGS', 'NO_LEGAL_ACTION'] as const;
export type LegalGatewayDecision = (typeof LEGAL_GATEWAY_DECISIONS)[number];
export const LEGAL_GATEWAY_DECISION_LABELS: Record<LegalGatewayDecision, string> = {
  ISSUE_PROCEEDINGS: 'Issue care proceedings',
  PRE_PROCEEDINGS: 'Continue in pre-proceedings (PLO)',
  NO_LEGAL_ACTION: 'No legal action: step down',
};

export const COURT_OUTCOMES = [
  'CARE_ORDER',
  'PLACEMENT_ORDER',
  'SUPERVISION_ORDER',
  'SPECIAL_GUARDIANSHIP_ORDER',
  'CHILD_ARRANGEMENTS_ORDER',
  'NO_ORDER',
  'WITHDRAWN',
] as const;
export type CourtOutcome = (typeof COURT_OUTCOMES)[number];
export const COURT_OUTCOME_LABELS: Record<CourtOutcome, string> = {
  CARE_ORDER: 'Care order',
  PLACEMENT_ORDER: 'Care order and placement order',
  SUPERVISION_ORDER: 'Supervision order',
  SPECIAL_GUARDIANSHIP_ORDER: 'Special guardianship order',
  CHILD_ARRANGEMENTS_ORDER: 'Child arrangements order',
  NO_ORDER: 'No order',
  WITHDRAWN: 'Application withdrawn',
};

export const DIRECTION_STATUSES = ['OPEN', 'DONE', 'MISSED'] as const;
export type DirectionStatus = (typeof DIRECTION_STATUSES)[number];
export const DIRECTION_STATUS_LABELS: Record<DirectionStatus, string> = { OPEN: 'Due', DONE: 'Done', MISSED: 'Missed' };

/** Who a child is referred to for a family (Telford 1.6, Dorset 4.2 and 8). */
export const FAMILY_FINDING_TEAMS = ['FAMILY_FINDING', 'PLACEMENT_BROKERAGE', 'REGIONAL_ADOPTION_AGENCY'] as const;
export type FamilyFindingTeam = (typeof FAMILY_FINDING_TEAMS)[number];
export const FAMILY_FINDING_TEAM_LABELS: Record<FamilyFindingTeam, string> = {
  FAMILY_FINDING: 'Family-finding team',
  PLACEMENT_BROKERAGE: 'Placement brokerage',
  REGIONAL_ADOPTION_AGENCY: 'Regional adoption agency',
};

export const REFERRAL_STATUSES = ['REFERRED', 'ACCEPTED', 'SEARCHING', 'MATCHED', 'CLOSED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  REFERRED: 'Referred',
  ACCEPTED: 'Accepted',
  SEARCHING: 'Searching for a family',
  MATCHED: 'Matched',
  CLOSED: 'Closed',
};

export const CARER_KINDS = ['ADOPTERS', 'FOSTER_CARERS', 'CONNECTED_PERSONS', 'SPECIAL_GUARDIANS'] as const;
export type CarerKind = (typeof CARER_KINDS)[number];
export const CARER_KIND_LABELS: Record<CarerKind, string> = {
  ADOPTERS: 'Prospective adopters',
  FOSTER_CARERS: 'Long-term foster carers',
  CONNECTED_PERSONS: 'Family or friends (connected persons)',
  SPECIAL_GUARDIANS: 'Prospective special guardians',
};

/** The match stages, in order; NOT_PROCEEDING ends a link at any stage. */
export const MATCH_STAGES = ['IDENTIFIED', 'LINKED', 'MATCHING_PANEL', 'MATCH_APPROVED', 'INTRODUCTIONS', 'PLACED', 'NOT_PROCEEDING'] as const;
export type MatchStage = (typeof MATCH_STAGES)[number];
export const MATCH_STAGE_LABELS: Record<MatchStage, string> = {
  IDENTIFIED: 'Identified',
  LINKED: 'Linked',
  MATCHING_PANEL: 'At matching panel',
  MATCH_APPROVED: 'Match approved by the decision maker',
  INTRODUCTIONS: 'Introductions',
  PLACED: 'Placed',
  NOT_PROCEEDING: 'Not proceeding',
};
/** Stages at which a carer holds the child's match: only one carer at a time. */
export const MATCHED_STAGES: readonly MatchStage[] = ['MATCH_APPROVED', 'INTRODUCTIONS', 'PLACED'];

/** The forms Telford 10.0 lists, as records with sign-off. */
export const PERMANENCE_FORM_KINDS = ['CHILDS_PERMANENCE_REPORT', 'FORM_C', 'SPECIAL_GUARDIANSHIP_ASSESSMENT', 'LONG_TERM_MATCH', 'DELEGATED_AUTHORITY'] as const;
export type PermanenceFormKind = (typeof PERMANENCE_FORM_KINDS)[number];
export const PERMANENCE_FORM_KIND_LABELS: Record<PermanenceFormKind, string> = {
  CHILDS_PERMANENCE_REPORT: 'Child’s permanence report',
  FORM_C: 'Form C (connected person assessment)',
  SPECIAL_GUARDIANSHIP_ASSESSMENT: 'Special guardianship assessment',
  LONG_TERM_MATCH: 'Long-term match (fostering)',
  DELEGATED_AUTHORITY: 'Delegated authority',
};
/** Forms about one carer: they name the carer they assess or match. */
export const CARER_FORMS: readonly PermanenceFormKind[] = ['FORM_C', 'SPECIAL_GUARDIANSHIP_ASSESSMENT', 'LONG_TERM_MATCH', 'DELEGATED_AUTHORITY'];

/**
 * The adopters, as the SSDA903 AD1 table codes them (SEX_ADOPTR): a single
 * adopter M1 or F1, a couple MM, FF or MF. The number of adopters follows.
 */
export const ADOPTERS_SEXES = ['M1', 'F1', 'MM', 'FF', 'MF'] as const;
export type AdoptersSex = (typeof ADOPTERS_SEXES)[number];
export const ADOPTERS_SEX_LABELS: Record<AdoptersSex, string> = {
  M1: 'A single man',
  F1: 'A single woman',
  MM: 'A couple, both men',
  FF: 'A couple, both women',
  MF: 'A couple, a man and a woman',
};
/** The adopters' legal status at the adoption (LS_ADOPTR). */
export const ADOPTERS_LEGAL_STATUSES = ['L0', 'L11', 'L12', 'L2', 'L3', 'L4'] as const;
export type AdoptersLegalStatus = (typeof ADOPTERS_LEGAL_STATUSES)[number];
export const ADOPTERS_LEGAL_STATUS_LABELS: Record<AdoptersLegalStatus, string> = {
  L0: 'Single person',
  L11: 'Married couple, different sex',
  L12: 'Married couple, same sex',
  L2: 'Civil partners',
  L3: 'Unmarried couple, different sex',
  L4: 'Unmarried couple, same sex',
};
/** The sexes each legal status allows (the DfE's rules 514, 517, 518, 519, 520, 524). */
export const ADOPTERS_SEXES_BY_LEGAL_STATUS: Record<AdoptersLegalStatus, readonly AdoptersSex[]> = {
  L0: ['M1', 'F1'],
  L11: ['MF'],
  L12: ['MM', 'FF'],
  L2: ['MM', 'FF', 'MF'],
  L3: ['MF'],
  L4: ['MM', 'FF'],
};

/** A tracker line's court column and export cell: "Proceedings issued, week 12 of 26"; empty with no proceedings. */
export function courtStageText(r: { courtStage: PloStage | null; courtWeek: number | null; courtWeeksAllowed: number | null }): string {
  if (!r.courtStage) return '';
  return `${PLO_STAGE_LABELS[r.courtStage]}${r.courtWeek !== null ? `, week ${r.courtWeek} of ${r.courtWeeksAllowed ?? 26}` : ''}`;
}

/** A tracker line's family-finding column and export cell: "Regional adoption agency: matched"; empty with no referral. */
export function familyFindingText(r: { familyFindingTeam: FamilyFindingTeam | null; familyFindingStatus: ReferralStatus | null; familyFindingOverdue: boolean }): string {
  if (!r.familyFindingTeam || !r.familyFindingStatus) return '';
  return `${FAMILY_FINDING_TEAM_LABELS[r.familyFindingTeam]}: ${REFERRAL_STATUS_LABELS[r.familyFindingStatus].toLowerCase()}${r.familyFindingOverdue ? ' (overdue)' : ''}`;
}
