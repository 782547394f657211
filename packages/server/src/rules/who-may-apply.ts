import type { NetworkMemberKind } from '@forever-planning/shared';
import type { ChildFacts, PlacementFact } from './child-facts';
import { factsAsOf } from './clocks';
import {
  daysLivedWith,
  mayApplyForChildArrangementsOrder,
  mayApplyForSpecialGuardianship,
  type Applicant,
  type ApplicantRelationship,
  type Eligibility,
} from './decision-support';
import { addMonths, addWeeks, addYears, daysBetween, type IsoDate } from './iso-date';
import { RULE_SOURCES, type RuleSource } from './sources';

/** A person in the child's family network (network_members), as the rules read them. */
export interface NetworkPerson {
  name: string;
  kind: NetworkMemberKind;
  /** As the worker wrote it: "Aunt (mother's sister)", "Grandmother", "Family friend". */
  relationship: string;
  consideredAsCarer: boolean;
  /** The worker's words on the assessment of them as a carer; empty, or words like "under way", while it has not finished. */
  assessmentOutcome: string | null;
}

/** Where a person stands as a possible carer: assessed, being assessed, or not considered. */
export type CarerAssessment = 'UNDER_WAY' | 'FINISHED' | 'NOT_CONSIDERED';

/** Words a worker writes in the outcome box while the assessment has not finished. */
const NOT_FINISHED = /\b(under ?way|in progress|ongoing|on-going|started|booked|awaited|awaiting|pending|not yet|to be (completed|done|started))\b/i;

export function carerAssessment(person: Pick<NetworkPerson, 'consideredAsCarer' | 'assessmentOutcome'>): CarerAssessment {
  if (!person.consideredAsCarer) return 'NOT_CONSIDERED';
  const outcome = person.assessmentOutcome?.trim() ?? '';
  return outcome && !NOT_FINISHED.test(outcome) ? 'FINISHED' : 'UNDER_WAY';
}

/** Family and friends being assessed as carers now (kin, not lifelong links or trusted adults unless considered as carers). */
export function assessmentsUnderWay(network: readonly NetworkPerson[]): NetworkPerson[] {
  return network.filter((p) => carerAssessment(p) === 'UNDER_WAY');
}

/**
 * The free-text relationship read as the law's categories. A parent is
 * never a special guardian (Dorset 7.5), so "mother" and "father" must not
 * be confused with "grandmother", "step-father" or "foster mother".
 */
export function relationshipCategory(relationship: string, kind: NetworkMemberKind | null): ApplicantRelationship {
  const r = relationship.toLowerCase();
  if (/foster/.test(r)) return 'FOSTER_CARER';
  if (/\bstep[- ]?(mother|father|parent|mum|dad)\b/.test(r)) return 'STEP_PARENT';
  if (/\bguardian\b/.test(r)) return 'GUARDIAN';
  if (/^(birth )?(mother|father|parent|mum|dad)\b/.test(r.trim())) return 'PARENT';
  if (kind === 'RELATIVE') return 'RELATIVE';
  return 'OTHER';
}

const FOSTER_TYPES: readonly PlacementFact['type'][] = ['FOSTER_CARE', 'LONG_TERM_FOSTER', 'FOSTERING_FOR_ADOPTION'];
const ADOPTION_PLACEMENT_TYPES: readonly PlacementFact['type'][] = ['FOSTERING_FOR_ADOPTION', 'ADOPTIVE_PLACEMENT'];

function livedWithThroughout(placements: readonly PlacementFact[], carerName: string, from: IsoDate, on: IsoDate): boolean {
  return daysLivedWith(placements, carerName, from, on) >= daysBetween(from, on);
}

/**
 * Adoption and Children Act 2002, s.42: how long the child must have had
 * their home with the applicant before an application. Placed by the adoption
 * agency: 10 weeks; a partner of a parent: 6 months; council foster carers:
 * 1 year; anyone else: 3 of the last 5 years, or with the court's leave. A
 * parent does not adopt their own child (alone).
 */
export function mayApplyForAdoption(facts: ChildFacts, applicant: Applicant, on: IsoDate): Eligibility {
  const source = RULE_SOURCES.adoptionApplicants;
  if (applicant.relationship === 'PARENT') return { eligible: false, reasons: [], source };
  const f = factsAsOf(facts, on);
  const name = applicant.carerName;
  const placed = f.placements.filter((p) => ADOPTION_PLACEMENT_TYPES.includes(p.type));
  const fostering = f.placements.filter((p) => FOSTER_TYPES.includes(p.type));
  const reasons = [
    name && livedWithThroughout(placed, name, addWeeks(on, -10), on) && 'Placed with them for adoption: the child has lived with them for the 10 weeks before',
    name && applicant.relationship === 'STEP_PARENT' && livedWithThroughout(f.placements, name, addMonths(on, -6), on) && 'A partner of a parent the child has lived with for the 6 months before',
    name && applicant.relationship === 'FOSTER_CARER' && livedWithThroughout(fostering, name, addYears(on, -1), on) && 'A council foster carer the child has lived with for the year before',
    name && daysLivedWith(f.placements, name, addYears(on, -5), on) >= daysBetween(addYears(on, -3), on) && 'The child has lived with them for 3 of the last 5 years',
  ].filter((r): r is string => typeof r === 'string');
  return { eligible: reasons.length > 0, reasons, source };
}

