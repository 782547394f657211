import { COURT_OF_PROTECTION_MIN_AGE, SDQ_MAX_SCORE, type AfterEighteen, type DoloAuthorisedBy, type GenogramSex, type HealthOutcomesAsks, type NetworkRelationshipKind } from '@forever-planning/shared';
import { dateParts, EMPTY_DATE, isDateEmpty, isoDate, type DateParts, type Validators } from '@forever-planning/ui';
import { changedKeys, maxLength } from '../common/form-changes';
import type {
  CareLeaverBirthdayFieldsFragment,
  LeavingCareFieldsFragment,
  FamilyTimeKind,
  HealthOutcomesFieldsFragment,
  IntendedDuration,
  KeepingInTouchPlanFieldsFragment,
  LegalStatusFieldsFragment,
  LegalStatusKind,
  MatchingAreaFieldsFragment,
  MissingEpisodeFieldsFragment,
  DeprivationOfLibertyOrderFieldsFragment,
  NetworkMemberFieldsFragment,
  NetworkMemberKind,
  PlacementFieldsFragment,
  PlacementType,
  SiblingRelationship,
  TogetherApartOutcome,
  TrustedAdultRole,
} from '../gql/graphql';

/**
 * The record forms' values as typed, their checks (the API's own rules, so
 * mistakes show while typing) and the API inputs they become.
 */

const todayIso = () => new Date().toISOString().slice(0, 10);
const text = (v: string) => v.trim() || null;
const yesNo = (b: boolean | null | undefined) => (b === true ? 'yes' : b === false ? 'no' : '');
const required = (message: string, label: string, n: number) => (v: string) => (!v.trim() ? message : maxLength(label, n)(v));
const chosen = (message: string) => (v: string) => (v ? undefined : message);

interface DateRule {
  required?: boolean;
  /** "yyyy-mm-dd" it may not be before, with the words for the message. */
  notBefore?: { iso: string; what: string } | null;
}

/** A date that is real, not in the future, and not before a given day. */
function dateRule(label: string, rule: DateRule = {}) {
  return (v: DateParts): string | undefined => {
    if (isDateEmpty(v)) return rule.required === false ? undefined : `Enter the ${label.toLowerCase()}`;
    const iso = isoDate(v);
    if (!iso) return `The ${label.toLowerCase()} must be a real date, like 27 3 2025`;
    if (iso > todayIso()) return `The ${label.toLowerCase()} must be today or in the past`;
    if (rule.notBefore && iso < rule.notBefore.iso) return `The ${label.toLowerCase()} must be on or after ${rule.notBefore.what}`;
    return undefined;
  };
}

/** Only the fields that changed, as the API's update input wants them. */
function changesOnly<V extends object>(values: V, base: V, convert: { [K in keyof V]: (v: V[K]) => unknown }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of changedKeys(values, base, Object.keys(convert) as (keyof V)[])) out[k as string] = convert[k](values[k]);
  return out;
}

// ---- Placements ------------------------------------------------------------

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;
/** Ofsted URNs: SC and six digits, or six or seven digits; XXXXXXX is the DfE's "the provider has none". */
const URN = /^(SC[0-9]{6}|[0-9]{6,7}|XXXXXXX)$/i;

/** Where the child lives: what SSDA903 and the tracker need about a placement. */
export interface PlacementValues {
  type: string;
  carerName: string;
  provider: string;
  urn: string;
  postcode: string;
  inArea: string;
  weeklyCost: string;
}

export const PLACEMENT_LABELS: Record<keyof PlacementValues, string> = {
  type: 'Type of placement',
  carerName: 'Carer or home',
  provider: 'Who provides the placement',
  urn: 'Ofsted number (URN) of the provider',
  postcode: 'Postcode of the placement',
  inArea: 'Is it inside the council’s area?',
  weeklyCost: 'Weekly cost',
};

/** "£1,250.50" or "1250.5" as pounds; null when it is not an amount of money. */
export function pounds(v: string): number | null {
  const clean = v.trim().replace(/^£/, '').replace(/,/g, '');
  return /^\d{1,8}(\.\d{1,2})?$/.test(clean) ? Number(clean) : null;
}

const placementValidators: Validators<PlacementValues> = {
  type: chosen('Select the type of placement'),
  carerName: required('Enter the name of the carer or home', 'The carer or home', 200),
  provider: (v, all) => {
    if (!v) return 'Select who provides the placement';
    if (v === 'PR0' && all.type && all.type !== 'PARENTS') return 'Parents (PR0) can only provide a placement with parents';
    return undefined;
  },
  urn: (v) => (v.trim() && !URN.test(v.trim()) ? 'Enter the Ofsted number as SC and 6 numbers or 7 numbers, like SC123456, or XXXXXXX if there is none' : undefined),
  postcode: (v) => (v.trim() && !POSTCODE.test(v.trim()) ? 'Enter a real UK postcode, like SW1A 1AA' : undefined),
  inArea: chosen('Select whether the placement is inside the council’s area'),
  weeklyCost: (v) => {
    if (!v.trim()) return 'Enter the weekly cost, or 0 if there is none';
    return pounds(v) === null ? 'The weekly cost must be an amount in pounds, like 450 or 450.50' : undefined;
  },
};

const placementInput = {
  type: (v: string) => v as PlacementType,
  carerName: (v: string) => v.trim(),
  provider: (v: string) => v,
  urn: (v: string) => text(v.toUpperCase()),
  postcode: (v: string) => text(v.toUpperCase()),
  inArea: (v: string) => v === 'yes',
  weeklyCost: (v: string) => pounds(v),
};

/** A move: the new placement, and why the current one ends (when there is one). */
export interface PlacementMoveValues extends PlacementValues {
  reasonForChange: string;
  startDate: DateParts;
}

export const PLACEMENT_MOVE_LABELS: Record<keyof PlacementMoveValues, string> = {
  reasonForChange: 'Why is the current placement ending?',
  startDate: 'Date the new placement starts',
  ...PLACEMENT_LABELS,
};

