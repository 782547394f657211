/**
 * What the benchmark asks: our API's documents, the same shapes asked of
 * PostGraphile (tables and foreign keys only: no authorization, no audit, no
 * statutory rules), and the raw SQL that answers each shape (the floor).
 */

// ---------- Our API ----------

export const CASELOAD_QUERY = `query Caseload {
  children(first: 50) {
    totalCount
    edges { node {
      id displayName age dateLookedAfter localId
      currentPlacement { type startDate }
      currentPlan { id status primaryOption }
      nextReview { id type dueDate scheduledFor }
      alerts { code urgency title dueDate daysOverdue }
      brothersAndSisters { id relationship livingTogether child { id firstName age } }
    } }
  }
}`;

export const CHILD_RECORD_QUERY = `query ChildRecord($id: ID!) {
  child(id: $id) {
    id version displayName legalFirstName legalLastName preferredName dateOfBirth age gender ethnicity religion firstLanguage
    school virtualSchool dateLookedAfter dateCeasedLookedAfter categoryOfNeed uasc localId
    team { id name } socialWorker { id displayName } iro { id displayName }
    currentPlacement { id type carerName startDate }
    placements { id type carerName startDate endDate inArea weeklyCost }
    currentLegalStatus { id status startDate }
    legalStatuses { id status label startDate endDate }
    currentPlan { id planNumber status primaryOption childWishes contingencies { id option position }
      outcomes { id position outcome measure dueDate actions { id action byWhom dueDate progress completed version } progress completed version } }
    planHistory { id planNumber status primaryOption endedAt }
    nextReview { id type dueDate scheduledFor }
    meetings { id type dueDate heldOn participation signedOffAt }
    alerts { code urgency title detail dueDate daysOverdue source { section } }
    measures { daysInCare placementCostToDate }
    brothersAndSisters { id relationship livingTogether child { id firstName age } }
    familyNetwork { id kind name relationship }
    lifeStory { id kind title occurredOn audience visibleToChildToday }
    views { id topic words mood status sentAt reply repliedAt }
  }
}`;

export const DRIFT_LIST_QUERY = `query DriftList {
  driftList(first: 200) {
    topUrgency
    child { id displayName age }
    alerts { code urgency title dueDate daysOverdue }
  }
}`;

/** A tracker page: 100 rows of the council's looked-after children, filtered and sorted, with totals and charts. */
export const TRACKER_QUERY = `query Tracker($filter: TrackerFilter, $sort: TrackerSort) {
  tracker(first: 100, filter: $filter, sort: $sort) {
    totalCount hasNextPage endCursor
    totals { label children weeklyCost costToDate projectedCostTo18 }
    rows {
      childId name localId teamName planOption planStatus placementType inArea daysInCare
      permanenceDueOn permanenceAchievedOn daysToPermanence weeklyCost costToDate projectedCostTo18
      outcomesTotal outcomesCompleted outcomesOverdue movesInLast12Months alertCodes
    }
  }
}`;
export const TRACKER_VARIABLES = { filter: { planStatus: 'ENDORSED' }, sort: { field: 'NAME', descending: false } };

/** The quarterly report (Bolton 11.3) for the council: reach, then every reached child's facts, one report (only with --only "quarterly report"). */
export const QUARTERLY_REPORT_QUERY = `query QuarterlyReport($period: ReportPeriodInput!) {
  quarterlyReport(period: $period) { from to lookedAfter started ceased byPlacementType { label children } children { childId weeklyCost } }
}`;

export const YOUNG_PERSON_HOME_QUERY = `query YoungPersonHome {
  myProfile { firstName age myWorker { firstName role } myIro { firstName role } myAdvocate { firstName role } }
  myPlan { mainPlan backUpPlans whereILive carerFirstName outcomes { whatWeWant byWhen } }
  myNextMeeting { date what }
  myViews { id topic words mood status sentAt version reply { words fromFirstName repliedAt } }
}`;

