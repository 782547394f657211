/**
 * Each alert type by name, for filters, counts and the tracker (an alert's own
 * title may carry its numbers: "Fourth review overdue"). The server's rules
 * check that every alert code has one.
 */
export const ALERT_TYPE_NAMES = {
  CHILD_FEELS_UNSAFE: 'The child says they feel unsafe',
  REVIEW_OVERDUE: 'Review overdue',
  REVIEW_DUE_SOON: 'Review due soon',
  NO_PLAN_BY_SECOND_REVIEW: 'No permanence plan by the second review',
  PLAN_REVIEW_OVERDUE: 'Permanence plan not reviewed in time',
  NO_CONTINGENCY: 'The plan has no contingency',
  PERMANENCE_PANEL_CRITERIA_MET: 'Refer to the permanence panel',
  GATEWAY_CRITERIA_MET: 'Present to the gateway panel',
  PERMANENCE_PANEL_OVERDUE: 'Permanence panel overdue',
  PLANNING_MEETING_OVERDUE: 'Permanence planning meeting overdue',
  SECTION_20_DRIFT: 'Section 20 for more than two years',
  PLACEMENT_INSTABILITY: 'Placement moves over the limit',
  PLACED_WITH_PARENTS_NO_DISCHARGE_PLAN: 'Placed with parents: no plan to discharge the order',
  COURT_TIMESCALE_EXCEEDED: 'Care proceedings past 26 weeks',
  FINAL_HEARING_BEYOND_TIMESCALE: 'Final hearing listed after the 26 weeks',
  COURT_DIRECTION_MISSED: 'Court direction not done on time',
  FAMILY_FINDING_OVERDUE: 'Family finding behind its timescale',
  IRO_NOT_ALLOCATED: 'No IRO allocated',
  IRO_DISPUTE_UNRESOLVED: 'IRO dispute not resolved',
  REVIEW_RECORD_NOT_SIGNED_OFF: 'Review record not signed off',
  REVIEW_RECORD_NOT_SHARED: 'Review record not shared with the child',
  SIBLINGS_APART_NO_ASSESSMENT: 'Brothers or sisters apart without a together-or-apart assessment',
  SIBLINGS_APART_NO_KEEPING_IN_TOUCH_PLAN: 'Brothers or sisters apart without a keeping-in-touch plan',
  VIEW_NOT_REPLIED: "The child's views have had no reply",
  ADVOCACY_NOT_OFFERED: 'Advocacy never offered',
  PATHWAY_PLAN_OVERDUE: 'Pathway plan overdue',
} as const;
