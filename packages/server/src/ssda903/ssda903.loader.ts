import type { DataSource, EntityManager } from 'typeorm';
import { MATCHED_STAGES, REVIEW_MEETING_TYPES } from '@forever-planning/shared';
import type { Ssda903Child } from './ssda903.record';

type Row = Record<string, unknown>;
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const flag = (v: unknown): boolean | null => (v === null || v === undefined ? null : Boolean(v));

function byChild(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row.child_id);
    const list = map.get(key);
    // Pushed, not copied: a copy per row made a council's whole return quadratic in a child's rows.
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

/**
 * The return's view of a batch of children, in nine statements. The ids must
 * already be scoped to the caller's reach (or to one council for the CLI).
 */
export async function loadSsda903Children(ds: Pick<EntityManager, 'query'>, childIds: readonly string[]): Promise<Ssda903Child[]> {
  const ids = [...new Set(childIds)];
  if (ids.length === 0) return [];
  const q = (sql: string, extra: unknown[] = []) => ds.query(sql, [ids, ...extra]) as Promise<Row[]>;
  const [children, placements, legal, reviews, health, missing, birthdays, matches, social, dolos] = await Promise.all([
    q(`SELECT id, local_id, gender, date_of_birth::text, ethnicity, upn, home_postcode, date_looked_after::text,
              date_ceased_looked_after::text, category_of_need, uasc, mother, mothers_child_dob::text,
              adoption_decision_on::text, adoption_decision_ceased_on::text, adoption_decision_ceased_reason,
              prev_perm, la_perm, date_perm
         FROM children WHERE id = ANY($1) ORDER BY local_id`),
    q(`SELECT id, child_id, type, carer_name, start_date::text, end_date::text, postcode, in_area, provider, urn, reason_new_episode,
              reason_for_change, end_reason
         FROM placements WHERE child_id = ANY($1) ORDER BY start_date`),
    q(`SELECT child_id, status, start_date::text, end_date::text FROM legal_statuses WHERE child_id = ANY($1) ORDER BY start_date`),
    q(`SELECT child_id, held_on::text, participation FROM meetings WHERE child_id = ANY($1) AND type = ANY($2) AND held_on IS NOT NULL ORDER BY held_on`, [
      [...REVIEW_MEETING_TYPES],
    ]),
    q(`SELECT child_id, year, sdq_score, sdq_reason, convicted, health_check, immunisations, teeth_check, health_assessment, substance_misuse,
              intervention_received, intervention_offered
         FROM health_outcomes WHERE child_id = ANY($1) ORDER BY year`),
    q(`SELECT child_id, kind, start_date::text, end_date::text FROM missing_episodes WHERE child_id = ANY($1) ORDER BY start_date`),
    q(`SELECT child_id, age, in_touch, activity, accommodation FROM care_leaver_birthdays WHERE child_id = ANY($1) ORDER BY age`),
    // The adopters holding the child's match (one carer at a time, family finding makes sure).
    q(`SELECT child_id, matched_on::text, adopters_sex, adopters_legal_status FROM prospective_carers
        WHERE child_id = ANY($1) AND kind = 'ADOPTERS' AND stage = ANY($2) ORDER BY stage_on`, [[...MATCHED_STAGES]]),
    // SW_ID: the account's Social Work England number, else the number the placeholder (from an imported return) holds.
    q(`SELECT e.child_id, COALESCE(u.swe_number, p.swe_number) AS sw_id, e.start_date::text, e.end_date::text, e.reason
         FROM social_worker_episodes e
         LEFT JOIN social_worker_placeholders p ON p.id = e.placeholder_id
         LEFT JOIN users u ON u.id = COALESCE(e.worker_id, p.linked_user_id)
        WHERE e.child_id = ANY($1) ORDER BY e.start_date, e.created_at`),
    q(`SELECT child_id, start_date::text, end_date::text FROM deprivation_of_liberty_orders WHERE child_id = ANY($1) ORDER BY start_date`),
  ]);
  const p = byChild(placements);
  const l = byChild(legal);
  const r = byChild(reviews);
  const h = byChild(health);
  const m = byChild(missing);
  const b = byChild(birthdays);
  const sw = byChild(social);
  const d = byChild(dolos);
  const match = new Map(matches.map((row) => [String(row.child_id), row]));
  return children.map((c): Ssda903Child => {
    const id = String(c.id);
    return {
      id,
      localId: String(c.local_id),
      gender: c.gender as Ssda903Child['gender'],
      dateOfBirth: String(c.date_of_birth),
      ethnicity: text(c.ethnicity),
      upn: text(c.upn),
      homePostcode: text(c.home_postcode),
      dateLookedAfter: text(c.date_looked_after),
      dateCeasedLookedAfter: text(c.date_ceased_looked_after),
      categoryOfNeed: text(c.category_of_need),
      uasc: Boolean(c.uasc),
      mother: c.mother === null || c.mother === undefined ? null : Boolean(c.mother),
      mothersChildDateOfBirth: text(c.mothers_child_dob),
      previousPermanence: text(c.prev_perm),
      previousPermanenceLa: text(c.la_perm),
      previousPermanenceDate: text(c.date_perm),
      adoptionDecisionOn: text(c.adoption_decision_on),
      adoptionDecisionCeasedOn: text(c.adoption_decision_ceased_on),
      adoptionDecisionCeasedReason: text(c.adoption_decision_ceased_reason),
      adoptionMatch: match.has(id)
        ? { matchedOn: text(match.get(id)!.matched_on), adoptersSex: text(match.get(id)!.adopters_sex), adoptersLegalStatus: text(match.get(id)!.adopters_legal_status) }
        : null,
      placements: (p.get(id) ?? []).map((row) => ({
        id: String(row.id),
        type: row.type as Ssda903Child['placements'][number]['type'],
        carerName: String(row.carer_name),
        startDate: String(row.start_date),
        endDate: text(row.end_date),
        postcode: text(row.postcode),
        inArea: Boolean(row.in_area),
        provider: text(row.provider),
        urn: text(row.urn),
        reasonNewEpisode: text(row.reason_new_episode),
        reasonForChange: text(row.reason_for_change),
        endReason: text(row.end_reason),
      })),
      legalStatuses: (l.get(id) ?? []).map((row) => ({
        status: row.status as Ssda903Child['legalStatuses'][number]['status'],
        startDate: String(row.start_date),
        endDate: text(row.end_date),
      })),
      reviews: (r.get(id) ?? []).map((row) => ({ heldOn: String(row.held_on), participation: text(row.participation) })),
      careLeaverBirthdays: (b.get(id) ?? []).map((row) => ({ age: Number(row.age), inTouch: String(row.in_touch), activity: text(row.activity), accommodation: text(row.accommodation) })),
      socialWorkerEpisodes: (sw.get(id) ?? []).map((row) => ({ swId: text(row.sw_id), startDate: String(row.start_date), endDate: text(row.end_date), reason: text(row.reason) })),
      deprivationOfLibertyOrders: (d.get(id) ?? []).map((row) => ({ startDate: String(row.start_date), endDate: text(row.end_date) })),
      missingEpisodes: (m.get(id) ?? []).map((row) => ({ kind: String(row.kind), startDate: String(row.start_date), endDate: text(row.end_date) })),
      healthOutcomes: (h.get(id) ?? []).map((row) => ({
        year: Number(row.year),
        sdqScore: row.sdq_score === null ? null : Number(row.sdq_score),
        sdqReason: text(row.sdq_reason) as Ssda903Child['healthOutcomes'][number]['sdqReason'],
        convicted: flag(row.convicted),
        healthCheck: flag(row.health_check),
        immunisations: Boolean(row.immunisations),
        teethCheck: Boolean(row.teeth_check),
        healthAssessment: Boolean(row.health_assessment),
        substanceMisuse: Boolean(row.substance_misuse),
        interventionReceived: flag(row.intervention_received),
        interventionOffered: flag(row.intervention_offered),
      })),
    };
  });
}

/** Children of one council who were looked after at some time up to the end of the year (the return's candidates), in the order of their local ids. */
export async function councilChildIdsForYear(ds: DataSource, councilId: string, yearStart: string, yearEnd: string): Promise<string[]> {
  const rows: { id: string; local_id: string }[] = await ds.query(
    `SELECT id, local_id FROM children WHERE council_id = $1 AND date_looked_after IS NOT NULL AND date_looked_after <= $3
        AND (date_ceased_looked_after IS NULL OR date_ceased_looked_after >= $2
             -- care leavers, for their 17th to 21st birthdays (OC3)
             OR date_of_birth > $2::date - interval '22 years')`,
    [councilId, yearStart, yearEnd],
  );
  // In the return's order (buildReturn's), so a return built in batches comes out as one built at once.
  return rows.sort((a, b) => a.local_id.localeCompare(b.local_id)).map((r) => r.id);
}
