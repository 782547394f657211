/**
 * The councils' documents the rules come from (shared/seeds), and the section
 * each rule cites, so a screen can say why an alert or a date exists.
 */

export const SOURCE_COUNCILS = ['Bolton', 'Telford', 'Torbay', 'Dorset', 'Newham'] as const;
export type SourceCouncil = (typeof SOURCE_COUNCILS)[number];

export interface SourceDocument {
  council: SourceCouncil;
  authority: string;
  title: string;
  /** Section numbers as the document prints them (Newham's slides by page). */
  sections: readonly string[];
}

export const SOURCE_DOCUMENTS: Readonly<Record<SourceCouncil, SourceDocument>> = {
  Bolton: {
    council: 'Bolton',
    authority: 'Bolton Council',
    title: 'Permanence Strategy 2019-2021, "Forever Planning"',
    sections: [
      '1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4',
      '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '5', '6', '7', '8', '9', '10',
      '11', '11.1', '11.2', '11.3', '11.4', 'Appendix A', 'Appendix B',
    ],
  },
  Telford: {
    council: 'Telford',
    authority: 'Telford & Wrekin Council',
    title: 'Permanence Policy, Procedure & Guidance',
    sections: ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.0', '2.1', '3.0', '4.0', '5.0', '6.0', '7.0', '8.0', '9.0', '10.0'],
  },
  Torbay: {
    council: 'Torbay',
    authority: 'Torbay Council',
    title: "Children's Services: Permanence Planning Policy (decision report, April 2017)",
    sections: ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1'],
  },
  Dorset: {
    council: 'Dorset',
    authority: 'Dorset Council',
    title: "Children's Services Permanence Strategy",
    sections: [
      '1', '2', '3', '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8', '4.9', '4.10',
      '5', '6', '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7', '8', '9',
    ],
  },
  Newham: {
    council: 'Newham',
    authority: 'London Borough of Newham',
    title: 'Practitioner workshop: Permanence and Planning (May 2020)',
    sections: ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'],
  },
};

export interface RuleSource {
  council: SourceCouncil;
  section: string;
  /** What the document says, shortened. */
  text: string;
  /** The statute or practice direction behind it, where the council's document rests on one. */
  law?: string;
}

function cite(council: SourceCouncil, section: string, text: string, law?: string): RuleSource {
  return law ? { council, section, text, law } : { council, section, text };
}

