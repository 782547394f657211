import type { DataSource } from 'typeorm';
import { REVIEW_MEETING_TYPES } from '@forever-planning/shared';
import type { ChildFacts, PlanFact } from '../../rules';

const REVIEWED_BY: readonly string[] = [...REVIEW_MEETING_TYPES, 'PERMANENCE_PLANNING_MEETING'];

/** A timestamp as the date it was in England (the rules work in London dates). */
const londonDay = (column: string) => `(${column} AT TIME ZONE 'Europe/London')::date`;

/**
 * Everything the statutory rules need about each child, as one JSON document
 * per child built by PostgreSQL in ONE statement whatever the batch size.
 * Keys match ChildFacts, dates arrive as ISO strings and timestamps as London
 * dates, so Node only parses the text. (Its plan is large enough for
 * PostgreSQL's JIT compiler to start, which cost 70 ms a call: the data
 * source turns JIT off.)
 */
const FACTS_DOCUMENT = `json_build_object(
  'id', c.id,
  'dateOfBirth', c.date_of_birth,
  'dateLookedAfter', c.date_looked_after,
  'dateCeasedLookedAfter', c.date_ceased_looked_after,
  'advocacyOfferedOn', c.advocacy_offered_on,
  'iroAllocatedOn', c.iro_allocated_on,
  'legalStatuses', coalesce((SELECT json_agg(json_build_object('status', l.status, 'startDate', l.start_date, 'endDate', l.end_date) ORDER BY l.start_date, l.id)
     FROM legal_statuses l WHERE l.child_id = c.id), '[]'),
  'placements', coalesce((SELECT json_agg(json_build_object('type', p.type, 'startDate', p.start_date, 'endDate', p.end_date, 'carerName', p.carer_name,
       'inArea', p.in_area, 'weeklyCost', p.weekly_cost::float8) ORDER BY p.start_date, p.id)
     FROM placements p WHERE p.child_id = c.id), '[]'),
  'meetings', coalesce((SELECT json_agg(json_build_object('id', m.id, 'type', m.type, 'dueDate', m.due_date, 'heldOn', m.held_on,
       'signedOffAt', ${londonDay('m.signed_off_at')}, 'sharedWithChildAt', ${londonDay('m.shared_with_child_at')}) ORDER BY coalesce(m.held_on, m.due_date), m.id)
     FROM meetings m WHERE m.child_id = c.id), '[]'),
  'plans', coalesce((SELECT json_agg(json_build_object('id', p.id, 'planNumber', p.plan_number, 'status', p.status, 'primaryOption', p.primary_option,
       'contingencyOptions', coalesce((SELECT json_agg(pc.option ORDER BY pc.position) FROM plan_contingencies pc WHERE pc.plan_id = p.id), '[]'),
       'approvedAt', ${londonDay('p.approved_at')}, 'headOfServiceApprovedAt', ${londonDay('p.head_of_service_approved_at')},
       'panelRecommendedAt', ${londonDay('p.panel_recommended_at')}, 'endorsedAt', ${londonDay('p.endorsed_at')},
       'achievedAt', ${londonDay('p.achieved_at')}, 'endedAt', ${londonDay('p.ended_at')}, 'createdOn', ${londonDay('p.created_at')}) ORDER BY p.plan_number)
     FROM plans p WHERE p.child_id = c.id AND p.deleted_at IS NULL), '[]'),
  'siblings', coalesce((SELECT json_agg(json_build_object('siblingFirstName', coalesce(o.preferred_name, o.legal_first_name), 'livingTogether', s.living_together,
       'hasAssessment', EXISTS (SELECT 1 FROM together_apart_assessments a WHERE a.sibling_link_id = s.id),
       'hasKeepingInTouchPlan', EXISTS (SELECT 1 FROM keeping_in_touch_plans k WHERE k.sibling_link_id = s.id)) ORDER BY s.id)
     FROM sibling_links s JOIN children o ON o.id = CASE WHEN s.child_a_id = c.id THEN s.child_b_id ELSE s.child_a_id END
     WHERE c.id IN (s.child_a_id, s.child_b_id)), '[]'),
  'views', coalesce((SELECT json_agg(json_build_object('id', v.id, 'sentAt', ${londonDay('v.sent_at')}, 'repliedAt', ${londonDay('v.replied_at')}) ORDER BY v.sent_at, v.id)
     FROM views v WHERE v.child_id = c.id AND v.status = 'SENT' AND v.deleted_at IS NULL), '[]'),
  'advocacyReferrals', coalesce((SELECT json_agg(json_build_object('status', r.status, 'requestedOn', ${londonDay('r.created_at')}) ORDER BY r.created_at, r.id)
     FROM advocacy_referrals r WHERE r.child_id = c.id), '[]'),
  'unsafeReports', coalesce((SELECT json_agg(json_build_object('id', u.id, 'createdAt', ${londonDay('u.created_at')}, 'acknowledgedAt', ${londonDay('u.acknowledged_at')}) ORDER BY u.created_at, u.id)
     FROM child_messages u WHERE u.child_id = c.id AND u.kind = 'UNSAFE'), '[]'),
  'currentPlanOutcomes', coalesce((SELECT json_agg(json_build_object('dueDate', (SELECT max(a.due_date) FROM plan_outcome_actions a WHERE a.outcome_id = o.id), 'completed', o.completed) ORDER BY o.position, o.id)
     FROM plan_outcomes o JOIN plans p ON p.id = o.plan_id
     WHERE p.child_id = c.id AND p.deleted_at IS NULL
       AND p.plan_number = (SELECT max(cp.plan_number) FROM plans cp WHERE cp.child_id = c.id AND cp.deleted_at IS NULL)), '[]'),
  'iroDisputes', coalesce((SELECT json_agg(json_build_object('raisedOn', e.raised_on, 'resolvedOn', e.resolved_on, 'stages', e.stages) ORDER BY e.raised_on, e.id)
     FROM iro_escalations e WHERE e.child_id = c.id), '[]'),
  'courtCases', coalesce((SELECT json_agg(json_build_object('legalGatewayOn', cp.legal_gateway_on, 'legalGatewayDecision', cp.legal_gateway_decision, 'issuedOn', cp.issued_on, 'concludedOn', cp.concluded_on, 'outcome', cp.outcome,
       'hearings', coalesce((SELECT json_agg(json_build_object('kind', h.kind, 'date', h.hearing_on) ORDER BY h.hearing_on, h.id) FROM court_hearings h WHERE h.proceedings_id = cp.id), '[]'),
       'directions', coalesce((SELECT json_agg(json_build_object('description', d.description, 'dueOn', d.due_on, 'doneOn', d.done_on) ORDER BY d.due_on, d.id)
          FROM court_directions d JOIN court_hearings dh ON dh.id = d.hearing_id WHERE dh.proceedings_id = cp.id), '[]')) ORDER BY cp.created_at, cp.id)
     FROM court_proceedings cp WHERE cp.child_id = c.id), '[]'),
  'familyFindingReferrals', coalesce((SELECT json_agg(json_build_object('team', r.team, 'referredOn', r.referred_on, 'status', r.status, 'statusOn', r.status_on) ORDER BY r.referred_on, r.id)
     FROM family_finding_referrals r WHERE r.child_id = c.id), '[]'),
  'courtProceedingsStartedOn', cf.court_proceedings_started_on,
  'courtProceedingsEndedOn', cf.court_proceedings_ended_on,
  'dischargePlanAgreedOn', cf.discharge_plan_agreed_on,
  'adoptionMatchedOn', cf.adoption_matched_on,
  'pathwayPlanAgreedOn', lc.pathway_plan_agreed_on,
  'pathwayPlanReviewedOn', lc.pathway_plan_reviewed_on,
  'kinshipCarerAvailable', cf.kinship_carer_available,
  'carerCannotConsiderSgo', coalesce(cf.carer_cannot_consider_sgo, false),
  'jointFunding', coalesce(cf.joint_funding, false),
  'returningForReview', coalesce(cf.returning_for_review, false),
  'difficultySecuringPlan', coalesce(cf.difficulty_securing_plan, false),
  'edgeOfCare', coalesce(cf.edge_of_care, false),
  'planToBecomeLookedAfter', coalesce(cf.plan_to_become_looked_after, false),
  'lookedAfterInEmergency', coalesce(cf.looked_after_in_emergency, false)
)`;

