import type { DataSource } from 'typeorm';
import { REVIEW_MEETING_TYPES } from '@forever-planning/shared';
import { emptyChildFacts, londonDate, type ChildFacts, type PlanFact } from '../../rules';

type Row = Record<string, unknown>;
const day = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? londonDate(v) : String(v));

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const id = String(row[key]);
    const list = map.get(id) ?? [];
    list.push(row);
    map.set(id, list);
  }
  return map;
}

const REVIEWED_BY = [...REVIEW_MEETING_TYPES, 'PERMANENCE_PLANNING_MEETING'];

/**
 * Everything the statutory rules need about a batch of children, in a fixed
 * number of statements whatever the batch size. The ids must already be
 * scoped to the actor's reach by the caller.
 */
export async function loadChildFacts(ds: DataSource, childIds: readonly string[]): Promise<Map<string, ChildFacts>> {
  const ids = [...new Set(childIds)];
  const facts = new Map<string, ChildFacts>();
  if (ids.length === 0) return facts;
  const q = (sql: string) => ds.query(sql, [ids]) as Promise<Row[]>;
  const [children, legal, placements, meetings, plans, siblings, views, referrals, unsafe, caseFacts, escalations] = await Promise.all([
    q(`SELECT id, date_of_birth::text, date_looked_after::text, date_ceased_looked_after::text, advocacy_offered_on::text, iro_allocated_on::text
         FROM children WHERE id = ANY($1)`),
    q(`SELECT child_id, status, start_date::text, end_date::text FROM legal_statuses WHERE child_id = ANY($1) ORDER BY start_date`),
    q(`SELECT child_id, type, start_date::text, end_date::text, carer_name, in_area, weekly_cost::float8 AS weekly_cost
         FROM placements WHERE child_id = ANY($1) ORDER BY start_date`),
    q(`SELECT id, child_id, type, due_date::text, held_on::text, signed_off_at, shared_with_child_at
         FROM meetings WHERE child_id = ANY($1) ORDER BY coalesce(held_on, due_date)`),
    q(`SELECT p.id, p.child_id, p.plan_number, p.status, p.primary_option, p.approved_at, p.head_of_service_approved_at,
              p.panel_recommended_at, p.endorsed_at, p.achieved_at, p.ended_at, p.created_at,
              coalesce(array_agg(pc.option ORDER BY pc.position) FILTER (WHERE pc.option IS NOT NULL), '{}') AS contingencies
         FROM plans p LEFT JOIN plan_contingencies pc ON pc.plan_id = p.id
        WHERE p.child_id = ANY($1) AND p.deleted_at IS NULL
        GROUP BY p.id ORDER BY p.plan_number`),
    q(`SELECT me.id AS child_id, other.legal_first_name, other.preferred_name, s.living_together,
              EXISTS (SELECT 1 FROM together_apart_assessments a WHERE a.sibling_link_id = s.id) AS has_assessment,
              EXISTS (SELECT 1 FROM keeping_in_touch_plans k WHERE k.sibling_link_id = s.id) AS has_plan
         FROM sibling_links s
         JOIN children me ON me.id IN (s.child_a_id, s.child_b_id)
         JOIN children other ON other.id = CASE WHEN s.child_a_id = me.id THEN s.child_b_id ELSE s.child_a_id END
        WHERE me.id = ANY($1)`),
    q(`SELECT id, child_id, sent_at, replied_at FROM views WHERE child_id = ANY($1) AND status = 'SENT' AND deleted_at IS NULL`),
    q(`SELECT child_id, status, created_at FROM advocacy_referrals WHERE child_id = ANY($1)`),
    q(`SELECT id, child_id, created_at, acknowledged_at FROM child_messages WHERE child_id = ANY($1) AND kind = 'UNSAFE'`),
    q(`SELECT child_id, court_proceedings_started_on::text, court_proceedings_ended_on::text, discharge_plan_agreed_on::text,
              adoption_matched_on::text, kinship_carer_available, carer_cannot_consider_sgo, joint_funding, returning_for_review,
              difficulty_securing_plan, edge_of_care, plan_to_become_looked_after, looked_after_in_emergency
         FROM case_facts WHERE child_id = ANY($1)`),
    q(`SELECT child_id, raised_on::text, resolved_on::text FROM iro_escalations WHERE child_id = ANY($1)`),
  ]);
  const by = {
    legal: groupBy(legal, 'child_id'),
    placements: groupBy(placements, 'child_id'),
    meetings: groupBy(meetings, 'child_id'),
    plans: groupBy(plans, 'child_id'),
    siblings: groupBy(siblings, 'child_id'),
    views: groupBy(views, 'child_id'),
    referrals: groupBy(referrals, 'child_id'),
    unsafe: groupBy(unsafe, 'child_id'),
    caseFacts: groupBy(caseFacts, 'child_id'),
    escalations: groupBy(escalations, 'child_id'),
  };
  for (const c of children) {
    const id = String(c.id);
    const childMeetings = (by.meetings.get(id) ?? []).map((m) => ({
      id: String(m.id),
      type: m.type as ChildFacts['meetings'][number]['type'],
      dueDate: day(m.due_date),
      heldOn: day(m.held_on),
      signedOffAt: day(m.signed_off_at),
      sharedWithChildAt: day(m.shared_with_child_at),
    }));
    const reviewDates = childMeetings
      .filter((m) => m.heldOn && REVIEWED_BY.includes(m.type))
      .map((m) => m.heldOn as string)
      .sort();
    const cf = by.caseFacts.get(id)?.[0];
    const base = emptyChildFacts(id, String(c.date_of_birth), day(c.date_looked_after));
    facts.set(id, {
      ...base,
      dateCeasedLookedAfter: day(c.date_ceased_looked_after),
      advocacyOfferedOn: day(c.advocacy_offered_on),
      iroAllocatedOn: day(c.iro_allocated_on),
      legalStatuses: (by.legal.get(id) ?? []).map((l) => ({
        status: l.status as ChildFacts['legalStatuses'][number]['status'],
        startDate: String(l.start_date),
        endDate: day(l.end_date),
      })),
      placements: (by.placements.get(id) ?? []).map((p) => ({
        type: p.type as ChildFacts['placements'][number]['type'],
        startDate: String(p.start_date),
        endDate: day(p.end_date),
        carerName: String(p.carer_name),
        inArea: Boolean(p.in_area),
        weeklyCost: Number(p.weekly_cost),
      })),
      meetings: childMeetings,
      plans: (by.plans.get(id) ?? []).map((p): PlanFact => {
        const created = day(p.created_at) as string;
        return {
          id: String(p.id),
          planNumber: Number(p.plan_number),
          status: p.status as PlanFact['status'],
          primaryOption: (p.primary_option ?? null) as PlanFact['primaryOption'],
          contingencyOptions: p.contingencies as PlanFact['contingencyOptions'],
          approvedAt: day(p.approved_at),
          headOfServiceApprovedAt: day(p.head_of_service_approved_at),
          panelRecommendedAt: day(p.panel_recommended_at),
          endorsedAt: day(p.endorsed_at),
          achievedAt: day(p.achieved_at),
          endedAt: day(p.ended_at),
          lastReviewedOn: reviewDates.filter((d) => d >= created).at(-1) ?? null,
        };
      }),
      siblings: (by.siblings.get(id) ?? []).map((s) => ({
        siblingFirstName: String(s.preferred_name ?? s.legal_first_name),
        livingTogether: Boolean(s.living_together),
        hasAssessment: Boolean(s.has_assessment),
        hasKeepingInTouchPlan: Boolean(s.has_plan),
      })),
      views: (by.views.get(id) ?? []).map((v) => ({ id: String(v.id), sentAt: day(v.sent_at) as string, repliedAt: day(v.replied_at) })),
      advocacyReferrals: (by.referrals.get(id) ?? []).map((r) => ({
        status: r.status as ChildFacts['advocacyReferrals'][number]['status'],
        requestedOn: day(r.created_at) as string,
      })),
      unsafeReports: (by.unsafe.get(id) ?? []).map((u) => ({ id: String(u.id), createdAt: day(u.created_at) as string, acknowledgedAt: day(u.acknowledged_at) })),
      iroDisputes: (by.escalations.get(id) ?? []).map((e) => ({ raisedOn: String(e.raised_on), resolvedOn: day(e.resolved_on) })),
      courtProceedingsStartedOn: day(cf?.court_proceedings_started_on),
      courtProceedingsEndedOn: day(cf?.court_proceedings_ended_on),
      dischargePlanAgreedOn: day(cf?.discharge_plan_agreed_on),
      adoptionMatchedOn: day(cf?.adoption_matched_on),
      kinshipCarerAvailable: cf?.kinship_carer_available === null || cf?.kinship_carer_available === undefined ? undefined : Boolean(cf.kinship_carer_available),
      carerCannotConsiderSgo: Boolean(cf?.carer_cannot_consider_sgo),
      jointFunding: Boolean(cf?.joint_funding),
      returningForReview: Boolean(cf?.returning_for_review),
      difficultySecuringPlan: Boolean(cf?.difficulty_securing_plan),
      edgeOfCare: Boolean(cf?.edge_of_care),
      planToBecomeLookedAfter: Boolean(cf?.plan_to_become_looked_after),
      lookedAfterInEmergency: Boolean(cf?.looked_after_in_emergency),
    });
  }
  return facts;
}