export const EMPTY_PLACEMENT_MOVE: PlacementMoveValues = {
  reasonForChange: '',
  startDate: EMPTY_DATE,
  type: '',
  carerName: '',
  provider: '',
  urn: '',
  postcode: '',
  inArea: '',
  weeklyCost: '',
};

export function placementMoveValidators(ctx: { dateOfBirth: string; current: { startDate: string; carerName: string } | null }): Validators<PlacementMoveValues> {
  return {
    ...placementValidators,
    reasonForChange: (v) => (ctx.current && !v ? 'Select why the current placement is ending' : undefined),
    startDate: dateRule('Date the new placement starts', {
      notBefore: ctx.current ? { iso: ctx.current.startDate, what: `the day the current placement started` } : { iso: ctx.dateOfBirth, what: 'the child’s date of birth' },
    }),
  };
}

export function placementMoveInput(childId: string, v: PlacementMoveValues, hasCurrent: boolean) {
  return {
    childId,
    type: v.type as PlacementType,
    carerName: v.carerName.trim(),
    provider: v.provider,
    urn: text(v.urn.toUpperCase()),
    postcode: text(v.postcode.toUpperCase()),
    inArea: v.inArea === 'yes',
    weeklyCost: pounds(v.weeklyCost)!,
    startDate: isoDate(v.startDate)!,
    ...(hasCurrent ? { reasonForChange: v.reasonForChange } : {}),
  };
}

/** Correcting a placement's details, and the notes on why it changed. */
export interface PlacementDetailsValues extends PlacementValues {
  reasonForChange: string;
  changeNotes: string;
}

export const PLACEMENT_DETAILS_LABELS: Record<keyof PlacementDetailsValues, string> = {
  ...PLACEMENT_LABELS,
  reasonForChange: 'Why the placement ended',
  changeNotes: 'Notes on the change',
};

export function placementDetailsValues(p: PlacementFieldsFragment): PlacementDetailsValues {
  return {
    type: p.type,
    carerName: p.carerName,
    provider: p.provider ?? '',
    urn: p.urn ?? '',
    postcode: p.postcode ?? '',
    inArea: yesNo(p.inArea),
    weeklyCost: p.weeklyCost.toFixed(2),
    reasonForChange: p.reasonForChange ?? '',
    changeNotes: p.changeNotes ?? '',
  };
}

export function placementDetailsValidators(ended: boolean): Validators<PlacementDetailsValues> {
  return {
    ...placementValidators,
    reasonForChange: (v) => (ended && !v ? 'Select why the placement ended' : undefined),
    changeNotes: maxLength('The notes on the change', 2000),
  };
}

export function placementDetailsInput(values: PlacementDetailsValues, base: PlacementDetailsValues) {
  return changesOnly(values, base, { ...placementInput, reasonForChange: (v: string) => v || null, changeNotes: text });
}

// ---- What the child knows about where they live (Bolton's children's asks, 1.3) ----

/** How long the plan is for the child to live here, and a planned move: when the child was told, and meeting the new carers first. */
export interface PlacementAsksValues {
  intendedDuration: string;
  intendedUntil: DateParts;
  durationInChildWords: string;
  movePlannedFor: DateParts;
  moveToCarerName: string;
  childToldOfMoveOn: DateParts;
  newCarerAlreadyKnown: string;
  childMetNewCarerOn: DateParts;
}

export const PLACEMENT_ASKS_LABELS: Record<keyof PlacementAsksValues, string> = {
  intendedDuration: 'How long is the plan for the child to live here?',
  intendedUntil: 'Until when',
  durationInChildWords: 'How long, in words the child reads',
  movePlannedFor: 'Date of the planned move',
  moveToCarerName: 'Who the child is moving to',
  childToldOfMoveOn: 'Date the child was told about the move',
  newCarerAlreadyKnown: 'Does the child already know the new carers?',
  childMetNewCarerOn: 'Date the child first met the new carers',
};

export function placementAsksValues(p: PlacementFieldsFragment): PlacementAsksValues {
  return {
    intendedDuration: p.intendedDuration ?? '',
    intendedUntil: dateParts(p.intendedUntil),
    durationInChildWords: p.durationInChildWords ?? '',
    movePlannedFor: dateParts(p.movePlannedFor),
    moveToCarerName: p.moveToCarerName ?? '',
    childToldOfMoveOn: dateParts(p.childToldOfMoveOn),
    newCarerAlreadyKnown: yesNo(p.newCarerAlreadyKnown),
    childMetNewCarerOn: dateParts(p.childMetNewCarerOn),
  };
}

/** A real date, in the past or future, or nothing. */
const anyDate = (label: string) => (v: DateParts) => (isDateEmpty(v) || isoDate(v) ? undefined : `The ${label.toLowerCase()} must be a real date, like 27 3 2026`);

export function placementAsksValidators(startDate: string): Validators<PlacementAsksValues> {
  const moveDay = (all: PlacementAsksValues) => (isDateEmpty(all.movePlannedFor) ? null : isoDate(all.movePlannedFor));
  const beforeMove = (label: string) => (v: DateParts, all: PlacementAsksValues) => {
    if (isDateEmpty(v)) return undefined;
    if (isDateEmpty(all.movePlannedFor)) return `Enter the date of the planned move before the ${label.toLowerCase()}`;
    const error = dateRule(label)(v);
    if (error) return error;
    const move = moveDay(all);
    return move && isoDate(v)! > move ? `The ${label.toLowerCase()} must be on or before the day of the move` : undefined;
  };
  return {
    intendedDuration: (v, all) => (!v && all.durationInChildWords.trim() ? 'Select how long the plan is for the child to live here' : undefined),
    intendedUntil: (v, all) => {
      if (all.intendedDuration !== 'FIXED_PERIOD') return undefined;
      if (isDateEmpty(v)) return 'Enter the date the fixed period ends';
      const iso = isoDate(v);
      if (!iso) return 'The date the fixed period ends must be a real date, like 31 7 2027';
      return iso <= startDate ? 'The date the fixed period ends must be after the placement started' : undefined;
    },
    durationInChildWords: (v, all) =>
      all.intendedDuration === 'NOT_YET_KNOWN' && !v.trim() ? 'Tell the child, in their words, why it is not known yet and when they will know' : maxLength('The words for the child', 2000)(v),
    movePlannedFor: (v) => {
      const bad = anyDate('Date of the planned move')(v);
      if (bad) return bad;
      return !isDateEmpty(v) && isoDate(v)! <= startDate ? 'The date of the planned move must be after the placement started' : undefined;
    },
    moveToCarerName: maxLength('Who the child is moving to', 200),
    childToldOfMoveOn: beforeMove('Date the child was told about the move'),
    newCarerAlreadyKnown: () => undefined,
    childMetNewCarerOn: (v, all) =>
      !isDateEmpty(v) && all.newCarerAlreadyKnown === 'yes' ? 'Leave the date they met empty: the child already knows the new carers' : beforeMove('Date the child first met the new carers')(v, all),
  };
}

