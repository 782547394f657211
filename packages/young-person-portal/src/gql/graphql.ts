/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type AcknowledgeChildMessageInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type AddCourtDirectionInput = {
  description: Scalars['String']['input'];
  dueOn: Scalars['LocalDate']['input'];
  hearingId: Scalars['ID']['input'];
};

export type AddCourtHearingInput = {
  /** Held or listed on; may be ahead. */
  hearingOn: Scalars['LocalDate']['input'];
  kind: HearingKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  proceedingsId: Scalars['ID']['input'];
};

export type AddLifeStoryItemInput = {
  audience: LifeStoryAudience;
  childId: Scalars['ID']['input'];
  /** Made by the client once per new item, so a retry adds it once. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  kind: LifeStoryKind;
  /** A file uploaded to POST /media for the same child. */
  mediaId?: InputMaybe<Scalars['ID']['input']>;
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** For CHILD_FROM_AGE: the child sees it from this birthday. */
  releaseAge?: InputMaybe<Scalars['Int']['input']>;
  /** For CHILD_FROM_DATE: the child sees it from this day. */
  releaseOn?: InputMaybe<Scalars['LocalDate']['input']>;
  title: Scalars['String']['input'];
  words?: InputMaybe<Scalars['String']['input']>;
};

export type AddMyLifeStoryItemInput = {
  /** Made by the app once per new item, so a retry adds it once. */
  clientKey: Scalars['String']['input'];
  kind: LifeStoryKind;
  /** A photo or document I uploaded to POST /media. */
  mediaId?: InputMaybe<Scalars['ID']['input']>;
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  title: Scalars['String']['input'];
  words: Scalars['String']['input'];
};

export type AddNetworkMemberInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  carerAssessmentOutcome?: InputMaybe<Scalars['String']['input']>;
  childId: Scalars['ID']['input'];
  consideredAsCarer?: InputMaybe<Scalars['Boolean']['input']>;
  deceased?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  kind: NetworkMemberKind;
  /** The child lives with them now. */
  livesWithChild?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  relationship: Scalars['String']['input'];
  /** For the genogram; empty when not known. */
  sex?: InputMaybe<GenogramSex>;
  /** TRUSTED_ADULT only: shown (first name and role, no contact details) on the child's "People who help me". */
  shownToChild?: InputMaybe<Scalars['Boolean']['input']>;
  /** TRUSTED_ADULT only: a teacher, a key worker at school, or someone else. */
  trustedAdultRole?: InputMaybe<TrustedAdultRole>;
};

