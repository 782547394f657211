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
import { say } from '../i18n/i18n';

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
    if (isDateEmpty(v)) return rule.required === false ? undefined : say('record.recordForms.enterThe', { label: label.toLowerCase() });
    const iso = isoDate(v);
    if (!iso) return say('record.recordForms.theMustBeA', { label: label.toLowerCase() });
    if (iso > todayIso()) return say('record.recordForms.theMustBeToday', { label: label.toLowerCase() });
    if (rule.notBefore && iso < rule.notBefore.iso) return say('record.recordForms.theMustBeOn', { label: label.toLowerCase(), what: rule.notBefore.what });
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
  type: say('record.recordForms.typeOfPlacement'),
  carerName: say('record.recordForms.carerOrHome'),
  provider: say('record.recordForms.whoProvidesThePlacement'),
  urn: say('record.recordForms.ofstedNumberUrnOf'),
  postcode: say('record.recordForms.postcodeOfThePlacement'),
  inArea: say('record.recordForms.isItInsideThe'),
  weeklyCost: say('record.recordForms.weeklyCost'),
};

/** "£1,250.50" or "1250.5" as pounds; null when it is not an amount of money. */
export function pounds(v: string): number | null {
  const clean = v.trim().replace(/^£/, '').replace(/,/g, '');
  return /^\d{1,8}(\.\d{1,2})?$/.test(clean) ? Number(clean) : null;
}