export const SAVE_VIEW_DRAFT = `mutation SaveDraft($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id version } }`;
export const SEND_VIEW = `mutation SendView($viewId: ID!, $expectedVersion: Int!) { sendView(viewId: $viewId, expectedVersion: $expectedVersion) { id status version } }`;
export const UPDATE_OUTCOME = `mutation UpdateOutcome($input: UpdatePlanOutcomeInput!) { updatePlanOutcome(input: $input) { id version outcomes { id version progress } } }`;
export const RECORD_REVIEW = `mutation RecordReview($input: RecordMeetingInput!) { recordMeeting(input: $input) { id version heldOn } }`;
export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id role displayName } }`;

// ---------- PostGraphile (same shapes, its generated names) ----------

export const PG_CASELOAD_QUERY = `query Caseload($worker: UUID!) {
  allChildren(condition: { socialWorkerId: $worker }, orderBy: [LEGAL_LAST_NAME_ASC, LEGAL_FIRST_NAME_ASC, ID_ASC], first: 50) {
    totalCount
    nodes {
      id legalFirstName legalLastName preferredName dateOfBirth dateLookedAfter localId
      placementsByChildId(condition: { endDate: null }, orderBy: START_DATE_DESC, first: 1) { nodes { type startDate } }
      plansByChildId(orderBy: PLAN_NUMBER_DESC, first: 1) { nodes { id status primaryOption } }
      meetingsByChildId(condition: { heldOn: null }, orderBy: DUE_DATE_ASC, first: 1) { nodes { id type dueDate scheduledFor } }
      siblingLinksByChildAId { nodes { id relationship livingTogether childByChildBId { id legalFirstName preferredName dateOfBirth } } }
      siblingLinksByChildBId { nodes { id relationship livingTogether childByChildAId { id legalFirstName preferredName dateOfBirth } } }
    }
  }
}`;

export const PG_CHILD_RECORD_QUERY = `query ChildRecord($id: UUID!) {
  childById(id: $id) {
    id version legalFirstName legalLastName preferredName dateOfBirth gender ethnicity religion firstLanguage
    school virtualSchool dateLookedAfter dateCeasedLookedAfter categoryOfNeed uasc localId
    teamByTeamId { id name } userBySocialWorkerId { id firstName lastName } userByIroId { id firstName lastName }
    placementsByChildId(orderBy: START_DATE_ASC) { nodes { id type carerName startDate endDate inArea weeklyCost } }
    legalStatusesByChildId(orderBy: START_DATE_ASC) { nodes { id status startDate endDate } }
    plansByChildId(orderBy: PLAN_NUMBER_DESC) { nodes { id planNumber status primaryOption childWishes endedAt
      planContingenciesByPlanId(orderBy: POSITION_ASC) { nodes { id option position } }
      planOutcomesByPlanId(orderBy: POSITION_ASC) { nodes { id position outcome measure progress completed version
        planOutcomeActionsByOutcomeId(orderBy: POSITION_ASC) { nodes { id action byWhom dueDate progress completed version } } } } } }
    meetingsByChildId(orderBy: DUE_DATE_DESC) { nodes { id type dueDate heldOn participation signedOffAt } }
    siblingLinksByChildAId { nodes { id relationship livingTogether childByChildBId { id legalFirstName preferredName dateOfBirth } } }
    siblingLinksByChildBId { nodes { id relationship livingTogether childByChildAId { id legalFirstName preferredName dateOfBirth } } }
    networkMembersByChildId { nodes { id kind name relationship } }
    lifeStoryItemsByChildId(orderBy: OCCURRED_ON_ASC) { nodes { id kind title occurredOn audience } }
    viewsByChildId(condition: { status: "SENT", deletedAt: null }) { nodes { id topic words mood status sentAt reply repliedAt } }
  }
}`;

export const PG_TRACKER_QUERY = `query Tracker($council: UUID!) {
  allChildren(condition: { councilId: $council, dateCeasedLookedAfter: null }, orderBy: [LEGAL_LAST_NAME_ASC, LEGAL_FIRST_NAME_ASC, ID_ASC], first: 100) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id legalFirstName legalLastName preferredName dateOfBirth localId dateLookedAfter
      teamByTeamId { id name } userBySocialWorkerId { id firstName lastName }
      plansByChildId(orderBy: PLAN_NUMBER_DESC, first: 1) { nodes { id status primaryOption } }
      placementsByChildId(condition: { endDate: null }, first: 1) { nodes { type startDate } }
      legalStatusesByChildId(condition: { endDate: null }, first: 1) { nodes { status } }
      meetingsByChildId(condition: { heldOn: null }, orderBy: DUE_DATE_ASC, first: 1) { nodes { dueDate scheduledFor } }
    }
  }
}`;

// ---------- The floor: one SQL statement per shape, JSON built in PostgreSQL ----------

const CURRENT_PLAN = `(SELECT row_to_json(p) FROM (SELECT id, status, primary_option FROM plans WHERE child_id = c.id AND deleted_at IS NULL ORDER BY plan_number DESC LIMIT 1) p)`;
const NEXT_REVIEW = `(SELECT row_to_json(m) FROM (SELECT id, type, due_date, scheduled_for FROM meetings WHERE child_id = c.id AND held_on IS NULL
  AND type IN ('FIRST_REVIEW', 'SECOND_REVIEW', 'SUBSEQUENT_REVIEW') ORDER BY coalesce(scheduled_for, due_date) LIMIT 1) m)`;
const CURRENT_PLACEMENT = `(SELECT row_to_json(pl) FROM (SELECT type, start_date FROM placements WHERE child_id = c.id AND end_date IS NULL ORDER BY start_date DESC LIMIT 1) pl)`;
const SIBLINGS = `(SELECT json_agg(json_build_object('id', l.id, 'relationship', l.relationship, 'living_together', l.living_together,
  'first_name', coalesce(o.preferred_name, o.legal_first_name), 'date_of_birth', o.date_of_birth))
  FROM sibling_links l JOIN children o ON o.id = CASE WHEN l.child_a_id = c.id THEN l.child_b_id ELSE l.child_a_id END
  WHERE l.child_a_id = c.id OR l.child_b_id = c.id)`;

/** $1 social worker, $2 council. */
export const FLOOR_CASELOAD_SQL = `SELECT json_agg(x) AS page FROM (
  SELECT c.id, c.legal_first_name, c.legal_last_name, c.preferred_name, c.date_of_birth, c.date_looked_after, c.local_id,
         ${CURRENT_PLACEMENT} AS current_placement, ${CURRENT_PLAN} AS current_plan, ${NEXT_REVIEW} AS next_review, ${SIBLINGS} AS siblings
    FROM children c WHERE c.council_id = $2 AND c.social_worker_id = $1
   ORDER BY c.legal_last_name, c.legal_first_name, c.id LIMIT 50) x`;

/** $1 child, $2 social worker, $3 council. */
export const FLOOR_CHILD_RECORD_SQL = `SELECT row_to_json(x) AS record FROM (
  SELECT c.*, (SELECT name FROM teams WHERE id = c.team_id) AS team_name,
    (SELECT json_agg(p ORDER BY p.start_date) FROM placements p WHERE p.child_id = c.id) AS placements,
    (SELECT json_agg(l ORDER BY l.start_date) FROM legal_statuses l WHERE l.child_id = c.id) AS legal_statuses,
    (SELECT json_agg(json_build_object('plan', pl, 'contingencies', (SELECT json_agg(pc ORDER BY pc.position) FROM plan_contingencies pc WHERE pc.plan_id = pl.id),
       'outcomes', (SELECT json_agg(json_build_object('outcome', po, 'actions', (SELECT json_agg(pa ORDER BY pa.position) FROM plan_outcome_actions pa WHERE pa.outcome_id = po.id))
         ORDER BY po.position) FROM plan_outcomes po WHERE po.plan_id = pl.id)) ORDER BY pl.plan_number DESC)
       FROM plans pl WHERE pl.child_id = c.id AND pl.deleted_at IS NULL) AS plans,
    (SELECT json_agg(m ORDER BY m.due_date DESC) FROM meetings m WHERE m.child_id = c.id) AS meetings,
    ${SIBLINGS} AS siblings,
    (SELECT json_agg(n) FROM network_members n WHERE n.child_id = c.id) AS network,
    (SELECT json_agg(ls ORDER BY ls.occurred_on) FROM life_story_items ls WHERE ls.child_id = c.id AND ls.deleted_at IS NULL) AS life_story,
    (SELECT json_agg(v) FROM views v WHERE v.child_id = c.id AND v.status = 'SENT' AND v.deleted_at IS NULL) AS views
  FROM children c WHERE c.id = $1 AND c.social_worker_id = $2 AND c.council_id = $3) x`;

/** $1 council. */
export const FLOOR_TRACKER_SQL = `SELECT json_agg(x) AS page FROM (
  SELECT c.id, c.legal_first_name, c.legal_last_name, c.preferred_name, c.date_of_birth, c.local_id, c.date_looked_after,
         t.name AS team_name, u.first_name || ' ' || u.last_name AS social_worker,
         ${CURRENT_PLAN} AS current_plan, ${CURRENT_PLACEMENT} AS current_placement,
         (SELECT status FROM legal_statuses WHERE child_id = c.id AND end_date IS NULL ORDER BY start_date DESC LIMIT 1) AS legal_status,
         ${NEXT_REVIEW} AS next_review
    FROM children c JOIN teams t ON t.id = c.team_id LEFT JOIN users u ON u.id = c.social_worker_id
   WHERE c.council_id = $1 AND c.date_looked_after IS NOT NULL AND c.date_ceased_looked_after IS NULL AND EXISTS (SELECT 1 FROM plans fp WHERE fp.child_id = c.id AND fp.deleted_at IS NULL AND fp.status = 'ENDORSED'
     AND fp.plan_number = (SELECT max(cp.plan_number) FROM plans cp WHERE cp.child_id = c.id AND cp.deleted_at IS NULL))
   ORDER BY c.legal_last_name, c.legal_first_name, c.id LIMIT 100) x`;

/** The tables PostGraphile may read (SELECT): those the shapes above touch. */
export const READONLY_TABLES = ['councils', 'teams', 'children', 'placements', 'legal_statuses', 'plans', 'plan_contingencies', 'plan_outcomes',
  'plan_outcome_actions', 'meetings', 'sibling_links', 'network_members', 'life_story_items', 'views'];

/** The read-only role PostGraphile connects as: the tables the shapes touch, and no secrets (no password hashes, sessions or audit). */
export const READONLY_ROLE = 'fp_bench_readonly';
export const READONLY_GRANTS = [
  `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${READONLY_ROLE}') THEN CREATE ROLE ${READONLY_ROLE} LOGIN; END IF; END $$`,
  `GRANT USAGE ON SCHEMA public TO ${READONLY_ROLE}`,
  // Every table the PostGraphile documents name: PostGraphile (ignoreRBAC: false) leaves out of its schema any table the
  // role cannot SELECT, with its relations (plan_outcome_actions was missing, so the record document was refused).
  `GRANT SELECT ON ${READONLY_TABLES.join(', ')} TO ${READONLY_ROLE}`,
  `GRANT SELECT (id, council_id, first_name, last_name) ON users TO ${READONLY_ROLE}`,
];