/** The tables FACTS_DOCUMENT reads beside the child: one list for both statements that build it. */
const FACTS_FROM = `children c
LEFT JOIN case_facts cf ON cf.child_id = c.id
LEFT JOIN leaving_care lc ON lc.child_id = c.id`;

const FACTS_SQL = `
SELECT c.id, c.facts_version::text AS version, CASE WHEN known.version = c.facts_version THEN NULL ELSE ${FACTS_DOCUMENT}::text END AS facts
FROM ${FACTS_FROM}
LEFT JOIN unnest($2::uuid[], $3::bigint[]) AS known(id, version) ON known.id = c.id
WHERE c.id = ANY($1)`;

type PlanRow = Omit<PlanFact, 'lastReviewedOn'> & { createdOn: string };
type FactsDocument = Omit<ChildFacts, 'plans' | 'kinshipCarerAvailable'> & { plans: PlanRow[]; kinshipCarerAvailable: boolean | null };

/** The document as the rules take it: each plan's last review, and "not recorded" as undefined. */
function toFacts(doc: FactsDocument): ChildFacts {
  const reviewDates = doc.meetings
    .filter((m) => m.heldOn && REVIEWED_BY.includes(m.type))
    .map((m) => m.heldOn as string)
    .sort();
  const { kinshipCarerAvailable, plans, ...rest } = doc;
  // The court record, once proceedings are issued there, is where the 26 weeks run from.
  const issued = (doc.courtCases ?? []).filter((c) => c.issuedOn !== null).at(-1);
  return {
    ...rest,
    ...(issued ? { courtProceedingsStartedOn: issued.issuedOn, courtProceedingsEndedOn: issued.concludedOn } : {}),
    ...(kinshipCarerAvailable === null ? {} : { kinshipCarerAvailable }),
    plans: plans.map(({ createdOn, ...plan }) => ({ ...plan, lastReviewedOn: reviewDates.filter((d) => d >= createdOn).at(-1) ?? null })),
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Each child's facts as last read, with the facts_version they were read at
 * (see migration ChildFactsVersion). The statement sends back the JSON only
 * for children whose version moved, so a council-wide drift list or tracker
 * re-reads just the changed children; every read still asks PostgreSQL, so
 * another API process's writes are seen at once. Least recently used first
 * out when full.
 */
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, { version: string; facts: ChildFacts }>();

function remember(id: string, version: string, facts: ChildFacts): void {
  const known = remembered.get(id);
  remembered.delete(id);
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  // Unchanged (most of a list's children): the same entry moves to the back, no new object each read.
  remembered.set(id, known && known.version === version && known.facts === facts ? known : { version, facts });
}

/**
 * Everything the statutory rules need about a batch of children, in one
 * statement whatever the batch size. The ids must already be scoped to the
 * actor's reach by the caller. Unchanged children come back as the same
 * (frozen) object, so results memoised on it are reused.
 */
/**
 * The facts of the child row `sc` inside a screen's one statement: its version, and the document
 * only when the version is not the one this process keeps (the same rule as loadChildFacts).
 */
export function childFactsScreenSql(knownIdsParam: string, knownVersionsParam: string): string {
  return `(SELECT json_build_object('version', c.facts_version::text, 'facts', CASE WHEN known.version = c.facts_version THEN NULL ELSE ${FACTS_DOCUMENT}::text END)
    FROM ${FACTS_FROM}
    LEFT JOIN unnest(:${knownIdsParam}::uuid[], :${knownVersionsParam}::bigint[]) AS known(id, version) ON known.id = c.id
    WHERE c.id = sc.id)`;
}

/** The facts document as text for the row of `children c` joined by childFactsListJoins (for a list that decides itself when to send it). */
export const childFactsDocumentSql = `${FACTS_DOCUMENT}::text`;

/**
 * As childFactsScreenSql for a long list, as loadChildFacts' statement builds it: the JSON column for the row of
 * `children c` joined by FACTS_JOINS (written after the caller's FROM, `ON c.id = <the list's child id>`), with
 * the version this process keeps as an SQL expression of the caller's (a join of the kept versions done once).
 */
export function childFactsListSql(knownVersion: string): string {
  return `json_build_object('version', c.facts_version::text, 'facts', CASE WHEN ${knownVersion} = c.facts_version THEN NULL ELSE ${childFactsDocumentSql} END)`;
}

/** The joins childFactsListSql reads, for the list's child id expression. */
export function childFactsListJoins(childId: string): string {
  return `JOIN children c ON c.id = ${childId}
LEFT JOIN case_facts cf ON cf.child_id = c.id
LEFT JOIN leaving_care lc ON lc.child_id = c.id`;
}

/** The versions this process keeps for those children (for childFactsScreenSql's parameters). */
export function keptVersions(ids: Iterable<string>): [string[], string[]] {
  const kept = [...ids].filter((id) => remembered.has(id));
  return [kept, kept.map((id) => remembered.get(id)!.version)];
}

/**
 * The children each person's last list (drift list, tracker) held, bounded: that list's next screen
 * statement passes the versions this process keeps for them, so unchanged children's facts are not sent again.
 */
const MAX_LIST_READERS = 100;
const lastListRead = new Map<string, string[]>();

export function lastListOf(userId: string): string[] {
  return lastListRead.get(userId) ?? [];
}

export function rememberListOf(userId: string, ids: string[]): void {
  lastListRead.delete(userId);
  if (lastListRead.size >= MAX_LIST_READERS) lastListRead.delete(lastListRead.keys().next().value as string);
  lastListRead.set(userId, ids);
}

/** A child's facts from a screen statement's answer, or undefined when they must be read afresh (forgotten meanwhile). */
export function childFactsFromScreen(id: string, version: string, text: string | null): ChildFacts | undefined {
  const known = remembered.get(id);
  if (text === null && known && known.version === version) {
    // Unchanged (most of a list): the kept entry moves to the back of the LRU as it is.
    remembered.delete(id);
    remembered.set(id, known);
    return known.facts;
  }
  if (text === null) return undefined;
  const childFacts = deepFreeze(toFacts(JSON.parse(text) as FactsDocument));
  remember(id, version, childFacts);
  return childFacts;
}

export async function loadChildFacts(ds: DataSource, childIds: readonly string[], useKept = true): Promise<Map<string, ChildFacts>> {
  const ids = [...new Set(childIds)];
  const facts = new Map<string, ChildFacts>();
  if (ids.length === 0) return facts;
  const kept = useKept ? ids.filter((id) => remembered.has(id)) : [];
  const rows = (await ds.query(FACTS_SQL, [ids, kept, kept.map((id) => remembered.get(id)!.version)])) as { id: string; version: string; facts: string | null }[];
  for (const row of rows) {
    const known = remembered.get(row.id);
    let childFacts: ChildFacts;
    if (row.facts !== null) {
      // Shared between requests: frozen, so no caller can change what another sees.
      childFacts = deepFreeze(toFacts(JSON.parse(row.facts) as FactsDocument));
    } else if (known && known.version === row.version) {
      childFacts = known.facts;
    } else {
      // Forgotten or replaced by another request since the parameters were built: read them all afresh.
      return loadChildFacts(ds, ids, false);
    }
    remember(row.id, row.version, childFacts);
    facts.set(row.id, childFacts);
  }
  return facts;
}