export type AddNetworkRelationshipInput = {
  /** A person in the family network. */
  fromMemberId: Scalars['ID']['input'];
  /** PARENT: the first person is a parent of the second (or of the child). */
  kind: NetworkRelationshipKind;
  /** The other person, in the same child's network; leave empty for the child (PARENT only). */
  toMemberId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddPlanOutcomeInput = {
  /** The actions to deliver the outcome, in order: at least one. */
  actions: Array<PlanActionInput>;
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** Measure of progress. */
  measure: Scalars['String']['input'];
  /** The option this outcome works towards. */
  optionTrack?: InputMaybe<OutcomeTrack>;
  /** Planned outcome for the child. */
  outcome: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  progress?: InputMaybe<Scalars['String']['input']>;
};

export type AddProspectiveCarerInput = {
  childId: Scalars['ID']['input'];
  identifiedOn: Scalars['LocalDate']['input'];
  kind: ProspectiveCarerKind;
  name: Scalars['String']['input'];
  /** The referral that found them. */
  referralId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddToViewInput = {
  clientKey?: InputMaybe<Scalars['String']['input']>;
  viewId: Scalars['ID']['input'];
  words: Scalars['String']['input'];
};

/** The adopters' legal status as the SSDA903 codes it (L0 single, L11/L12 married, L2 civil partners, L3/L4 unmarried couple). */
export type AdoptersLegalStatus =
  | 'L0'
  | 'L2'
  | 'L3'
  | 'L4'
  | 'L11'
  | 'L12';

/** The adopters as the SSDA903 codes them: M1 or F1 a single adopter, MM, FF or MF a couple. */
export type AdoptersSex =
  | 'F1'
  | 'FF'
  | 'M1'
  | 'MF'
  | 'MM';

/** A referral waiting for an advocate: first name and age only. */
export type AdvocacyQueueItem = {
  age: Scalars['Int']['output'];
  firstName: Scalars['String']['output'];
  /** The referral. */
  referralId: Scalars['ID']['output'];
  requestedAt: Scalars['DateTimeISO']['output'];
};

export type AdvocacyReferral = {
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  advocate?: Maybe<PersonRef>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTimeISO']['output'];
  requestedBy?: Maybe<PersonRef>;
  /** The child asked for an advocate themselves. */
  requestedByChild: Scalars['Boolean']['output'];
  status: AdvocacyStatus;
  version: Scalars['Int']['output'];
};

export type AdvocacyStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'REQUESTED';

export type AdvocateChild = {
  age: Scalars['Int']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastReviewDate?: Maybe<Scalars['LocalDate']['output']>;
  nextReviewDate?: Maybe<Scalars['LocalDate']['output']>;
  sharedViews: Array<AdvocateView>;
};

export type AdvocateChildSummary = {
  age: Scalars['Int']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastReviewDate?: Maybe<Scalars['LocalDate']['output']>;
  nextReviewDate?: Maybe<Scalars['LocalDate']['output']>;
};

export type AdvocateConcern = {
  id: Scalars['ID']['output'];
  raisedAt: Scalars['DateTimeISO']['output'];
};

/** What happened when I asked for an advocate. */
export type AdvocateRequestOutcome =
  | 'ALREADY_ASKED'
  | 'ALREADY_HAVE_ONE'
  | 'ASKED';

export type AdvocateView = {
  id: Scalars['ID']['output'];
  mood?: Maybe<Mood>;
  repliedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The reply the child got. */
  reply?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  topic: ViewTopic;
  words: Scalars['String']['output'];
  /** You wrote it with the child. */
  writtenWithMe: Scalars['Boolean']['output'];
};

/** Where a young person will live after 18. */
export type AfterEighteen =
  | 'FAMILY'
  | 'NOT_DECIDED'
  | 'OWN_HOME'
  | 'STAYING_CLOSE'
  | 'STAYING_PUT'
  | 'SUPPORTED_ACCOMMODATION';

export type Alert = {
  code: AlertCode;
  /** For PERMANENCE_PANEL_CRITERIA_MET: each criterion met, with its evidence. */
  criteria: Array<PanelCriterionType>;
  /** Calendar days past the due date; 0 when due today or soon. */
  daysOverdue?: Maybe<Scalars['Int']['output']>;
  detail: Scalars['String']['output'];
  dueDate?: Maybe<Scalars['LocalDate']['output']>;
  evidence: Array<Scalars['String']['output']>;
  source: RuleSourceType;
  title: Scalars['String']['output'];
  urgency: Urgency;
};

export type AlertCode =
  | 'ADVOCACY_NOT_OFFERED'
  | 'CHILD_FEELS_UNSAFE'
  | 'COURT_DIRECTION_MISSED'
  | 'COURT_TIMESCALE_EXCEEDED'
  | 'FAMILY_FINDING_OVERDUE'
  | 'FINAL_HEARING_BEYOND_TIMESCALE'
  | 'GATEWAY_CRITERIA_MET'
  | 'IRO_DISPUTE_UNRESOLVED'
  | 'IRO_NOT_ALLOCATED'
  | 'NO_CONTINGENCY'
  | 'NO_PLAN_BY_SECOND_REVIEW'
  | 'PATHWAY_PLAN_OVERDUE'
  | 'PERMANENCE_PANEL_CRITERIA_MET'
  | 'PERMANENCE_PANEL_OVERDUE'
  | 'PLACED_WITH_PARENTS_NO_DISCHARGE_PLAN'
  | 'PLACEMENT_INSTABILITY'
  | 'PLANNING_MEETING_OVERDUE'
  | 'PLAN_REVIEW_OVERDUE'
  | 'REVIEW_DUE_SOON'
  | 'REVIEW_OVERDUE'
  | 'REVIEW_RECORD_NOT_SHARED'
  | 'REVIEW_RECORD_NOT_SIGNED_OFF'
  | 'SECTION_20_DRIFT'
  | 'SIBLINGS_APART_NO_ASSESSMENT'
  | 'SIBLINGS_APART_NO_KEEPING_IN_TOUCH_PLAN'
  | 'VIEW_NOT_REPLIED';

export type AllocateChildInput = {
  /** Why the social worker changed (the DfE's SW_REASON): needed when the child had a social worker before; a first allocation is FCONTA unless given. */
  changeReason?: InputMaybe<SwReason>;
  childId: Scalars['ID']['input'];
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** An IRO in your council; null takes the allocation away; leave out to keep. */
  iroId?: InputMaybe<Scalars['ID']['input']>;
  /** A social worker in your team; null takes the allocation away; leave out to keep. */
  socialWorkerId?: InputMaybe<Scalars['ID']['input']>;
};

/** A person a team manager may allocate to a child. */
export type AllocationChoice = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Their Social Work England number, where the account holds one. */
  sweNumber?: Maybe<Scalars['String']['output']>;
};

/** The people allocateChild accepts from you: your team's social workers and your council's IROs. */
export type AllocationChoices = {
  iros: Array<AllocationChoice>;
  socialWorkers: Array<AllocationChoice>;
};

/** An order a person may apply to the court for. */
export type ApplicationOrder =
  | 'ADOPTION'
  | 'CHILD_ARRANGEMENTS_ORDER'
  | 'SPECIAL_GUARDIANSHIP';

export type ApprovePlanInput = {
  /** The manager's comments on the approved plan (management oversight). */
  comments?: InputMaybe<Scalars['String']['input']>;
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
};

/** A head of service approves a waiting account request: the account is made and can sign in. */
export type ApproveStaffAccountRequestInput = {
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** What an audit event records: a change or read of a record, or an event about a person or the service. */
export type AuditAction =
  | 'ACCOUNT_CREATED'
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_DISABLED_IDLE'
  | 'ACCOUNT_LINKED'
  | 'ACCOUNT_REQUESTED'
  | 'ACCOUNT_REQUEST_APPROVED'
  | 'ACCOUNT_REQUEST_REFUSED'
  | 'ACHIEVE'
  | 'APPROVE'
  | 'APPROVE_HEAD_OF_SERVICE'
  | 'AUDIT_READ'
  | 'CANCEL_SSDA903_UPLOAD'
  | 'CONFIRM_SSDA903_UPLOAD'
  | 'CREATE'
  | 'DELETE'
  | 'END'
  | 'ENDORSE'
  | 'ESCALATE'
  | 'IMPORT_SSDA903'
  | 'INVITATION_CREATED'
  | 'INVITATION_USED'
  | 'NON_WORKING_DAY_ADDED'
  | 'PANEL_DECISION'
  | 'PANEL_RECOMMENDATION'
  | 'PASSWORD_CHANGED'
  | 'POLICY_CHANGED'
  | 'READ'
  | 'RECORD'
  | 'RECOVERY_CODES_REPLACED'
  | 'RECOVERY_CODE_USED'
  | 'RELEASE_SET'
  | 'RESOLVE'
  | 'RESTORE'
  | 'RETURN'
  | 'ROLE_FROM_PROVIDER'
  | 'SECOND_FACTOR_FAILED'
  | 'SHARE'
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGN_IN_PROVIDER_CHANGED'
  | 'SIGN_IN_PROVIDER_SET_UP'
  | 'SIGN_OFF'
  | 'SIGN_OUT'
  | 'SIGN_OUT_BY_PROVIDER'
  | 'STAFF_TOTP_POLICY_CHANGED'
  | 'SUBJECT_ACCESS_EXPORT'
  | 'SUBMIT'
  | 'SYNC_CASE_SYSTEM'
  | 'TOTP_ENROLLED'
  | 'TOTP_RESET'
  | 'UPDATE'
  | 'UPLOAD_SSDA903'
  | 'WITHDRAW'
  | 'YOUNG_PERSON_LANGUAGES_CHANGED';

/** One field changed by a write: its value before and after, as JSON text. */
export type AuditChange = {
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** Who read or changed what, when, in which role, from where. */
export type AuditEvent = {
  action: AuditAction;
  actor?: Maybe<PersonRef>;
  actorRole?: Maybe<Scalars['String']['output']>;
  /** For failed sign-ins: the username tried (not shown to the administrator when it is a young person's). */
  attemptedUsername?: Maybe<Scalars['String']['output']>;
  changes: Array<AuditChange>;
  childId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  ipAddress?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  /** For reads: the parts of the record returned. */
  parts: Array<Scalars['String']['output']>;
  recordId?: Maybe<Scalars['ID']['output']>;
  recordType?: Maybe<Scalars['String']['output']>;
  /** What happened, in words: "Sam Worker changed Damian’s plan: primary option long-term fostering → special guardianship order". Names and values follow what the reader may see. */
  summary: Scalars['String']['output'];
  /** The values written to a child's record are not shown to the administrator: changes then name the fields only. */
  valuesWithheld: Scalars['Boolean']['output'];
};

export type AuditEventConnection = {
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditFilter = {
  action?: InputMaybe<AuditAction>;
  childId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The person who acted. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A reset authenticator: the staff member sets up a new one at their next sign-in. */
export type AuthenticatorReset = {
  /** An email is on its way to their work address; false when they have none (tell them another way). */
  emailed: Scalars['Boolean']['output'];
};

/** A brother-or-sister link, seen from one child. */
export type BrotherOrSister = {
  /** Together-or-apart assessments, oldest first. */
  assessments: Array<TogetherApartAssessment>;
  child: SiblingSummary;
  /** The link. */
  id: Scalars['ID']['output'];
  keepingInTouchPlans: Array<KeepingInTouchPlan>;
  livingTogether: Scalars['Boolean']['output'];
  relationship: SiblingRelationship;
  version: Scalars['Int']['output'];
};

/** A care leaver's 17th to 21st birthday (SSDA903 OC3). */
export type CareLeaverBirthday = {
  accommodation?: Maybe<Scalars['String']['output']>;
  activity?: Maybe<Scalars['String']['output']>;
  age: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  inTouch: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Where a person stands as a possible carer. */
export type CarerAssessment =
  | 'FINISHED'
  | 'NOT_CONSIDERED'
  | 'UNDER_WAY';

/** Facts the statutory rules need that no other record holds. */
export type CaseFacts = {
  adoptionMatchedOn?: Maybe<Scalars['LocalDate']['output']>;
  carerCannotConsiderSgo: Scalars['Boolean']['output'];
  courtProceedingsEndedOn?: Maybe<Scalars['LocalDate']['output']>;
  courtProceedingsStartedOn?: Maybe<Scalars['LocalDate']['output']>;
  difficultySecuringPlan: Scalars['Boolean']['output'];
  dischargePlanAgreedOn?: Maybe<Scalars['LocalDate']['output']>;
  edgeOfCare: Scalars['Boolean']['output'];
  jointFunding: Scalars['Boolean']['output'];
  kinshipCarerAvailable?: Maybe<Scalars['Boolean']['output']>;
  lookedAfterInEmergency: Scalars['Boolean']['output'];
  planToBecomeLookedAfter: Scalars['Boolean']['output'];
  returningForReview: Scalars['Boolean']['output'];
  /** Null until first saved. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** SSDA903 category of need, N1 to N8. */
export type CategoryOfNeed =
  | 'N1'
  | 'N2'
  | 'N3'
  | 'N4'
  | 'N5'
  | 'N6'
  | 'N7'
  | 'N8';

export type ChallengeInput = {
  /** The challenge from the signIn error (extensions.challenge). */
  challenge: Scalars['String']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 12 characters and not a common password (NCSC guidance). */
  newPassword: Scalars['String']['input'];
};

export type ChartBarType = {
  children: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type Child = {
  /** What you may do with this record (the API still checks every request). */
  abilities: ChildAbilities;
  /** SSDA903 DATE_PLACED_CEASED: the decision no longer stands. */
  adoptionDecisionCeasedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** SSDA903 REASON_PLACED_CEASED, RD1 to RD4. */
  adoptionDecisionCeasedReason?: Maybe<Scalars['String']['output']>;
  /** SSDA903 DATE_PLACED: the decision that the child should be placed for adoption. */
  adoptionDecisionOn?: Maybe<Scalars['LocalDate']['output']>;
  advocacyOfferedOn?: Maybe<Scalars['LocalDate']['output']>;
  advocacyReferrals: Array<AdvocacyReferral>;
  age: Scalars['Int']['output'];
  /** What needs attention now, most urgent first, each with its rule and source. */
  alerts: Array<Alert>;
  /** Who read or changed this child's record: team manager, IRO and head of service only. */
  auditTrail: AuditEventConnection;
  brothersAndSisters: Array<BrotherOrSister>;
  /** A care leaver's 17th to 21st birthdays (SSDA903 OC3), youngest first. */
  careLeaverBirthdays: Array<CareLeaverBirthday>;
  caseFacts: CaseFacts;
  categoryOfNeed?: Maybe<CategoryOfNeed>;
  /** Care proceedings under the Public Law Outline, newest first. */
  courtProceedings: Array<CourtProceedings>;
  currentLegalStatus?: Maybe<LegalStatus>;
  /** Where the child lives today. */
  currentPlacement?: Maybe<Placement>;
  /** The plan in force: the newest version approved by a manager (or further on). Before any approval, the newest version, shown with its draft status. */
  currentPlan?: Maybe<Plan>;
  dateCeasedLookedAfter?: Maybe<Scalars['LocalDate']['output']>;
  dateLookedAfter?: Maybe<Scalars['LocalDate']['output']>;
  dateOfBirth: Scalars['LocalDate']['output'];
  /** Deprivation of liberty orders (DoLOs), by start date. */
  deprivationOfLibertyOrders: Array<DeprivationOfLibertyOrder>;
  disability?: Maybe<Scalars['String']['output']>;
  /** Preferred first name (or legal first name) and last name. */
  displayName: Scalars['String']['output'];
  /** A newer version than the current plan being worked on (draft or submitted); null when there is none. */
  draftPlan?: Maybe<Plan>;
  ethnicity?: Maybe<Scalars['String']['output']>;
  /** Referrals to family finding, brokerage or the regional adoption agency, newest first. */
  familyFindingReferrals: Array<FamilyFindingReferral>;
  /** Relatives, connected persons, lifelong links and trusted adults. */
  familyNetwork: Array<NetworkMember>;
  /** How the people in the family network are related to each other and to the child (the genogram). */
  familyRelationships: Array<NetworkRelationship>;
  firstLanguage?: Maybe<Scalars['String']['output']>;
  gender: Gender;
  healthNeeds?: Maybe<Scalars['String']['output']>;
  /** Health, SDQ and offending outcomes, one record per collection year, newest first. */
  healthOutcomes: Array<HealthOutcomes>;
  id: Scalars['ID']['output'];
  /** When that import last changed the record (the server clock). */
  importedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the record was last brought in from, such as "SSDA903 return 2024/25 (folder)"; null for a record made in the product. */
  importedFrom?: Maybe<Scalars['String']['output']>;
  iro?: Maybe<PersonRef>;
  iroAllocatedOn?: Maybe<Scalars['LocalDate']['output']>;
  iroEscalations: Array<IroEscalation>;
  /** The newest version of the plan, whatever its status: the one a worker edits. */
  latestPlan?: Maybe<Plan>;
  /** The leaving care record (pathway plan, personal adviser, what happens at 18); null until saved. */
  leavingCare?: Maybe<LeavingCare>;
  legalFirstName: Scalars['String']['output'];
  legalLastName: Scalars['String']['output'];
  /** Every legal status, by start date. */
  legalStatuses: Array<LegalStatus>;
  /** The whole life story, withdrawn items included and flagged, in date order. */
  lifeStory: Array<LifeStoryItem>;
  /** Exactly what the child sees today. */
  lifeStoryAsChildSees: Array<MyLifeStoryItem>;
  /** What the child can see today and what will be released when. */
  lifeStoryReleaseSchedule: LifeStoryReleaseSchedule;
  /** The council's case reference. */
  localId: Scalars['String']['output'];
  /** The nine matching areas in order, empty where not filled in. */
  matchingRecord: Array<MatchingAreaRecord>;
  measures: ChildMeasures;
  /** Every meeting and review, newest first. */
  meetings: Array<Meeting>;
  /** Messages that reached you: unsafe reports reach everyone on the case. */
  messages: Array<ChildMessage>;
  /** Periods missing or away from placement without authorisation, by start date. */
  missingEpisodes: Array<MissingEpisode>;
  /** SSDA903 MOTHER: whether she is a mother; null until recorded. */
  mother?: Maybe<Scalars['Boolean']['output']>;
  /** SSDA903 MC_DOB: her (first) child's date of birth. */
  mothersChildDateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  /** The earliest review not yet held. */
  nextReview?: Maybe<Meeting>;
  /** Old enough, under the council's policy today, for their own account and to see a plan shared with them. */
  oldEnoughForOwnAccess: Scalars['Boolean']['output'];
  /** The next pathway plan date by the rule; null when the young person needs no pathway plan today. */
  pathwayPlanDue?: Maybe<PathwayPlanDue>;
  /** Permanence forms (Telford 10.0) with their sign-off. */
  permanenceForms: Array<PermanenceForm>;
  /** Moves in the council's window (12 months unless its policy says otherwise), in this period of care: the same count as the alerts and the tracker. More than three is flagged to panel and the IRO. */
  placementMovesInLast12Months: Scalars['Int']['output'];
  /** Every placement, by start date. */
  placements: Array<Placement>;
  /** Every version of the plan, newest first. */
  planHistory: Array<Plan>;
  /** The name the child wants to be called. */
  preferredName?: Maybe<Scalars['String']['output']>;
  /** SSDA903 PREV_PERM before this period of care: P1 adopted, P2 special guardianship order, P3 residence or child arrangements order, P4, Z1 not known; null until recorded. */
  previousPermanence?: Maybe<Scalars['String']['output']>;
  /** SSDA903 DATE_PERM: the previous order's date as YYYY-MM-DD, with ZZ for a day (or day and month) not known, e.g. 2019-06-ZZ. */
  previousPermanenceDate?: Maybe<Scalars['String']['output']>;
  /** SSDA903 LA_PERM: the authority that made the previous order (three-digit LA number, or WAL, SCO, NIR, NUK). */
  previousPermanenceLa?: Maybe<Scalars['String']['output']>;
  /** Every prospective carer considered, with their match stage. */
  prospectiveCarers: Array<ProspectiveCarer>;
  religion?: Maybe<Scalars['String']['output']>;
  school?: Maybe<Scalars['String']['output']>;
  /** The whole group of brothers and sisters (links followed through each other); null when none are linked. */
  siblingGroup?: Maybe<SiblingGroup>;
  socialWorker?: Maybe<PersonRef>;
  /** The child's social workers over time, latest first, with why each began (allocation history). */
  socialWorkerEpisodes: Array<SocialWorkerEpisode>;
  /** SSDA903 validation failures on this period of care, so they are fixed when made, not at year end. */
  ssda903Issues: Array<Ssda903IssueType>;
  /** Decision support: options to consider, with reasons and the rule each comes from. */
  suggestions: Array<Suggestion>;
  team: TeamRef;
  /** Unaccompanied asylum-seeking child. */
  uasc: Scalars['Boolean']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who last changed it; null when no one signed in did (imports, scheduled jobs) or they are outside your council. */
  updatedBy?: Maybe<PersonRef>;
  /** Unique pupil number. */
  upn?: Maybe<Scalars['String']['output']>;
  /** Changes on every update; send it back to update the record. */
  version: Scalars['Int']['output'];
  /** Sent views addressed to you (the head of service reads all sent views). Drafts stay with the child. */
  views: Array<View>;
  virtualSchool?: Maybe<Scalars['String']['output']>;
  /** Who in the family network (and which carers) may apply for special guardianship, a child arrangements order or adoption today, each with its rule and source. */
  whoMayApply: Array<WhoMayApply>;
};


export type ChildAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  listViews?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What you may do with this child's record: the checks the API makes, so a screen offers only what the API will allow. */
export type ChildAbilities = {
  /** Allocate the social worker and IRO (the team manager of the child’s team). */
  canAllocate: Scalars['Boolean']['output'];
  /** Change the child's details and case records (placements, legal status, family, network, matching, health outcomes, missing periods). */
  canEdit: Scalars['Boolean']['output'];
  canEditLifeStory: Scalars['Boolean']['output'];
  /** Make a subject access export. */
  canExportSubjectAccess: Scalars['Boolean']['output'];
  /** Invite the child to their own account (old enough under the council’s policy). */
  canInviteYoungPerson: Scalars['Boolean']['output'];
  /** Raise a drift escalation (dispute resolution). */
  canRaiseEscalation: Scalars['Boolean']['output'];
  /** Read the audit trail of the child's record. */
  canReadAudit: Scalars['Boolean']['output'];
  /** Record the end of a dispute stage, or resolve it. */
  canRecordEscalationStage: Scalars['Boolean']['output'];
  /** Restore a withdrawn life story item. */
  canRestoreLifeStory: Scalars['Boolean']['output'];
  /** Schedule and record meetings (reviews by the child’s IRO, other meetings by the worker or team manager). */
  canScheduleMeetings: Scalars['Boolean']['output'];
  /** Sign off permanence forms (the team manager). */
  canSignOffPermanenceForms: Scalars['Boolean']['output'];
  /** Sign off a recorded review. */
  canSignOffReviews: Scalars['Boolean']['output'];
  /** Start a plan, or a new version of it (no draft open). */
  canStartPlan: Scalars['Boolean']['output'];
};

export type ChildConnection = {
  edges: Array<ChildEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChildEdge = {
  cursor: Scalars['String']['output'];
  node: Child;
};

export type ChildMeasures = {
  /** Adoption scorecard A1: entering care to moving in with the adoptive family. */
  daysEnteringCareToAdoptiveFamily?: Maybe<Scalars['Int']['output']>;
  daysInCare?: Maybe<Scalars['Int']['output']>;
  /** Adoption scorecard A2: placement order to match. */
  daysPlacementOrderToMatch?: Maybe<Scalars['Int']['output']>;
  daysToPermanence?: Maybe<Scalars['Int']['output']>;
  /** Weekly cost times weeks in each placement, to today, in pounds. */
  placementCostToDate: Scalars['Float']['output'];
};

export type ChildMessage = {
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who saw it (acknowledged an unsafe alert, or read a message). */
  acknowledgedBy?: Maybe<PersonRef>;
  /** You may acknowledge, close or reply to it. */
  canRespond: Scalars['Boolean']['output'];
  /** The child who sent it (for a concern: the child it is about). */
  child: Child;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  closedBy?: Maybe<PersonRef>;
  /** What was done, when an unsafe alert was closed. */
  closingNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ChildMessageKind;
  /** How the child said they feel. */
  mood?: Maybe<Mood>;
  /** The advocate who raised a concern. */
  raisedBy?: Maybe<PersonRef>;
  repliedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  repliedBy?: Maybe<PersonRef>;
  /** The reply the child reads. */
  reply?: Maybe<Scalars['String']['output']>;
  sendTo?: Maybe<ViewReader>;
  sentAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  words?: Maybe<Scalars['String']['output']>;
};

/** I'm not happy, I feel unsafe, or an advocate's concern. */
export type ChildMessageKind =
  | 'CONCERN'
  | 'NOT_HAPPY'
  | 'UNSAFE';

/** How a professional is named to a child: "your worker" when they are, otherwise what they do. */
export type ChildRoleName =
  | 'AN_IRO'
  | 'A_SENIOR_MANAGER'
  | 'A_SOCIAL_WORKER'
  | 'SOMEONE_FROM_THE_COUNCIL'
  | 'YOUR_ADVOCATE'
  | 'YOUR_IRO'
  | 'YOUR_WORKER'
  | 'YOUR_WORKERS_MANAGER';

/** Sorts the whole list before it is split into pages; children with no value (no plan, no review) come last either way. */
export type ChildSort = {
  by: ChildSortField;
  direction?: SortDirection;
};

/** A column of the children list to sort by. */
export type ChildSortField =
  | 'AGE'
  | 'HOME'
  | 'IRO'
  | 'NAME'
  | 'NEXT_REVIEW'
  | 'PLAN_OPTION'
  | 'PLAN_STATUS'
  | 'SOCIAL_WORKER'
  | 'TEAM';

export type ChildrenFilter = {
  /** Only children with this alert today. */
  alert?: InputMaybe<AlertCode>;
  /** Part of a first, preferred or last name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The current plan's primary option. */
  planOption?: InputMaybe<PlanOption>;
  /** The current plan's status. */
  planStatus?: InputMaybe<PlanStatus>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type CloseChildMessageInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** What was done: for staff, never shown to the child. */
  whatWasDone: Scalars['String']['input'];
};

export type ConfirmTotpEnrolmentInput = {
  /** The challenge from the signIn error (extensions.challenge). */
  challenge: Scalars['String']['input'];
  /** The 6-digit code the app shows now. */
  code: Scalars['String']['input'];
};

/** A direction the court gave at a hearing. */
export type CourtDirection = {
  description: Scalars['String']['output'];
  doneOn?: Maybe<Scalars['LocalDate']['output']>;
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  status: DirectionStatus;
  version: Scalars['Int']['output'];
};

/** A hearing listed or held in care proceedings, with the directions given at it. */
export type CourtHearing = {
  directions: Array<CourtDirection>;
  hearingOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: HearingKind;
  label: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** The week of proceedings it falls in (the day of issue is in week 1). */
  week: Scalars['Int']['output'];
};

/** A point in the PLO timetable. */
export type CourtMilestone = {
  /** The latest day for it. */
  date: Scalars['LocalDate']['output'];
  /** The first day it may be held, where the practice direction gives a window. */
  earliest?: Maybe<Scalars['LocalDate']['output']>;
  label: Scalars['String']['output'];
  source: RuleSourceType;
};

export type CourtOutcome =
  | 'CARE_ORDER'
  | 'CHILD_ARRANGEMENTS_ORDER'
  | 'NO_ORDER'
  | 'PLACEMENT_ORDER'
  | 'SPECIAL_GUARDIANSHIP_ORDER'
  | 'SUPERVISION_ORDER'
  | 'WITHDRAWN';

/** Care proceedings under the Public Law Outline, from the letter before proceedings to the outcome. */
export type CourtProceedings = {
  caseNumber?: Maybe<Scalars['String']['output']>;
  concludedOn?: Maybe<Scalars['LocalDate']['output']>;
  court?: Maybe<Scalars['String']['output']>;
  finalCarePlan?: Maybe<FinalCarePlanRef>;
  finalCarePlanFiledOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The last day of the 26 weeks (the council’s court timescale) from issue. */
  finalHearingDue?: Maybe<Scalars['LocalDate']['output']>;
  /** By date. */
  hearings: Array<CourtHearing>;
  id: Scalars['ID']['output'];
  issuedOn?: Maybe<Scalars['LocalDate']['output']>;
  legalGatewayDecision?: Maybe<LegalGatewayDecision>;
  legalGatewayOn?: Maybe<Scalars['LocalDate']['output']>;
  outcome?: Maybe<CourtOutcome>;
  preProceedingsLetterOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Pre-proceedings review points from the letter; empty without a letter. */
  reviewPoints: Array<CourtReviewPoint>;
  stage: PloStage;
  stageLabel: Scalars['String']['output'];
  /** Week by week from issue to the final hearing; empty until issued. */
  timetable: Array<CourtTimetableWeek>;
  version: Scalars['Int']['output'];
};

/** A pre-proceedings review point from the letter before proceedings. */
export type CourtReviewPoint = {
  dueDate: Scalars['LocalDate']['output'];
  label: Scalars['String']['output'];
  source: RuleSourceType;
};

/** One week of proceedings, from issue. */
export type CourtTimetableWeek = {
  endsOn: Scalars['LocalDate']['output'];
  /** Hearings listed this week, by name. */
  hearings: Array<Scalars['String']['output']>;
  milestones: Array<CourtMilestone>;
  startsOn: Scalars['LocalDate']['output'];
  week: Scalars['Int']['output'];
};

export type CreateChildInput = {
  /** SSDA903 DATE_PLACED_CEASED: the day the decision stopped standing. */
  adoptionDecisionCeasedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** SSDA903 REASON_PLACED_CEASED: RD1 to RD4. */
  adoptionDecisionCeasedReason?: InputMaybe<Scalars['String']['input']>;
  /** SSDA903 DATE_PLACED: the decision that the child should be placed for adoption. */
  adoptionDecisionOn?: InputMaybe<Scalars['LocalDate']['input']>;
  categoryOfNeed?: InputMaybe<CategoryOfNeed>;
  dateLookedAfter?: InputMaybe<Scalars['LocalDate']['input']>;
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  disability?: InputMaybe<Scalars['String']['input']>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  firstLanguage?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  healthNeeds?: InputMaybe<Scalars['String']['input']>;
  legalFirstName?: InputMaybe<Scalars['String']['input']>;
  legalLastName?: InputMaybe<Scalars['String']['input']>;
  localId: Scalars['String']['input'];
  /** SSDA903 MOTHER: whether she is a mother. */
  mother?: InputMaybe<Scalars['Boolean']['input']>;
  /** SSDA903 MC_DOB: her (first) child's date of birth; only for a mother. */
  mothersChildDateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  preferredName?: InputMaybe<Scalars['String']['input']>;
  /** SSDA903 PREV_PERM: P1 adopted, P2 special guardianship order, P3 residence or child arrangements order, P4, Z1 not known. P1 to P4 need previousPermanenceLa and previousPermanenceDate (rule 630). */
  previousPermanence?: InputMaybe<Scalars['String']['input']>;
  /** SSDA903 DATE_PERM: YYYY-MM-DD, with ZZ for a day (or day and month) not known, e.g. 2019-06-ZZ (rule 632). */
  previousPermanenceDate?: InputMaybe<Scalars['String']['input']>;
  /** SSDA903 LA_PERM: three-digit LA number of the authority that made the order, or WAL, SCO, NIR, NUK (rule 633). */
  previousPermanenceLa?: InputMaybe<Scalars['String']['input']>;
  religion?: InputMaybe<Scalars['String']['input']>;
  school?: InputMaybe<Scalars['String']['input']>;
  uasc?: InputMaybe<Scalars['Boolean']['input']>;
  upn?: InputMaybe<Scalars['String']['input']>;
  virtualSchool?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePlanInput = {
  childId: Scalars['ID']['input'];
};

/** A new professional account, requested by the administrator and made when a head of service approves it. Young people get theirs from their worker’s invitation code. */
export type CreateStaffAccountInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  /** A first password the person changes; at least 12 characters. Never stored or logged in clear. */
  initialPassword: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  role: Role;
  /** Required for social workers and team managers. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

/** Produce a subject access export of one child: the reason is kept with it and in the audit trail. */
export type CreateSubjectAccessExportInput = {
  childId: Scalars['ID']['input'];
  /** Why it is being made: who asked, and when (10 to 1000 characters). */
  reason: Scalars['String']['input'];
};

export type CreateYoungPersonInvitationInput = {
  childId: Scalars['ID']['input'];
  /** The username the young person will sign in with. */
  username: Scalars['String']['input'];
};

/** A deprivation of liberty order (DoLO) made for the child. */
export type DeprivationOfLibertyOrder = {
  /** HIGH_COURT (inherent jurisdiction) or COURT_OF_PROTECTION (16 and over); empty for an order imported from a return until recorded. */
  authorisedBy?: Maybe<Scalars['String']['output']>;
  /** Empty while the order is in force. */
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  startDate: Scalars['LocalDate']['output'];
  version: Scalars['Int']['output'];
};

/** OPEN until its day; DONE when complied with; MISSED when its day passed without it. */
export type DirectionStatus =
  | 'DONE'
  | 'MISSED'
  | 'OPEN';

/** How many children have an alert of this type (team and worker filters applied). */
export type DriftAlertCount = {
  children: Scalars['Int']['output'];
  code: AlertCode;
  /** The alert's name, as on the alert. */
  title: Scalars['String']['output'];
};

/** A child on the drift list with their alerts, most urgent first. */
export type DriftEntry = {
  alerts: Array<Alert>;
  child: Child;
  topUrgency: Urgency;
};

/** Narrows the drift list: any combination, each optional. */
export type DriftFilter = {
  /** Only children with this alert, showing only it. */
  alert?: InputMaybe<AlertCode>;
  /** Only this team's children. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Only alerts this urgent, and the children who have one. */
  urgency?: InputMaybe<Urgency>;
  /** Only this social worker's children. */
  workerId?: InputMaybe<Scalars['ID']['input']>;
};

/** The drift list with what it can be filtered by. */
export type DriftList = {
  /** Each alert type present, most children first: for the alert filter. */
  alertCounts: Array<DriftAlertCount>;
  /** Looked-after children you reach in the chosen team and worker, with or without alerts. */
  childrenReached: Scalars['Int']['output'];
  /** Children with a matching alert, most urgent first, each with only the matching alerts. */
  entries: Array<DriftEntry>;
  /** Teams of the looked-after children you reach: for the team filter. */
  teams: Array<TeamRef>;
  /** Children with a matching alert (entries may stop at first). */
  totalCount: Scalars['Int']['output'];
  /** Social workers of the looked-after children you reach: for the worker filter. */
  workers: Array<PersonRef>;
};

/** The council duty / out-of-hours contact, as set by the administrator. */
export type DutyContact = {
  email?: Maybe<Scalars['String']['output']>;
  mobile?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

/** The council duty / out-of-hours contact, told at once when a child feels unsafe. */
export type DutyContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type EndPlacementInput = {
  endDate: Scalars['LocalDate']['input'];
  /** SSDA903 reason the episode ended (REC). */
  endReason: Scalars['String']['input'];
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type EndPlanInput = {
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type EndorsePlanInput = {
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** The review of this child at which the IRO endorses the plan. */
  meetingId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
};

/** Whether the family agree with the plan. */
export type FamilyAgreement =
  | 'AGREED'
  | 'NOT_AGREED';

/** Whether family and connected people were considered as carers first. */
export type FamilyConsidered =
  | 'BEING_CONSIDERED'
  | 'CONSIDERED'
  | 'NOT_CONSIDERED';

/** A referral to the family-finding team, placement brokerage or the regional adoption agency. */
export type FamilyFindingReferral = {
  agencyName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  referredOn: Scalars['LocalDate']['output'];
  status: FamilyFindingStatus;
  statusLabel: Scalars['String']['output'];
  statusOn: Scalars['LocalDate']['output'];
  team: FamilyFindingTeam;
  teamLabel: Scalars['String']['output'];
  /** What is due next; none once matched or closed. */
  timescales: Array<FamilyFindingTimescale>;
  version: Scalars['Int']['output'];
};

export type FamilyFindingStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'MATCHED'
  | 'REFERRED'
  | 'SEARCHING';

export type FamilyFindingTeam =
  | 'FAMILY_FINDING'
  | 'PLACEMENT_BROKERAGE'
  | 'REGIONAL_ADOPTION_AGENCY';

export type FamilyFindingTimescale = {
  dueDate: Scalars['LocalDate']['output'];
  label: Scalars['String']['output'];
  /** The date has passed. */
  overdue: Scalars['Boolean']['output'];
  source: RuleSourceType;
};

export type FamilyTimeKind =
  | 'DIRECT'
  | 'INDIRECT';

export type FeelingUnsafeInput = {
  words?: InputMaybe<Scalars['String']['input']>;
};

/** A part of my file someone read, as I would name it. */
export type FilePart =
  | 'BIRTHDAYS_AFTER_CARE'
  | 'BROTHERS_AND_SISTERS'
  | 'COURT_ORDERS'
  | 'DETAILS'
  | 'FAMILY_AND_FRIENDS'
  | 'HEALTH_CHECKS'
  | 'LEAVING_CARE'
  | 'LIFE_STORY'
  | 'MEETINGS'
  | 'MESSAGES'
  | 'PLAN'
  | 'TIMES_AWAY'
  | 'VIEWS'
  | 'WHERE_I_LIVE';

/** The plan version filed with the court as the final care plan. */
export type FinalCarePlanRef = {
  id: Scalars['ID']['output'];
  planNumber: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NOT_KNOWN'
  | 'OTHER';

export type GenogramSex =
  | 'FEMALE'
  | 'MALE';

/** Health, SDQ and offending outcomes for one collection year (the SSDA903 OC2 items). */
export type HealthOutcomes = {
  /** Convicted of an offence in the year (asked from age 10). */
  convicted?: Maybe<Scalars['Boolean']['output']>;
  healthAssessment: Scalars['Boolean']['output'];
  /** Development assessments up to date (asked under age 5). */
  healthCheck?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  immunisations: Scalars['Boolean']['output'];
  interventionOffered?: Maybe<Scalars['Boolean']['output']>;
  interventionReceived?: Maybe<Scalars['Boolean']['output']>;
  /** Why there is no SDQ score: SDQ1 to SDQ5. */
  sdqReason?: Maybe<Scalars['String']['output']>;
  /** Strengths and Difficulties Questionnaire score, 0 to 40. */
  sdqScore?: Maybe<Scalars['Int']['output']>;
  substanceMisuse: Scalars['Boolean']['output'];
  teethCheck: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
  /** The collection year, named by the year it ends: 2025 is 1 April 2024 to 31 March 2025. */
  year: Scalars['Int']['output'];
};

export type HearingKind =
  | 'CASE_MANAGEMENT'
  | 'FINAL'
  | 'FURTHER_CASE_MANAGEMENT'
  | 'ISSUES_RESOLUTION'
  | 'OTHER';

/** One problem the import found: where it is and why. */
export type ImportProblem = {
  /** The return's CHILD id the problem is about. */
  child?: Maybe<Scalars['String']['output']>;
  column?: Maybe<Scalars['String']['output']>;
  file: Scalars['String']['output'];
  /** The line in the file (1 is the header row). */
  line?: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
  /** ERROR leaves the child out (or stops the import); WARNING and NOTE are told, nothing is left out. */
  severity: Scalars['String']['output'];
};

/** What the import does (or would do) to one child of the return. */
export type ImportedChild = {
  changes: Array<Scalars['String']['output']>;
  /** The return's CHILD id. */
  child: Scalars['String']['output'];
  /** created, updated, unchanged or rejected. */
  outcome: Scalars['String']['output'];
};

export type IndicatorCode =
  | 'ADOPTION_TIMELINESS_A1'
  | 'ADOPTION_TIMELINESS_A2'
  | 'BROTHERS_AND_SISTERS_PLACED_TOGETHER'
  | 'MATCHED_WITH_LONG_TERM_FOSTER_CARERS'
  | 'ORDERS_DISCHARGED_OR_STEPPED_DOWN'
  | 'RETURNED_TO_PARENTS'
  | 'STEPPED_UP_INTO_CARE'
  | 'SUPPORTED_AT_HOME_OR_WITH_KIN'
  | 'THREE_OR_MORE_MOVES';

export type IndicatorType = {
  averageDays?: Maybe<Scalars['Int']['output']>;
  childIds: Array<Scalars['ID']['output']>;
  code: IndicatorCode;
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  outOf?: Maybe<Scalars['Int']['output']>;
};

/** How long the plan is for the child to live in a placement. */
export type IntendedDuration =
  | 'FIXED_PERIOD'
  | 'LONG_TERM'
  | 'NOT_YET_KNOWN'
  | 'UNTIL_GROWN_UP';

/** A stage of the council’s dispute resolution protocol, in order. */
export type IroDisputeStage =
  | 'DIRECTOR'
  | 'INFORMAL'
  | 'SERVICE_MANAGER'
  | 'TEAM_MANAGER';

/** How a stage of a dispute ended. */
export type IroDisputeStageOutcome =
  | 'ESCALATED'
  | 'RESOLVED';

/** A drift escalation raised by the child’s IRO, taken through the stages of the council’s dispute resolution protocol. */
export type IroEscalation = {
  concern: Scalars['String']['output'];
  /** The stage the dispute is at; null once resolved. */
  currentStage?: Maybe<IroDisputeStage>;
  id: Scalars['ID']['output'];
  raisedBy?: Maybe<PersonRef>;
  raisedOn: Scalars['LocalDate']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  /** Set only when a stage resolved the dispute. */
  resolvedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The stages so far, oldest first, each with its timescale under the policy in force when the dispute was raised. */
  stages: Array<IroEscalationStage>;
  version: Scalars['Int']['output'];
};

/** One stage of the dispute resolution protocol: when it started, when it is due, and how it ended. */
export type IroEscalationStage = {
  closedBy?: Maybe<PersonRef>;
  closedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Resolve or escalate by this day. */
  dueOn: Scalars['LocalDate']['output'];
  /** Who the IRO takes the dispute to at this stage, in words. */
  label: Scalars['String']['output'];
  outcome?: Maybe<IroDisputeStageOutcome>;
  outcomeText?: Maybe<Scalars['String']['output']>;
  stage: IroDisputeStage;
  startedOn: Scalars['LocalDate']['output'];
  /** The stage’s timescale in working days, from the council’s policy in force when the dispute was raised. */
  workingDays: Scalars['Int']['output'];
};

/** How brothers and sisters who live apart keep in touch (family time). */
export type KeepingInTouchPlan = {
  agreedBy: Scalars['String']['output'];
  arrangements?: Maybe<Scalars['String']['output']>;
  frequency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: FamilyTimeKind;
  /** May be shown to the children on their own portal. */
  shareableWithChild: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

/** The leaving care record: pathway plan, personal adviser, what happens at 18. */
export type LeavingCare = {
  afterEighteen: Scalars['String']['output'];
  afterEighteenDetails?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  needsAssessmentOn?: Maybe<Scalars['LocalDate']['output']>;
  pathwayPlanAgreedOn?: Maybe<Scalars['LocalDate']['output']>;
  pathwayPlanReviewedOn?: Maybe<Scalars['LocalDate']['output']>;
  personalAdviserEmail?: Maybe<Scalars['String']['output']>;
  personalAdviserName?: Maybe<Scalars['String']['output']>;
  personalAdviserPhone?: Maybe<Scalars['String']['output']>;
  planInMyWords?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** What the legal gateway (legal planning) meeting decided. */
export type LegalGatewayDecision =
  | 'ISSUE_PROCEEDINGS'
  | 'NO_LEGAL_ACTION'
  | 'PRE_PROCEEDINGS';

/** One period under one legal status. */
export type LegalStatus = {
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  startDate: Scalars['LocalDate']['output'];
  status: LegalStatusKind;
  version: Scalars['Int']['output'];
};

export type LegalStatusKind =
  | 'ADOPTION_ORDER'
  | 'CHILD_ARRANGEMENTS_ORDER'
  | 'FULL_CARE_ORDER'
  | 'INTERIM_CARE_ORDER'
  | 'PLACEMENT_ORDER'
  | 'SECTION_20'
  | 'SPECIAL_GUARDIANSHIP_ORDER'
  | 'SUPERVISION_ORDER';

/** Who may see it: professionals only, the child now, or the child from a date or an age. */
export type LifeStoryAudience =
  | 'CHILD_FROM_AGE'
  | 'CHILD_FROM_DATE'
  | 'CHILD_NOW'
  | 'PROFESSIONALS_ONLY';

export type LifeStoryItem = {
  addedBy?: Maybe<PersonRef>;
  /** The child added it themselves. */
  addedByChild: Scalars['Boolean']['output'];
  audience: LifeStoryAudience;
  /** Who decided who may see it. */
  audienceSetBy?: Maybe<PersonRef>;
  id: Scalars['ID']['output'];
  kind: LifeStoryKind;
  /** The photo or document, when there is one. */
  media?: Maybe<LifeStoryMedia>;
  occurredOn?: Maybe<Scalars['LocalDate']['output']>;
  releaseAge?: Maybe<Scalars['Int']['output']>;
  releaseOn?: Maybe<Scalars['LocalDate']['output']>;
  title: Scalars['String']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who last changed it; null when no one signed in did (imports, scheduled jobs) or they are outside your council. */
  updatedBy?: Maybe<PersonRef>;
  version: Scalars['Int']['output'];
  /** The child sees it today. */
  visibleToChildToday: Scalars['Boolean']['output'];
  withdrawn: Scalars['Boolean']['output'];
  withdrawnAt?: Maybe<Scalars['DateTimeISO']['output']>;
  words?: Maybe<Scalars['String']['output']>;
};

export type LifeStoryItemVersionInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type LifeStoryKind =
  | 'DOCUMENT'
  | 'LETTER'
  | 'MEMORY'
  | 'MILESTONE'
  | 'PERSON'
  | 'PHOTO'
  | 'PLACE';

export type LifeStoryMedia = {
  contentType: Scalars['String']['output'];
  /** A screen-sized picture (1600px), for photos. Expires in minutes. */
  displayUrl?: Maybe<Scalars['String']['output']>;
  /** The whole file. Expires in minutes. */
  downloadUrl: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  height?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: MediaKind;
  /** A small picture (320px), for photos. Expires in minutes. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  width?: Maybe<Scalars['Int']['output']>;
};

export type LifeStoryRelease = {
  item: LifeStoryItem;
  /** The day the child will first see it (a date, or the birthday for an age). */
  on: Scalars['LocalDate']['output'];
};

/** What the child can see today and what will be released when. Items appear on their day without anyone acting. */
export type LifeStoryReleaseSchedule = {
  /** Professionals only, or withdrawn. */
  notShared: Array<LifeStoryItem>;
  /** Nearest first. */
  upcoming: Array<LifeStoryRelease>;
  visibleToday: Array<LifeStoryItem>;
};

export type LinkBrotherOrSisterInput = {
  /** A child whose case you may change. */
  childId: Scalars['ID']['input'];
  livingTogether: Scalars['Boolean']['input'];
  /** Their brother or sister, in the same council. */
  otherChildId: Scalars['ID']['input'];
  relationship: SiblingRelationship;
};

/** Children looked after at the end of a month or quarter, and the starts and ends of care within it. */
export type LookedAfterPointType = {
  ceased: Scalars['Int']['output'];
  /** Looked after at the end of the period. */
  lookedAfter: Scalars['Int']['output'];
  periodEnd: Scalars['LocalDate']['output'];
  periodStart: Scalars['LocalDate']['output'];
  started: Scalars['Int']['output'];
};

/** The match stages in order; NOT_PROCEEDING ends a link at any stage. */
export type MatchStage =
  | 'IDENTIFIED'
  | 'INTRODUCTIONS'
  | 'LINKED'
  | 'MATCHING_PANEL'
  | 'MATCH_APPROVED'
  | 'NOT_PROCEEDING'
  | 'PLACED';

/** Newham's nine matching areas. */
export type MatchingArea =
  | 'CONTACT'
  | 'EDUCATION'
  | 'EMOTIONAL_BEHAVIOURAL'
  | 'FAMILY_SOCIAL_RELATIONSHIPS'
  | 'HEALTH'
  | 'IDENTITY'
  | 'SELF_CARE'
  | 'SOCIAL_PRESENTATION_INTERESTS'
  | 'VIEWS_WISHES_WORRIES';

/** One matching area; empty (id and version null) until first saved. */
export type MatchingAreaRecord = {
  area: MatchingArea;
  /** The prospective carer's potential to meet the needs. */
  carerPotential?: Maybe<Scalars['String']['output']>;
  childViews?: Maybe<Scalars['String']['output']>;
  currentSupport?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** Future support is in the support plan. */
  inSupportPlan: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  needs?: Maybe<Scalars['String']['output']>;
  /** Null until the area is first saved. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** The signed-in person. */
export type Me = {
  /** Which menus and pages you may use. */
  abilities: ScreenAbilities;
  councilName: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  role: Role;
  /** When the session ends unless it is used again (idle or absolute timeout). */
  sessionExpiresAt: Scalars['DateTimeISO']['output'];
  teamName?: Maybe<Scalars['String']['output']>;
};

/** A photo (re-encoded, with display and thumbnail sizes) or a document (PDF). */
export type MediaKind =
  | 'DOCUMENT'
  | 'PHOTO';

export type Meeting = {
  /** What you may do with this meeting now (the API still checks every request). */
  abilities: MeetingAbilities;
  attendees: Array<Scalars['String']['output']>;
  chair?: Maybe<PersonRef>;
  childId: Scalars['ID']['output'];
  decisions?: Maybe<Scalars['String']['output']>;
  dueDate?: Maybe<Scalars['LocalDate']['output']>;
  heldOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** A child in care review (first, second or subsequent). */
  isReview: Scalars['Boolean']['output'];
  participation?: Maybe<ParticipationCode>;
  /** The plan version endorsed at this review. */
  planEndorsed?: Maybe<Plan>;
  scheduledFor?: Maybe<Scalars['LocalDate']['output']>;
  sharedWithChildAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The team manager's sign-off of the review record. */
  signedOffAt?: Maybe<Scalars['DateTimeISO']['output']>;
  signedOffBy?: Maybe<PersonRef>;
  type: MeetingType;
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who last changed it; null when no one signed in did (imports, scheduled jobs) or they are outside your council. */
  updatedBy?: Maybe<PersonRef>;
  /** Send it back to record the meeting. */
  version: Scalars['Int']['output'];
};

/** What you may do with this meeting now (the API still checks every request). */
export type MeetingAbilities = {
  /** Record the meeting, or change its record (not once a review record is signed off). */
  canRecord: Scalars['Boolean']['output'];
  /** Share a signed-off review record with the child. */
  canShareWithChild: Scalars['Boolean']['output'];
  /** Sign off the record of a held review (the child’s IRO). */
  canSignOff: Scalars['Boolean']['output'];
};

export type MeetingStepInput = {
  /** The meeting version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  meetingId: Scalars['ID']['input'];
};

/** Reviews, permanence planning meetings, panels, family group conferences and PLO meetings. */
export type MeetingType =
  | 'ADOPTION_PANEL'
  | 'FAMILY_GROUP_CONFERENCE'
  | 'FIRST_REVIEW'
  | 'FOSTERING_PANEL'
  | 'GATEWAY_PANEL'
  | 'PERMANENCE_PANEL'
  | 'PERMANENCE_PLANNING_MEETING'
  | 'PLACEMENT_STABILITY_PANEL'
  | 'PLO_MEETING'
  | 'RESOURCE_ALLOCATION_PANEL'
  | 'SECOND_REVIEW'
  | 'SUBSEQUENT_REVIEW';

/** A period missing (M) or away from placement without authorisation (A). */
export type MissingEpisode = {
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** M missing, A away from placement without authorisation. */
  kind: Scalars['String']['output'];
  /** Did the child accept the return interview offered? */
  returnInterviewAccepted?: Maybe<Scalars['Boolean']['output']>;
  /** Was the child offered a return interview when they came back? */
  returnInterviewOffered?: Maybe<Scalars['Boolean']['output']>;
  startDate: Scalars['LocalDate']['output'];
  version: Scalars['Int']['output'];
};

export type Mood =
  | 'HAPPY'
  | 'OK'
  | 'SAD'
  | 'VERY_HAPPY'
  | 'VERY_SAD';

export type MoveProspectiveCarerInput = {
  /** Prospective adopters: their legal status (with adoptersSex). */
  adoptersLegalStatus?: InputMaybe<AdoptersLegalStatus>;
  /** Prospective adopters: who is adopting (with adoptersLegalStatus; both or neither). Left out, what is recorded stays. */
  adoptersSex?: InputMaybe<AdoptersSex>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  stage: MatchStage;
  stageOn: Scalars['LocalDate']['input'];
};

export type Mutation = {
  /** An advocate takes a waiting referral: it becomes ACTIVE and they can see the child. */
  acceptAdvocacyReferral: AdvocacyReferral;
  /** Seen: acknowledge an "I feel unsafe" alert, or mark a message read. The child is told who and when. */
  acknowledgeChildMessage: ChildMessage;
  addCourtDirection: CourtProceedings;
  addCourtHearing: CourtProceedings;
  addLifeStoryItem: LifeStoryItem;
  /** Add something to my life story. */
  addMyLifeStoryItem: MyLifeStoryItem;
  addNetworkMember: NetworkMember;
  /** Join two people of the family network on the genogram (or a parent to the child). */
  addNetworkRelationship: NetworkRelationship;
  /** Adds a substitute day or a one-off holiday. Audited. */
  addNonWorkingDay: Array<NonWorkingDayType>;
  /** Add a SMART outcome at the end of a DRAFT plan. */
  addPlanOutcome: Plan;
  /** Adds a version of the policy from a date. Audited. */
  addPolicyVersion: Array<PolicyProfileType>;
  addProspectiveCarer: ProspectiveCarer;
  /** Add more to a view I sent: a new view that follows it. */
  addToView: MyView;
  /** Allocate the child's social worker (from your team) and IRO (from your council). */
  allocateChild: Child;
  /** PROPOSED → APPROVED, by the team manager of the child's team, with comments if any (management oversight). */
  approvePlan: Plan;
  /** Head of service approval (required for long-term fostering under five); the status does not change. */
  approvePlanAsHeadOfService: Plan;
  /** Approves a waiting account request: the account is made in the same step. Audited. */
  approveStaffAccountRequest: StaffAccountRequest;
  /** Drops a checked return without importing it; its files are deleted. */
  cancelSsda903Upload: Ssda903Upload;
  /** Changes your password; your other sessions are signed out. */
  changePassword: Scalars['Boolean']['output'];
  /** Closes a referral: the assigned advocate, or the child's worker or team manager. */
  closeAdvocacyReferral: AdvocacyReferral;
  /** Close an "I feel unsafe" alert with what was done. */
  closeChildMessage: ChildMessage;
  /** Step 2: a code from the new secret sets it up; every sign-in then asks for a code. Gives the recovery codes, shown once. */
  confirmMyTotpEnrolment: NewRecoveryCodes;
  /** Imports a checked return (the same files the check read). Audited with its counts. */
  confirmSsda903Upload: Ssda903Upload;
  /** A code from the new secret sets it up and signs the person in. */
  confirmTotpEnrolment: TotpEnrolled;
  createChild: Child;
  /** A new DRAFT version of the child's plan, copying the previous version. CONFLICT if a draft exists. */
  createPlan: Plan;
  /** Everything held about one child, as JSON and a readable PDF. Head of service of the child’s council only; the reason is audited. */
  createSubjectAccessExport: SubjectAccessExport;
  /** Makes a single-use code, valid 7 days, for a child in the caller's caseload. */
  createYoungPersonInvitation: YoungPersonInvitation;
  /** Throw away what I was writing in this form. */
  deleteMyDraft: Scalars['Boolean']['output'];
  deleteViewDraft: Scalars['Boolean']['output'];
  /** Disables an account and ends its sessions at once. Accounts are never deleted. */
  disableStaffAccount: StaffAccount;
  endPlacement: Placement;
  /** Any plan not yet achieved or ended → ENDED, with the reason. */
  endPlan: Plan;
  /** APPROVED or RECOMMENDED_BY_PANEL → ENDORSED, by the child's IRO at a review of the child. */
  endorsePlanAtReview: Plan;
  /** Link a child whose case you change to a brother or sister in the same council. */
  linkBrotherOrSister: BrotherOrSister;
  /** ENDORSED → ACHIEVED. */
  markPlanAchieved: Plan;
  markViewRead: View;
  /** A later match stage; CONFLICT when another carer already holds the match. */
  moveProspectiveCarer: ProspectiveCarer;
  /** Raise a concern to the child's IRO. */
  raiseConcernToIro: AdvocateConcern;
  /** The child’s IRO raises a drift escalation (to be resolved within 20 working days). */
  raiseIroEscalation: IroEscalation;
  recordDeprivationOfLibertyOrder: DeprivationOfLibertyOrder;
  /** Ends the current stage of the dispute resolution protocol: resolved, or escalated to the next stage. Audited. */
  recordIroEscalationStage: IroEscalation;
  /** A new legal status; the open one ends on its start date. */
  recordLegalStatus: LegalStatus;
  /** Reviews are recorded by the child's IRO; other meetings by the worker or team manager. */
  recordMeeting: Meeting;
  recordMissingEpisode: MissingEpisode;
  /** The agency decision maker's decision on the panel's recommendation (decision, date, name); the status does not change. */
  recordPanelDecision: Plan;
  /** APPROVED → RECOMMENDED_BY_PANEL. */
  recordPanelRecommendation: Plan;
  /** Record the together-or-apart decision for a child's whole group of brothers and sisters, or change it (send its id and version). */
  recordSiblingGroupDecision: SiblingGroupDecision;
  recordTogetherApartAssessment: TogetherApartAssessment;
  /** A young person chooses their password with their invitation code, and is signed in. */
  redeemInvitation: Me;
  /** CONFLICT while the child has an open referral to the same team. */
  referForFamilyFinding: FamilyFindingReferral;
  /** Refuses a waiting account request, with the reason: no account is made. Audited. */
  refuseStaffAccountRequest: StaffAccountRequest;
  /** Take a relationship recorded by mistake off the genogram. */
  removeNetworkRelationship: NetworkRelationship;
  removePlanOutcome: Plan;
  reorderPlanOutcomes: Plan;
  /** A fresh set of recovery codes, proved by a code from your app; every earlier code stops working. Audited. */
  replaceMyRecoveryCodes: NewRecoveryCodes;
  /** Reply to an "I'm not happy" message or a concern; the child reads the reply. */
  replyToChildMessage: ChildMessage;
  /** "You said, we did": the allocated worker or team manager, or the IRO for views addressed to the IRO. */
  replyToView: View;
  /** I feel unsafe. The answer always says how to get help now. */
  reportFeelingUnsafe: MyUnsafeReport;
  requestAdvocacy: AdvocacyReferral;
  /** Ask for an advocate (ages 7 to 18). */
  requestAdvocate: MyAdvocateRequest;
  /** Asks for a professional account with a role (and team for social workers and team managers). A head of service must approve it before anyone can sign in. Audited. */
  requestStaffAccount: StaffAccountRequest;
  /** Resets a staff member's lost authenticator app (never your own): their recovery codes stop working, their sessions end, they set up a new app at their next sign-in and are told by email. Audited with the reason. */
  resetStaffAuthenticator: AuthenticatorReset;
  /** Resolves the dispute at its current stage. */
  resolveIroEscalation: IroEscalation;
  restoreLifeStoryItem: LifeStoryItem;
  /** PROPOSED → DRAFT: the team manager returns the plan to the worker with reasons (management oversight). */
  returnPlan: Plan;
  /** Saves one of a care leaver's birthdays whole (OC3). */
  saveCareLeaverBirthday: CareLeaverBirthday;
  /** Saves one collection year’s health outcomes whole (the first save sends no expectedVersion). */
  saveHealthOutcomes: HealthOutcomes;
  /** Saves the leaving care record whole (the first save sends no expectedVersion). */
  saveLeavingCare: LeavingCare;
  saveMatchingArea: MatchingAreaRecord;
  /** Keep what I am writing, on the server rather than my phone. */
  saveMyDraft: YoungPersonDraft;
  /** Creates or changes a form; CONFLICT once it is signed off. */
  savePermanenceForm: PermanenceForm;
  /** Sets up or changes your council's staff sign-in provider and its group mappings. The client secret is write-only. */
  saveSingleSignOnSettings: SingleSignOnSettings;
  /** Start a view or change a draft. A clientKey makes a retried start save once. */
  saveViewDraft: MyView;
  /** Worker or team manager; the child's IRO may schedule the child's reviews. */
  scheduleMeeting: Meeting;
  /** I'm not happy: tell my worker, my IRO or my advocate. */
  sendNotHappyMessage: MyMessageSent;
  /** Send a draft to the people I chose. After this it cannot change. */
  sendView: MyView;
  /** Replace the contingency options of a DRAFT plan, in order. */
  setContingencyOptions: Plan;
  /** Add a keeping-in-touch plan, or change one (send its id and version). */
  setKeepingInTouchPlan: KeepingInTouchPlan;
  /** Who may see it and from when. Each decision is in the audit trail. */
  setLifeStoryAudience: LifeStoryItem;
  /** Choose the language of my pages (English, or one my council has switched on). Kept on the server. */
  setMyLanguage: MyLanguage;
  /** Sets a professional's Social Work England registration number. Episodes an imported return gave under that number become theirs. Audited. */
  setStaffSweNumber: StaffAccount;
  /** Requires (or stops requiring) an authenticator code from staff who sign in with a local password. */
  setStaffTotpRequired: StaffSignInPolicy;
  /** Administrator: switch languages of the young-person portal on (English is always on). */
  setYoungPersonLanguages: Array<YoungPersonLanguageSetting>;
  /** Show a submitted plan's child-friendly summary in the young person's portal. */
  sharePlanWithChild: Plan;
  /** Share a signed-off review record with the child. */
  shareReviewWithChild: Meeting;
  signIn: Me;
  /** After the right password: a code from the authenticator app, or a recovery code, signs the person in. */
  signInWithSecondFactor: Me;
  /** The team manager signs off a completed form. */
  signOffPermanenceForm: PermanenceForm;
  /** The child's IRO signs off a recorded review: who and when are kept on the record. */
  signOffReview: Meeting;
  signOut: Scalars['Boolean']['output'];
  /** Opens the court record at its first step. CONFLICT while another set of proceedings is open. */
  startCourtProceedings: CourtProceedings;
  /** Sets up an authenticator app of your own accord, step 1 (your current password first): a new secret to scan. Audited when confirmed. */
  startMyTotpEnrolment: MyTotpEnrolment;
  /** A move: ends the current placement on the new start date and starts the new one. */
  startPlacement: Placement;
  /** After the right password, where the council requires it: a new authenticator secret to scan. */
  startTotpEnrolment: TotpEnrolment;
  /** DRAFT → PROPOSED. Needs a primary option, a contingency and an outcome. */
  submitPlan: Plan;
  updateBrotherOrSisterLink: BrotherOrSister;
  /** Court dates, panel criteria and the kinship position, for the statutory rules. */
  updateCaseFacts: CaseFacts;
  updateChild: Child;
  /** Marks a direction done (or not), or records a new date the court allowed. */
  updateCourtDirection: CourtProceedings;
  /** Relists a hearing or records what happened at it. */
  updateCourtHearing: CourtProceedings;
  /** The next PLO step: the legal gateway decision, issue, the final care plan filed, the outcome. */
  updateCourtProceedings: CourtProceedings;
  /** Change an order: end it (endDate), or correct its dates or who authorised it. */
  updateDeprivationOfLibertyOrder: DeprivationOfLibertyOrder;
  /** Sets the council duty / out-of-hours contact. Audited. */
  updateDutyContact: Scalars['Boolean']['output'];
  /** Moves a referral on: accepted, searching, matched, closed. */
  updateFamilyFindingReferral: FamilyFindingReferral;
  updateLegalStatus: LegalStatus;
  updateLifeStoryItem: LifeStoryItem;
  updateMissingEpisode: MissingEpisode;
  updateNetworkMember: NetworkMember;
  updatePlacement: Placement;
  /** Change a DRAFT plan; CONFLICT once it has been submitted. */
  updatePlan: Plan;
  /** Progress on one action of an outcome; may change until the plan is achieved or ended. */
  updatePlanActionProgress: Plan;
  /** Progress and completed may change until the plan is achieved or ended; other fields only in a DRAFT. */
  updatePlanOutcome: Plan;
  /** Keep records longer than the law’s minimum (never shorter). Audited. */
  updateRetentionSettings: RetentionSettings;
  /** Sets a professional's work email, mobile number and notification preference. Audited. */
  updateStaffContact: StaffAccount;
  /** Hide it from the child; it is kept. */
  withdrawLifeStoryItem: LifeStoryItem;
  /** A view written with the child, sent to the readers the child chose, marked as written with you. */
  writeViewWithChild: AdvocateView;
};


export type MutationAcceptAdvocacyReferralArgs = {
  referralId: Scalars['ID']['input'];
};


export type MutationAcknowledgeChildMessageArgs = {
  input: AcknowledgeChildMessageInput;
};


export type MutationAddCourtDirectionArgs = {
  input: AddCourtDirectionInput;
};


export type MutationAddCourtHearingArgs = {
  input: AddCourtHearingInput;
};


export type MutationAddLifeStoryItemArgs = {
  input: AddLifeStoryItemInput;
};


export type MutationAddMyLifeStoryItemArgs = {
  input: AddMyLifeStoryItemInput;
};


export type MutationAddNetworkMemberArgs = {
  input: AddNetworkMemberInput;
};


export type MutationAddNetworkRelationshipArgs = {
  input: AddNetworkRelationshipInput;
};


export type MutationAddNonWorkingDayArgs = {
  input: NonWorkingDayInput;
};


export type MutationAddPlanOutcomeArgs = {
  input: AddPlanOutcomeInput;
};


export type MutationAddPolicyVersionArgs = {
  input: PolicyVersionInput;
};


export type MutationAddProspectiveCarerArgs = {
  input: AddProspectiveCarerInput;
};


export type MutationAddToViewArgs = {
  input: AddToViewInput;
};


export type MutationAllocateChildArgs = {
  input: AllocateChildInput;
};


export type MutationApprovePlanArgs = {
  input: ApprovePlanInput;
};


export type MutationApprovePlanAsHeadOfServiceArgs = {
  input: PlanTransitionInput;
};


export type MutationApproveStaffAccountRequestArgs = {
  input: ApproveStaffAccountRequestInput;
};


export type MutationCancelSsda903UploadArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseAdvocacyReferralArgs = {
  referralId: Scalars['ID']['input'];
};


export type MutationCloseChildMessageArgs = {
  input: CloseChildMessageInput;
};


export type MutationConfirmMyTotpEnrolmentArgs = {
  input: ConfirmTotpEnrolmentInput;
};


export type MutationConfirmSsda903UploadArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationConfirmTotpEnrolmentArgs = {
  input: ConfirmTotpEnrolmentInput;
};


export type MutationCreateChildArgs = {
  input: CreateChildInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreateSubjectAccessExportArgs = {
  input: CreateSubjectAccessExportInput;
};


export type MutationCreateYoungPersonInvitationArgs = {
  input: CreateYoungPersonInvitationInput;
};


export type MutationDeleteMyDraftArgs = {
  input: MyDraftNameInput;
};


export type MutationDeleteViewDraftArgs = {
  viewId: Scalars['ID']['input'];
};


export type MutationDisableStaffAccountArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationEndPlacementArgs = {
  input: EndPlacementInput;
};


export type MutationEndPlanArgs = {
  input: EndPlanInput;
};


export type MutationEndorsePlanAtReviewArgs = {
  input: EndorsePlanInput;
};


export type MutationLinkBrotherOrSisterArgs = {
  input: LinkBrotherOrSisterInput;
};


export type MutationMarkPlanAchievedArgs = {
  input: PlanTransitionInput;
};


export type MutationMarkViewReadArgs = {
  viewId: Scalars['ID']['input'];
};


export type MutationMoveProspectiveCarerArgs = {
  input: MoveProspectiveCarerInput;
};


export type MutationRaiseConcernToIroArgs = {
  input: RaiseConcernInput;
};


export type MutationRaiseIroEscalationArgs = {
  input: RaiseIroEscalationInput;
};


export type MutationRecordDeprivationOfLibertyOrderArgs = {
  input: RecordDeprivationOfLibertyOrderInput;
};


export type MutationRecordIroEscalationStageArgs = {
  input: RecordIroEscalationStageInput;
};


export type MutationRecordLegalStatusArgs = {
  input: RecordLegalStatusInput;
};


export type MutationRecordMeetingArgs = {
  input: RecordMeetingInput;
};


export type MutationRecordMissingEpisodeArgs = {
  input: RecordMissingEpisodeInput;
};


export type MutationRecordPanelDecisionArgs = {
  input: RecordPanelDecisionInput;
};


export type MutationRecordPanelRecommendationArgs = {
  input: RecordPanelRecommendationInput;
};


export type MutationRecordSiblingGroupDecisionArgs = {
  input: RecordSiblingGroupDecisionInput;
};


export type MutationRecordTogetherApartAssessmentArgs = {
  input: RecordTogetherApartAssessmentInput;
};


export type MutationRedeemInvitationArgs = {
  input: RedeemInvitationInput;
};


export type MutationReferForFamilyFindingArgs = {
  input: ReferForFamilyFindingInput;
};


export type MutationRefuseStaffAccountRequestArgs = {
  input: RefuseStaffAccountRequestInput;
};


export type MutationRemoveNetworkRelationshipArgs = {
  input: RemoveNetworkRelationshipInput;
};


export type MutationRemovePlanOutcomeArgs = {
  input: RemovePlanOutcomeInput;
};


export type MutationReorderPlanOutcomesArgs = {
  input: ReorderPlanOutcomesInput;
};


export type MutationReplaceMyRecoveryCodesArgs = {
  input: ReplaceRecoveryCodesInput;
};


export type MutationReplyToChildMessageArgs = {
  input: ReplyToChildMessageInput;
};


export type MutationReplyToViewArgs = {
  input: ReplyToViewInput;
};


export type MutationReportFeelingUnsafeArgs = {
  input?: InputMaybe<FeelingUnsafeInput>;
};


export type MutationRequestAdvocacyArgs = {
  input: RequestAdvocacyInput;
};


export type MutationRequestAdvocateArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRequestStaffAccountArgs = {
  input: CreateStaffAccountInput;
};


export type MutationResetStaffAuthenticatorArgs = {
  input: ResetStaffAuthenticatorInput;
};


export type MutationResolveIroEscalationArgs = {
  input: ResolveIroEscalationInput;
};


export type MutationRestoreLifeStoryItemArgs = {
  input: LifeStoryItemVersionInput;
};


export type MutationReturnPlanArgs = {
  input: ReturnPlanInput;
};


export type MutationSaveCareLeaverBirthdayArgs = {
  input: SaveCareLeaverBirthdayInput;
};


export type MutationSaveHealthOutcomesArgs = {
  input: SaveHealthOutcomesInput;
};


export type MutationSaveLeavingCareArgs = {
  input: SaveLeavingCareInput;
};


export type MutationSaveMatchingAreaArgs = {
  input: SaveMatchingAreaInput;
};


export type MutationSaveMyDraftArgs = {
  input: SaveMyDraftInput;
};


export type MutationSavePermanenceFormArgs = {
  input: SavePermanenceFormInput;
};


export type MutationSaveSingleSignOnSettingsArgs = {
  input: SingleSignOnSettingsInput;
};


export type MutationSaveViewDraftArgs = {
  input: SaveViewDraftInput;
};


export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


export type MutationSendNotHappyMessageArgs = {
  input: NotHappyMessageInput;
};


export type MutationSendViewArgs = {
  expectedVersion: Scalars['Int']['input'];
  viewId: Scalars['ID']['input'];
};


export type MutationSetContingencyOptionsArgs = {
  input: SetContingencyOptionsInput;
};


export type MutationSetKeepingInTouchPlanArgs = {
  input: SetKeepingInTouchPlanInput;
};


export type MutationSetLifeStoryAudienceArgs = {
  input: SetLifeStoryAudienceInput;
};


export type MutationSetMyLanguageArgs = {
  language: Scalars['String']['input'];
};


export type MutationSetStaffSweNumberArgs = {
  input: SetSweNumberInput;
};


export type MutationSetStaffTotpRequiredArgs = {
  required: Scalars['Boolean']['input'];
};


export type MutationSetYoungPersonLanguagesArgs = {
  languages: Array<Scalars['String']['input']>;
};


export type MutationSharePlanWithChildArgs = {
  input: PlanTransitionInput;
};


export type MutationShareReviewWithChildArgs = {
  input: MeetingStepInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignInWithSecondFactorArgs = {
  input: SecondFactorInput;
};


export type MutationSignOffPermanenceFormArgs = {
  input: SignOffPermanenceFormInput;
};


export type MutationSignOffReviewArgs = {
  input: MeetingStepInput;
};


export type MutationStartCourtProceedingsArgs = {
  input: StartCourtProceedingsInput;
};


export type MutationStartMyTotpEnrolmentArgs = {
  input: StartMyTotpEnrolmentInput;
};


export type MutationStartPlacementArgs = {
  input: StartPlacementInput;
};


export type MutationStartTotpEnrolmentArgs = {
  input: ChallengeInput;
};


export type MutationSubmitPlanArgs = {
  input: PlanTransitionInput;
};


export type MutationUpdateBrotherOrSisterLinkArgs = {
  input: UpdateBrotherOrSisterLinkInput;
};


export type MutationUpdateCaseFactsArgs = {
  input: UpdateCaseFactsInput;
};


export type MutationUpdateChildArgs = {
  input: UpdateChildInput;
};


export type MutationUpdateCourtDirectionArgs = {
  input: UpdateCourtDirectionInput;
};


export type MutationUpdateCourtHearingArgs = {
  input: UpdateCourtHearingInput;
};


export type MutationUpdateCourtProceedingsArgs = {
  input: UpdateCourtProceedingsInput;
};


export type MutationUpdateDeprivationOfLibertyOrderArgs = {
  input: UpdateDeprivationOfLibertyOrderInput;
};


export type MutationUpdateDutyContactArgs = {
  input: DutyContactInput;
};


export type MutationUpdateFamilyFindingReferralArgs = {
  input: UpdateFamilyFindingReferralInput;
};


export type MutationUpdateLegalStatusArgs = {
  input: UpdateLegalStatusInput;
};


export type MutationUpdateLifeStoryItemArgs = {
  input: UpdateLifeStoryItemInput;
};


export type MutationUpdateMissingEpisodeArgs = {
  input: UpdateMissingEpisodeInput;
};


export type MutationUpdateNetworkMemberArgs = {
  input: UpdateNetworkMemberInput;
};


export type MutationUpdatePlacementArgs = {
  input: UpdatePlacementInput;
};


export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};


export type MutationUpdatePlanActionProgressArgs = {
  input: UpdatePlanActionProgressInput;
};


export type MutationUpdatePlanOutcomeArgs = {
  input: UpdatePlanOutcomeInput;
};


export type MutationUpdateRetentionSettingsArgs = {
  input: UpdateRetentionSettingsInput;
};


export type MutationUpdateStaffContactArgs = {
  input: StaffContactInput;
};


export type MutationWithdrawLifeStoryItemArgs = {
  input: LifeStoryItemVersionInput;
};


export type MutationWriteViewWithChildArgs = {
  input: WriteViewWithChildInput;
};

export type MyAdvocateRequest = {
  /** @deprecated English only: read outcome and say it in the child's language. */
  message: Scalars['String']['output'];
  outcome: AdvocateRequestOutcome;
};

/** Your own authenticator app: whether it is set up and how many recovery codes you have left. */
export type MyAuthenticator = {
  enrolled: Scalars['Boolean']['output'];
  enrolledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** False for people who sign in only through the council’s provider (it checks their second step). */
  hasLocalPassword: Scalars['Boolean']['output'];
  /** Unused recovery codes. */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** Your council requires an authenticator code after the password. */
  requiredByCouncil: Scalars['Boolean']['output'];
};

export type MyBrotherOrSister = {
  firstName: Scalars['String']['output'];
  keepingInTouch: Array<MyKeepingInTouch>;
  livingTogether: Scalars['Boolean']['output'];
};

export type MyDraftNameInput = {
  name: Scalars['String']['input'];
};

/** Whether my family was thought about first to look after me. */
export type MyFamilyFirst = {
  answer: FamilyConsidered;
  /** What my worker wrote for me about it. */
  inMyWords?: Maybe<Scalars['String']['output']>;
};

/** Someone who looked at my file, one line per person per day. */
export type MyFileLook = {
  /** The parts of my file they read. */
  parts: Array<FilePart>;
  /**
   * e.g. "your worker".
   * @deprecated English only: read roleName and say it in the child's language.
   */
  role: Scalars['String']['output'];
  /** Who they are to me. */
  roleName: ChildRoleName;
  /**
   * e.g. "Sam, your worker, looked at your plan on 3 May".
   * @deprecated English only: read who, roleName, parts and when and say it in the child's language.
   */
  sentence: Scalars['String']['output'];
  /**
   * e.g. "your plan", "your life story".
   * @deprecated English only: read parts and say it in the child's language.
   */
  what: Array<Scalars['String']['output']>;
  when: Scalars['LocalDate']['output'];
  who: Scalars['String']['output'];
};

/** How long the plan is for me to live here. */
export type MyHowLong = {
  duration: IntendedDuration;
  /** What my worker wrote for me about it. */
  inMyWords?: Maybe<Scalars['String']['output']>;
  /** For a set time: until this day. */
  until?: Maybe<Scalars['LocalDate']['output']>;
};

export type MyKeepingInTouch = {
  /**
   * e.g. "seeing each other" or "letters, calls or messages".
   * @deprecated English only: read kind and say it in the child's language.
   */
  how: Scalars['String']['output'];
  howOften: Scalars['String']['output'];
  kind: FamilyTimeKind;
};

/** The language of my portal and the ones I may choose. */
export type MyLanguage = {
  /** What I chose myself, if I did. */
  chosen?: Maybe<Scalars['String']['output']>;
  /** The language my pages are in: my choice, else my first language, else English; always one the council has on. */
  language: Scalars['String']['output'];
  /** The languages my council has switched on (English always). */
  languages: Array<PortalLanguageOption>;
};

/** What happens when I am 18, in my words: my plan, my personal adviser, where I will live. */
export type MyLeavingCare = {
  /**
   * Where I will live after 18, in plain words.
   * @deprecated English only: read afterEighteen and say it in the child's language.
   */
  after18: Scalars['String']['output'];
  /** Where I will live after 18. */
  afterEighteen: AfterEighteen;
  age: Scalars['Int']['output'];
  /** Whether I have a pathway plan yet. */
  hasPathwayPlan: Scalars['Boolean']['output'];
  /** My personal adviser. */
  personalAdviser?: Maybe<MyPerson>;
  /** My plan, in my words. */
  planInMyWords?: Maybe<Scalars['String']['output']>;
  /** When my pathway plan was last looked at. */
  planLookedAtDate?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * When my pathway plan was last looked at, as words ("3 May").
   * @deprecated English only: read planLookedAtDate and say it in the child's language.
   */
  planLookedAtOn?: Maybe<Scalars['String']['output']>;
  /** True when I can stay with my carers after 18 (Staying Put). */
  stayingPut: Scalars['Boolean']['output'];
};

/** My life story book: only what is shared with me today. */
export type MyLifeStory = {
  count: Scalars['Int']['output'];
  items: Array<MyLifeStoryItem>;
};

export type MyLifeStoryItem = {
  /** I added it myself. */
  addedByMe: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: LifeStoryKind;
  /** My photo or document, when there is one. */
  media?: Maybe<LifeStoryMedia>;
  occurredOn?: Maybe<Scalars['LocalDate']['output']>;
  title: Scalars['String']['output'];
  words?: Maybe<Scalars['String']['output']>;
};

export type MyMeeting = {
  date: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  type: MeetingType;
  /**
   * What the meeting is, e.g. "my meeting".
   * @deprecated English only: read type and say it in the child's language.
   */
  what: Scalars['String']['output'];
};

export type MyMessage = {
  id: Scalars['ID']['output'];
  kind: ChildMessageKind;
  mood?: Maybe<Mood>;
  reply?: Maybe<MyReply>;
  /** When someone saw it. */
  seenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who saw it, first name only. */
  seenByFirstName?: Maybe<Scalars['String']['output']>;
  sentAt: Scalars['DateTimeISO']['output'];
  words?: Maybe<Scalars['String']['output']>;
};

export type MyMessageSent = {
  sentAt: Scalars['DateTimeISO']['output'];
  /**
   * What happens next, in my words.
   * @deprecated English only: read the catalogue (the portal knows whom the child told) and say it in the child's language.
   */
  whatHappensNext: Scalars['String']['output'];
};

/** A move I have been told about: when, who to, and meeting them first. */
export type MyMove = {
  /** The day I met them, if I have. */
  metNewCarerOn?: Maybe<Scalars['LocalDate']['output']>;
  /** I already know who I will live with. */
  newCarerAlreadyKnown: Scalars['Boolean']['output'];
  /** The first name of who I will live with. */
  newCarerFirstName?: Maybe<Scalars['String']['output']>;
  /** The day I am going to move. */
  plannedFor: Scalars['LocalDate']['output'];
};

export type MyOutcome = {
  /** When it should happen by; none once that day has passed (a child reads a date gone by as a promise broken). */
  byWhen?: Maybe<Scalars['LocalDate']['output']>;
  whatWeWant: Scalars['String']['output'];
};

/** Someone who helps me: my worker, my IRO, my advocate. */
export type MyPerson = {
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /**
   * Who they are to me, e.g. "my worker".
   * @deprecated English only: read the field that holds the person (myWorker, myIro, myAdvocate, personalAdviser) and say it in the child's language.
   */
  role: Scalars['String']['output'];
};

/** My Forever Plan, once my worker has shared it with me. */
export type MyPlan = {
  /** The back-up plans, as options. */
  backUpPlanOptions: Array<PlanOption>;
  /**
   * The back-up plans, in gentle words.
   * @deprecated English only: read backUpPlanOptions and say it in the child's language.
   */
  backUpPlans: Array<Scalars['String']['output']>;
  /** My carer's first name. */
  carerFirstName?: Maybe<Scalars['String']['output']>;
  /** Whether my family was thought about first. */
  familyFirst?: Maybe<MyFamilyFirst>;
  /** How long the plan is for me to live where I live now. */
  howLong?: Maybe<MyHowLong>;
  /**
   * The main plan.
   * @deprecated English only: read mainPlanOption and say it in the child's language.
   */
  mainPlan?: Maybe<Scalars['String']['output']>;
  /** The main plan, as an option. */
  mainPlanOption?: Maybe<PlanOption>;
  /** A move from where I live now, once my worker has told me about it (never before). */
  moving?: Maybe<MyMove>;
  outcomes: Array<MyOutcome>;
  /** The kind of place I live in now. */
  placementType?: Maybe<PlacementType>;
  /** My plan in my words, as my worker wrote it for me. */
  whatIsBeingDecided?: Maybe<Scalars['String']['output']>;
  /** The language whatIsBeingDecided is written in (portal language code, e.g. "ps"; "en" for English), so my pages mark it for a screen reader and "read it to me". */
  whatIsBeingDecidedLanguage: Scalars['String']['output'];
  /**
   * Where I live now, e.g. "with foster carers".
   * @deprecated English only: read placementType and say it in the child's language.
   */
  whereILive?: Maybe<Scalars['String']['output']>;
};

export type MyProfile = {
  /** The council offers an advocate from this age… */
  advocacyFromAge: Scalars['Int']['output'];
  /** …until this age. */
  advocacyUntilAge: Scalars['Int']['output'];
  age: Scalars['Int']['output'];
  /** The name I like to be called. */
  firstName: Scalars['String']['output'];
  /** Whether I may ask for an advocate myself: my age is within the ages the council offers one. */
  mayAskForAdvocate: Scalars['Boolean']['output'];
  myAdvocate?: Maybe<MyPerson>;
  myIro?: Maybe<MyPerson>;
  myWorker?: Maybe<MyPerson>;
  /** Adults I trust (a teacher, a key worker at school) that my worker has added to "People who help me". */
  trustedAdults: Array<MyTrustedAdult>;
};

export type MyReply = {
  /** Who replied, first name. */
  fromFirstName: Scalars['String']['output'];
  /**
   * Who they are to me, e.g. "my worker".
   * @deprecated English only: read fromRoleName and say it in the child's language.
   */
  fromRole: Scalars['String']['output'];
  /** Who they are to me. */
  fromRoleName: ChildRoleName;
  /** The language the words are in (portal language code, e.g. "ps"; "en" for English). */
  language: Scalars['String']['output'];
  /** That meeting was my review (otherwise another meeting about me). */
  meetingIsReview?: Maybe<Scalars['Boolean']['output']>;
  /** The day of the meeting where it changed. */
  meetingOn?: Maybe<Scalars['LocalDate']['output']>;
  /** "You said, we did": the goal in my plan that changed, in the words of the plan. */
  planGoal?: Maybe<Scalars['String']['output']>;
  repliedAt: Scalars['DateTimeISO']['output'];
  words: Scalars['String']['output'];
};

/** A new authenticator secret for a signed-in staff member to add to their app, and the challenge to confirm it with. */
export type MyTotpEnrolment = {
  /** Bring this back with the first code from the app. */
  challenge: Scalars['String']['output'];
  /** The otpauth:// address the QR code holds. */
  otpauthUri: Scalars['String']['output'];
  /** The QR code as a PNG data: URL. */
  qrCodeDataUrl: Scalars['String']['output'];
  /** The key in base32, for typing into the app by hand. */
  secret: Scalars['String']['output'];
};

/** An adult I trust, as my worker shared them with me: first name and who they are, no contact details. */
export type MyTrustedAdult = {
  firstName: Scalars['String']['output'];
  /** A teacher, a key worker at school, or someone else. */
  role?: Maybe<TrustedAdultRole>;
};

export type MyUnsafeReport = {
  childlineNumber: Scalars['String']['output'];
  emergencyNumber: Scalars['String']['output'];
  /**
   * Always shown: 999 and Childline 0800 1111.
   * @deprecated English only: read emergencyNumber and childlineNumber and say it in the child's language.
   */
  helpText: Scalars['String']['output'];
  sentAt: Scalars['DateTimeISO']['output'];
};

export type MyView = {
  /** The view this adds to. */
  followsViewId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  meetingId?: Maybe<Scalars['ID']['output']>;
  mood?: Maybe<Mood>;
  readers: Array<ViewReader>;
  reply?: Maybe<MyReply>;
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** DRAFT until I send it; then it cannot change. */
  status: ViewStatus;
  topic: ViewTopic;
  /**
   * The topic in my words.
   * @deprecated English only: read topic and say it in the child's language.
   */
  topicWords: Scalars['String']['output'];
  /** Send it back when changing or sending a draft. */
  version: Scalars['Int']['output'];
  words: Scalars['String']['output'];
  /** I wrote it with my advocate. */
  writtenWithMyAdvocate: Scalars['Boolean']['output'];
};

/** A person in the child's family and network. */
export type NetworkMember = {
  address?: Maybe<Scalars['String']['output']>;
  carerAssessmentOutcome?: Maybe<Scalars['String']['output']>;
  consideredAsCarer: Scalars['Boolean']['output'];
  deceased: Scalars['Boolean']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NetworkMemberKind;
  /** The child lives with them now. */
  livesWithChild: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** How they are related to the child, in words. */
  relationship: Scalars['String']['output'];
  sex?: Maybe<GenogramSex>;
  /** A trusted adult the child sees on "People who help me". */
  shownToChild: Scalars['Boolean']['output'];
  /** A trusted adult: a teacher, a key worker at school, or someone else. */
  trustedAdultRole?: Maybe<TrustedAdultRole>;
  version: Scalars['Int']['output'];
};

export type NetworkMemberKind =
  | 'CONNECTED_PERSON'
  | 'LIFELONG_LINK'
  | 'RELATIVE'
  | 'TRUSTED_ADULT';

/** How two people in the family network are related (a line on the genogram). */
export type NetworkRelationship = {
  fromMemberId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: NetworkRelationshipKind;
  /** Null: the child (for PARENT). */
  toMemberId?: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type NetworkRelationshipKind =
  | 'DIVORCED'
  | 'MARRIED'
  | 'PARENT'
  | 'PARTNERS'
  | 'SEPARATED';

/** SSDA903 reason for a new episode (RNE). */
export type NewEpisodeReason =
  | 'B'
  | 'L'
  | 'P'
  | 'S'
  | 'T'
  | 'U';

/** New recovery codes, shown this once; every earlier code has stopped working. */
export type NewRecoveryCodes = {
  authenticator: MyAuthenticator;
  recoveryCodes: Array<Scalars['String']['output']>;
};

export type NonWorkingDayInput = {
  date: Scalars['LocalDate']['input'];
  name: Scalars['String']['input'];
};

export type NonWorkingDayType = {
  date: Scalars['LocalDate']['output'];
  name: Scalars['String']['output'];
};

export type NotHappyMessageInput = {
  /** How I feel. */
  mood?: InputMaybe<Mood>;
  /** My worker, my IRO or my advocate. */
  sendTo: ViewReader;
  words: Scalars['String']['input'];
};

export type Notification = {
  address?: Maybe<Scalars['String']['output']>;
  attempts: Scalars['Int']['output'];
  body: Scalars['String']['output'];
  caseReference?: Maybe<Scalars['String']['output']>;
  channel: NotificationChannel;
  event: NotificationEvent;
  failedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the last attempt failed, and where the message went instead. */
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  queuedAt: Scalars['DateTimeISO']['output'];
  recipientName: Scalars['String']['output'];
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: NotificationStatus;
  subject: Scalars['String']['output'];
  via?: Maybe<NotificationVia>;
};

export type NotificationChannel =
  | 'EMAIL'
  | 'SMS';

/** What a notification is about. */
export type NotificationEvent =
  | 'AUTHENTICATOR_RESET'
  | 'DAILY_DIGEST'
  | 'NOT_HAPPY'
  | 'UNSAFE'
  | 'UNSAFE_ESCALATION'
  | 'VIEW_SHARED';

export type NotificationOutbox = {
  /** Where messages go now: OUTBOX when neither GOV.UK Notify nor SMTP is configured. */
  deliveredBy: NotificationVia;
  notifications: Array<Notification>;
};

/** Views and messages by email at once, or in the daily digest. */
export type NotificationPreference =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE';

/** Queued (or retrying), waiting for the daily digest, sent, or failed. */
export type NotificationStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT'
  | 'WAITING_FOR_DIGEST';

/** GOV.UK Notify, SMTP, or the outbox only (no service configured). */
export type NotificationVia =
  | 'NOTIFY'
  | 'OUTBOX'
  | 'SMTP';

/** The option an outcome works towards. */
export type OutcomeTrack =
  | 'CONTINGENCY'
  | 'PRIMARY';

export type OverTimeInterval =
  | 'MONTH'
  | 'QUARTER';

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PanelCriterionType = {
  /** Bolton 5's criterion letter, a to f. */
  criterion: Scalars['String']['output'];
  evidence: Scalars['String']['output'];
  source: RuleSourceType;
};

/** The agency decision maker's decision on a panel's recommendation. */
export type PanelDecision =
  | 'AGREED'
  | 'DEFERRED'
  | 'NOT_AGREED';

/** SSDA903 review participation code, PN0 (child under 4) to PN7. */
export type ParticipationCode =
  | 'PN0'
  | 'PN1'
  | 'PN2'
  | 'PN3'
  | 'PN4'
  | 'PN5'
  | 'PN6'
  | 'PN7';

/** The next pathway plan date by the rule (first plan or six-monthly review). */
export type PathwayPlanDue = {
  dueDate: Scalars['LocalDate']['output'];
  label: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  /** Where the timescale comes from. */
  source: Scalars['String']['output'];
};

/** Children whose days from entering care to permanence fall in a band: achieved within it, or still waiting that long. */
export type PermanenceBandType = {
  achieved: Scalars['Int']['output'];
  fromDays: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Exclusive; null for the last band. */
  toDays?: Maybe<Scalars['Int']['output']>;
  waiting: Scalars['Int']['output'];
};

/** One of the permanence forms, with its sign-off. */
export type PermanenceForm = {
  /** You may change its text: you edit this child’s case and it is not signed off (a signed-off form never changes). */
  canChange: Scalars['Boolean']['output'];
  carerId?: Maybe<Scalars['ID']['output']>;
  carerName?: Maybe<Scalars['String']['output']>;
  completedOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  kind: PermanenceFormKind;
  kindLabel: Scalars['String']['output'];
  signedOffAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The manager who signed it off. */
  signedOffBy?: Maybe<PersonRef>;
  summary: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** The forms Telford 10.0 lists. */
export type PermanenceFormKind =
  | 'CHILDS_PERMANENCE_REPORT'
  | 'DELEGATED_AUTHORITY'
  | 'FORM_C'
  | 'LONG_TERM_MATCH'
  | 'SPECIAL_GUARDIANSHIP_ASSESSMENT';

/** A person named on a record: a worker, IRO, advocate or manager. */
export type PersonRef = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** Where a child lived or lives, from one date to another. */
export type Placement = {
  carerName: Scalars['String']['output'];
  changeNotes?: Maybe<Scalars['String']['output']>;
  /** The day the child first met the new carers, before the move. */
  childMetNewCarerOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The day the child was told about the planned move. */
  childToldOfMoveOn?: Maybe<Scalars['LocalDate']['output']>;
  /** How long, in words the child reads. */
  durationInChildWords?: Maybe<Scalars['String']['output']>;
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  /** SSDA903 reason the episode ended (REC). */
  endReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Inside the council's own area. */
  inArea: Scalars['Boolean']['output'];
  /** How long the plan is for the child to live here. */
  intendedDuration?: Maybe<IntendedDuration>;
  intendedUntil?: Maybe<Scalars['LocalDate']['output']>;
  /** A move from here is planned for this day. */
  movePlannedFor?: Maybe<Scalars['LocalDate']['output']>;
  moveToCarerName?: Maybe<Scalars['String']['output']>;
  /** The new carers are people the child already knows. */
  newCarerAlreadyKnown: Scalars['Boolean']['output'];
  postcode?: Maybe<Scalars['String']['output']>;
  /** SSDA903 placement provider, PR0 to PR5. */
  provider?: Maybe<Scalars['String']['output']>;
  /** SSDA903 reason for the placement change, when it ended in a move. */
  reasonForChange?: Maybe<Scalars['String']['output']>;
  reasonNewEpisode?: Maybe<NewEpisodeReason>;
  startDate: Scalars['LocalDate']['output'];
  type: PlacementType;
  /** SSDA903 URN: the Ofsted unique reference number of the placement's provider, or XXXXXXX. */
  urn?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** Weekly cost in pounds. */
  weeklyCost: Scalars['Float']['output'];
};

export type PlacementType =
  | 'ADOPTIVE_PLACEMENT'
  | 'CONNECTED_PERSON'
  | 'FOSTERING_FOR_ADOPTION'
  | 'FOSTER_CARE'
  | 'LONG_TERM_FOSTER'
  | 'PARENTS'
  | 'RESIDENTIAL'
  | 'SEMI_INDEPENDENT'
  | 'SUPPORTED_LODGINGS';

export type PlacementTypeCountType = {
  children: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  placementType?: Maybe<PlacementType>;
};

export type Plan = {
  /** What you may do with this version now (the API still checks every request). */
  abilities: PlanAbilities;
  achievedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  approvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The team manager who approved the plan. */
  approvedBy?: Maybe<PersonRef>;
  bottomLines?: Maybe<Scalars['String']['output']>;
  /** What changed from the previous version; empty for the first plan. */
  changesFromPrevious: Array<PlanChange>;
  /** What changed in this version since the plan in force before it (the last approved version): what a manager checks before approving. */
  changesSinceApproved: PlanComparison;
  childFriendlySummary?: Maybe<Scalars['String']['output']>;
  /** The language childFriendlySummary is written in (portal language code); none means English. */
  childFriendlySummaryLanguage?: Maybe<Scalars['String']['output']>;
  childId: Scalars['ID']['output'];
  childWishes?: Maybe<Scalars['String']['output']>;
  consequenceOfNoChange?: Maybe<Scalars['String']['output']>;
  contingencies: Array<PlanContingency>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy?: Maybe<PersonRef>;
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  endorsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The review at which the plan was endorsed. */
  endorsedAtMeeting?: Maybe<Meeting>;
  /** The IRO who endorsed the plan at review. */
  endorsedBy?: Maybe<PersonRef>;
  familyAgreement?: Maybe<FamilyAgreement>;
  familyComments?: Maybe<Scalars['String']['output']>;
  /** Whether family and connected people were considered as carers first (who, and the outcome, are on the family network). */
  familyConsidered?: Maybe<FamilyConsidered>;
  /** Whether family were thought about first, and why (or why not), in words the child reads once the plan is shared. */
  familyConsideredInChildWords?: Maybe<Scalars['String']['output']>;
  headOfServiceApprovedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  headOfServiceApprovedBy?: Maybe<PersonRef>;
  id: Scalars['ID']['output'];
  /** Management oversight of this version, oldest first: approvals with comments and returns with reasons. */
  managementOversight: Array<PlanDecision>;
  /** Bottom line: people who help and monitor the child's safety. */
  monitoringPeople?: Maybe<Scalars['String']['output']>;
  /** Long-term fostering for a child under five: head of service approval is needed before panel or endorsement. */
  needsHeadOfServiceApproval: Scalars['Boolean']['output'];
  outcomes: Array<PlanOutcome>;
  /** The day the panel sat. */
  panelDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The agency decision maker's decision. */
  panelDecision?: Maybe<PanelDecision>;
  panelDecisionDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The decision maker, by name and role. */
  panelDecisionMaker?: Maybe<Scalars['String']['output']>;
  panelDecisionNotes?: Maybe<Scalars['String']['output']>;
  panelRecommendation?: Maybe<Scalars['String']['output']>;
  panelRecommendedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Which panel made the recommendation. */
  panelType?: Maybe<MeetingType>;
  /** Bottom line: people the family need to avoid. */
  peopleToAvoid?: Maybe<Scalars['String']['output']>;
  /** The target date for permanence. */
  permanenceTargetDate?: Maybe<Scalars['LocalDate']['output']>;
  /** 1 for the first plan, then 2, 3, ... */
  planNumber: Scalars['Int']['output'];
  primaryOption?: Maybe<PlanOption>;
  /** Bottom line: key safety people the child can contact. */
  safetyPeople?: Maybe<Scalars['String']['output']>;
  /** Bottom line: how long the safety plan must be in place. */
  safetyPlanLasts?: Maybe<Scalars['String']['output']>;
  sharedWithChildAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: PlanStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who last changed it; null when no one signed in did (imports, scheduled jobs) or they are outside your council. */
  updatedBy?: Maybe<PersonRef>;
  /** Changes on every update; send it back to update the plan. */
  version: Scalars['Int']['output'];
  /** Bottom line: the age at which the Words and Pictures are explained to the child. */
  wordsAndPicturesAge?: Maybe<Scalars['Int']['output']>;
};

/** What you may do with this version of the plan now: role, status and the head of service rule, as the API checks them. */
export type PlanAbilities = {
  canApprove: Scalars['Boolean']['output'];
  canApproveAsHeadOfService: Scalars['Boolean']['output'];
  canEdit: Scalars['Boolean']['output'];
  canEnd: Scalars['Boolean']['output'];
  canEndorse: Scalars['Boolean']['output'];
  canMarkAchieved: Scalars['Boolean']['output'];
  canRecordPanelDecision: Scalars['Boolean']['output'];
  canRecordPanelRecommendation: Scalars['Boolean']['output'];
  canReturn: Scalars['Boolean']['output'];
  canShareWithChild: Scalars['Boolean']['output'];
  canStartNewVersion: Scalars['Boolean']['output'];
  canSubmit: Scalars['Boolean']['output'];
  canUpdateProgress: Scalars['Boolean']['output'];
};

export type PlanActionInput = {
  /** What will be done. */
  action: Scalars['String']['input'];
  byWhom: Scalars['String']['input'];
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Timescale as a date. Give this or withinWeeks, not both. */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  progress?: InputMaybe<Scalars['String']['input']>;
  /** Timescale as "within N weeks" (1 to 104) of the plan's approval. Give this or dueDate, not both. */
  withinWeeks?: InputMaybe<Scalars['Int']['input']>;
};

/** One difference between a plan version and the version before it. */
export type PlanChange = {
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  /** primaryOption, contingencies, childWishes, ... or for outcomes: outcomeAdded, outcomeRemoved, or the outcome field changed. */
  field: Scalars['String']['output'];
  /** For a change to an outcome: the planned outcome it belongs to. */
  outcome?: Maybe<Scalars['String']['output']>;
};

/** What changed in a plan version since an earlier version (the plan in force, or a chosen one). */
export type PlanComparison = {
  changes: Array<PlanChange>;
  /** The plan number compared against; null when there is none (a first plan). */
  comparedWithPlanNumber?: Maybe<Scalars['Int']['output']>;
};

/** A contingency option, in the order it would be pursued. */
export type PlanContingency = {
  id: Scalars['ID']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  option: PlanOption;
  position: Scalars['Int']['output'];
};

/** Management oversight of a plan version: approved (with the manager's comments, if any) or returned to the worker with reasons. */
export type PlanDecision = {
  /** The reasons for a return, or comments on an approval. */
  comments?: Maybe<Scalars['String']['output']>;
  decidedAt: Scalars['DateTimeISO']['output'];
  /** The manager who decided. */
  decidedBy?: Maybe<PersonRef>;
  id: Scalars['ID']['output'];
  kind: PlanDecisionKind;
};

/** What a manager decided about a submitted plan. */
export type PlanDecisionKind =
  | 'APPROVED'
  | 'HEAD_OF_SERVICE_APPROVED'
  | 'RETURNED';

/** A permanence option. */
export type PlanOption =
  | 'ADOPTION'
  | 'CHILD_ARRANGEMENTS_ORDER'
  | 'EARLY_PERMANENCE'
  | 'KINSHIP_CARE'
  | 'LONG_TERM_FOSTERING'
  | 'REMAIN_WITH_PARENTS'
  | 'RESIDENTIAL_CARE'
  | 'REUNIFICATION'
  | 'SHARED_CARE'
  | 'SPECIAL_GUARDIANSHIP'
  | 'STAYING_PUT'
  | 'SUPPORTED_LODGINGS';

/** A SMART outcome, laid out as Newham's example plan: outcome for the child | measure of progress | actions, each with by whom, timescale and progress. */
export type PlanOutcome = {
  /** Actions to deliver the outcome, in order. */
  actions: Array<PlanOutcomeAction>;
  completed: Scalars['Boolean']['output'];
  /** When the last action is due: the timescale of the outcome as a whole. */
  dueDate?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** Measure of progress: how we know we are closer to the outcome. */
  measure: Scalars['String']['output'];
  /** The option this outcome works towards. */
  optionTrack?: Maybe<OutcomeTrack>;
  /** Planned outcome for the child. */
  outcome: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  progress?: Maybe<Scalars['String']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who last changed it; null when no one signed in did (imports, scheduled jobs) or they are outside your council. */
  updatedBy?: Maybe<PersonRef>;
  /** Send it back to update or remove the outcome. */
  version: Scalars['Int']['output'];
};

/** One action towards an outcome: what, by whom, its timescale and its progress. */
export type PlanOutcomeAction = {
  action: Scalars['String']['output'];
  byWhom: Scalars['String']['output'];
  completed: Scalars['Boolean']['output'];
  /** The date given, or the date "within N weeks" falls on. */
  dueDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  progress?: Maybe<Scalars['String']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who last changed it; null when no one signed in did (imports, scheduled jobs) or they are outside your council. */
  updatedBy?: Maybe<PersonRef>;
  /** Send it back to update the progress. */
  version: Scalars['Int']['output'];
  /** Set when the timescale is "within N weeks" of approval. */
  withinWeeks?: Maybe<Scalars['Int']['output']>;
};

export type PlanStatus =
  | 'ACHIEVED'
  | 'APPROVED'
  | 'DRAFT'
  | 'ENDED'
  | 'ENDORSED'
  | 'PROPOSED'
  | 'RECOMMENDED_BY_PANEL';

export type PlanTransitionInput = {
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
};

/** Where care proceedings are in the Public Law Outline. */
export type PloStage =
  | 'CASE_MANAGEMENT'
  | 'CONCLUDED'
  | 'FINAL_HEARING'
  | 'ISSUED'
  | 'ISSUES_RESOLUTION'
  | 'LEGAL_GATEWAY'
  | 'PRE_PROCEEDINGS';

/** One version of the council’s local policy: the timescales its rules run on. */
export type PolicyProfileType = {
  adoptionRouteUnderAge: Scalars['Int']['output'];
  advocacyMaxAge: Scalars['Int']['output'];
  advocacyMinAge: Scalars['Int']['output'];
  /** The shipped profile it starts from. */
  baseProfile: Scalars['String']['output'];
  /** From this age a child has their own account and may see a plan shared with them. */
  childOwnAccessFromAge: Scalars['Int']['output'];
  courtWeeks: Scalars['Int']['output'];
  /** Dispute stage 4, the director: working days. */
  disputeDirectorWorkingDays: Scalars['Int']['output'];
  /** Dispute stage 1, informal resolution with the social worker: working days. */
  disputeInformalWorkingDays: Scalars['Int']['output'];
  /** Dispute stage 3, the service manager or head of service: working days. */
  disputeServiceManagerWorkingDays: Scalars['Int']['output'];
  /** Dispute stage 2, the team manager: working days. */
  disputeTeamManagerWorkingDays: Scalars['Int']['output'];
  effectiveFrom: Scalars['LocalDate']['output'];
  firstReviewWorkingDays: Scalars['Int']['output'];
  iroAllocationWorkingDays: Scalars['Int']['output'];
  /** The whole dispute resolution protocol, from the day the IRO raises a dispute. */
  iroDisputeWorkingDays: Scalars['Int']['output'];
  /** True for version zero, the national default the council works to until its first version starts. */
  isNationalDefault: Scalars['Boolean']['output'];
  laterReviewMonths: Scalars['Int']['output'];
  longTermFosteringApprovalUnderAge: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  pathwayPlanFromAge: Scalars['Int']['output'];
  permanencePanelDays?: Maybe<Scalars['Int']['output']>;
  permanencePlanningMeetingFirstMonths?: Maybe<Scalars['Int']['output']>;
  permanencePlanningMeetingThenMonths?: Maybe<Scalars['Int']['output']>;
  placedWithParentsDischargeMonths: Scalars['Int']['output'];
  placementMovesThreshold: Scalars['Int']['output'];
  placementMovesWindowMonths: Scalars['Int']['output'];
  planByReview: Scalars['String']['output'];
  planReviewWeeks: Scalars['Int']['output'];
  planReviewWeeksLongTermFostering: Scalars['Int']['output'];
  reunificationMonths: Scalars['Int']['output'];
  reviewDueSoonWorkingDays: Scalars['Int']['output'];
  reviewSignOffWorkingDays: Scalars['Int']['output'];
  reviewingOfficerTitle: Scalars['String']['output'];
  secondReviewMonths: Scalars['Int']['output'];
  section20DriftYears: Scalars['Int']['output'];
  /** Version zero is the national default: shown, never changed. */
  versionNumber: Scalars['Int']['output'];
  viewReplyWorkingDays: Scalars['Int']['output'];
};

/** A new version of the council’s policy: a shipped profile plus any settings to change. */
export type PolicyVersionInput = {
  adoptionRouteUnderAge?: InputMaybe<Scalars['Int']['input']>;
  advocacyMaxAge?: InputMaybe<Scalars['Int']['input']>;
  advocacyMinAge?: InputMaybe<Scalars['Int']['input']>;
  /** national, bolton, telford, torbay, dorset or newham. */
  baseProfile: Scalars['String']['input'];
  childOwnAccessFromAge?: InputMaybe<Scalars['Int']['input']>;
  courtWeeks?: InputMaybe<Scalars['Int']['input']>;
  disputeDirectorWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  disputeInformalWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  disputeServiceManagerWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  disputeTeamManagerWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  effectiveFrom: Scalars['LocalDate']['input'];
  firstReviewWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  iroAllocationWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  iroDisputeWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  laterReviewMonths?: InputMaybe<Scalars['Int']['input']>;
  longTermFosteringApprovalUnderAge?: InputMaybe<Scalars['Int']['input']>;
  pathwayPlanFromAge?: InputMaybe<Scalars['Int']['input']>;
  permanencePanelDays?: InputMaybe<Scalars['Int']['input']>;
  permanencePlanningMeetingFirstMonths?: InputMaybe<Scalars['Int']['input']>;
  permanencePlanningMeetingThenMonths?: InputMaybe<Scalars['Int']['input']>;
  placedWithParentsDischargeMonths?: InputMaybe<Scalars['Int']['input']>;
  placementMovesThreshold?: InputMaybe<Scalars['Int']['input']>;
  placementMovesWindowMonths?: InputMaybe<Scalars['Int']['input']>;
  planByReview?: InputMaybe<Scalars['String']['input']>;
  planReviewWeeks?: InputMaybe<Scalars['Int']['input']>;
  planReviewWeeksLongTermFostering?: InputMaybe<Scalars['Int']['input']>;
  reunificationMonths?: InputMaybe<Scalars['Int']['input']>;
  reviewDueSoonWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  reviewSignOffWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  reviewingOfficerTitle?: InputMaybe<Scalars['String']['input']>;
  secondReviewMonths?: InputMaybe<Scalars['Int']['input']>;
  section20DriftYears?: InputMaybe<Scalars['Int']['input']>;
  viewReplyWorkingDays?: InputMaybe<Scalars['Int']['input']>;
};

/** A language the young-person portal can be read in. */
export type PortalLanguageOption = {
  /** BCP 47 code, e.g. "ps". */
  code: Scalars['String']['output'];
  /** "ltr" or "rtl". */
  dir: Scalars['String']['output'];
  /** Its name in English. */
  englishName: Scalars['String']['output'];
  /** Its name in the language itself, as a child looks for it. */
  ownName: Scalars['String']['output'];
};

/** A person in the family network, or a carer the child has lived with, and whether they may apply for one order. */
export type PossibleApplicant = {
  assessment: CarerAssessment;
  eligible: Scalars['Boolean']['output'];
  /** NETWORK: from the family network; CARER: a carer the child has lived with. */
  from: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** How they could apply otherwise: consents, or the court’s leave. */
  otherwise: Array<Scalars['String']['output']>;
  /** Why they may apply now (or, for a parent, why not). */
  reasons: Array<Scalars['String']['output']>;
  relationship: Scalars['String']['output'];
};

/** A prospective carer for the child, at one stage of the match. */
export type ProspectiveCarer = {
  /** Prospective adopters only. */
  adoptersLegalStatus?: Maybe<AdoptersLegalStatus>;
  /** Prospective adopters only. */
  adoptersSex?: Maybe<AdoptersSex>;
  id: Scalars['ID']['output'];
  kind: ProspectiveCarerKind;
  kindLabel: Scalars['String']['output'];
  /** The day the match was approved; kept through introductions and placement. */
  matchedOn?: Maybe<Scalars['LocalDate']['output']>;
  name: Scalars['String']['output'];
  referralId?: Maybe<Scalars['ID']['output']>;
  stage: MatchStage;
  stageLabel: Scalars['String']['output'];
  stageOn: Scalars['LocalDate']['output'];
  version: Scalars['Int']['output'];
};

export type ProspectiveCarerKind =
  | 'ADOPTERS'
  | 'CONNECTED_PERSONS'
  | 'FOSTER_CARERS'
  | 'SPECIAL_GUARDIANS';

/** A group or app role sent by the provider, and the role and team it gives. */
export type ProviderRoleMapping = {
  /** The group object id or app role value, as the provider sends it in the ID token. */
  claimValue: Scalars['String']['output'];
  /** When several match, the lowest position wins. */
  position: Scalars['Int']['output'];
  role: Role;
  teamId?: Maybe<Scalars['ID']['output']>;
  teamName?: Maybe<Scalars['String']['output']>;
};

export type ProviderRoleMappingInput = {
  /** The group object id or app role value, exactly as the provider sends it. */
  claimValue: Scalars['String']['input'];
  role: Role;
  /** Needed for social workers and team managers. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Bolton 11.3: the quarterly report. */
export type QuarterlyReportType = {
  byPlacementType: Array<PlacementTypeCountType>;
  ceased: Scalars['Int']['output'];
  /** Each child's plan and progress. */
  children: Array<TrackerRowType>;
  from: Scalars['LocalDate']['output'];
  /** Looked after at the end of the period. */
  lookedAfter: Scalars['Int']['output'];
  started: Scalars['Int']['output'];
  to: Scalars['LocalDate']['output'];
};

export type Query = {
  /** Referrals in your council waiting for an advocate: first name and age only. */
  advocacyReferralQueue: Array<AdvocacyQueueItem>;
  /** NOT_FOUND unless the child has an active referral to you. */
  advocateChild: AdvocateChild;
  /** Who you may allocate to a child: the social workers in your team and the IROs in your council. */
  allocationChoices: AllocationChoices;
  /** The yearly measures (Bolton 11, Torbay 2.5) for a period, for the council or a team. */
  annualIndicators: Array<IndicatorType>;
  /** The council's audit trail, newest first. */
  auditEvents: AuditEventConnection;
  /** One child's record. NOT_FOUND when it does not exist or is outside your reach. */
  child: Child;
  /** Messages from children waiting for you, across every child you reach: unsafe alerts not yet closed first, then messages not yet answered. */
  childMessagesNeedingAttention: Array<ChildMessage>;
  /** The children you reach: your caseload, your team, the children you review, or your council. */
  children: ChildConnection;
  /** The council's teams, for choosing a new account's team. */
  councilTeams: Array<TeamRef>;
  /** The drift list filtered by alert type, urgency, team and social worker, with the counts and choices for each filter. Every role that holds children; each sees the children they reach. */
  drift: DriftList;
  /** Children with alerts, most urgent first: your caseload, your team, the children you review, or the council (optionally one team). */
  driftList: Array<DriftEntry>;
  /** The council duty / out-of-hours contact, for the administrator to check and change. */
  dutyContact: DutyContact;
  /** Children you reach looked after at the end of each month or quarter of a period (counts only). */
  lookedAfterOverTime: Array<LookedAfterPointType>;
  /** The signed-in person, or null when not signed in. */
  me?: Maybe<Me>;
  /** Children with an active advocacy referral to you. */
  myAdvocacyChildren: Array<AdvocateChildSummary>;
  /** Your own authenticator app: set up or not, and recovery codes left. */
  myAuthenticator: MyAuthenticator;
  myBrothersAndSisters: Array<MyBrotherOrSister>;
  /** What I was writing in this form, if I have not sent it yet. */
  myDraft?: Maybe<YoungPersonDraft>;
  /** The language of my pages, and the ones I may choose. */
  myLanguage: MyLanguage;
  /** What happens when I am 18: my pathway plan, my personal adviser, where I will live. */
  myLeavingCare: MyLeavingCare;
  /** My life story: what is shared with me today. */
  myLifeStory: MyLifeStory;
  /** My "I'm not happy" and "I feel unsafe" messages: who saw them, when, and replies. */
  myMessages: Array<MyMessage>;
  myNextMeeting?: Maybe<MyMeeting>;
  /** My Forever Plan, once my worker has shared it with me. */
  myPlan?: Maybe<MyPlan>;
  myProfile: MyProfile;
  /** My views, drafts and sent, with replies. */
  myViews: Array<MyView>;
  /** Days added by the administrator beyond the England and Wales bank holidays. */
  nonWorkingDays: Array<NonWorkingDayType>;
  /** The council's notifications, newest first: queued, sent and failed, with why. */
  notificationOutbox: NotificationOutbox;
  /** Every version of the council's policy, oldest first; the rules use the version in force when each clock started. */
  policyProfile: Array<PolicyProfileType>;
  /** Bolton 11.3 quarterly report for a period, for the council or a team. */
  quarterlyReport: QuarterlyReportType;
  /** The council's children whose retention date has passed or falls within the next withinDays days, soonest first (at most 500). */
  recordsDueForRetentionReview: Array<RetentionReviewEntry>;
  /** How long the council keeps children's records. */
  retentionSettings: RetentionSettings;
  /** Before sign-in: English and every language a council on this server has switched on for the young-person portal. */
  signInLanguages: Array<PortalLanguageOption>;
  /** Your council's staff sign-in provider and how its groups map to roles; null when staff sign in with local passwords only. */
  singleSignOnSettings?: Maybe<SingleSignOnSettings>;
  /** One uploaded return: its progress and its reports. */
  ssda903Upload: Ssda903Upload;
  /** The council's last 20 uploaded returns, newest first. */
  ssda903Uploads: Array<Ssda903Upload>;
  /** The SSDA903 return for the collection year ending 31 March `year`: every failed validation rule, per child. */
  ssda903Validation: Ssda903ValidationType;
  /** The council's account requests, waiting ones first, then the newest. */
  staffAccountRequests: Array<StaffAccountRequest>;
  /** The council's professional accounts. */
  staffAccounts: Array<StaffAccount>;
  /** Whether your council's staff need an authenticator code after their password. */
  staffSignInPolicy: StaffSignInPolicy;
  /** Today in England, from the server’s clock: what dates are judged against. */
  today: Scalars['LocalDate']['output'];
  /** The permanence tracker: every looked-after child you reach, with plan, progress, costs and alerts. */
  tracker: TrackerPageType;
  /** Views addressed to you across the children you reach: unread first, then newest. */
  viewsInbox: ViewConnection;
  /** Who looked at my file in the last 90 days. */
  whoLookedAtMyFile: Array<MyFileLook>;
  /** Administrator: the young-person portal's languages and which this council has switched on. */
  youngPersonLanguages: Array<YoungPersonLanguageSetting>;
};


export type QueryAdvocateChildArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnnualIndicatorsArgs = {
  period: ReportPeriodInput;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChildArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChildrenFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ChildSort>;
};


export type QueryDriftArgs = {
  filter?: InputMaybe<DriftFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDriftListArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLookedAfterOverTimeArgs = {
  interval: OverTimeInterval;
  period: ReportPeriodInput;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyDraftArgs = {
  input: MyDraftNameInput;
};


export type QueryNotificationOutboxArgs = {
  first?: Scalars['Int']['input'];
  status?: InputMaybe<NotificationStatus>;
};


export type QueryQuarterlyReportArgs = {
  period: ReportPeriodInput;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRecordsDueForRetentionReviewArgs = {
  withinDays?: Scalars['Int']['input'];
};


export type QuerySsda903UploadArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySsda903ValidationArgs = {
  year: Scalars['Int']['input'];
};


export type QueryTrackerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrackerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy?: InputMaybe<TrackerGroupBy>;
  sort?: InputMaybe<TrackerSort>;
};


export type QueryViewsInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RaiseConcernInput = {
  childId: Scalars['ID']['input'];
  words: Scalars['String']['input'];
};

export type RaiseIroEscalationInput = {
  childId: Scalars['ID']['input'];
  concern: Scalars['String']['input'];
};

export type RecordDeprivationOfLibertyOrderInput = {
  /** HIGH_COURT (inherent jurisdiction) or COURT_OF_PROTECTION (16 and over). */
  authorisedBy: Scalars['String']['input'];
  childId: Scalars['ID']['input'];
  /** Empty while the order is in force. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  startDate: Scalars['LocalDate']['input'];
};

/** The outcome of the dispute’s current stage: resolved, or escalated to the next stage. */
export type RecordIroEscalationStageInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  outcome: IroDisputeStageOutcome;
  /** What was agreed, or why it goes to the next stage. */
  outcomeText: Scalars['String']['input'];
};

export type RecordLegalStatusInput = {
  childId: Scalars['ID']['input'];
  startDate: Scalars['LocalDate']['input'];
  status: LegalStatusKind;
};

export type RecordMeetingInput = {
  attendees: Array<Scalars['String']['input']>;
  decisions: Scalars['String']['input'];
  /** The meeting version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** Not in the future. */
  heldOn: Scalars['LocalDate']['input'];
  meetingId: Scalars['ID']['input'];
  /** Required for a review. */
  participation?: InputMaybe<ParticipationCode>;
};

export type RecordMissingEpisodeInput = {
  childId: Scalars['ID']['input'];
  /** Empty while the child is still missing or away. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** M missing, A away from placement without authorisation. */
  kind: Scalars['String']['input'];
  /** Did the child accept the return interview? Only when one was offered. */
  returnInterviewAccepted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Was the child offered a return interview when they came back? Only once the period has ended. */
  returnInterviewOffered?: InputMaybe<Scalars['Boolean']['input']>;
  startDate: Scalars['LocalDate']['input'];
};

export type RecordPanelDecisionInput = {
  decision: PanelDecision;
  /** The day the decision maker decided. */
  decisionDate: Scalars['LocalDate']['input'];
  /** The decision maker's name and role. */
  decisionMaker: Scalars['String']['input'];
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** The reasons, as minuted. */
  notes?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
};

export type RecordPanelRecommendationInput = {
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** The panel meeting, if recorded. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** The day the panel sat. */
  panelDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Which panel: one of the panel meeting types. */
  panelType?: InputMaybe<MeetingType>;
  planId: Scalars['ID']['input'];
  /** The panel's recommendation, as minuted. */
  recommendation: Scalars['String']['input'];
};

export type RecordSiblingGroupDecisionInput = {
  /** A child of the group whose case you may change. */
  childId: Scalars['ID']['input'];
  decidedOn: Scalars['LocalDate']['input'];
  /** Leave empty for the first save. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The decision to change; leave empty to record a new decision. */
  id?: InputMaybe<Scalars['ID']['input']>;
  outcome: TogetherApartOutcome;
  reasons: Scalars['String']['input'];
};

export type RecordTogetherApartAssessmentInput = {
  assessedOn: Scalars['LocalDate']['input'];
  /** The brother-or-sister link. */
  linkId: Scalars['ID']['input'];
  outcome: TogetherApartOutcome;
  reasons: Scalars['String']['input'];
};

export type RedeemInvitationInput = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type ReferForFamilyFindingInput = {
  agencyName?: InputMaybe<Scalars['String']['input']>;
  childId: Scalars['ID']['input'];
  referredOn: Scalars['LocalDate']['input'];
  team: FamilyFindingTeam;
};

/** A head of service refuses a waiting account request, saying why: no account is made. */
export type RefuseStaffAccountRequestInput = {
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RemoveNetworkRelationshipInput = {
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type RemovePlanOutcomeInput = {
  /** The outcome version the removal was based on. */
  expectedVersion: Scalars['Int']['input'];
  outcomeId: Scalars['ID']['input'];
};

export type ReorderPlanOutcomesInput = {
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** Every outcome id of the plan, in the new order. */
  outcomeIds: Array<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
};

export type ReplaceRecoveryCodesInput = {
  /** The 6-digit code your authenticator app shows now. */
  code: Scalars['String']['input'];
};

export type ReplyToChildMessageInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The reply the child reads. */
  reply: Scalars['String']['input'];
};

export type ReplyToViewInput = {
  expectedVersion: Scalars['Int']['input'];
  /** The language the reply is written in (a young-person portal language code, e.g. "ps"); none means English. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Where it changed: a meeting of the child. The child sees "at your review on 3 May". */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** What changed: an outcome of the child's plan. The child sees its words. */
  outcomeId?: InputMaybe<Scalars['ID']['input']>;
  reply: Scalars['String']['input'];
  viewId: Scalars['ID']['input'];
};

export type ReportPeriodInput = {
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
};

export type RequestAdvocacyInput = {
  childId: Scalars['ID']['input'];
  /** Why an advocate is needed. */
  reason: Scalars['String']['input'];
};

/** An administrator resets a staff member's lost authenticator app. */
export type ResetStaffAuthenticatorInput = {
  /** Why, for the audit trail: for example "lost phone, identity checked in person". */
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type ResolveIroEscalationInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};

/** A child's record whose retention date has passed or is near. */
export type RetentionReviewEntry = {
  childId: Scalars['ID']['output'];
  /** Null for an administrator. */
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  /** The record may not be deleted before this date. */
  keepUntil: Scalars['LocalDate']['output'];
  /** The council's case reference. */
  localId: Scalars['String']['output'];
  /** Null for an administrator, who has no access to any child’s case. */
  name?: Maybe<Scalars['String']['output']>;
  /** The retention date has passed. */
  overdue: Scalars['Boolean']['output'];
  rule: RetentionRule;
  /** The date the rule counts from (birth, adoption order, placement). Null for an administrator. */
  ruleFrom?: Maybe<Scalars['LocalDate']['output']>;
};

/** Which retention rule set the date a record is kept until. */
export type RetentionRule =
  | 'ADOPTION_ORDER'
  | 'LOOKED_AFTER'
  | 'PLACED_FOR_ADOPTION';

/** How long the council keeps children's records. */
export type RetentionSettings = {
  /** Adoption records are kept this many years from the adoption order, or the placement for adoption (at least 100). */
  adoptionYears: Scalars['Int']['output'];
  /** Records of a child looked after are kept until this birthday (at least 75). */
  lookedAfterUntilAge: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type ReturnPlanInput = {
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  /** Why the plan goes back, and what to change (management oversight, shown to the worker). */
  reasons: Scalars['String']['input'];
};

/** The role a person is acting in. */
export type Role =
  | 'ADMINISTRATOR'
  | 'ADVOCATE'
  | 'HEAD_OF_SERVICE'
  | 'IRO'
  | 'SOCIAL_WORKER'
  | 'TEAM_MANAGER'
  | 'YOUNG_PERSON';

/** Where a rule comes from: a council document and section. */
export type RuleSourceType = {
  council: Scalars['String']['output'];
  /** The statute or practice direction behind it, where there is one. */
  law?: Maybe<Scalars['String']['output']>;
  section: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type SaveCareLeaverBirthdayInput = {
  /** Accommodation (OC3 ACCOM, 1 suitable, 2 not); only when in touch. */
  accommodation?: InputMaybe<Scalars['String']['input']>;
  /** Activity (OC3 ACTIV); only when in touch. */
  activity?: InputMaybe<Scalars['String']['input']>;
  /** The birthday: 17 to 21. */
  age: Scalars['Int']['input'];
  childId: Scalars['ID']['input'];
  /** Leave empty for the first save. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Is the council in touch: YES, NO, DIED, REFU, NREQ, RHOM. */
  inTouch: Scalars['String']['input'];
};

export type SaveHealthOutcomesInput = {
  childId: Scalars['ID']['input'];
  convicted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leave empty for the first save. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  healthAssessment: Scalars['Boolean']['input'];
  healthCheck?: InputMaybe<Scalars['Boolean']['input']>;
  immunisations: Scalars['Boolean']['input'];
  interventionOffered?: InputMaybe<Scalars['Boolean']['input']>;
  interventionReceived?: InputMaybe<Scalars['Boolean']['input']>;
  sdqReason?: InputMaybe<Scalars['String']['input']>;
  sdqScore?: InputMaybe<Scalars['Int']['input']>;
  substanceMisuse: Scalars['Boolean']['input'];
  teethCheck: Scalars['Boolean']['input'];
  /** The collection year, named by the year it ends: 2025 is 1 April 2024 to 31 March 2025. */
  year: Scalars['Int']['input'];
};

export type SaveLeavingCareInput = {
  /** What happens at 18: STAYING_PUT, STAYING_CLOSE, SUPPORTED_ACCOMMODATION, OWN_HOME, FAMILY, NOT_DECIDED. */
  afterEighteen: Scalars['String']['input'];
  afterEighteenDetails?: InputMaybe<Scalars['String']['input']>;
  childId: Scalars['ID']['input'];
  /** Leave empty for the first save. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The needs assessment was completed on. */
  needsAssessmentOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The first pathway plan was agreed on. */
  pathwayPlanAgreedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The pathway plan was last reviewed on (every six months). */
  pathwayPlanReviewedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  personalAdviserEmail?: InputMaybe<Scalars['String']['input']>;
  personalAdviserName?: InputMaybe<Scalars['String']['input']>;
  personalAdviserPhone?: InputMaybe<Scalars['String']['input']>;
  /** The plan as the young person reads it, in their words. */
  planInMyWords?: InputMaybe<Scalars['String']['input']>;
};

export type SaveMatchingAreaInput = {
  area: MatchingArea;
  carerPotential?: InputMaybe<Scalars['String']['input']>;
  childId: Scalars['ID']['input'];
  childViews?: InputMaybe<Scalars['String']['input']>;
  currentSupport?: InputMaybe<Scalars['String']['input']>;
  /** Leave empty for the first save. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  inSupportPlan?: InputMaybe<Scalars['Boolean']['input']>;
  needs?: InputMaybe<Scalars['String']['input']>;
};

export type SaveMyDraftInput = {
  /** The form’s values, as JSON text. */
  content: Scalars['String']['input'];
  /** The version this change is based on; leave out for a new draft. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};

export type SavePermanenceFormInput = {
  /** The carer the form is about (every form but the child’s permanence report). */
  carerId?: InputMaybe<Scalars['ID']['input']>;
  childId: Scalars['ID']['input'];
  /** Set when the form is complete and ready for sign-off. */
  completedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Leave empty for the first save. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Empty for a new form. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: PermanenceFormKind;
  summary: Scalars['String']['input'];
};

/** Start a view (no id) or change a draft (id and expectedVersion). */
export type SaveViewDraftInput = {
  /** Made by the app once per new view, so a retry saves it once. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The meeting it is for. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  mood?: InputMaybe<Mood>;
  /** Who may read it once sent: my worker, my IRO, my advocate. */
  readers: Array<ViewReader>;
  topic: ViewTopic;
  words: Scalars['String']['input'];
};

export type ScheduleMeetingInput = {
  /** Who chairs it; for a review, the child's IRO when left out. */
  chairId?: InputMaybe<Scalars['ID']['input']>;
  childId: Scalars['ID']['input'];
  /** When it must be held by. */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** When it is booked for. */
  scheduledFor?: InputMaybe<Scalars['LocalDate']['input']>;
  type: MeetingType;
};

/** Which menus and pages you may use: each is true exactly when the API operation the page is built on would answer you. */
export type ScreenAbilities = {
  /** Decide staff account requests. */
  accountRequests: Scalars['Boolean']['output'];
  /** An advocate's children and referrals waiting. */
  advocacy: Scalars['Boolean']['output'];
  /** The council's audit trail. */
  auditSearch: Scalars['Boolean']['output'];
  /** Your children (caseload, team, reviews or council), their records, live updates. */
  children: Scalars['Boolean']['output'];
  driftList: Scalars['Boolean']['output'];
  /** You reach children in more than one team, so lists can be filtered by team. */
  filterByTeam: Scalars['Boolean']['output'];
  /** Import an SSDA903 return. */
  imports: Scalars['Boolean']['output'];
  localPolicy: Scalars['Boolean']['output'];
  needsAttention: Scalars['Boolean']['output'];
  notifications: Scalars['Boolean']['output'];
  /** Your own account: authenticator app and recovery codes. */
  ownAccount: Scalars['Boolean']['output'];
  /** The young person's own portal. */
  ownRecord: Scalars['Boolean']['output'];
  reports: Scalars['Boolean']['output'];
  retentionReview: Scalars['Boolean']['output'];
  /** Staff sign-in: identity provider and second factor. */
  signInSettings: Scalars['Boolean']['output'];
  ssda903: Scalars['Boolean']['output'];
  /** Ask for staff accounts. */
  staffAccounts: Scalars['Boolean']['output'];
  staffContacts: Scalars['Boolean']['output'];
  tracker: Scalars['Boolean']['output'];
  viewsInbox: Scalars['Boolean']['output'];
  /** The languages of the young people's portal. */
  youngPersonLanguages: Scalars['Boolean']['output'];
};

export type SecondFactorInput = {
  /** The challenge from the signIn error (extensions.challenge). */
  challenge: Scalars['String']['input'];
  /** The 6-digit code the authenticator app shows now. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** One of the recovery codes, instead of a code from the app. */
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};

export type SetContingencyOptionsInput = {
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** In the order they would be pursued; distinct; not the primary option. */
  options: Array<PlanOption>;
  planId: Scalars['ID']['input'];
};

export type SetKeepingInTouchPlanInput = {
  /** Who agreed it. */
  agreedBy: Scalars['String']['input'];
  arrangements?: InputMaybe<Scalars['String']['input']>;
  /** Leave empty for the first save. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** How often, in words ("monthly, school holidays weekly"). */
  frequency: Scalars['String']['input'];
  /** The plan to change; leave empty to add a plan. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: FamilyTimeKind;
  /** The brother-or-sister link. */
  linkId: Scalars['ID']['input'];
  shareableWithChild?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SetLifeStoryAudienceInput = {
  audience: LifeStoryAudience;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** For CHILD_FROM_AGE: the child sees it from this birthday. */
  releaseAge?: InputMaybe<Scalars['Int']['input']>;
  /** For CHILD_FROM_DATE: the child sees it from this day. */
  releaseOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A professional's Social Work England registration number, set by the administrator. Null clears it. */
export type SetSweNumberInput = {
  /** SW and digits, as Social Work England issues them (spaces and case are ignored). */
  sweNumber?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};

/** The whole group of brothers and sisters, joined by links directly or through each other. Children outside your reach are counted, never named. */
export type SiblingGroup = {
  /** The latest together-or-apart decision for the group. */
  decision?: Maybe<SiblingGroupDecision>;
  /** Family time plans between children you may open. */
  familyTime: Array<SiblingGroupFamilyTime>;
  /** How many different carers the children you may open live with. */
  households: Scalars['Int']['output'];
  /** The children you may open, oldest first. */
  members: Array<SiblingGroupMember>;
  /** Children of the group whose records are outside your reach. */
  membersOutsideReach: Scalars['Int']['output'];
  /** Every child in the group, this child included. */
  size: Scalars['Int']['output'];
};

/** The together-or-apart decision for the whole group. */
export type SiblingGroupDecision = {
  decidedOn: Scalars['LocalDate']['output'];
  /** Children joined or left the group since: the decision may need looking at again. */
  groupChangedSince: Scalars['Boolean']['output'];
  /** How many children the group had when this was decided. */
  groupSizeWhenDecided: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  outcome: TogetherApartOutcome;
  reasons: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Family time between two children of the group who live with different carers. */
export type SiblingGroupFamilyTime = {
  agreedBy: Scalars['String']['output'];
  arrangements?: Maybe<Scalars['String']['output']>;
  /** The two children, by first name. */
  between: Array<Scalars['String']['output']>;
  /** The two children's carers now, when known. */
  carers: Array<Scalars['String']['output']>;
  frequency: Scalars['String']['output'];
  /** The keeping-in-touch plan. */
  id: Scalars['ID']['output'];
  kind: FamilyTimeKind;
};

/** A child of the group whose record you may open. */
export type SiblingGroupMember = {
  age: Scalars['Int']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The child whose record this is. */
  isThisChild: Scalars['Boolean']['output'];
  /** Null when not in a placement today. */
  placement?: Maybe<SiblingGroupPlacement>;
};

/** Where a brother or sister in the group lives now. */
export type SiblingGroupPlacement = {
  carerName: Scalars['String']['output'];
  startDate: Scalars['LocalDate']['output'];
  type: PlacementType;
};

export type SiblingRelationship =
  | 'ADOPTIVE'
  | 'FULL'
  | 'HALF'
  | 'STEP';

/** The brother or sister, in brief. Outside your reach: first name and age only, and no id. */
export type SiblingSummary = {
  age: Scalars['Int']['output'];
  /** Preferred or legal first name. */
  firstName: Scalars['String']['output'];
  /** Null when the child's record is outside your reach. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Whether you may open this child's record. */
  reachable: Scalars['Boolean']['output'];
};

export type SignInInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type SignOffPermanenceFormInput = {
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** The council's own OpenID Connect provider for staff sign-in. The client secret is never shown. */
export type SingleSignOnSettings = {
  /** Staff email addresses must be in one of these domains (none: any). */
  allowedEmailDomains: Array<Scalars['String']['output']>;
  clientId: Scalars['String']['output'];
  /** An account the provider has not vouched for in this many days is disabled (null: never). */
  disableAfterIdleDays?: Maybe<Scalars['Int']['output']>;
  issuer: Scalars['String']['output'];
  /** Staff may still sign in with a local password. */
  localPasswordsAllowed: Scalars['Boolean']['output'];
  mfaAcrValues: Array<Scalars['String']['output']>;
  /** The ID token must show a second factor (amr "mfa", or one of the acr values). */
  mfaRequired: Scalars['Boolean']['output'];
  /** The sign-in button says "Sign in with" this. */
  providerName: Scalars['String']['output'];
  roleMappings: Array<ProviderRoleMapping>;
  /** Send it back when saving: a stale one is a CONFLICT. */
  version: Scalars['Int']['output'];
};

/** The council's OpenID Connect provider for staff sign-in. The order of roleMappings is the order they are tried in. */
export type SingleSignOnSettingsInput = {
  allowedEmailDomains: Array<Scalars['String']['input']>;
  clientId: Scalars['String']['input'];
  /** Write-only: leave empty to keep the current secret. Needed when setting up a provider. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  disableAfterIdleDays?: InputMaybe<Scalars['Int']['input']>;
  /** The version you read; null when setting up a provider. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** https:// (http:// only for a provider on this machine). */
  issuer: Scalars['String']['input'];
  localPasswordsAllowed: Scalars['Boolean']['input'];
  mfaAcrValues: Array<Scalars['String']['input']>;
  mfaRequired: Scalars['Boolean']['input'];
  /** The sign-in button says "Sign in with" this. */
  providerName: Scalars['String']['input'];
  roleMappings: Array<ProviderRoleMappingInput>;
};

/** A period one social worker was allocated to the child (the return's sw_episodes). */
export type SocialWorkerEpisode = {
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** From an imported return, not yet linked to a staff account. */
  placeholder: Scalars['Boolean']['output'];
  /** Why this episode began. */
  reason?: Maybe<SwReason>;
  startDate: Scalars['LocalDate']['output'];
  /** Social Work England registration number (SW_ID). */
  sweNumber?: Maybe<Scalars['String']['output']>;
  /** The staff account, when the episode is linked to one. */
  workerId?: Maybe<Scalars['ID']['output']>;
  /** The worker's name: their account, or the name an imported return gave. */
  workerName: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASCENDING'
  | 'DESCENDING';

export type Ssda903ChildIssuesType = {
  childId: Scalars['ID']['output'];
  issues: Array<Ssda903IssueType>;
  localId: Scalars['String']['output'];
};

/** The counts and problems of a check (dry run) or an import. */
export type Ssda903ImportReport = {
  /** Adopters holding a child’s match (ad1.csv). */
  adoptersCreated: Scalars['Int']['output'];
  adoptersUpdated: Scalars['Int']['output'];
  /** Care leavers' birthdays, one a child and age (oc3.csv). */
  careLeaverBirthdaysCreated: Scalars['Int']['output'];
  careLeaverBirthdaysUpdated: Scalars['Int']['output'];
  /** The first 500 children created, updated or left out (unchanged children are only counted). */
  children: Array<ImportedChild>;
  childrenCreated: Scalars['Int']['output'];
  childrenRejected: Scalars['Int']['output'];
  childrenUnchanged: Scalars['Int']['output'];
  childrenUpdated: Scalars['Int']['output'];
  /** False when a problem with the files stopped it before any child was looked at. */
  completed: Scalars['Boolean']['output'];
  councilName?: Maybe<Scalars['String']['output']>;
  /** Deprivation of liberty orders (DoLo.csv). */
  deprivationOfLibertyOrdersCreated: Scalars['Int']['output'];
  deprivationOfLibertyOrdersUpdated: Scalars['Int']['output'];
  errorCount: Scalars['Int']['output'];
  /** Health outcomes, one a child and year (oc2.csv). */
  healthOutcomesCreated: Scalars['Int']['output'];
  healthOutcomesUpdated: Scalars['Int']['output'];
  legalStatusesCreated: Scalars['Int']['output'];
  legalStatusesUpdated: Scalars['Int']['output'];
  /** Missing and away-from-placement periods (missing.csv). */
  missingEpisodesCreated: Scalars['Int']['output'];
  missingEpisodesUpdated: Scalars['Int']['output'];
  notHeld: Array<TableNotHeld>;
  /** Placeholder staff records made for Social Work England numbers no account holds yet. */
  placeholdersCreated: Scalars['Int']['output'];
  placementsCreated: Scalars['Int']['output'];
  placementsUpdated: Scalars['Int']['output'];
  problemCount: Scalars['Int']['output'];
  /** The first 500 problems, errors first. */
  problems: Array<ImportProblem>;
  reviewsCreated: Scalars['Int']['output'];
  reviewsUpdated: Scalars['Int']['output'];
  /** Social worker episodes (sw_episodes.csv). */
  socialWorkerEpisodesCreated: Scalars['Int']['output'];
  socialWorkerEpisodesUpdated: Scalars['Int']['output'];
};

/** One SSDA903 validation failure. */
export type Ssda903IssueType = {
  /** DfE rule number, or this product’s FP- code where the DfE has none we use. */
  code: Scalars['String']['output'];
  date?: Maybe<Scalars['LocalDate']['output']>;
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A council's SSDA903 return uploaded by its administrator: checked, then imported when they confirm. */
export type Ssda903Upload = {
  /** The dry run: what the import would do. */
  check?: Maybe<Ssda903ImportReport>;
  confirmedBy?: Maybe<Scalars['String']['output']>;
  failure?: Maybe<Scalars['String']['output']>;
  fileNames: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  progressDone: Scalars['Int']['output'];
  /** Children to go through; empty while the files are still being read. */
  progressTotal?: Maybe<Scalars['Int']['output']>;
  /** What the import did. */
  result?: Maybe<Ssda903ImportReport>;
  status: Ssda903UploadStatus;
  uploadedAt: Scalars['DateTimeISO']['output'];
  uploadedBy: Scalars['String']['output'];
  /** The version the next decision (confirm or cancel) is based on. */
  version: Scalars['Int']['output'];
  /** The collection year’s end: 2025 is the 2024 to 2025 return. */
  year: Scalars['Int']['output'];
};

/** Where an uploaded return is: CHECKING (a dry run), CHECKED (waiting for the administrator), IMPORTING, IMPORTED, FAILED or CANCELLED. */
export type Ssda903UploadStatus =
  | 'CANCELLED'
  | 'CHECKED'
  | 'CHECKING'
  | 'FAILED'
  | 'IMPORTED'
  | 'IMPORTING';

export type Ssda903ValidationType = {
  children: Scalars['Int']['output'];
  episodes: Scalars['Int']['output'];
  failures: Array<Ssda903ChildIssuesType>;
  /** Download paths of the return’s CSV files. */
  files: Array<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** A professional's account, as the administrator manages it. */
export type StaffAccount = {
  /** They have set up an authenticator app (an administrator can reset it if it is lost). */
  authenticatorEnrolled: Scalars['Boolean']['output'];
  disabled: Scalars['Boolean']['output'];
  /** Work email: notifications go here. */
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** Mobile number for urgent text messages. */
  mobile?: Maybe<Scalars['String']['output']>;
  notificationPreference: NotificationPreference;
  role: Role;
  /** Social Work England registration number (the SSDA903 return's SW_ID). */
  sweNumber?: Maybe<Scalars['String']['output']>;
  teamName?: Maybe<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

/** An administrator's request for a professional account: nobody can sign in with it until a head of service of the council approves it (two people). */
export type StaffAccountRequest = {
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The head of service who approved or refused it. */
  decidedByName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  refusalReason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTimeISO']['output'];
  /** The administrator who asked. */
  requestedByName: Scalars['String']['output'];
  role: Role;
  status: StaffAccountRequestStatus;
  teamName?: Maybe<Scalars['String']['output']>;
  username: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** PENDING: waiting for a head of service. APPROVED: the account exists. REFUSED: no account was made. */
export type StaffAccountRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REFUSED';

/** Where a professional's notifications go. Null clears a value. */
export type StaffContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** A UK mobile number, for urgent text messages. */
  mobile?: InputMaybe<Scalars['String']['input']>;
  notificationPreference: NotificationPreference;
  userId: Scalars['ID']['input'];
};

/** How staff of your council sign in when they use a local password. */
export type StaffSignInPolicy = {
  /** Staff of the council who have set up an authenticator app. */
  staffEnrolled: Scalars['Int']['output'];
  /** Staff with a local password must also give a code from an authenticator app. */
  staffTotpRequired: Scalars['Boolean']['output'];
};

/** Opens a court record at its first step: the letter before proceedings, the legal gateway meeting, or issue in an emergency. */
export type StartCourtProceedingsInput = {
  childId: Scalars['ID']['input'];
  issuedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  legalGatewayDecision?: InputMaybe<LegalGatewayDecision>;
  legalGatewayOn?: InputMaybe<Scalars['LocalDate']['input']>;
  preProceedingsLetterOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type StartMyTotpEnrolmentInput = {
  /** Your current password: a session left open cannot be used to lock you out. */
  currentPassword: Scalars['String']['input'];
};

export type StartPlacementInput = {
  carerName: Scalars['String']['input'];
  childId: Scalars['ID']['input'];
  inArea?: InputMaybe<Scalars['Boolean']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** PR0 to PR5. */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** Why the current placement ends: required when the child has one. */
  reasonForChange?: InputMaybe<Scalars['String']['input']>;
  reasonNewEpisode?: InputMaybe<NewEpisodeReason>;
  startDate: Scalars['LocalDate']['input'];
  type: PlacementType;
  /** Ofsted URN of the placement's provider (SC and 6 digits, or 7 digits); XXXXXXX where it has none. */
  urn?: InputMaybe<Scalars['String']['input']>;
  /** Weekly cost in pounds. */
  weeklyCost?: InputMaybe<Scalars['Float']['input']>;
};

/** Everything held about one child, for the child as a care leaver. */
export type SubjectAccessExport = {
  childId: Scalars['ID']['output'];
  /** The whole export as JSON text (the same document the JSON download gives). */
  document: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The JSON file: a short-lived link, as pdfUrl. */
  jsonUrl: Scalars['String']['output'];
  /** The readable PDF: a short-lived link for the person who made the export, with their session. */
  pdfUrl: Scalars['String']['output'];
  producedAt: Scalars['DateTimeISO']['output'];
  reason: Scalars['String']['output'];
  /** The document's schema version: field names are stable within a version. */
  schemaVersion: Scalars['Int']['output'];
};

export type Suggestion = {
  code: SuggestionCode;
  options: Array<PlanOption>;
  reasons: Array<Scalars['String']['output']>;
  source: RuleSourceType;
  title: Scalars['String']['output'];
};

export type SuggestionCode =
  | 'CONSIDER_EARLIER_OPTION'
  | 'CONSIDER_OPTIONS_FOR_AGE'
  | 'CONSIDER_SGO_WITH_FOSTER_CARER'
  | 'FOLLOW_ADOPTION_ROUTE'
  | 'HEAD_OF_SERVICE_APPROVAL_NEEDED'
  | 'OFFER_FAMILY_GROUP_CONFERENCE'
  | 'PATHWAY_PLAN_IS_PERMANENCE_PLAN'
  | 'REVIEW_REUNIFICATION_PLAN';

/** Why a child's social worker changed: the DfE's SW_REASON codes. */
export type SwReason =
  | 'ABSENC'
  | 'CHCHAN'
  | 'FCONTA'
  | 'LEFTRL'
  | 'MANAGE'
  | 'ORGRST'
  | 'OTHERS'
  | 'PCCHAN'
  | 'SWDIED'
  | 'TSPROC';

/** A table of the return that was read and checked but is not stored yet. */
export type TableNotHeld = {
  rows: Scalars['Int']['output'];
  table: Scalars['String']['output'];
};

export type TeamRef = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type TogetherApartAssessment = {
  assessedOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  outcome: TogetherApartOutcome;
  reasons: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TogetherApartOutcome =
  | 'APART'
  | 'TOGETHER'
  | 'TOGETHER_WHERE_POSSIBLE';

/** The authenticator is set up and the person signed in; the recovery codes are shown this once. */
export type TotpEnrolled = {
  me: Me;
  /** Single-use codes for when the phone is lost. Only their hashes are kept. */
  recoveryCodes: Array<Scalars['String']['output']>;
};

/** A new authenticator secret to add to an app: as a QR code, and as text to type in. */
export type TotpEnrolment = {
  /** The otpauth:// address the QR code holds. */
  otpauthUri: Scalars['String']['output'];
  /** The QR code as a PNG data: URL. */
  qrCodeDataUrl: Scalars['String']['output'];
  /** The key in base32, for typing into the app by hand. */
  secret: Scalars['String']['output'];
};

/** The tracker charts, over every matching child (not only the page). */
export type TrackerChartsType = {
  byPlacementType: Array<ChartBarType>;
  /** Placement moves in the last 12 months. */
  stability: Array<ChartBarType>;
  timeToPermanence: Array<PermanenceBandType>;
};

export type TrackerFilter = {
  inArea?: InputMaybe<Scalars['Boolean']['input']>;
  placementType?: InputMaybe<PlacementType>;
  planOption?: InputMaybe<PlanOption>;
  planStatus?: InputMaybe<PlanStatus>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  withAlerts?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TrackerGroupBy =
  | 'PLACEMENT_TYPE'
  | 'PLAN_OPTION'
  | 'PLAN_STATUS'
  | 'TEAM';

export type TrackerPageType = {
  charts: TrackerChartsType;
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Totals per group when groupBy is given. */
  groups: Array<TrackerTotalsType>;
  hasNextPage: Scalars['Boolean']['output'];
  rows: Array<TrackerRowType>;
  /** The teams of the looked-after children you reach, whatever the filter: for the team filter. */
  teams: Array<TeamRef>;
  totalCount: Scalars['Int']['output'];
  totals: TrackerTotalsType;
};

/** One looked-after child's line in the permanence tracker. */
export type TrackerRowType = {
  alertCodes: Array<Scalars['String']['output']>;
  childId: Scalars['ID']['output'];
  costToDate: Scalars['Float']['output'];
  /** The PLO stage of the open proceedings (else the last); null with none. */
  courtStage?: Maybe<PloStage>;
  /** Week of proceedings today while issued and not concluded. */
  courtWeek?: Maybe<Scalars['Int']['output']>;
  /** Weeks the court allows (26 unless the council’s policy says otherwise); null before issue. */
  courtWeeksAllowed?: Maybe<Scalars['Int']['output']>;
  daysInCare?: Maybe<Scalars['Int']['output']>;
  /** Days from entering care (this period of care) to permanence achieved, or to today while not yet achieved. */
  daysToPermanence?: Maybe<Scalars['Int']['output']>;
  /** The search review or the match is past its date. */
  familyFindingOverdue: Scalars['Boolean']['output'];
  familyFindingStatus?: Maybe<FamilyFindingStatus>;
  /** The open family-finding referral’s team (else the last referral’s). */
  familyFindingTeam?: Maybe<FamilyFindingTeam>;
  inArea?: Maybe<Scalars['Boolean']['output']>;
  /** The council case number (SSDA903 CHILD). */
  localId: Scalars['String']['output'];
  /** Placement moves in the council's window (12 months unless its policy says otherwise): the alerts' count. */
  movesInLast12Months: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  outcomesCompleted: Scalars['Int']['output'];
  outcomesOverdue: Scalars['Int']['output'];
  outcomesTotal: Scalars['Int']['output'];
  permanenceAchievedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** When the permanence plan must be endorsed (the rules’ planDeadline). */
  permanenceDueOn?: Maybe<Scalars['LocalDate']['output']>;
  placementType?: Maybe<PlacementType>;
  planOption?: Maybe<PlanOption>;
  planStatus?: Maybe<PlanStatus>;
  /** Bolton's lifetime costing: cost to date plus weekly cost × weeks to the 18th birthday. */
  projectedCostTo18: Scalars['Float']['output'];
  teamId: Scalars['ID']['output'];
  teamName: Scalars['String']['output'];
  /** Pounds a week, current placement. */
  weeklyCost: Scalars['Float']['output'];
};

export type TrackerSort = {
  descending?: Scalars['Boolean']['input'];
  field: TrackerSortField;
};

export type TrackerSortField =
  | 'ALERTS'
  | 'COST_TO_DATE'
  | 'DAYS_IN_CARE'
  | 'NAME'
  | 'PERMANENCE_DUE'
  | 'PROJECTED_COST_TO_18'
  | 'WEEKLY_COST';

export type TrackerTotalsType = {
  alerts: Scalars['Int']['output'];
  children: Scalars['Int']['output'];
  costToDate: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  projectedCostTo18: Scalars['Float']['output'];
  weeklyCost: Scalars['Float']['output'];
};

/** Who a trusted adult is to the child: children named teachers and key workers at school. */
export type TrustedAdultRole =
  | 'OTHER'
  | 'SCHOOL_KEY_WORKER'
  | 'TEACHER';

export type UpdateBrotherOrSisterLinkInput = {
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  livingTogether?: InputMaybe<Scalars['Boolean']['input']>;
  relationship?: InputMaybe<SiblingRelationship>;
};

export type UpdateCaseFactsInput = {
  adoptionMatchedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  carerCannotConsiderSgo?: InputMaybe<Scalars['Boolean']['input']>;
  childId: Scalars['ID']['input'];
  courtProceedingsEndedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  courtProceedingsStartedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  difficultySecuringPlan?: InputMaybe<Scalars['Boolean']['input']>;
  dischargePlanAgreedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  edgeOfCare?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version it was based on; null the first time. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  jointFunding?: InputMaybe<Scalars['Boolean']['input']>;
  kinshipCarerAvailable?: InputMaybe<Scalars['Boolean']['input']>;
  lookedAfterInEmergency?: InputMaybe<Scalars['Boolean']['input']>;
  planToBecomeLookedAfter?: InputMaybe<Scalars['Boolean']['input']>;
  returningForReview?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateChildInput = {
  /** SSDA903 DATE_PLACED_CEASED: the day the decision stopped standing. */
  adoptionDecisionCeasedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** SSDA903 REASON_PLACED_CEASED: RD1 to RD4. */
  adoptionDecisionCeasedReason?: InputMaybe<Scalars['String']['input']>;
  /** SSDA903 DATE_PLACED: the decision that the child should be placed for adoption. */
  adoptionDecisionOn?: InputMaybe<Scalars['LocalDate']['input']>;
  categoryOfNeed?: InputMaybe<CategoryOfNeed>;
  dateLookedAfter?: InputMaybe<Scalars['LocalDate']['input']>;
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  disability?: InputMaybe<Scalars['String']['input']>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  firstLanguage?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  healthNeeds?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  legalFirstName?: InputMaybe<Scalars['String']['input']>;
  legalLastName?: InputMaybe<Scalars['String']['input']>;
  /** SSDA903 MOTHER: whether she is a mother. */
  mother?: InputMaybe<Scalars['Boolean']['input']>;
  /** SSDA903 MC_DOB: her (first) child's date of birth; only for a mother. */
  mothersChildDateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  preferredName?: InputMaybe<Scalars['String']['input']>;
  /** SSDA903 PREV_PERM: P1 adopted, P2 special guardianship order, P3 residence or child arrangements order, P4, Z1 not known. P1 to P4 need previousPermanenceLa and previousPermanenceDate (rule 630). */
  previousPermanence?: InputMaybe<Scalars['String']['input']>;
  /** SSDA903 DATE_PERM: YYYY-MM-DD, with ZZ for a day (or day and month) not known, e.g. 2019-06-ZZ (rule 632). */
  previousPermanenceDate?: InputMaybe<Scalars['String']['input']>;
  /** SSDA903 LA_PERM: three-digit LA number of the authority that made the order, or WAL, SCO, NIR, NUK (rule 633). */
  previousPermanenceLa?: InputMaybe<Scalars['String']['input']>;
  religion?: InputMaybe<Scalars['String']['input']>;
  school?: InputMaybe<Scalars['String']['input']>;
  uasc?: InputMaybe<Scalars['Boolean']['input']>;
  upn?: InputMaybe<Scalars['String']['input']>;
  virtualSchool?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCourtDirectionInput = {
  /** The day it was done; null when it was marked done by mistake. */
  doneOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A new date the court allowed. */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type UpdateCourtHearingInput = {
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** Relisted for another day. */
  hearingOn?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCourtProceedingsInput = {
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  /** The day the court made its final order (or the application ended). */
  concludedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  court?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  finalCarePlanFiledOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The plan version filed as the final care plan. */
  finalCarePlanId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  issuedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  legalGatewayDecision?: InputMaybe<LegalGatewayDecision>;
  legalGatewayOn?: InputMaybe<Scalars['LocalDate']['input']>;
  outcome?: InputMaybe<CourtOutcome>;
  preProceedingsLetterOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateDeprivationOfLibertyOrderInput = {
  authorisedBy?: InputMaybe<Scalars['String']['input']>;
  /** The day the order ended; null puts it back in force. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateFamilyFindingReferralInput = {
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status: FamilyFindingStatus;
  statusOn: Scalars['LocalDate']['input'];
};

export type UpdateLegalStatusInput = {
  /** Set or correct the end; null reopens the last one. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status?: InputMaybe<LegalStatusKind>;
};

export type UpdateLifeStoryItemInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kind?: InputMaybe<LifeStoryKind>;
  /** A file uploaded to POST /media for the same child. */
  mediaId?: InputMaybe<Scalars['ID']['input']>;
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  words?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateMissingEpisodeInput = {
  /** Set when the child came back; null reopens it. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Did the child accept the return interview? Only when one was offered. */
  returnInterviewAccepted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Was the child offered a return interview when they came back? Only once the period has ended. */
  returnInterviewOffered?: InputMaybe<Scalars['Boolean']['input']>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateNetworkMemberInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  carerAssessmentOutcome?: InputMaybe<Scalars['String']['input']>;
  consideredAsCarer?: InputMaybe<Scalars['Boolean']['input']>;
  deceased?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kind?: InputMaybe<NetworkMemberKind>;
  /** The child lives with them now. */
  livesWithChild?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  relationship?: InputMaybe<Scalars['String']['input']>;
  /** For the genogram; empty when not known. */
  sex?: InputMaybe<GenogramSex>;
  /** TRUSTED_ADULT only: shown (first name and role, no contact details) on the child's "People who help me". */
  shownToChild?: InputMaybe<Scalars['Boolean']['input']>;
  /** TRUSTED_ADULT only: a teacher, a key worker at school, or someone else. */
  trustedAdultRole?: InputMaybe<TrustedAdultRole>;
};

export type UpdatePlacementInput = {
  carerName?: InputMaybe<Scalars['String']['input']>;
  changeNotes?: InputMaybe<Scalars['String']['input']>;
  /** The day the child first met the new carers, before the move (introductions). */
  childMetNewCarerOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The day the child was told about the planned move (not after the move). */
  childToldOfMoveOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** How long, in words the child reads; needed when it is NOT_YET_KNOWN. */
  durationInChildWords?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  inArea?: InputMaybe<Scalars['Boolean']['input']>;
  /** How long the plan is for the child to live here. */
  intendedDuration?: InputMaybe<IntendedDuration>;
  /** FIXED_PERIOD only: the day the period is meant to end. */
  intendedUntil?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A move from this (current) placement is planned for this day; empty: no move planned (clears the rest of the move). */
  movePlannedFor?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Who the child is to move to, as the child will know them (the child reads this name). */
  moveToCarerName?: InputMaybe<Scalars['String']['input']>;
  /** The new carers are people the child already knows: no introductions needed. */
  newCarerAlreadyKnown?: InputMaybe<Scalars['Boolean']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** PR0 to PR5. */
  provider?: InputMaybe<Scalars['String']['input']>;
  reasonForChange?: InputMaybe<Scalars['String']['input']>;
  reasonNewEpisode?: InputMaybe<NewEpisodeReason>;
  type?: InputMaybe<PlacementType>;
  /** Ofsted URN of the placement's provider (SC and 6 digits, or 7 digits); XXXXXXX where it has none. */
  urn?: InputMaybe<Scalars['String']['input']>;
  /** Weekly cost in pounds. */
  weeklyCost?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdatePlanActionProgressInput = {
  actionId: Scalars['ID']['input'];
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  /** The action version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  progress?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePlanInput = {
  bottomLines?: InputMaybe<Scalars['String']['input']>;
  /** The plan in words the child reads. */
  childFriendlySummary?: InputMaybe<Scalars['String']['input']>;
  /** The language childFriendlySummary is written in (a young-person portal language code, e.g. "ps"); none means English. */
  childFriendlySummaryLanguage?: InputMaybe<Scalars['String']['input']>;
  /** The child's wishes, summarised. */
  childWishes?: InputMaybe<Scalars['String']['input']>;
  consequenceOfNoChange?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the contingency options, in order, in the same change as the primary option: a swap of the two saves in one step. */
  contingencies?: InputMaybe<Array<PlanOption>>;
  /** The plan version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  /** Whether the family agree with the plan. */
  familyAgreement?: InputMaybe<FamilyAgreement>;
  /** The family's comments on the plan. */
  familyComments?: InputMaybe<Scalars['String']['input']>;
  /** Whether family and connected people were considered as carers first. CONSIDERED needs someone in the family network marked as considered. */
  familyConsidered?: InputMaybe<FamilyConsidered>;
  /** Whether family were thought about first, and why (or why not), in words the child reads. Needed once familyConsidered is CONSIDERED or NOT_CONSIDERED. */
  familyConsideredInChildWords?: InputMaybe<Scalars['String']['input']>;
  /** Bottom line: people who help the parents or carers and monitor the child's safety. */
  monitoringPeople?: InputMaybe<Scalars['String']['input']>;
  /** Bottom line: people the family or parents need to avoid. */
  peopleToAvoid?: InputMaybe<Scalars['String']['input']>;
  /** The date by which the child should have permanence. */
  permanenceTargetDate?: InputMaybe<Scalars['LocalDate']['input']>;
  planId: Scalars['ID']['input'];
  primaryOption?: InputMaybe<PlanOption>;
  /** Bottom line: key safety people the child can contact if they have any concerns. */
  safetyPeople?: InputMaybe<Scalars['String']['input']>;
  /** Bottom line: how long the safety plan must be in place. */
  safetyPlanLasts?: InputMaybe<Scalars['String']['input']>;
  /** Bottom line: the age at which the child has the Words and Pictures and the safety plan explained to them (0 to 17). */
  wordsAndPicturesAge?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePlanOutcomeInput = {
  /** Replaces the actions, in order (a draft only): at least one. */
  actions?: InputMaybe<Array<PlanActionInput>>;
  /** May be updated after endorsement. */
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  /** The outcome version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  measure?: InputMaybe<Scalars['String']['input']>;
  optionTrack?: InputMaybe<OutcomeTrack>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  outcomeId: Scalars['ID']['input'];
  /** May be updated after endorsement: progress is how the plan is worked. */
  progress?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRetentionSettingsInput = {
  adoptionYears: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
  lookedAfterUntilAge: Scalars['Int']['input'];
};

/** CRITICAL is the most urgent. */
export type Urgency =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type View = {
  /** The child's preferred (or legal) first name, for lists across children. */
  childFirstName: Scalars['String']['output'];
  childId: Scalars['ID']['output'];
  /** The sent view this one adds to. */
  followsViewId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  meetingId?: Maybe<Scalars['ID']['output']>;
  mood?: Maybe<Mood>;
  /** You have opened it. */
  readByMe: Scalars['Boolean']['output'];
  readers: Array<ViewReader>;
  repliedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  repliedBy?: Maybe<PersonRef>;
  /** "You said, we did." */
  reply?: Maybe<Scalars['String']['output']>;
  /** The language the reply is written in (portal language code); none means English. */
  replyLanguage?: Maybe<Scalars['String']['output']>;
  /** The meeting where it changed. */
  replyMeetingId?: Maybe<Scalars['ID']['output']>;
  /** The plan outcome the reply says changed. */
  replyOutcomeId?: Maybe<Scalars['ID']['output']>;
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: ViewStatus;
  topic: ViewTopic;
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who last changed it; null when no one signed in did (imports, scheduled jobs) or they are outside your council. */
  updatedBy?: Maybe<PersonRef>;
  version: Scalars['Int']['output'];
  words: Scalars['String']['output'];
  /** Written with the child by their advocate. */
  writtenWithAdvocate: Scalars['Boolean']['output'];
};

export type ViewConnection = {
  edges: Array<ViewEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ViewEdge = {
  cursor: Scalars['String']['output'];
  node: View;
};

/** Who the child chose to read it: my worker, my IRO, my advocate. */
export type ViewReader =
  | 'ADVOCATE'
  | 'IRO'
  | 'WORKER';

export type ViewStatus =
  | 'DRAFT'
  | 'SENT';

export type ViewTopic =
  | 'ANYTHING_ELSE'
  | 'BROTHERS_AND_SISTERS'
  | 'FAMILY_TIME'
  | 'HEALTH'
  | 'MY_MEETING'
  | 'PEOPLE_I_TRUST'
  | 'SCHOOL'
  | 'WHERE_I_LIVE'
  | 'WORRIES';

/** Decision support: who may apply for an order, by the rule and the statute. The court decides; check with legal advice. */
export type WhoMayApply = {
  /** The statute, in words. */
  law: Scalars['String']['output'];
  order: ApplicationOrder;
  people: Array<PossibleApplicant>;
  source: RuleSourceType;
};

export type WriteViewWithChildInput = {
  childId: Scalars['ID']['input'];
  clientKey?: InputMaybe<Scalars['String']['input']>;
  mood?: InputMaybe<Mood>;
  /** Who may read it once sent: my worker, my IRO, my advocate. */
  readers: Array<ViewReader>;
  topic: ViewTopic;
  words: Scalars['String']['input'];
};

/** Something I am still writing, kept on the server so my phone does not hold it. */
export type YoungPersonDraft = {
  /** The form’s values, as JSON text. */
  content: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  savedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

/** A single-use code a young person uses to choose their own password. */
export type YoungPersonInvitation = {
  /** Shown once: give it to the young person. Only its hash is kept. */
  code: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  username: Scalars['String']['output'];
};

/** A language of the young-person portal and whether this council has it on. */
export type YoungPersonLanguageSetting = {
  /** BCP 47 code, e.g. "ps". */
  code: Scalars['String']['output'];
  /** "ltr" or "rtl". */
  dir: Scalars['String']['output'];
  /** Its name in English. */
  englishName: Scalars['String']['output'];
  /** Its name in the language itself, as a child looks for it. */
  ownName: Scalars['String']['output'];
  switchedOn: Scalars['Boolean']['output'];
};

export type MyLanguageChoiceFragment = { language: string, chosen?: string | null, languages: Array<{ code: string, ownName: string, englishName: string, dir: string }> };

export type MyLanguageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLanguageQuery = { myLanguage: { language: string, chosen?: string | null, languages: Array<{ code: string, ownName: string, englishName: string, dir: string }> } };

export type SetMyLanguageMutationVariables = Exact<{
  language: Scalars['String']['input'];
}>;


export type SetMyLanguageMutation = { setMyLanguage: { language: string, chosen?: string | null, languages: Array<{ code: string, ownName: string, englishName: string, dir: string }> } };

export type SignInLanguagesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInLanguagesQuery = { signInLanguages: Array<{ code: string, ownName: string, englishName: string, dir: string }> };

export type YoungPersonMeFragment = { id: string, firstName: string, sessionExpiresAt: string, abilities: { ownRecord: boolean } };

export type YoungPersonMeQueryVariables = Exact<{ [key: string]: never; }>;


export type YoungPersonMeQuery = { me?: { id: string, firstName: string, sessionExpiresAt: string, abilities: { ownRecord: boolean } } | null };

export type YoungPersonSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type YoungPersonSignInMutation = { signIn: { id: string, firstName: string, sessionExpiresAt: string, abilities: { ownRecord: boolean } } };

export type YoungPersonSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type YoungPersonSignOutMutation = { signOut: boolean };

export type RedeemInvitationMutationVariables = Exact<{
  input: RedeemInvitationInput;
}>;


export type RedeemInvitationMutation = { redeemInvitation: { id: string, firstName: string, sessionExpiresAt: string, abilities: { ownRecord: boolean } } };

export type MyDraftPartsFragment = { id: string, name: string, content: string, version: number };

export type MyDraftQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type MyDraftQuery = { myDraft?: { id: string, name: string, content: string, version: number } | null };

export type SaveMyDraftMutationVariables = Exact<{
  input: SaveMyDraftInput;
}>;


export type SaveMyDraftMutation = { saveMyDraft: { id: string, name: string, content: string, version: number } };

export type DeleteMyDraftMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type DeleteMyDraftMutation = { deleteMyDraft: boolean };

export type MyLeavingCareQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLeavingCareQuery = { myLeavingCare: { age: number, hasPathwayPlan: boolean, planLookedAtDate?: string | null, planInMyWords?: string | null, afterEighteen: AfterEighteen, stayingPut: boolean, personalAdviser?: { firstName: string, phone?: string | null, email?: string | null } | null } };

export type MyAgeForTilesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAgeForTilesQuery = { myLeavingCare: { age: number } };

export type MyBrothersAndSistersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBrothersAndSistersQuery = { myBrothersAndSisters: Array<{ firstName: string, livingTogether: boolean, keepingInTouch: Array<{ kind: FamilyTimeKind, howOften: string }> }> };

export type WhoLookedAtMyFileQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoLookedAtMyFileQuery = { whoLookedAtMyFile: Array<{ who: string, roleName: ChildRoleName, parts: Array<FilePart>, when: string }> };

export type MyHelpersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHelpersQuery = { myProfile: { firstName: string, age: number, mayAskForAdvocate: boolean, advocacyFromAge: number, advocacyUntilAge: number, myWorker?: { firstName: string, phone?: string | null, email?: string | null } | null, myIro?: { firstName: string, phone?: string | null, email?: string | null } | null, myAdvocate?: { firstName: string, phone?: string | null, email?: string | null } | null } };

export type RequestAdvocateMutationVariables = Exact<{
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestAdvocateMutation = { requestAdvocate: { outcome: AdvocateRequestOutcome } };

export type SendNotHappyMessageMutationVariables = Exact<{
  input: NotHappyMessageInput;
}>;


export type SendNotHappyMessageMutation = { sendNotHappyMessage: { sentAt: string } };

export type ReportFeelingUnsafeMutationVariables = Exact<{
  input?: InputMaybe<FeelingUnsafeInput>;
}>;


export type ReportFeelingUnsafeMutation = { reportFeelingUnsafe: { emergencyNumber: string, childlineNumber: string } };

export type MyMessagesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMessagesQuery = { myMessages: Array<{ id: string, kind: ChildMessageKind, words?: string | null, mood?: Mood | null, sentAt: string, seenAt?: string | null, seenByFirstName?: string | null, reply?: { language: string, words: string, fromFirstName: string, fromRoleName: ChildRoleName, repliedAt: string } | null }> };

export type MyLifeStoryQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLifeStoryQuery = { myLifeStory: { count: number, items: Array<{ id: string, kind: LifeStoryKind, title: string, words?: string | null, occurredOn?: string | null, addedByMe: boolean, media?: { id: string, kind: MediaKind, contentType: string, thumbnailUrl?: string | null, displayUrl?: string | null, downloadUrl: string } | null }> } };

export type AddMyMemoryMutationVariables = Exact<{
  input: AddMyLifeStoryItemInput;
}>;


export type AddMyMemoryMutation = { addMyLifeStoryItem: { id: string } };

export type MyPersonDetailsFragment = { firstName: string, phone?: string | null, email?: string | null };

export type MyHelpersFragment = { firstName: string, age: number, mayAskForAdvocate: boolean, advocacyFromAge: number, advocacyUntilAge: number, myWorker?: { firstName: string, phone?: string | null, email?: string | null } | null, myIro?: { firstName: string, phone?: string | null, email?: string | null } | null, myAdvocate?: { firstName: string, phone?: string | null, email?: string | null } | null };

export type MyForeverPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type MyForeverPlanQuery = { myPlan?: { placementType?: PlacementType | null, carerFirstName?: string | null, mainPlanOption?: PlanOption | null, whatIsBeingDecided?: string | null, whatIsBeingDecidedLanguage: string, backUpPlanOptions: Array<PlanOption>, outcomes: Array<{ whatWeWant: string, byWhen?: string | null }>, moving?: { plannedFor: string, newCarerFirstName?: string | null, newCarerAlreadyKnown: boolean, metNewCarerOn?: string | null } | null, howLong?: { duration: IntendedDuration, until?: string | null, inMyWords?: string | null } | null, familyFirst?: { answer: FamilyConsidered, inMyWords?: string | null } | null } | null, myNextMeeting?: { id: string, date: string, type: MeetingType } | null, myProfile: { firstName: string, age: number, mayAskForAdvocate: boolean, advocacyFromAge: number, advocacyUntilAge: number, trustedAdults: Array<{ firstName: string, role?: TrustedAdultRole | null }>, myWorker?: { firstName: string, phone?: string | null, email?: string | null } | null, myIro?: { firstName: string, phone?: string | null, email?: string | null } | null, myAdvocate?: { firstName: string, phone?: string | null, email?: string | null } | null } };

export type MyViewDetailsFragment = { id: string, version: number, status: ViewStatus, topic: ViewTopic, words: string, mood?: Mood | null, readers: Array<ViewReader>, meetingId?: string | null, sentAt?: string | null, followsViewId?: string | null, writtenWithMyAdvocate: boolean, reply?: { language: string, fromFirstName: string, fromRoleName: ChildRoleName, repliedAt: string, words: string, planGoal?: string | null, meetingOn?: string | null, meetingIsReview?: boolean | null } | null };

export type MyViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyViewsQuery = { myViews: Array<{ id: string, version: number, status: ViewStatus, topic: ViewTopic, words: string, mood?: Mood | null, readers: Array<ViewReader>, meetingId?: string | null, sentAt?: string | null, followsViewId?: string | null, writtenWithMyAdvocate: boolean, reply?: { language: string, fromFirstName: string, fromRoleName: ChildRoleName, repliedAt: string, words: string, planGoal?: string | null, meetingOn?: string | null, meetingIsReview?: boolean | null } | null }>, myNextMeeting?: { id: string, date: string, type: MeetingType } | null };

export type SaveViewDraftMutationVariables = Exact<{
  input: SaveViewDraftInput;
}>;


export type SaveViewDraftMutation = { saveViewDraft: { id: string, version: number, status: ViewStatus, topic: ViewTopic, words: string, mood?: Mood | null, readers: Array<ViewReader>, meetingId?: string | null, sentAt?: string | null, followsViewId?: string | null, writtenWithMyAdvocate: boolean, reply?: { language: string, fromFirstName: string, fromRoleName: ChildRoleName, repliedAt: string, words: string, planGoal?: string | null, meetingOn?: string | null, meetingIsReview?: boolean | null } | null } };

export type SendViewMutationVariables = Exact<{
  viewId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type SendViewMutation = { sendView: { id: string, version: number, status: ViewStatus, topic: ViewTopic, words: string, mood?: Mood | null, readers: Array<ViewReader>, meetingId?: string | null, sentAt?: string | null, followsViewId?: string | null, writtenWithMyAdvocate: boolean, reply?: { language: string, fromFirstName: string, fromRoleName: ChildRoleName, repliedAt: string, words: string, planGoal?: string | null, meetingOn?: string | null, meetingIsReview?: boolean | null } | null } };

export type AddToViewMutationVariables = Exact<{
  input: AddToViewInput;
}>;


export type AddToViewMutation = { addToView: { id: string, version: number, status: ViewStatus, topic: ViewTopic, words: string, mood?: Mood | null, readers: Array<ViewReader>, meetingId?: string | null, sentAt?: string | null, followsViewId?: string | null, writtenWithMyAdvocate: boolean, reply?: { language: string, fromFirstName: string, fromRoleName: ChildRoleName, repliedAt: string, words: string, planGoal?: string | null, meetingOn?: string | null, meetingIsReview?: boolean | null } | null } };

export type DeleteViewDraftMutationVariables = Exact<{
  viewId: Scalars['ID']['input'];
}>;


export type DeleteViewDraftMutation = { deleteViewDraft: boolean };

export const MyLanguageChoiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyLanguageChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyLanguage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ownName"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"dir"}}]}}]}}]} as unknown as DocumentNode<MyLanguageChoiceFragment, unknown>;
export const YoungPersonMeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<YoungPersonMeFragment, unknown>;
export const MyDraftPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyDraftParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YoungPersonDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyDraftPartsFragment, unknown>;
export const MyPersonDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<MyPersonDetailsFragment, unknown>;
export const MyHelpersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyHelpers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"mayAskForAdvocate"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyFromAge"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyUntilAge"}},{"kind":"Field","name":{"kind":"Name","value":"myWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myIro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAdvocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<MyHelpersFragment, unknown>;
export const MyViewDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyViewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"readers"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followsViewId"}},{"kind":"Field","name":{"kind":"Name","value":"writtenWithMyAdvocate"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"fromRoleName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"planGoal"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIsReview"}}]}}]}}]} as unknown as DocumentNode<MyViewDetailsFragment, unknown>;
export const MyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyLanguageChoice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyLanguageChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyLanguage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ownName"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"dir"}}]}}]}}]} as unknown as DocumentNode<MyLanguageQuery, MyLanguageQueryVariables>;
export const SetMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyLanguageChoice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyLanguageChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyLanguage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ownName"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"dir"}}]}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const SignInLanguagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ownName"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"dir"}}]}}]}}]} as unknown as DocumentNode<SignInLanguagesQuery, SignInLanguagesQueryVariables>;
export const YoungPersonMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YoungPersonMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonMe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<YoungPersonMeQuery, YoungPersonMeQueryVariables>;
export const YoungPersonSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YoungPersonSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonMe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<YoungPersonSignInMutation, YoungPersonSignInMutationVariables>;
export const YoungPersonSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YoungPersonSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<YoungPersonSignOutMutation, YoungPersonSignOutMutationVariables>;
export const RedeemInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonMe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<RedeemInvitationMutation, RedeemInvitationMutationVariables>;
export const MyDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyDraftParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyDraftParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YoungPersonDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyDraftQuery, MyDraftQueryVariables>;
export const SaveMyDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMyDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyDraftParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyDraftParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YoungPersonDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SaveMyDraftMutation, SaveMyDraftMutationVariables>;
export const DeleteMyDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}]}]}}]} as unknown as DocumentNode<DeleteMyDraftMutation, DeleteMyDraftMutationVariables>;
export const MyLeavingCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLeavingCare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLeavingCare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"hasPathwayPlan"}},{"kind":"Field","name":{"kind":"Name","value":"planLookedAtDate"}},{"kind":"Field","name":{"kind":"Name","value":"planInMyWords"}},{"kind":"Field","name":{"kind":"Name","value":"afterEighteen"}},{"kind":"Field","name":{"kind":"Name","value":"stayingPut"}},{"kind":"Field","name":{"kind":"Name","value":"personalAdviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<MyLeavingCareQuery, MyLeavingCareQueryVariables>;
export const MyAgeForTilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgeForTiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLeavingCare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]} as unknown as DocumentNode<MyAgeForTilesQuery, MyAgeForTilesQueryVariables>;
export const MyBrothersAndSistersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBrothersAndSisters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBrothersAndSisters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"livingTogether"}},{"kind":"Field","name":{"kind":"Name","value":"keepingInTouch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"howOften"}}]}}]}}]}}]} as unknown as DocumentNode<MyBrothersAndSistersQuery, MyBrothersAndSistersQueryVariables>;
export const WhoLookedAtMyFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoLookedAtMyFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoLookedAtMyFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"when"}}]}}]}}]} as unknown as DocumentNode<WhoLookedAtMyFileQuery, WhoLookedAtMyFileQueryVariables>;
export const MyHelpersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHelpers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyHelpers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyHelpers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"mayAskForAdvocate"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyFromAge"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyUntilAge"}},{"kind":"Field","name":{"kind":"Name","value":"myWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myIro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAdvocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}}]}}]} as unknown as DocumentNode<MyHelpersQuery, MyHelpersQueryVariables>;
export const RequestAdvocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAdvocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAdvocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RequestAdvocateMutation, RequestAdvocateMutationVariables>;
export const SendNotHappyMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendNotHappyMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotHappyMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendNotHappyMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<SendNotHappyMessageMutation, SendNotHappyMessageMutationVariables>;
export const ReportFeelingUnsafeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFeelingUnsafe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeelingUnsafeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFeelingUnsafe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyNumber"}},{"kind":"Field","name":{"kind":"Name","value":"childlineNumber"}}]}}]}}]} as unknown as DocumentNode<ReportFeelingUnsafeMutation, ReportFeelingUnsafeMutationVariables>;
export const MyMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenByFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"fromRoleName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyMessagesQuery, MyMessagesQueryVariables>;
export const MyLifeStoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLifeStory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLifeStory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"addedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"displayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyLifeStoryQuery, MyLifeStoryQueryVariables>;
export const AddMyMemoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMyMemory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMyLifeStoryItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMyLifeStoryItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddMyMemoryMutation, AddMyMemoryMutationVariables>;
export const MyForeverPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyForeverPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"carerFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"mainPlanOption"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsBeingDecided"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsBeingDecidedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"backUpPlanOptions"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatWeWant"}},{"kind":"Field","name":{"kind":"Name","value":"byWhen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedFor"}},{"kind":"Field","name":{"kind":"Name","value":"newCarerFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"newCarerAlreadyKnown"}},{"kind":"Field","name":{"kind":"Name","value":"metNewCarerOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"howLong"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"inMyWords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyFirst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"inMyWords"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myNextMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyHelpers"}},{"kind":"Field","name":{"kind":"Name","value":"trustedAdults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyHelpers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"mayAskForAdvocate"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyFromAge"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyUntilAge"}},{"kind":"Field","name":{"kind":"Name","value":"myWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myIro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAdvocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPersonDetails"}}]}}]}}]} as unknown as DocumentNode<MyForeverPlanQuery, MyForeverPlanQueryVariables>;
export const MyViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyViewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myNextMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyViewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"readers"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followsViewId"}},{"kind":"Field","name":{"kind":"Name","value":"writtenWithMyAdvocate"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"fromRoleName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"planGoal"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIsReview"}}]}}]}}]} as unknown as DocumentNode<MyViewsQuery, MyViewsQueryVariables>;
export const SaveViewDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveViewDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveViewDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveViewDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyViewDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyViewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"readers"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followsViewId"}},{"kind":"Field","name":{"kind":"Name","value":"writtenWithMyAdvocate"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"fromRoleName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"planGoal"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIsReview"}}]}}]}}]} as unknown as DocumentNode<SaveViewDraftMutation, SaveViewDraftMutationVariables>;
export const SendViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyViewDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyViewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"readers"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followsViewId"}},{"kind":"Field","name":{"kind":"Name","value":"writtenWithMyAdvocate"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"fromRoleName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"planGoal"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIsReview"}}]}}]}}]} as unknown as DocumentNode<SendViewMutation, SendViewMutationVariables>;
export const AddToViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddToViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyViewDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyViewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"readers"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followsViewId"}},{"kind":"Field","name":{"kind":"Name","value":"writtenWithMyAdvocate"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"fromRoleName"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"planGoal"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIsReview"}}]}}]}}]} as unknown as DocumentNode<AddToViewMutation, AddToViewMutationVariables>;
export const DeleteViewDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteViewDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteViewDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}}}]}]}}]} as unknown as DocumentNode<DeleteViewDraftMutation, DeleteViewDraftMutationVariables>;