const dateOrNull = (v: DateParts) => (isDateEmpty(v) ? null : isoDate(v));

export function placementAsksInput(values: PlacementAsksValues, base: PlacementAsksValues) {
  const changes = changesOnly(values, base, {
    intendedDuration: (v: string) => (v || null) as IntendedDuration | null,
    intendedUntil: dateOrNull,
    durationInChildWords: text,
    movePlannedFor: dateOrNull,
    moveToCarerName: text,
    childToldOfMoveOn: dateOrNull,
    newCarerAlreadyKnown: (v: string) => v === 'yes',
    childMetNewCarerOn: dateOrNull,
  });
  // A fixed period's end date goes when the period is no longer fixed (its question is hidden then).
  if (values.intendedDuration !== 'FIXED_PERIOD') {
    if (isDateEmpty(base.intendedUntil)) delete changes.intendedUntil;
    else changes.intendedUntil = null;
  }
  // No move planned: the API clears what the child was told about it with the date.
  if (isDateEmpty(values.movePlannedFor)) for (const k of ['moveToCarerName', 'childToldOfMoveOn', 'newCarerAlreadyKnown', 'childMetNewCarerOn']) delete changes[k];
  return changes;
}

// ---- Legal status ----------------------------------------------------------

export interface LegalStatusValues {
  status: string;
  startDate: DateParts;
}

export const LEGAL_STATUS_FORM_LABELS: Record<keyof LegalStatusValues, string> = {
  status: 'New legal status',
  startDate: 'Date it started',
};

export const EMPTY_LEGAL_STATUS: LegalStatusValues = { status: '', startDate: EMPTY_DATE };

export function legalStatusValidators(ctx: { dateOfBirth: string; current: { startDate: string } | null }): Validators<LegalStatusValues> {
  return {
    status: chosen('Select the new legal status'),
    startDate: dateRule('Date it started', {
      notBefore: ctx.current ? { iso: ctx.current.startDate, what: 'the day the current status started' } : { iso: ctx.dateOfBirth, what: 'the child’s date of birth' },
    }),
  };
}

export const legalStatusInput = (childId: string, v: LegalStatusValues) => ({ childId, status: v.status as LegalStatusKind, startDate: isoDate(v.startDate)! });

/** Correcting a legal status: what it was, and when it ended. */
export interface LegalStatusCorrectionValues {
  status: string;
  endDate: DateParts;
}

export const LEGAL_STATUS_CORRECTION_LABELS: Record<keyof LegalStatusCorrectionValues, string> = {
  status: 'Legal status',
  endDate: 'Date it ended',
};

export const legalStatusCorrectionValues = (s: LegalStatusFieldsFragment): LegalStatusCorrectionValues => ({ status: s.status, endDate: dateParts(s.endDate) });

export function legalStatusCorrectionValidators(startDate: string, isLatest: boolean): Validators<LegalStatusCorrectionValues> {
  return {
    status: chosen('Select the legal status'),
    endDate: (v) =>
      !isLatest && isDateEmpty(v) ? 'Enter the date it ended: only the latest status can be open' : dateRule('Date it ended', { required: false, notBefore: { iso: startDate, what: 'the day it started' } })(v),
  };
}

export function legalStatusCorrectionInput(values: LegalStatusCorrectionValues, base: LegalStatusCorrectionValues) {
  return changesOnly(values, base, { status: (v: string) => v as LegalStatusKind, endDate: (v: DateParts) => isoDate(v) });
}

// ---- Brothers and sisters ---------------------------------------------------

export interface SiblingLinkValues {
  otherChildId: string;
  /** The chosen child's name, so a restored draft can show who was chosen. */
  otherChildName: string;
  relationship: string;
  livingTogether: string;
}

export const SIBLING_LINK_LABELS: Record<keyof SiblingLinkValues, string> = {
  otherChildId: 'Brother or sister',
  otherChildName: 'Their name',
  relationship: 'How are they related?',
  livingTogether: 'Do they live together?',
};

export const EMPTY_SIBLING_LINK: SiblingLinkValues = { otherChildId: '', otherChildName: '', relationship: '', livingTogether: '' };

export const siblingLinkValidators: Validators<SiblingLinkValues> = {
  otherChildId: chosen('Find and select their brother or sister'),
  relationship: chosen('Select how they are related'),
  livingTogether: chosen('Select whether they live together'),
};

export const siblingLinkChangeValidators: Validators<SiblingLinkChangeValues> = {
  relationship: chosen('Select how they are related'),
  livingTogether: chosen('Select whether they live together'),
};

export const siblingLinkInput = (childId: string, v: SiblingLinkValues) => ({
  childId,
  otherChildId: v.otherChildId,
  relationship: v.relationship as SiblingRelationship,
  livingTogether: v.livingTogether === 'yes',
});

export type SiblingLinkChangeValues = Omit<SiblingLinkValues, 'otherChildId' | 'otherChildName'>;

export const SIBLING_LINK_CHANGE_LABELS: Record<keyof SiblingLinkChangeValues, string> = {
  relationship: SIBLING_LINK_LABELS.relationship,
  livingTogether: SIBLING_LINK_LABELS.livingTogether,
};

export function siblingLinkChangeInput(values: SiblingLinkChangeValues, base: SiblingLinkChangeValues) {
  return changesOnly(values, base, { relationship: (v: string) => v as SiblingRelationship, livingTogether: (v: string) => v === 'yes' });
}