/** Every rule's citation, keyed by a stable rule id. */
export const RULE_SOURCES = {
  workingDays: cite('Telford', '2.1', 'The first looked after review should take place within 20 working days of the child coming into care.'),
  firstReview: cite('Telford', '2.1', 'The first looked after review should take place within 20 working days of the child coming into care.'),
  secondReview: cite('Telford', '2.1', "The child's second review should take place no later than three months after the first."),
  laterReviews: cite('Telford', '2.1', 'Reviews are then held at intervals of no more than six months for as long as the child remains looked after.'),
  planBySecondReview: cite('Bolton', '3.1', 'Children and young people will have a clear plan for permanence by their 2nd statutory review.'),
  planReview: cite('Dorset', '5', 'The Permanence Plan must then be reviewed every 12 weeks as a minimum until permanence is achieved.'),
  planReviewLongTermFostering: cite('Dorset', '7.2', 'Once a child is in an approved long-term foster home, their permanence plan will be reviewed on an annual basis.'),
  contingency: cite('Torbay', '2.4', 'Every plan for permanence will have a contingency.'),
  iroAllocation: cite('Bolton', '6', "The IRO will consider, monitor and review each individual child's care planning."),
  reviewSignOff: cite('Telford', '2.1', 'The plan will be made available, and updated, at each subsequent review.'),
  iroDispute: cite('Bolton', '6', 'Where concerns arise in terms of drift in permanence planning for the child, the IRO will raise this through the escalation process.'),
  courtTimescale: cite('Bolton', '5', 'The child is subject to court proceedings and permanence is not expected to be achieved within the 26-week court timescale.'),
  section20Drift: cite('Newham', '7', 'Children should not drift in S20 for more than 2 yrs. Legal steps may be needed.'),
  placementMoves: cite('Bolton', '5', 'The child has had more than three moves in 12 months.'),
  placementStabilityIro: cite('Bolton', '6', 'The IRO will monitor children who have had more than three placement moves within a year.'),
  placedWithParents: cite('Telford', '6.0', 'A clear exit plan which supports the discharge of the Care Order within a given timescale (minimum of 12 months).'),
  permanencePanel: cite('Bolton', '5', 'When a child\'s case meets the following criteria, their case will be required to be presented to the permanence element of the Gateway and Permanency Panel.'),
  panelProceedings: cite('Bolton', '5', 'a. Court proceedings and permanence not expected within the 26-week court timescale.'),
  panelMoves: cite('Bolton', '5', 'b. The child has had more than three moves in 12 months.'),
  panelDifficulty: cite('Bolton', '5', 'c. There are difficulties securing a suitable permanence plan for the child.'),
  panelResidential: cite('Bolton', '5', 'd. The child is in residential care.'),
  panelJointFunding: cite('Bolton', '5', 'e. Joint or tripartite funding from Health, Education and Social Care may be required.'),
  panelReturning: cite('Bolton', '5', 'f. The case was previously presented to the panel and is returning for review.'),
  gateway: cite('Bolton', '2.4', 'Edge of care; a plan for a child to become looked after; a child has become looked after in an emergency.'),
  newhamPanel: cite('Newham', '9', 'Permanence plans should be scrutinised by the operational permanence panel within 10 days of the child becoming looked after.'),
  newhamPlanningMeeting: cite('Newham', '9', 'A Permanence Planning meeting should be held within 1 month of the child becoming looked after and reviewed monthly.'),
  siblingsAssessment: cite('Telford', '2.1', 'Sibling assessments, "together or apart", where being placed together is not in the children\'s best interests.'),
  siblingsKeepingInTouch: cite('Dorset', '4.5', 'Keeping in touch arrangements between siblings will be a priority in our permanence planning.'),
  viewReply: cite('Torbay', '2.4', 'The wishes and views of children will be taken into consideration.'),
  advocacy: cite('Bolton', '9', 'Independent support for children and young people aged 7 to 18 years, to ensure their voice is heard.'),
  childUnsafe: cite('Dorset', '4.10', 'If a child or young person is unhappy they should speak to their social worker, advocate, or QARO.'),
  optionsByAge: cite('Bolton', 'Appendix B', 'Permanence options for children of different ages, when relatives are and are not available.'),
  headOfServiceUnderFive: cite('Bolton', 'Appendix B', 'Long Term Fostering (needs Head of Service approval if child is under five).'),
  adoptionRouteUnderFour: cite('Bolton', 'Appendix B', 'Where the child is 0-3 years, if at the end of the legal process the carer is not able to consider SGO / RO then the adoption route must be followed.'),
  familyGroupConference: cite('Bolton', 'Appendix B', 'Family Group Conference to be offered (under 7, 7 to 10, 11 to 15).'),
  pathwayPlanFirst: cite('Bolton', '3.2', 'For those who are 16+ years the needs assessment and the pathway plan form the Permanence Plan (statute: Children Act 1989 Sch. 2 para 19B; Care Planning, Placement and Case Review (England) Regulations 2010 regs 42-43: the needs assessment within three months of the 16th birthday, the pathway plan as soon as possible after it).'),
  pathwayPlanReview: cite('Telford', '8.0', 'Early and active consideration of Staying Put, led by the Leaving Care Service (statute: the pathway plan is reviewed at least every six months, Care Planning, Placement and Case Review (England) Regulations 2010 reg 44 and Care Leavers (England) Regulations 2010 reg 7).'),
  pathwayPlan: cite('Bolton', '3.2', 'Those who are 16+ years: the needs assessment and the pathway plan form the Permanence Plan.'),
  orderOfConsideration: cite('Bolton', '4', 'Parents first, then family or connected persons, then adoption before the other alternative plans.'),
  reunificationTimescale: cite('Newham', '7', 'Reuniting a child who is looked after with family is more likely to be achieved within 6 months.'),
  specialGuardianshipApplicants: cite('Dorset', '7.5', 'Who may apply for a Special Guardianship Order; the parents of a child may not become Special Guardians.'),
  childArrangementsApplicants: cite('Dorset', '7.6', 'Who may apply for a Child Arrangement Order.'),
  adoptionApplicants: cite('Dorset', '7.7', 'Where appropriate, adoption will be the permanence plan, identified at the earliest opportunity. Adoption legally transfers parental responsibility for the child permanently to the adopter.'),
  sgoWithFosterCarer: cite('Dorset', '7.2', 'Long-term foster home: monitored to ensure other permanence options such as Special Guardianship are considered.'),
  preProceedings: cite('Bolton', '2.3', "In the event the pre-proceedings process is required 'PLO review meetings' should be held to reach agreement with parents about what needs to happen."),
  preProceedingsTimescale: cite('Telford', '1.6', 'Team Managers and Social Workers will develop clear plans with timescales in which to undertake child and family assessments.', 'Public Law Working Group best practice guidance (2021): pre-proceedings normally completed within 16 weeks'),
  ploTimetable: cite('Bolton', '2.3', "The effective use of the 'Public Law Outline' to help families understand what they need to do and prevent drift in the decision making.", 'Practice Direction 12A (Public Law Outline): case management hearing between day 12 and day 18'),
  courtTwentySixWeeks: cite('Bolton', '5', 'The 26-week court timescale.', 'Children Act 1989 s.32(1)(a): within 26 weeks beginning with the day the application was issued'),
  courtDirections: cite('Bolton', '2.3', 'The pre-proceedings process identifies timescales, documentation required and the need to keep the family fully informed.', 'Practice Direction 12A: the timetable for the proceedings and the directions the court gives'),
  familyFinding: cite('Telford', '1.6', 'The Brokerage, Fostering Family Finding and Targeted Services Teams to explore potential permanency options with long term fostering.'),
  adoptionAgency: cite('Dorset', '8', 'Aspire Regional Adoption Agency: services for children and adults with links to adoption or special guardianship.', 'Adoption statutory guidance (2014) 4.9: refer to the national register within 3 months if no match is in view; adoption scorecard A2: 121 days from placement order to match'),
  permanenceForms: cite('Telford', '10.0', "Key documents: Child's Permanency Record, Form C assessment, Special Guardianship assessments, Long Term Match Form, Delegated Authority Form."),
  measures: cite('Bolton', '11.2', 'The tracker monitors whether permanence is achieved in a timely way for every child.'),
  placementStabilityMeasure: cite('Bolton', '11.3', 'A decrease in the number of children changing placements three or more times each year.'),
} as const satisfies Record<string, RuleSource>;

export type RuleId = keyof typeof RULE_SOURCES;
