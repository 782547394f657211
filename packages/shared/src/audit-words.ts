import { AUDIT_ACTIONS, isAuditAction } from './audit-actions';
import { writtenDate } from './dates';
import { ROLE_LABELS, ROLES } from './roles';
import {
  LEGAL_STATUS_LABELS,
  MEETING_TYPE_LABELS,
  PLACEMENT_TYPE_LABELS,
  PLAN_DECISION_LABELS,
  PLAN_OPTION_LABELS,
  PLAN_STATUS_LABELS,
  VIEW_TOPIC_LABELS,
} from './vocabulary';

/**
 * The audit trail in words: one place for the names of records, fields and
 * codes, so "Sam Worker changed Damian's plan: primary option long-term
 * fostering → special guardianship order" replaces raw field names, codes and ids.
 */

/** What each audited record is called in a sentence ("Damian's plan"). */
export const AUDIT_RECORD_WORDS: Record<string, string> = {
  Child: 'record',
  CaseFacts: 'case facts',
  Plan: 'plan',
  PlanOutcome: 'plan outcome',
  PlanDecision: 'plan decision',
  Meeting: 'meeting',
  Placement: 'placement',
  LegalStatus: 'legal status',
  NetworkMember: 'family network',
  SiblingLink: 'brothers and sisters',
  KeepingInTouchPlan: 'keeping-in-touch plan',
  TogetherApartAssessment: 'together-or-apart assessment',
  MatchingRecord: 'matching record',
  CourtProceedings: 'court proceedings',
  CourtHearing: 'court hearing',
  CourtDirection: 'court direction',
  FamilyFindingReferral: 'family-finding referral',
  ProspectiveCarer: 'prospective carer',
  PermanenceForm: 'permanence form',
  View: 'views',
  ChildMessage: 'message',
  YoungPersonDraft: 'draft',
  LifeStoryItem: 'life story',
  LifeStoryBook: 'life story book',
  Media: 'photo or file',
  IroEscalation: 'IRO escalation',
  AdvocacyReferral: 'advocacy referral',
  SubjectAccessExport: 'subject access export',
  User: 'account',
  StaffAccountRequest: 'account request',
  RetentionSettings: 'retention settings',
  RetentionReview: 'retention review',
  PolicyProfileVersion: 'local policy',
  NonWorkingDay: 'non-working days',
  Council: 'council settings',
  COUNCIL: 'council settings',
};

/** Field names that do not read well split from camelCase. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  primaryOption: 'primary option',
  contingencies: 'contingency options',
  childWishes: 'child’s wishes and feelings',
  bottomLines: 'bottom lines',
  consequenceOfNoChange: 'what happens if nothing changes',
  childFriendlySummary: 'summary for the child',
  sharedWithChildAt: 'shared with the child',
  submittedAt: 'submitted',
  approvedAt: 'approved',
  approvedById: 'approved by',
  headOfServiceApprovedAt: 'approved by the head of service',
  panelRecommendation: 'panel recommendation',
  panelRecommendedAt: 'panel recommendation date',
  endorsedAt: 'endorsed at review',
  achievedAt: 'achieved',
  endedAt: 'ended',
  endReason: 'reason it ended',
  legalFirstName: 'legal first name',
  legalLastName: 'legal last name',
  preferredName: 'preferred name',
  dateOfBirth: 'date of birth',
  dateLookedAfter: 'date looked after',
  dateCeasedLookedAfter: 'date ceased to be looked after',
  upn: 'unique pupil number',
  uasc: 'unaccompanied asylum-seeking child',
  iroId: 'IRO',
  iroAllocatedOn: 'IRO allocated on',
  socialWorkerId: 'social worker',
  teamId: 'team',
  categoryOfNeed: 'category of need',
  advocacyOfferedOn: 'advocacy offered on',
  heldOn: 'held on',
  dueDate: 'due date',
  scheduledFor: 'booked for',
  signedOffAt: 'signed off',
  sharedWithChildAtMeeting: 'shared with the child',
  startDate: 'start date',
  endDate: 'end date',
  carerName: 'carer',
  inArea: 'in the council’s area',
  weeklyCost: 'weekly cost',
  type: 'type',
};

/** Value labels by field, where the same code means different things in different fields. */
const VALUE_LABELS_BY_FIELD: Record<string, Record<string, string>> = {
  primaryOption: PLAN_OPTION_LABELS,
  contingencies: PLAN_OPTION_LABELS,
  option: PLAN_OPTION_LABELS,
  decision: PLAN_DECISION_LABELS,
  kind: PLAN_DECISION_LABELS,
  topic: VIEW_TOPIC_LABELS,
  role: ROLE_LABELS,
};