export interface AssessmentValues {
  assessedOn: DateParts;
  outcome: string;
  reasons: string;
}

export const ASSESSMENT_LABELS: Record<keyof AssessmentValues, string> = {
  assessedOn: 'Date of the assessment',
  outcome: 'What did the assessment decide?',
  reasons: 'Reasons',
};

export const EMPTY_ASSESSMENT: AssessmentValues = { assessedOn: EMPTY_DATE, outcome: '', reasons: '' };

export const assessmentValidators: Validators<AssessmentValues> = {
  assessedOn: dateRule('Date of the assessment'),
  outcome: chosen('Select what the assessment decided'),
  reasons: required('Enter the reasons for the decision', 'The reasons', 10000),
};

export const assessmentInput = (linkId: string, v: AssessmentValues) => ({
  linkId,
  assessedOn: isoDate(v.assessedOn)!,
  outcome: v.outcome as TogetherApartOutcome,
  reasons: v.reasons.trim(),
});

export interface KeepingInTouchValues {
  kind: string;
  frequency: string;
  arrangements: string;
  agreedBy: string;
  shareableWithChild: string;
}

export const KEEPING_IN_TOUCH_LABELS: Record<keyof KeepingInTouchValues, string> = {
  kind: 'How will they keep in touch?',
  frequency: 'How often?',
  arrangements: 'Arrangements',
  agreedBy: 'Who agreed it?',
  shareableWithChild: 'Can the children see this plan in their own app?',
};

export const EMPTY_KEEPING_IN_TOUCH: KeepingInTouchValues = { kind: '', frequency: '', arrangements: '', agreedBy: '', shareableWithChild: '' };

export const keepingInTouchValues = (k: KeepingInTouchPlanFieldsFragment): KeepingInTouchValues => ({
  kind: k.kind,
  frequency: k.frequency,
  arrangements: k.arrangements ?? '',
  agreedBy: k.agreedBy,
  shareableWithChild: yesNo(k.shareableWithChild),
});

export const keepingInTouchValidators: Validators<KeepingInTouchValues> = {
  kind: chosen('Select how they will keep in touch'),
  frequency: required('Enter how often they will keep in touch', 'How often', 200),
  arrangements: maxLength('The arrangements', 10000),
  agreedBy: required('Enter who agreed the plan', 'Who agreed it', 200),
  shareableWithChild: chosen('Select whether the children can see this plan'),
};

export function keepingInTouchInput(linkId: string, v: KeepingInTouchValues, existing: { id: string; version: number } | null) {
  return {
    linkId,
    ...(existing ? { id: existing.id, expectedVersion: existing.version } : {}),
    kind: v.kind as FamilyTimeKind,
    frequency: v.frequency.trim(),
    agreedBy: v.agreedBy.trim(),
    arrangements: text(v.arrangements),
    shareableWithChild: v.shareableWithChild === 'yes',
  };
}

// ---- Family and network ------------------------------------------------------

const PHONE = /^\+?(?:[0-9][ ()-]?){6,14}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NetworkMemberValues {
  name: string;
  relationship: string;
  kind: string;
  phone: string;
  email: string;
  address: string;
  consideredAsCarer: string;
  carerAssessmentOutcome: string;
  sex: string;
  deceased: string;
  livesWithChild: string;
  /** A trusted adult only: TEACHER, SCHOOL_KEY_WORKER, OTHER or ''. */
  trustedAdultRole: string;
  shownToChild: string;
}

export const NETWORK_MEMBER_LABELS: Record<keyof NetworkMemberValues, string> = {
  name: 'Name',
  relationship: 'Relationship to the child',
  kind: 'Who are they to the child?',
  phone: 'Phone number (optional)',
  email: 'Email address (optional)',
  address: 'Address (optional)',
  consideredAsCarer: 'Have they been considered as a carer?',
  carerAssessmentOutcome: 'Outcome of the carer assessment (optional)',
  sex: 'Drawn on the family tree as',
  deceased: 'Have they died?',
  livesWithChild: 'Does the child live with them now?',
  trustedAdultRole: 'What is their role in the child’s life?',
  shownToChild: 'Show them on the child’s “People who help me” page?',
};

export const EMPTY_NETWORK_MEMBER: NetworkMemberValues = {
  name: '',
  relationship: '',
  kind: '',
  phone: '',
  email: '',
  address: '',
  consideredAsCarer: 'no',
  carerAssessmentOutcome: '',
  sex: 'UNKNOWN',
  deceased: 'no',
  livesWithChild: 'no',
  trustedAdultRole: '',
  shownToChild: 'no',
};

export const networkMemberValues = (m: NetworkMemberFieldsFragment): NetworkMemberValues => ({
  name: m.name,
  relationship: m.relationship,
  kind: m.kind,
  phone: m.phone ?? '',
  email: m.email ?? '',
  address: m.address ?? '',
  consideredAsCarer: yesNo(m.consideredAsCarer),
  carerAssessmentOutcome: m.carerAssessmentOutcome ?? '',
  sex: m.sex ?? 'UNKNOWN',
  deceased: yesNo(m.deceased),
  livesWithChild: yesNo(m.livesWithChild),
  trustedAdultRole: m.trustedAdultRole ?? '',
  shownToChild: yesNo(m.shownToChild),
});

export const networkMemberValidators: Validators<NetworkMemberValues> = {
  name: required('Enter their name', 'The name', 200),
  relationship: required('Enter how they are related to the child, like “Aunt” or “Football coach”', 'The relationship', 100),
  kind: chosen('Select who they are to the child'),
  phone: (v) => (v.trim() && !PHONE.test(v.trim()) ? 'Enter a phone number, like 01632 960 001 or +44 7700 900 982' : maxLength('The phone number', 40)(v)),
  email: (v) => (v.trim() && !EMAIL.test(v.trim()) ? 'Enter an email address in the right format, like name@example.com' : maxLength('The email address', 254)(v)),
  address: maxLength('The address', 1000),
  consideredAsCarer: chosen('Select whether they have been considered as a carer'),
  carerAssessmentOutcome: maxLength('The outcome of the carer assessment', 2000),
  sex: chosen('Select how to draw them on the family tree'),
  deceased: chosen('Select whether they have died'),
  livesWithChild: chosen('Select whether the child lives with them now'),
  trustedAdultRole: () => undefined,
  shownToChild: (v, all) => (all.kind === 'TRUSTED_ADULT' && !v ? 'Select whether to show them on the child’s page' : undefined),
};

