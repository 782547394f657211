import type { DataSource } from 'typeorm';

/** Plans and meetings put directly into a state, for tests that need one before a call. */

export type PlanStatus = 'DRAFT' | 'PROPOSED' | 'APPROVED' | 'RECOMMENDED_BY_PANEL' | 'ENDORSED';

/** The child's latest plan in `status`, complete enough to submit, with an outcome; made if there is none. */
export async function planInState(ds: DataSource, childId: string, status: PlanStatus): Promise<{ planId: string; expectedVersion: number }> {
  let [plan] = await ds.query(`SELECT id FROM plans WHERE child_id = $1 AND deleted_at IS NULL ORDER BY plan_number DESC LIMIT 1`, [childId]);
  if (!plan) {
    [plan] = await ds.query(
      `INSERT INTO plans (child_id, plan_number, status, created_by_id)
       SELECT id, 1, 'DRAFT', social_worker_id FROM children WHERE id = $1 RETURNING id`,
      [childId],
    );
  }
  await ds.query(
    `UPDATE plans SET status = $2, primary_option = 'ADOPTION', child_friendly_summary = 'We are finding you a forever family.',
            head_of_service_approved_at = NULL, head_of_service_approved_by_id = NULL, version = version + 1
      WHERE id = $1`,
    [plan.id, status],
  );
  await ds.query(
    `INSERT INTO plan_contingencies (plan_id, option, position) VALUES ($1, 'KINSHIP_CARE', 0) ON CONFLICT DO NOTHING`,
    [plan.id],
  );
  await ds.query(
    `WITH outcome AS (
       INSERT INTO plan_outcomes (plan_id, position, outcome, measure)
       SELECT $1, 0, 'Matrix outcome', 'Measured'
        WHERE NOT EXISTS (SELECT 1 FROM plan_outcomes WHERE plan_id = $1)
       RETURNING id)
     INSERT INTO plan_outcome_actions (outcome_id, position, action, by_whom, due_date)
     SELECT id, 0, 'Act', 'Social worker', '2027-01-31' FROM outcome`,
    [plan.id],
  );
  const [{ version }] = await ds.query(`SELECT version FROM plans WHERE id = $1`, [plan.id]);
  return { planId: plan.id, expectedVersion: version };
}

/** A meeting of the child of this type (made once), with the given columns set. */
export async function meetingInState(
  ds: DataSource,
  childId: string,
  type: 'FIRST_REVIEW' | 'PERMANENCE_PLANNING_MEETING',
  state: { held: boolean; signedOff: boolean },
): Promise<{ meetingId: string; expectedVersion: number }> {
  let [meeting] = await ds.query(`SELECT id FROM meetings WHERE child_id = $1 AND type = $2 ORDER BY created_at LIMIT 1`, [childId, type]);
  if (!meeting) {
    [meeting] = await ds.query(`INSERT INTO meetings (child_id, type, due_date) VALUES ($1, $2, '2026-11-20') RETURNING id`, [childId, type]);
  }
  await ds.query(
    `UPDATE meetings SET held_on = $2, signed_off_at = $3, signed_off_by_id = NULL, plan_endorsed_id = NULL,
            participation = CASE WHEN $2::date IS NULL THEN NULL ELSE 'PN1' END, version = version + 1
      WHERE id = $1`,
    [meeting.id, state.held ? '2026-11-18' : null, state.signedOff ? new Date('2026-11-19T12:00:00Z') : null],
  );
  const [{ version }] = await ds.query(`SELECT version FROM meetings WHERE id = $1`, [meeting.id]);
  return { meetingId: meeting.id, expectedVersion: version };
}