const placementValidators: Validators<PlacementValues> = {
  type: chosen(say('record.recordForms.selectTheTypeOf')),
  carerName: required(say('record.recordForms.enterTheNameOf'), say('record.recordForms.theCarerOrHome'), 200),
  provider: (v, all) => {
    if (!v) return say('record.recordForms.selectWhoProvidesThe');
    if (v === 'PR0' && all.type && all.type !== 'PARENTS') return say('record.recordForms.parentsPr0CanOnly');
    return undefined;
  },
  urn: (v) => (v.trim() && !URN.test(v.trim()) ? say('record.recordForms.enterTheOfstedNumber') : undefined),
  postcode: (v) => (v.trim() && !POSTCODE.test(v.trim()) ? say('record.recordForms.enterARealUk') : undefined),
  inArea: chosen(say('record.recordForms.selectWhetherThePlacement')),
  weeklyCost: (v) => {
    if (!v.trim()) return say('record.recordForms.enterTheWeeklyCost');
    return pounds(v) === null ? say('record.recordForms.theWeeklyCostMust') : undefined;
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
  reasonForChange: say('record.recordForms.whyIsTheCurrent'),
  startDate: say('record.recordForms.dateTheNewPlacement'),
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
    reasonForChange: (v) => (ctx.current && !v ? say('record.recordForms.selectWhyTheCurrent') : undefined),
    startDate: dateRule(say('record.recordForms.dateTheNewPlacement'), {
      notBefore: ctx.current ? { iso: ctx.current.startDate, what: say('record.recordForms.theDayTheCurrent') } : { iso: ctx.dateOfBirth, what: say('record.recordForms.theChildsDateOf') },
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
  reasonForChange: say('record.recordForms.whyThePlacementEnded'),
  changeNotes: say('record.recordForms.notesOnTheChange'),
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
    reasonForChange: (v) => (ended && !v ? say('record.recordForms.selectWhyThePlacement') : undefined),
    changeNotes: maxLength(say('record.recordForms.theNotesOnThe'), 2000),
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
  intendedDuration: say('record.recordForms.howLongIsThe'),
  intendedUntil: say('record.recordForms.untilWhen'),
  durationInChildWords: say('record.recordForms.howLongInWords'),
  movePlannedFor: say('record.recordForms.dateOfThePlanned'),
  moveToCarerName: say('record.recordForms.whoTheChildIs'),
  childToldOfMoveOn: say('record.recordForms.dateTheChildWas'),
  newCarerAlreadyKnown: say('record.recordForms.doesTheChildAlready'),
  childMetNewCarerOn: say('record.recordForms.dateTheChildFirst'),
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
const anyDate = (label: string) => (v: DateParts) => (isDateEmpty(v) || isoDate(v) ? undefined : say('record.recordForms.theMustBeA2', { label: label.toLowerCase() }));

export function placementAsksValidators(startDate: string): Validators<PlacementAsksValues> {
  const moveDay = (all: PlacementAsksValues) => (isDateEmpty(all.movePlannedFor) ? null : isoDate(all.movePlannedFor));
  const beforeMove = (label: string) => (v: DateParts, all: PlacementAsksValues) => {
    if (isDateEmpty(v)) return undefined;
    if (isDateEmpty(all.movePlannedFor)) return say('record.recordForms.enterTheDateOf', { label: label.toLowerCase() });
    const error = dateRule(label)(v);
    if (error) return error;
    const move = moveDay(all);
    return move && isoDate(v)! > move ? say('record.recordForms.theMustBeOn2', { label: label.toLowerCase() }) : undefined;
  };
  return {
    intendedDuration: (v, all) => (!v && all.durationInChildWords.trim() ? say('record.recordForms.selectHowLongThe') : undefined),
    intendedUntil: (v, all) => {
      if (all.intendedDuration !== 'FIXED_PERIOD') return undefined;
      if (isDateEmpty(v)) return say('record.recordForms.enterTheDateThe');
      const iso = isoDate(v);
      if (!iso) return say('record.recordForms.theDateTheFixed');
      return iso <= startDate ? say('record.recordForms.theDateTheFixed2') : undefined;
    },
    durationInChildWords: (v, all) =>
      all.intendedDuration === 'NOT_YET_KNOWN' && !v.trim() ? say('record.recordForms.tellTheChildIn') : maxLength(say('record.recordForms.theWordsForThe'), 2000)(v),
    movePlannedFor: (v) => {
      const bad = anyDate(say('record.recordForms.dateOfThePlanned'))(v);
      if (bad) return bad;
      return !isDateEmpty(v) && isoDate(v)! <= startDate ? say('record.recordForms.theDateOfThe') : undefined;
    },
    moveToCarerName: maxLength(say('record.recordForms.whoTheChildIs'), 200),
    childToldOfMoveOn: beforeMove(say('record.recordForms.dateTheChildWas')),
    newCarerAlreadyKnown: () => undefined,
    childMetNewCarerOn: (v, all) =>
      !isDateEmpty(v) && all.newCarerAlreadyKnown === 'yes' ? say('record.recordForms.leaveTheDateThey') : beforeMove(say('record.recordForms.dateTheChildFirst'))(v, all),
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
  status: say('record.recordForms.newLegalStatus'),
  startDate: say('record.recordForms.dateItStarted'),
};

export const EMPTY_LEGAL_STATUS: LegalStatusValues = { status: '', startDate: EMPTY_DATE };

export function legalStatusValidators(ctx: { dateOfBirth: string; current: { startDate: string } | null }): Validators<LegalStatusValues> {
  return {
    status: chosen(say('record.recordForms.selectTheNewLegal')),
    startDate: dateRule(say('record.recordForms.dateItStarted'), {
      notBefore: ctx.current ? { iso: ctx.current.startDate, what: say('record.recordForms.theDayTheCurrent2') } : { iso: ctx.dateOfBirth, what: say('record.recordForms.theChildsDateOf') },
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
  status: say('record.recordForms.legalStatus'),
  endDate: say('record.recordForms.dateItEnded'),
};

export const legalStatusCorrectionValues = (s: LegalStatusFieldsFragment): LegalStatusCorrectionValues => ({ status: s.status, endDate: dateParts(s.endDate) });

export function legalStatusCorrectionValidators(startDate: string, isLatest: boolean): Validators<LegalStatusCorrectionValues> {
  return {
    status: chosen(say('record.recordForms.selectTheLegalStatus')),
    endDate: (v) =>
      !isLatest && isDateEmpty(v) ? say('record.recordForms.enterTheDateIt') : dateRule(say('record.recordForms.dateItEnded'), { required: false, notBefore: { iso: startDate, what: say('record.recordForms.theDayItStarted') } })(v),
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
  otherChildId: say('record.recordForms.brotherOrSister'),
  otherChildName: say('record.recordForms.theirName'),
  relationship: say('record.recordForms.howAreTheyRelated'),
  livingTogether: say('record.recordForms.doTheyLiveTogether'),
};

export const EMPTY_SIBLING_LINK: SiblingLinkValues = { otherChildId: '', otherChildName: '', relationship: '', livingTogether: '' };

export const siblingLinkValidators: Validators<SiblingLinkValues> = {
  otherChildId: chosen(say('record.recordForms.findAndSelectTheir')),
  relationship: chosen(say('record.recordForms.selectHowTheyAre')),
  livingTogether: chosen(say('record.recordForms.selectWhetherTheyLive')),
};

export const siblingLinkChangeValidators: Validators<SiblingLinkChangeValues> = {
  relationship: chosen(say('record.recordForms.selectHowTheyAre')),
  livingTogether: chosen(say('record.recordForms.selectWhetherTheyLive')),
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
  assessedOn: say('record.recordForms.dateOfTheAssessment'),
  outcome: say('record.recordForms.whatDidTheAssessment'),
  reasons: say('record.recordForms.reasons'),
};

export const EMPTY_ASSESSMENT: AssessmentValues = { assessedOn: EMPTY_DATE, outcome: '', reasons: '' };

export const assessmentValidators: Validators<AssessmentValues> = {
  assessedOn: dateRule(say('record.recordForms.dateOfTheAssessment')),
  outcome: chosen(say('record.recordForms.selectWhatTheAssessment')),
  reasons: required(say('record.recordForms.enterTheReasonsFor'), say('record.recordForms.theReasons'), 10000),
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
  kind: say('record.recordForms.howWillTheyKeep'),
  frequency: say('record.recordForms.howOften'),
  arrangements: say('record.recordForms.arrangements'),
  agreedBy: say('record.recordForms.whoAgreedIt'),
  shareableWithChild: say('record.recordForms.canTheChildrenSee'),
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
  kind: chosen(say('record.recordForms.selectHowTheyWill')),
  frequency: required(say('record.recordForms.enterHowOftenThey'), say('record.recordForms.howOften2'), 200),
  arrangements: maxLength(say('record.recordForms.theArrangements'), 10000),
  agreedBy: required(say('record.recordForms.enterWhoAgreedThe'), say('record.recordForms.whoAgreedIt2'), 200),
  shareableWithChild: chosen(say('record.recordForms.selectWhetherTheChildren')),
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
  name: say('record.recordForms.name'),
  relationship: say('record.recordForms.relationshipToTheChild'),
  kind: say('record.recordForms.whoAreTheyTo'),
  phone: say('record.recordForms.phoneNumberOptional'),
  email: say('record.recordForms.emailAddressOptional'),
  address: say('record.recordForms.addressOptional'),
  consideredAsCarer: say('record.recordForms.haveTheyBeenConsidered'),
  carerAssessmentOutcome: say('record.recordForms.outcomeOfTheCarer'),
  sex: say('record.recordForms.drawnOnTheFamily'),
  deceased: say('record.recordForms.haveTheyDied'),
  livesWithChild: say('record.recordForms.doesTheChildLive'),
  trustedAdultRole: say('record.recordForms.whatIsTheirRole'),
  shownToChild: say('record.recordForms.showThemOnThe'),
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
  name: required(say('record.recordForms.enterTheirName'), say('record.recordForms.theName'), 200),
  relationship: required(say('record.recordForms.enterHowTheyAre'), say('record.recordForms.theRelationship'), 100),
  kind: chosen(say('record.recordForms.selectWhoTheyAre')),
  phone: (v) => (v.trim() && !PHONE.test(v.trim()) ? say('record.recordForms.enterAPhoneNumber') : maxLength(say('record.recordForms.thePhoneNumber'), 40)(v)),
  email: (v) => (v.trim() && !EMAIL.test(v.trim()) ? say('record.recordForms.enterAnEmailAddress') : maxLength(say('record.recordForms.theEmailAddress'), 254)(v)),
  address: maxLength(say('record.recordForms.theAddress'), 1000),
  consideredAsCarer: chosen(say('record.recordForms.selectWhetherTheyHave')),
  carerAssessmentOutcome: maxLength(say('record.recordForms.theOutcomeOfThe'), 2000),
  sex: chosen(say('record.recordForms.selectHowToDraw')),
  deceased: chosen(say('record.recordForms.selectWhetherTheyHave2')),
  livesWithChild: chosen(say('record.recordForms.selectWhetherTheChild')),
  trustedAdultRole: () => undefined,
  shownToChild: (v, all) => (all.kind === 'TRUSTED_ADULT' && !v ? say('record.recordForms.selectWhetherToShow') : undefined),
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
  needs: say('record.recordForms.theChildsNeeds'),
  currentSupport: say('record.recordForms.currentSupport'),
  carerPotential: say('record.recordForms.theProspectiveCarersPotential'),
  childViews: say('record.recordForms.theChildsViews'),
  inSupportPlan: say('record.recordForms.isFutureSupportIn'),
};

export const matchingAreaValues = (a: MatchingAreaFieldsFragment): MatchingAreaValues => ({
  needs: a.needs ?? '',
  currentSupport: a.currentSupport ?? '',
  carerPotential: a.carerPotential ?? '',
  childViews: a.childViews ?? '',
  inSupportPlan: yesNo(a.inSupportPlan),
});

export const matchingAreaValidators: Validators<MatchingAreaValues> = {
  needs: required(say('record.recordForms.enterTheChildsNeeds'), say('record.recordForms.theNeeds'), 10000),
  currentSupport: maxLength(say('record.recordForms.theCurrentSupport'), 10000),
  carerPotential: maxLength(say('record.recordForms.theProspectiveCarersPotential2'), 10000),
  childViews: maxLength(say('record.recordForms.theChildsViews'), 10000),
  inSupportPlan: chosen(say('record.recordForms.selectWhetherFutureSupport')),
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
  sdqScore: say('record.recordForms.strengthsAndDifficultiesQuestionnaire'),
  sdqReason: say('record.recordForms.ifThereIsNo'),
  convicted: say('record.recordForms.wasTheChildConvicted'),
  healthCheck: say('record.recordForms.wereTheChildsDevelopment'),
  immunisations: say('record.recordForms.wereTheChildsImmunisations'),
  teethCheck: say('record.recordForms.didTheChildHave'),
  healthAssessment: say('record.recordForms.didTheChildHave2'),
  substanceMisuse: say('record.recordForms.wasTheChildIdentified'),
  interventionReceived: say('record.recordForms.didTheChildReceive'),
  interventionOffered: say('record.recordForms.wasTheChildOffered'),
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
      if (score && !/^\d{1,2}$/.test(score)) return say('record.recordForms.theSdqScoreMust', { SDQ_MAX_SCORE: String(SDQ_MAX_SCORE) });
      if (score && Number(score) > SDQ_MAX_SCORE) return say('record.recordForms.theSdqScoreMust', { SDQ_MAX_SCORE: String(SDQ_MAX_SCORE) });
      if (!score && !all.sdqReason) return say('record.recordForms.enterTheSdqScore');
      return undefined;
    },
    sdqReason: (v, all) => (asks.sdq && v && all.sdqScore.trim() ? say('record.recordForms.giveAnSdqScore') : undefined),
    convicted: ifAsked(asks.convicted, say('record.recordForms.selectWhetherTheChild2')),
    healthCheck: ifAsked(asks.healthCheck, say('record.recordForms.selectWhetherTheDevelopment')),
    immunisations: chosen(say('record.recordForms.selectWhetherTheImmunisations')),
    teethCheck: chosen(say('record.recordForms.selectWhetherTheChild3')),
    healthAssessment: chosen(say('record.recordForms.selectWhetherTheChild4')),
    substanceMisuse: chosen(say('record.recordForms.selectWhetherASubstance')),
    interventionReceived: (v, all) => (all.substanceMisuse === 'yes' && !v ? say('record.recordForms.selectWhetherTheChild5') : undefined),
    interventionOffered: (v, all) =>
      all.substanceMisuse === 'yes' && all.interventionReceived === 'no' && !v ? say('record.recordForms.selectWhetherTheChild6') : undefined,
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

export const MISSING_KIND_LABELS: Record<string, string> = { M: say('record.recordForms.missing'), A: say('record.recordForms.awayFromPlacementWithout') };

export const MISSING_EPISODE_LABELS: Record<keyof MissingEpisodeValues, string> = {
  kind: say('record.recordForms.wasTheChildMissing'),
  startDate: say('record.recordForms.dateItStarted'),
  endDate: say('record.recordForms.dateTheChildCame'),
  returnInterviewOffered: say('record.recordForms.wasTheChildOffered2'),
  returnInterviewAccepted: say('record.recordForms.didTheChildAccept'),
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
    kind: chosen(say('record.recordForms.selectMissingOrAway')),
    startDate: dateRule(say('record.recordForms.dateItStarted'), { notBefore: lookedAfterFrom ? { iso: lookedAfterFrom, what: say('record.recordForms.theDayTheChild') } : null }),
    endDate: (v, all) => {
      const start = isoDate(all.startDate);
      return dateRule(say('record.recordForms.dateTheChildCame'), { required: false, notBefore: start ? { iso: start, what: say('record.recordForms.theDayItStarted') } : null })(v);
    },
    returnInterviewOffered: (v, all) => (v && isDateEmpty(all.endDate) ? say('record.recordForms.enterTheDateThe2') : undefined),
    returnInterviewAccepted: (v, all) => (v && all.returnInterviewOffered !== 'yes' ? say('record.recordForms.onlyRecordWhetherThe') : undefined),
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
  decidedOn: say('record.recordForms.dateOfTheDecision'),
  outcome: say('record.recordForms.whatWasDecidedFor'),
  reasons: say('record.recordForms.reasons'),
};

export const EMPTY_GROUP_DECISION: GroupDecisionValues = { decidedOn: EMPTY_DATE, outcome: '', reasons: '' };

export const groupDecisionValues = (d: { decidedOn: string; outcome: string; reasons: string }): GroupDecisionValues => ({
  decidedOn: dateParts(d.decidedOn),
  outcome: d.outcome,
  reasons: d.reasons,
});

export const groupDecisionValidators: Validators<GroupDecisionValues> = {
  decidedOn: dateRule(say('record.recordForms.dateOfTheDecision')),
  outcome: chosen(say('record.recordForms.selectWhatWasDecided')),
  reasons: required(say('record.recordForms.enterTheReasonsFor'), say('record.recordForms.theReasons'), 10000),
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
  fromMemberId: say('record.recordForms.who'),
  kind: say('record.recordForms.howAreTheyRelated'),
  toMemberId: say('record.recordForms.toWhom'),
};

export const EMPTY_RELATIONSHIP: RelationshipValues = { fromMemberId: '', kind: '', toMemberId: '' };

/** The child is chosen as "the child" in the form and sent as no member at all. */
export const THE_CHILD = 'the-child';

export const relationshipValidators: Validators<RelationshipValues> = {
  fromMemberId: chosen(say('record.recordForms.selectTheFirstPerson')),
  kind: chosen(say('record.recordForms.selectHowTheyAre')),
  toMemberId: (v, all) =>
    !v ? say('record.recordForms.selectTheSecondPerson') : v === all.fromMemberId ? say('record.recordForms.selectTwoDifferentPeople') : v === THE_CHILD && all.kind !== 'PARENT' ? say('record.recordForms.onlyAParentCan') : undefined,
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
  needsAssessmentOn: say('record.recordForms.needsAssessmentCompleted'),
  pathwayPlanAgreedOn: say('record.recordForms.firstPathwayPlanAgreed'),
  pathwayPlanReviewedOn: say('record.recordForms.pathwayPlanLastReviewed'),
  personalAdviserName: say('record.recordForms.personalAdvisersName'),
  personalAdviserPhone: say('record.recordForms.personalAdvisersPhoneOptional'),
  personalAdviserEmail: say('record.recordForms.personalAdvisersEmailOptional'),
  afterEighteen: say('record.recordForms.whatHappensAt18'),
  afterEighteenDetails: say('record.recordForms.detailsForProfessionalsOptional'),
  planInMyWords: say('record.recordForms.thePlanInThe'),
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
  const optionalDate = (label: string) => dateRule(label, { required: false, notBefore: { iso: dateOfBirth, what: say('record.recordForms.theDateOfBirth') } });
  return {
    needsAssessmentOn: optionalDate(say('record.recordForms.needsAssessmentDate')),
    pathwayPlanAgreedOn: (v, all) => optionalDate(say('record.recordForms.dateThePlanWas'))(v) ?? (isDateEmpty(v) && !isDateEmpty(all.pathwayPlanReviewedOn) ? say('record.recordForms.enterTheDateThe3') : undefined),
    pathwayPlanReviewedOn: (v, all) => {
      const problem = optionalDate(say('record.recordForms.reviewDate'))(v);
      if (problem) return problem;
      const agreed = isoDate(all.pathwayPlanAgreedOn);
      const reviewed = isoDate(v);
      return agreed && reviewed && reviewed < agreed ? say('record.recordForms.theReviewDateMust') : undefined;
    },
    personalAdviserName: (v) => maxLength(say('record.recordForms.personalAdvisersName'), 200)(v),
    personalAdviserPhone: (v) => (v.trim() && !PHONE.test(v.trim()) ? say('record.recordForms.enterAPhoneNumber2') : undefined),
    personalAdviserEmail: (v) => (v.trim() && !EMAIL.test(v.trim()) ? say('record.recordForms.enterAnEmailAddress2') : undefined),
    afterEighteen: chosen(say('record.recordForms.selectWhatHappensAt')),
    afterEighteenDetails: (v) => maxLength(say('record.recordForms.details'), 4000)(v),
    planInMyWords: (v) => maxLength(say('record.recordForms.thePlanInThe2'), 4000)(v),
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
  inTouch: say('record.recordForms.wasTheCouncilIn'),
  activity: say('record.recordForms.whatWereTheyDoing'),
  accommodationKind: say('record.recordForms.whereWereTheyLiving'),
  suitable: say('record.recordForms.wasTheAccommodationSuitable'),
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
    inTouch: chosen(say('record.recordForms.selectWhetherTheCouncil')),
    activity: (v, all) => (inTouch(all) && !v ? say('record.recordForms.selectWhatTheyWere') : undefined),
    accommodationKind: (v, all) => {
      if (!inTouch(all)) return undefined;
      if (!v) return say('record.recordForms.selectWhereTheyWere');
      if (age === 17 && v === 'Z') return say('record.recordForms.at17ACare');
      if (age < 18 && v === 'T') return say('record.recordForms.aCareLeaverUnder');
      return undefined;
    },
    suitable: (v, all) => (inTouch(all) && all.accommodationKind && !['S', 'X'].includes(all.accommodationKind) && !v ? say('record.recordForms.selectWhetherTheAccommodation') : undefined),
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
  authorisedBy: say('record.recordForms.whichCourtAuthorisedIt'),
  startDate: say('record.recordForms.dateTheOrderStarted'),
  endDate: say('record.recordForms.dateTheOrderEnded'),
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
      if (!v) return say('record.recordForms.selectWhichCourtAuthorised');
      const start = isoDate(all.startDate);
      const sixteen = `${Number(child.dateOfBirth.slice(0, 4)) + COURT_OF_PROTECTION_MIN_AGE}${child.dateOfBirth.slice(4)}`;
      return v === 'COURT_OF_PROTECTION' && start && start < sixteen ? say('record.recordForms.theCourtOfProtection') : undefined;
    },
    startDate: dateRule(say('record.recordForms.dateTheOrderStarted'), { notBefore: child.dateLookedAfter ? { iso: child.dateLookedAfter, what: say('record.recordForms.theDayTheChild') } : null }),
    endDate: (v, all) => {
      const error = dateRule(say('record.recordForms.dateTheOrderEnded'), { required: false })(v);
      if (error) return error;
      const start = isoDate(all.startDate);
      const end = isoDate(v);
      return start && end && end <= start ? say('record.recordForms.theDateTheOrder') : undefined;
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