const sexInput = (v: string): GenogramSex | null => (v === 'FEMALE' || v === 'MALE' ? v : null);

const networkInput = {
  name: (v: string) => v.trim(),
  relationship: (v: string) => v.trim(),
  kind: (v: string) => v as NetworkMemberKind,
  phone: text,
  email: text,
  address: text,
  consideredAsCarer: (v: string) => v === 'yes',
  carerAssessmentOutcome: text,
  sex: sexInput,
  deceased: (v: string) => v === 'yes',
  livesWithChild: (v: string) => v === 'yes',
  trustedAdultRole: (v: string) => (v || null) as TrustedAdultRole | null,
  shownToChild: (v: string) => v === 'yes',
};

export function addNetworkMemberInput(childId: string, v: NetworkMemberValues) {
  return {
    childId,
    name: networkInput.name(v.name),
    relationship: networkInput.relationship(v.relationship),
    kind: networkInput.kind(v.kind),
    phone: text(v.phone),
    email: text(v.email),
    address: text(v.address),
    consideredAsCarer: v.consideredAsCarer === 'yes',
    carerAssessmentOutcome: text(v.carerAssessmentOutcome),
    sex: sexInput(v.sex),
    deceased: v.deceased === 'yes',
    livesWithChild: v.livesWithChild === 'yes',
    ...(v.kind === 'TRUSTED_ADULT' ? { trustedAdultRole: networkInput.trustedAdultRole(v.trustedAdultRole), shownToChild: v.shownToChild === 'yes' } : {}),
  };
}

/** The changed fields; a role and being shown to the child belong to trusted adults only (the API clears them when the kind changes). */
export function networkMemberChanges(values: NetworkMemberValues, base: NetworkMemberValues) {
  const changes = changesOnly(values, base, networkInput);
  if (values.kind !== 'TRUSTED_ADULT') {
    delete changes.trustedAdultRole;
    delete changes.shownToChild;
  }
  return changes;
}

// ---- Matching record ----------------------------------------------------------

export interface MatchingAreaValues {
  needs: string;
  currentSupport: string;
  carerPotential: string;
  childViews: string;
  inSupportPlan: string;
}

export const MATCHING_AREA_FORM_LABELS: Record<keyof MatchingAreaValues, string> = {
  needs: 'The child’s needs',
  currentSupport: 'Current support',
  carerPotential: 'The prospective carer’s potential to meet the needs',
  childViews: 'The child’s views',
  inSupportPlan: 'Is future support in the support plan?',
};

export const matchingAreaValues = (a: MatchingAreaFieldsFragment): MatchingAreaValues => ({
  needs: a.needs ?? '',
  currentSupport: a.currentSupport ?? '',
  carerPotential: a.carerPotential ?? '',
  childViews: a.childViews ?? '',
  inSupportPlan: yesNo(a.inSupportPlan),
});

export const matchingAreaValidators: Validators<MatchingAreaValues> = {
  needs: required('Enter the child’s needs in this area', 'The needs', 10000),
  currentSupport: maxLength('The current support', 10000),
  carerPotential: maxLength('The prospective carer’s potential', 10000),
  childViews: maxLength('The child’s views', 10000),
  inSupportPlan: chosen('Select whether future support is in the support plan'),
};

export const matchingAreaInput = (childId: string, area: MatchingAreaFieldsFragment, v: MatchingAreaValues, version: number | null) => ({
  childId,
  area: area.area,
  ...(version !== null ? { expectedVersion: version } : {}),
  needs: text(v.needs),
  currentSupport: text(v.currentSupport),
  carerPotential: text(v.carerPotential),
  childViews: text(v.childViews),
  inSupportPlan: v.inSupportPlan === 'yes',
});

// ---- Health outcomes (SSDA903 OC2) ---------------------------------------------

export interface HealthOutcomesValues {
  sdqScore: string;
  sdqReason: string;
  convicted: string;
  healthCheck: string;
  immunisations: string;
  teethCheck: string;
  healthAssessment: string;
  substanceMisuse: string;
  interventionReceived: string;
  interventionOffered: string;
}

export const HEALTH_OUTCOMES_FORM_LABELS: Record<keyof HealthOutcomesValues, string> = {
  sdqScore: 'Strengths and Difficulties Questionnaire (SDQ) score',
  sdqReason: 'If there is no SDQ score, why not?',
  convicted: 'Was the child convicted of an offence during the year?',
  healthCheck: 'Were the child’s development assessments up to date?',
  immunisations: 'Were the child’s immunisations up to date?',
  teethCheck: 'Did the child have their teeth checked by a dentist during the year?',
  healthAssessment: 'Did the child have their annual health assessment?',
  substanceMisuse: 'Was the child identified as having a substance misuse problem during the year?',
  interventionReceived: 'Did the child receive an intervention for their substance misuse problem?',
  interventionOffered: 'Was the child offered an intervention?',
};

export const healthOutcomesValues = (h: HealthOutcomesFieldsFragment | null): HealthOutcomesValues => ({
  sdqScore: h?.sdqScore == null ? '' : String(h.sdqScore),
  sdqReason: h?.sdqReason ?? '',
  convicted: yesNo(h?.convicted),
  healthCheck: yesNo(h?.healthCheck),
  immunisations: yesNo(h?.immunisations),
  teethCheck: yesNo(h?.teethCheck),
  healthAssessment: yesNo(h?.healthAssessment),
  substanceMisuse: yesNo(h?.substanceMisuse),
  interventionReceived: yesNo(h?.interventionReceived),
  interventionOffered: yesNo(h?.interventionOffered),
});