export const APPLICATION_ORDERS = ['SPECIAL_GUARDIANSHIP', 'CHILD_ARRANGEMENTS_ORDER', 'ADOPTION'] as const;
export type ApplicationOrder = (typeof APPLICATION_ORDERS)[number];

export interface PossibleApplicant {
  name: string;
  relationship: string;
  /** From the family network, or a carer the child has lived with. */
  from: 'NETWORK' | 'CARER';
  assessment: CarerAssessment;
  eligible: boolean;
  /** Why they may apply now. */
  reasons: string[];
  /** How they could apply if not (consents or the court's leave); empty for a parent for special guardianship and adoption. */
  otherwise: string[];
}

export interface WhoMayApply {
  order: ApplicationOrder;
  /** The statute, in words. */
  law: string;
  source: RuleSource;
  people: PossibleApplicant[];
}

const LAW: Record<ApplicationOrder, string> = {
  SPECIAL_GUARDIANSHIP: 'Children Act 1989, section 14A',
  CHILD_ARRANGEMENTS_ORDER: 'Children Act 1989, section 10',
  ADOPTION: 'Adoption and Children Act 2002, section 42',
};

function underCareOrder(facts: ChildFacts): boolean {
  return facts.legalStatuses.some((s) => (s.status === 'FULL_CARE_ORDER' || s.status === 'INTERIM_CARE_ORDER' || s.status === 'PLACEMENT_ORDER') && s.endDate === null);
}

/**
 * Who in the child's family network, and which carers the child has lived
 * with, may apply for each order on `on`, with the reason from the rule and
 * what would let the others apply. Decision support for the plan: the court
 * decides, and the social worker checks the facts with legal advice.
 */
export function whoMayApply(facts: ChildFacts, network: readonly NetworkPerson[], on: IsoDate): WhoMayApply[] {
  const f = factsAsOf(facts, on);
  const careOrder = underCareOrder(f);
  const seen = new Set<string>();
  const candidates: { applicant: Applicant; name: string; relationship: string; from: PossibleApplicant['from']; assessment: CarerAssessment }[] = [];
  for (const p of network) {
    if (p.kind !== 'RELATIVE' && p.kind !== 'CONNECTED_PERSON' && !p.consideredAsCarer) continue;
    const key = p.name.trim().toLowerCase();
    seen.add(key);
    candidates.push({ applicant: { relationship: relationshipCategory(p.relationship, p.kind), carerName: p.name }, name: p.name, relationship: p.relationship, from: 'NETWORK', assessment: carerAssessment(p) });
  }
  for (const placement of f.placements) {
    const key = placement.carerName.trim().toLowerCase();
    if (!key || seen.has(key) || placement.type === 'PARENTS' || placement.type === 'RESIDENTIAL' || placement.type === 'SUPPORTED_LODGINGS' || placement.type === 'SEMI_INDEPENDENT') continue;
    seen.add(key);
    const foster = FOSTER_TYPES.includes(placement.type);
    candidates.push({
      applicant: { relationship: foster ? 'FOSTER_CARER' : 'OTHER', carerName: placement.carerName },
      name: placement.carerName,
      relationship: foster ? 'Foster carer' : placement.type === 'ADOPTIVE_PLACEMENT' ? 'Prospective adopter' : 'Carer',
      from: 'CARER',
      assessment: 'NOT_CONSIDERED',
    });
  }

  const sgo = (c: (typeof candidates)[number]): PossibleApplicant => {
    const e = mayApplyForSpecialGuardianship(f, c.applicant, on);
    const parent = c.applicant.relationship === 'PARENT';
    const otherwise = e.eligible || parent ? [] : [...(careOrder ? ['With the council’s consent (the child is under a care order)'] : []), 'With the consent of everyone with parental responsibility'];
    return { name: c.name, relationship: c.relationship, from: c.from, assessment: c.assessment, eligible: e.eligible, reasons: parent ? ['A parent may not become a special guardian'] : e.reasons, otherwise };
  };
  const cao = (c: (typeof candidates)[number]): PossibleApplicant => {
    const e = mayApplyForChildArrangementsOrder(f, c.applicant, on);
    return { name: c.name, relationship: c.relationship, from: c.from, assessment: c.assessment, eligible: e.eligible, reasons: e.reasons, otherwise: e.eligible ? [] : ['With the consent of everyone with parental responsibility, or with the court’s leave'] };
  };
  const adoption = (c: (typeof candidates)[number]): PossibleApplicant => {
    const e = mayApplyForAdoption(f, c.applicant, on);
    const parent = c.applicant.relationship === 'PARENT';
    return {
      name: c.name, relationship: c.relationship, from: c.from, assessment: c.assessment, eligible: e.eligible,
      reasons: parent ? ['A parent does not adopt their own child'] : e.reasons,
      otherwise: e.eligible || parent ? [] : ['Only with the court’s leave, or once the child has lived with them long enough'],
    };
  };
  return [
    { order: 'SPECIAL_GUARDIANSHIP', law: LAW.SPECIAL_GUARDIANSHIP, source: RULE_SOURCES.specialGuardianshipApplicants, people: candidates.map(sgo) },
    { order: 'CHILD_ARRANGEMENTS_ORDER', law: LAW.CHILD_ARRANGEMENTS_ORDER, source: RULE_SOURCES.childArrangementsApplicants, people: candidates.map(cao) },
    { order: 'ADOPTION', law: LAW.ADOPTION, source: RULE_SOURCES.adoptionApplicants, people: candidates.map(adoption) },
  ];
}
