import type { IroDisputeStage } from './iro-disputes';
import type { CourtOutcome, HearingKind } from '@forever-planning/shared';
import type { FamilyFindingReferralFact } from './family-finding';
import type { DirectionFact } from './court';
import type { AdvocacyStatus, LegalStatusKind, MeetingType, PlacementType, PlanOption, PlanStatus } from '@forever-planning/shared';
import type { IsoDate } from './iso-date';

/**
 * A plain-data snapshot of one child, shaped after the entities so the server
 * maps rows to it field by field. Every date is an ISO calendar date: the
 * mapper turns timestamptz columns into the date in England with londonDate().
 * Optional fields default to "not recorded".
 */
export interface ChildFacts {
  /** ChildEntity.id. */
  id: string;
  dateOfBirth: IsoDate;
  /** Date the current period of care began; null if not looked after. */
  dateLookedAfter: IsoDate | null;
  dateCeasedLookedAfter: IsoDate | null;
  /** LegalStatusEntity rows. */
  legalStatuses: readonly LegalStatusFact[];
  /** PlacementEntity rows. */
  placements: readonly PlacementFact[];
  /** MeetingEntity rows: reviews, planning meetings, panels, conferences. */
  meetings: readonly MeetingFact[];
  /** PlanEntity rows (every version) with their contingencies. */
  plans: readonly PlanFact[];
  /** SiblingLinkEntity rows seen from this child, with the assessment and keeping-in-touch plan. */
  siblings: readonly SiblingFact[];
  /** ViewEntity rows the child has sent. */
  views: readonly ViewFact[];
  /** ChildEntity.advocacyOfferedOn. */
  advocacyOfferedOn: IsoDate | null;
  /** AdvocacyReferralEntity rows. */
  advocacyReferrals: readonly AdvocacyReferralFact[];
  /** ChildMessageEntity rows of kind UNSAFE. */
  unsafeReports: readonly UnsafeReportFact[];
  /** ChildEntity.iroAllocatedOn. */
  iroAllocatedOn: IsoDate | null;
  /** Disputes the IRO raised through the escalation process. */
  iroDisputes?: readonly IroDisputeFact[];
  /** Bolton 5 e: joint or tripartite funding from health, education and social care may be needed. */
  jointFunding?: boolean;
  /** Bolton 5 f: the case was presented to the panel before and returns for review. */
  returningForReview?: boolean;
  /** Bolton 5 c: the worker records difficulty securing a suitable plan. */
  difficultySecuringPlan?: boolean;
  /** Bolton 2.4 a: at risk of becoming looked after (edge of care). */
  edgeOfCare?: boolean;
  /** Bolton 2.4 b: head of service agreed to issue proceedings or accommodate. */
  planToBecomeLookedAfter?: boolean;
  /** Bolton 2.4 c: became looked after in an emergency. */
  lookedAfterInEmergency?: boolean;
  /** A relative or connected person is available to care for the child (Bolton Appendix B). */
  kinshipCarerAvailable?: boolean;
  /** The carer cannot consider special guardianship at the end of proceedings (Bolton Appendix B, under 4). */
  carerCannotConsiderSgo?: boolean;
  /** Care proceedings issued. */
  courtProceedingsStartedOn?: IsoDate | null;
  /** Final hearing: proceedings concluded. */
  courtProceedingsEndedOn?: IsoDate | null;
  /** CourtProceedingsEntity rows with their hearings and directions (the PLO record). */
  courtCases?: readonly CourtCaseFact[];
  /** FamilyFindingReferralEntity rows. */
  familyFindingReferrals?: readonly FamilyFindingReferralFact[];
  /** Placed with parents: date the exit plan to discharge the care order was agreed (Telford 6.0). */
  dischargePlanAgreedOn?: IsoDate | null;
  /** Agency decision maker's match with adopters (adoption scorecard A2). */
  adoptionMatchedOn?: IsoDate | null;
  /** LeavingCareEntity: the first pathway plan agreed, and its last review. */
  pathwayPlanAgreedOn?: IsoDate | null;
  pathwayPlanReviewedOn?: IsoDate | null;
  /** The current plan's outcomes, each due with its last action (the tracker's progress columns). */
  currentPlanOutcomes?: readonly { dueDate: IsoDate; completed: boolean }[];
}

export interface LegalStatusFact {
  status: LegalStatusKind;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export interface PlacementFact {
  type: PlacementType;
  startDate: IsoDate;
  endDate: IsoDate | null;
  carerName: string;
  inArea: boolean;
  /** PlacementEntity.weeklyCost in pounds. */
  weeklyCost?: number;
}

export interface MeetingFact {
  id?: string;
  type: MeetingType;
  dueDate: IsoDate | null;
  heldOn: IsoDate | null;
  /** Team manager's sign-off of the review record. */
  signedOffAt: IsoDate | null;
  sharedWithChildAt: IsoDate | null;
}

export interface PlanFact {
  id?: string;
  /** PlanEntity.planNumber: 1, 2, ... */
  planNumber?: number;
  status: PlanStatus;
  primaryOption: PlanOption | null;
  /** PlanContingencyEntity options in order. */
  contingencyOptions: readonly PlanOption[];
  approvedAt: IsoDate | null;
  headOfServiceApprovedAt?: IsoDate | null;
  panelRecommendedAt?: IsoDate | null;
  endorsedAt: IsoDate | null;
  achievedAt: IsoDate | null;
  endedAt?: IsoDate | null;
  /** Last permanence planning meeting or review that looked at this plan. */
  lastReviewedOn: IsoDate | null;
}

export interface SiblingFact {
  siblingFirstName: string;
  livingTogether: boolean;
  /** A together-or-apart assessment exists for the pair. */
  hasAssessment: boolean;
  hasKeepingInTouchPlan: boolean;
}

export interface ViewFact {
  id?: string;
  sentAt: IsoDate;
  repliedAt: IsoDate | null;
}

export interface AdvocacyReferralFact {
  status: AdvocacyStatus;
  requestedOn: IsoDate;
}

export interface UnsafeReportFact {
  id?: string;
  createdAt: IsoDate;
  acknowledgedAt: IsoDate | null;
}

export interface IroDisputeFact {
  raisedOn: IsoDate;
  resolvedOn: IsoDate | null;
  /** The protocol's stages so far, oldest first; none recorded reads as the informal stage from raisedOn. */
  stages?: readonly IroDisputeStageFact[];
}

export interface IroDisputeStageFact {
  stage: IroDisputeStage;
  startedOn: IsoDate;
  /** The day it was resolved or escalated. */
  closedOn: IsoDate | null;
}

/** A child with nothing recorded beyond the required fields; tests and mappers start here. */
export function emptyChildFacts(id: string, dateOfBirth: IsoDate, dateLookedAfter: IsoDate | null): ChildFacts {
  return {
    id,
    dateOfBirth,
    dateLookedAfter,
    dateCeasedLookedAfter: null,
    legalStatuses: [],
    placements: [],
    meetings: [],
    plans: [],
    siblings: [],
    views: [],
    advocacyOfferedOn: null,
    advocacyReferrals: [],
    unsafeReports: [],
    iroAllocatedOn: null,
  };
}

export interface CourtCaseFact {
  legalGatewayOn?: IsoDate | null;
  /** NO_LEGAL_ACTION ends the proceedings before issue. */
  legalGatewayDecision?: string | null;
  issuedOn: IsoDate | null;
  concludedOn: IsoDate | null;
  outcome?: CourtOutcome | null;
  hearings: readonly { kind: HearingKind; date: IsoDate }[];
  directions: readonly DirectionFact[];
}