/** The API's checks (the DfE's OC2 rules), asked only of what the DfE asks at the child's age. */
export function healthOutcomesValidators(asks: HealthOutcomesAsks): Validators<HealthOutcomesValues> {
  const ifAsked = (asked: boolean, message: string) => (v: string) => (asked && !v ? message : undefined);
  return {
    sdqScore: (v, all) => {
      if (!asks.sdq) return undefined;
      const score = v.trim();
      if (score && !/^\d{1,2}$/.test(score)) return `The SDQ score must be a whole number from 0 to ${SDQ_MAX_SCORE}`;
      if (score && Number(score) > SDQ_MAX_SCORE) return `The SDQ score must be a whole number from 0 to ${SDQ_MAX_SCORE}`;
      if (!score && !all.sdqReason) return 'Enter the SDQ score, or select why there is none';
      return undefined;
    },
    sdqReason: (v, all) => (asks.sdq && v && all.sdqScore.trim() ? 'Give an SDQ score or the reason there is none, not both' : undefined),
    convicted: ifAsked(asks.convicted, 'Select whether the child was convicted of an offence'),
    healthCheck: ifAsked(asks.healthCheck, 'Select whether the development assessments were up to date'),
    immunisations: chosen('Select whether the immunisations were up to date'),
    teethCheck: chosen('Select whether the child had their teeth checked'),
    healthAssessment: chosen('Select whether the child had their health assessment'),
    substanceMisuse: chosen('Select whether a substance misuse problem was identified'),
    interventionReceived: (v, all) => (all.substanceMisuse === 'yes' && !v ? 'Select whether the child received an intervention' : undefined),
    interventionOffered: (v, all) =>
      all.substanceMisuse === 'yes' && all.interventionReceived === 'no' && !v ? 'Select whether the child was offered an intervention' : undefined,
  };
}

const flagOf = (v: string) => (v === 'yes' ? true : v === 'no' ? false : null);

/** The whole year's record as the API takes it: items not asked at this age are sent empty. */
export function healthOutcomesInput(childId: string, year: number, asks: HealthOutcomesAsks, v: HealthOutcomesValues, version: number | null) {
  const misuse = v.substanceMisuse === 'yes';
  const received = misuse ? flagOf(v.interventionReceived) : null;
  const score = asks.sdq && v.sdqScore.trim() ? Number(v.sdqScore.trim()) : null;
  return {
    childId,
    year,
    ...(version !== null ? { expectedVersion: version } : {}),
    sdqScore: score,
    sdqReason: asks.sdq && score === null && v.sdqReason ? v.sdqReason : null,
    convicted: asks.convicted ? flagOf(v.convicted) : null,
    healthCheck: asks.healthCheck ? flagOf(v.healthCheck) : null,
    immunisations: v.immunisations === 'yes',
    teethCheck: v.teethCheck === 'yes',
    healthAssessment: v.healthAssessment === 'yes',
    substanceMisuse: misuse,
    interventionReceived: received,
    interventionOffered: received === false ? flagOf(v.interventionOffered) : null,
  };
}

// ---- Missing and away from placement -----------------------------------------

export interface MissingEpisodeValues {
  kind: string;
  startDate: DateParts;
  endDate: DateParts;
  returnInterviewOffered: string;
  returnInterviewAccepted: string;
}

export const MISSING_KIND_LABELS: Record<string, string> = { M: 'Missing', A: 'Away from placement without permission' };

export const MISSING_EPISODE_LABELS: Record<keyof MissingEpisodeValues, string> = {
  kind: 'Was the child missing or away?',
  startDate: 'Date it started',
  endDate: 'Date the child came back',
  returnInterviewOffered: 'Was the child offered a return interview?',
  returnInterviewAccepted: 'Did the child accept the return interview?',
};

export const EMPTY_MISSING_EPISODE: MissingEpisodeValues = { kind: '', startDate: EMPTY_DATE, endDate: EMPTY_DATE, returnInterviewOffered: '', returnInterviewAccepted: '' };

export const missingEpisodeValues = (m: MissingEpisodeFieldsFragment): MissingEpisodeValues => ({
  kind: m.kind,
  startDate: dateParts(m.startDate),
  endDate: dateParts(m.endDate),
  returnInterviewOffered: yesNo(m.returnInterviewOffered),
  returnInterviewAccepted: yesNo(m.returnInterviewAccepted),
});

/** The same checks the API makes: dates in order, not in the future, not before the child was looked after; an interview only once the child is back. */
export function missingEpisodeValidators(lookedAfterFrom: string | null): Validators<MissingEpisodeValues> {
  return {
    kind: chosen('Select missing or away'),
    startDate: dateRule('Date it started', { notBefore: lookedAfterFrom ? { iso: lookedAfterFrom, what: 'the day the child became looked after' } : null }),
    endDate: (v, all) => {
      const start = isoDate(all.startDate);
      return dateRule('Date the child came back', { required: false, notBefore: start ? { iso: start, what: 'the day it started' } : null })(v);
    },
    returnInterviewOffered: (v, all) => (v && isDateEmpty(all.endDate) ? 'Enter the date the child came back before recording a return interview' : undefined),
    returnInterviewAccepted: (v, all) => (v && all.returnInterviewOffered !== 'yes' ? 'Only record whether the child accepted a return interview that was offered' : undefined),
  };
}

const missingInput = {
  kind: (v: string) => v,
  startDate: (v: DateParts) => isoDate(v),
  endDate: (v: DateParts) => (isDateEmpty(v) ? null : isoDate(v)),
  returnInterviewOffered: (v: string) => flagOf(v),
  returnInterviewAccepted: (v: string) => flagOf(v),
};

/** Accepted is only sent for an interview that was offered. */
const withInterview = (v: MissingEpisodeValues): MissingEpisodeValues => ({ ...v, returnInterviewAccepted: v.returnInterviewOffered === 'yes' ? v.returnInterviewAccepted : '' });

export function missingEpisodeInput(childId: string, values: MissingEpisodeValues) {
  const v = withInterview(values);
  return {
    childId,
    kind: v.kind,
    startDate: isoDate(v.startDate)!,
    endDate: missingInput.endDate(v.endDate),
    returnInterviewOffered: flagOf(v.returnInterviewOffered),
    returnInterviewAccepted: flagOf(v.returnInterviewAccepted),
  };
}