/** Every other code, looked up whatever the field (plan statuses first: "status" is most often the plan's). */
const CODE_LABELS: Record<string, string> = {
  ...LEGAL_STATUS_LABELS,
  ...PLACEMENT_TYPE_LABELS,
  ...MEETING_TYPE_LABELS,
  ...PLAN_OPTION_LABELS,
  ...Object.fromEntries(ROLES.map((r) => [r, ROLE_LABELS[r]])),
  ...PLAN_STATUS_LABELS,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{3,}$/;

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** "legalFirstName" → "legal first name". */
export function fieldInWords(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? lowerFirst(field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ')).toLowerCase().replace(/\bid$/, '').trim();
}

export function recordInWords(recordType: string | null | undefined): string {
  if (!recordType) return 'record';
  return AUDIT_RECORD_WORDS[recordType] ?? fieldInWords(recordType);
}

/**
 * A value as a person reads it: codes by their label, dates written out, yes
 * or no, text quoted (and cut short), ids never shown.
 */
export function valueInWords(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => valueInWords(field, v)).join(', ');
  if (typeof value === 'object') return 'changed';
  const text = String(value);
  if (UUID.test(text)) return 'changed';
  if (ISO_DATE_OR_TIME.test(text)) return writtenDate(text);
  const byField = VALUE_LABELS_BY_FIELD[field]?.[text];
  if (byField) return lowerFirst(byField);
  if (CODE.test(text)) return lowerFirst(CODE_LABELS[text] ?? text.toLowerCase().replace(/_/g, ' '));
  return `“${text.length > 80 ? `${text.slice(0, 77)}…` : text}”`;
}

export interface AuditEventForWords {
  action: string;
  recordType: string | null;
  parts: readonly string[];
  changes: readonly { field: string; before: unknown; after: unknown }[];
  /** Values withheld from this reader: the changes then name the fields only. */
  valuesWithheld: boolean;
}

export interface AuditNames {
  /** "Sam Worker", or null when not recorded or withheld. */
  actor: string | null;
  /** The child's name, or null when the event is not about a child or the reader may not see it. */
  child: string | null;
  /** Whether the event is about a child at all (so a withheld name reads "a child's"). */
  aboutChild: boolean;
}

/** A list a person looked at: the caseload, the drift list, the tracker. */
export const LIST_WORDS: Record<string, string> = {
  caseload: 'the list of children',
  driftList: 'the drift list',
  tracker: 'the permanence tracker',
  trackerExport: 'the permanence tracker export',
};

const listName = (parts: readonly string[]) => LIST_WORDS[parts[0]] ?? `the ${fieldInWords(parts[0] ?? 'list')}`;

/** The audit sentence: "Sam Worker changed Damian’s plan: primary option long-term fostering → special guardianship order". */
export function auditEventInWords(event: AuditEventForWords, names: AuditNames): string {
  const who = names.actor ?? 'Someone';
  const whose = names.child ? `${names.child}’s` : names.aboutChild ? 'a child’s' : 'the';
  if (event.recordType === 'ChildList') {
    const more = event.parts.slice(1).map((p) => (/^\d/.test(p) ? p : fieldInWords(p)));
    return `${who} viewed ${listName(event.parts)}${more.length > 0 ? ` (${more.join(', ')})` : ''}`;
  }
  if (event.recordType === 'ChildInList') return `${who} saw ${names.child ?? 'a child'} in ${listName(event.parts)}`;
  const words: { verb: string } | { sentence: string } | undefined = isAuditAction(event.action) ? AUDIT_ACTIONS[event.action] : undefined;
  if (words && 'sentence' in words) {
    const about = event.action === 'AUDIT_READ' && names.aboutChild ? ` for ${names.child ?? 'a child'}` : '';
    return `${who} ${words.sentence}${about}`;
  }
  // An action from before the list existed (old rows) still reads as words.
  const verb = words?.verb ?? lowerFirst(event.action.toLowerCase().replace(/_/g, ' '));
  let sentence = `${who} ${verb} ${whose} ${recordInWords(event.recordType)}`;
  if (event.changes.length > 0) {
    // A new record: only what it holds (no empty fields, no links by id).
    const shown = event.action === 'CREATE' && !event.valuesWithheld ? event.changes.filter((c) => valueInWords(c.field, c.after) !== 'empty' && valueInWords(c.field, c.after) !== 'changed') : event.changes;
    const changes = shown.map((c) => {
      if (event.valuesWithheld) return fieldInWords(c.field);
      // Something new has no "before" worth reading.
      if (event.action === 'CREATE' && (c.before === null || c.before === undefined)) return `${fieldInWords(c.field)} ${valueInWords(c.field, c.after)}`;
      return `${fieldInWords(c.field)} ${valueInWords(c.field, c.before)} → ${valueInWords(c.field, c.after)}`;
    });
    if (changes.length > 0) sentence += `: ${changes.join('; ')}`;
  } else if (event.action === 'READ') {
    const parts = event.parts.map((p) => (/^\d/.test(p) ? p : fieldInWords(p))).filter((p) => p !== '');
    if (parts.length > 0) sentence += ` (${parts.join(', ')})`;
  }
  return sentence;
}