export const missingEpisodeChanges = (values: MissingEpisodeValues, base: MissingEpisodeValues) => changesOnly(withInterview(values), base, missingInput);
/** The together-or-apart decision for a whole group of brothers and sisters. */
export interface GroupDecisionValues {
  decidedOn: DateParts;
  outcome: string;
  reasons: string;
}

export const GROUP_DECISION_LABELS: Record<keyof GroupDecisionValues, string> = {
  decidedOn: 'Date of the decision',
  outcome: 'What was decided for the whole group?',
  reasons: 'Reasons',
};

export const EMPTY_GROUP_DECISION: GroupDecisionValues = { decidedOn: EMPTY_DATE, outcome: '', reasons: '' };

export const groupDecisionValues = (d: { decidedOn: string; outcome: string; reasons: string }): GroupDecisionValues => ({
  decidedOn: dateParts(d.decidedOn),
  outcome: d.outcome,
  reasons: d.reasons,
});

export const groupDecisionValidators: Validators<GroupDecisionValues> = {
  decidedOn: dateRule('Date of the decision'),
  outcome: chosen('Select what was decided for the group'),
  reasons: required('Enter the reasons for the decision', 'The reasons', 10000),
};

export const groupDecisionInput = (childId: string, v: GroupDecisionValues, existing: { id: string; version: number } | null) => ({
  childId,
  decidedOn: isoDate(v.decidedOn)!,
  outcome: v.outcome as TogetherApartOutcome,
  reasons: v.reasons.trim(),
  ...(existing ? { id: existing.id, expectedVersion: existing.version } : {}),
});

/** A line on the family tree between two people (or a parent and the child). */
export interface RelationshipValues {
  fromMemberId: string;
  kind: string;
  toMemberId: string;
}

export const RELATIONSHIP_LABELS: Record<keyof RelationshipValues, string> = {
  fromMemberId: 'Who?',
  kind: 'How are they related?',
  toMemberId: 'To whom?',
};

export const EMPTY_RELATIONSHIP: RelationshipValues = { fromMemberId: '', kind: '', toMemberId: '' };

/** The child is chosen as "the child" in the form and sent as no member at all. */
export const THE_CHILD = 'the-child';

export const relationshipValidators: Validators<RelationshipValues> = {
  fromMemberId: chosen('Select the first person'),
  kind: chosen('Select how they are related'),
  toMemberId: (v, all) =>
    !v ? 'Select the second person' : v === all.fromMemberId ? 'Select two different people' : v === THE_CHILD && all.kind !== 'PARENT' ? 'Only a parent can be joined to the child here' : undefined,
};

export const relationshipInput = (v: RelationshipValues) => ({
  fromMemberId: v.fromMemberId,
  toMemberId: v.toMemberId === THE_CHILD ? null : v.toMemberId,
  kind: v.kind as NetworkRelationshipKind,
});
// Leaving care: the pathway plan, personal adviser and what happens at 18; a care leaver's birthdays (OC3).
export interface LeavingCareValues {
  needsAssessmentOn: DateParts;
  pathwayPlanAgreedOn: DateParts;
  pathwayPlanReviewedOn: DateParts;
  personalAdviserName: string;
  personalAdviserPhone: string;
  personalAdviserEmail: string;
  afterEighteen: string;
  afterEighteenDetails: string;
  planInMyWords: string;
}

export const LEAVING_CARE_FORM_LABELS: Record<keyof LeavingCareValues, string> = {
  needsAssessmentOn: 'Needs assessment completed',
  pathwayPlanAgreedOn: 'First pathway plan agreed',
  pathwayPlanReviewedOn: 'Pathway plan last reviewed',
  personalAdviserName: 'Personal adviser’s name',
  personalAdviserPhone: 'Personal adviser’s phone (optional)',
  personalAdviserEmail: 'Personal adviser’s email (optional)',
  afterEighteen: 'What happens at 18',
  afterEighteenDetails: 'Details for professionals (optional)',
  planInMyWords: 'The plan in the young person’s words (optional)',
};

const partsOf = (iso: string | null | undefined): DateParts => (iso ? dateParts(iso) : EMPTY_DATE);

export const leavingCareValues = (r: LeavingCareFieldsFragment | null): LeavingCareValues => ({
  needsAssessmentOn: partsOf(r?.needsAssessmentOn),
  pathwayPlanAgreedOn: partsOf(r?.pathwayPlanAgreedOn),
  pathwayPlanReviewedOn: partsOf(r?.pathwayPlanReviewedOn),
  personalAdviserName: r?.personalAdviserName ?? '',
  personalAdviserPhone: r?.personalAdviserPhone ?? '',
  personalAdviserEmail: r?.personalAdviserEmail ?? '',
  afterEighteen: r?.afterEighteen ?? 'NOT_DECIDED',
  afterEighteenDetails: r?.afterEighteenDetails ?? '',
  planInMyWords: r?.planInMyWords ?? '',
});

export function leavingCareValidators(dateOfBirth: string): Validators<LeavingCareValues> {
  const optionalDate = (label: string) => dateRule(label, { required: false, notBefore: { iso: dateOfBirth, what: 'the date of birth' } });
  return {
    needsAssessmentOn: optionalDate('Needs assessment date'),
    pathwayPlanAgreedOn: (v, all) => optionalDate('Date the plan was agreed')(v) ?? (isDateEmpty(v) && !isDateEmpty(all.pathwayPlanReviewedOn) ? 'Enter the date the plan was agreed' : undefined),
    pathwayPlanReviewedOn: (v, all) => {
      const problem = optionalDate('Review date')(v);
      if (problem) return problem;
      const agreed = isoDate(all.pathwayPlanAgreedOn);
      const reviewed = isoDate(v);
      return agreed && reviewed && reviewed < agreed ? 'The review date must be on or after the date the plan was agreed' : undefined;
    },
    personalAdviserName: (v) => maxLength('Personal adviser’s name', 200)(v),
    personalAdviserPhone: (v) => (v.trim() && !PHONE.test(v.trim()) ? 'Enter a phone number, like 07700 900123' : undefined),
    personalAdviserEmail: (v) => (v.trim() && !EMAIL.test(v.trim()) ? 'Enter an email address, like name@example.org' : undefined),
    afterEighteen: chosen('Select what happens at 18'),
    afterEighteenDetails: (v) => maxLength('Details', 4000)(v),
    planInMyWords: (v) => maxLength('The plan in the young person’s words', 4000)(v),
  };
}

export const leavingCareInput = (childId: string, v: LeavingCareValues, version: number | null) => ({
  childId,
  ...(version !== null ? { expectedVersion: version } : {}),
  needsAssessmentOn: isoDate(v.needsAssessmentOn),
  pathwayPlanAgreedOn: isoDate(v.pathwayPlanAgreedOn),
  pathwayPlanReviewedOn: isoDate(v.pathwayPlanReviewedOn),
  personalAdviserName: text(v.personalAdviserName),
  personalAdviserPhone: text(v.personalAdviserPhone),
  personalAdviserEmail: text(v.personalAdviserEmail),
  afterEighteen: v.afterEighteen as AfterEighteen,
  afterEighteenDetails: text(v.afterEighteenDetails),
  planInMyWords: text(v.planInMyWords),
});

export interface CareLeaverBirthdayValues {
  inTouch: string;
  activity: string;
  accommodationKind: string;
  suitable: string;
}

export const CARE_LEAVER_BIRTHDAY_FORM_LABELS: Record<keyof CareLeaverBirthdayValues, string> = {
  inTouch: 'Was the council in touch with the young person around their birthday?',
  activity: 'What were they doing?',
  accommodationKind: 'Where were they living?',
  suitable: 'Was the accommodation suitable?',
};

export const careLeaverBirthdayValues = (b: CareLeaverBirthdayFieldsFragment | null): CareLeaverBirthdayValues => ({
  inTouch: b?.inTouch ?? '',
  activity: b?.activity ?? '',
  accommodationKind: b?.accommodation?.slice(0, 1) ?? '',
  suitable: b?.accommodation ? (b.accommodation.endsWith('1') ? 'yes' : 'no') : '',
});

export function careLeaverBirthdayValidators(age: number): Validators<CareLeaverBirthdayValues> {
  const inTouch = (all: CareLeaverBirthdayValues) => all.inTouch === 'YES';
  return {
    inTouch: chosen('Select whether the council was in touch'),
    activity: (v, all) => (inTouch(all) && !v ? 'Select what they were doing' : undefined),
    accommodationKind: (v, all) => {
      if (!inTouch(all)) return undefined;
      if (!v) return 'Select where they were living';
      if (age === 17 && v === 'Z') return 'At 17 a care leaver cannot be living with former foster carers';
      if (age < 18 && v === 'T') return 'A care leaver under 18 cannot live in a foyer';
      return undefined;
    },
    suitable: (v, all) => (inTouch(all) && all.accommodationKind && !['S', 'X'].includes(all.accommodationKind) && !v ? 'Select whether the accommodation was suitable' : undefined),
  };
}

export function careLeaverBirthdayInput(childId: string, age: number, v: CareLeaverBirthdayValues, version: number | null) {
  const inTouch = v.inTouch === 'YES';
  const alwaysUnsuitable = ['S', 'X'].includes(v.accommodationKind);
  return {
    childId,
    age,
    ...(version !== null ? { expectedVersion: version } : {}),
    inTouch: v.inTouch,
    activity: inTouch ? v.activity : null,
    accommodation: inTouch ? `${v.accommodationKind}${alwaysUnsuitable || v.suitable === 'no' ? '2' : '1'}` : null,
  };
}

// ---- Deprivation of liberty orders -------------------------------------------

export interface DoloValues {
  authorisedBy: string;
  startDate: DateParts;
  endDate: DateParts;
}

export const DOLO_LABELS: Record<keyof DoloValues, string> = {
  authorisedBy: 'Which court authorised it?',
  startDate: 'Date the order started',
  endDate: 'Date the order ended',
};

export const EMPTY_DOLO: DoloValues = { authorisedBy: '', startDate: EMPTY_DATE, endDate: EMPTY_DATE };

export const doloValues = (o: DeprivationOfLibertyOrderFieldsFragment): DoloValues => ({
  authorisedBy: o.authorisedBy ?? '',
  startDate: dateParts(o.startDate),
  endDate: dateParts(o.endDate),
});

/** The checks the API makes that the form can make: dates real, not in the future, in order, in care; the Court of Protection from 16. */
export function doloValidators(child: { dateOfBirth: string; dateLookedAfter: string | null }): Validators<DoloValues> {
  return {
    authorisedBy: (v, all) => {
      if (!v) return 'Select which court authorised it';
      const start = isoDate(all.startDate);
      const sixteen = `${Number(child.dateOfBirth.slice(0, 4)) + COURT_OF_PROTECTION_MIN_AGE}${child.dateOfBirth.slice(4)}`;
      return v === 'COURT_OF_PROTECTION' && start && start < sixteen ? 'The Court of Protection is only for a young person of 16 or over: for a younger child it is the High Court' : undefined;
    },
    startDate: dateRule('Date the order started', { notBefore: child.dateLookedAfter ? { iso: child.dateLookedAfter, what: 'the day the child became looked after' } : null }),
    endDate: (v, all) => {
      const error = dateRule('Date the order ended', { required: false })(v);
      if (error) return error;
      const start = isoDate(all.startDate);
      const end = isoDate(v);
      return start && end && end <= start ? 'The date the order ended must be after the date it started' : undefined;
    },
  };
}

const doloInput = {
  authorisedBy: (v: string) => v as DoloAuthorisedBy,
  startDate: (v: DateParts) => isoDate(v),
  endDate: (v: DateParts) => (isDateEmpty(v) ? null : isoDate(v)),
};

export function newDoloInput(childId: string, v: DoloValues) {
  return { childId, authorisedBy: doloInput.authorisedBy(v.authorisedBy), startDate: isoDate(v.startDate)!, endDate: doloInput.endDate(v.endDate) };
}

export const doloChanges = (values: DoloValues, base: DoloValues) => changesOnly(values, base, doloInput);
