import type { EntityManager } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { getManyPlain } from '../../common/plain-rows';
import { permits, stateAllows } from '../../policies/plan.policy';
import { addWorkingDays } from '../../rules/working-days';
import type { AlertsService } from '../alerts/alerts.service';
import type { ChildrenService } from '../children/children.service';
import type { PolicyService } from '../policy/policy.service';

/** Who gets a digest: the roles that hold children. */
const DIGEST_ROLES: Role[] = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'];

export interface DigestPerson {
  actor: Actor;
  name: string;
  email: string | null;
}

export async function digestPeople(m: EntityManager): Promise<DigestPerson[]> {
  const rows = await m.query(
    `SELECT u.id, u.first_name, u.last_name, u.email, r.role, r.council_id, r.team_id FROM users u
       JOIN role_assignments r ON r.user_id = u.id AND r.role = ANY($1::text[])
      WHERE u.disabled_at IS NULL ORDER BY u.id`,
    [DIGEST_ROLES],
  );
  return rows.map((r: Record<string, string | null>) => ({
    actor: { userId: r.id!, sessionId: 'daily-digest', role: r.role as Role, councilId: r.council_id!, teamId: r.team_id, childId: null, firstName: r.first_name!, lastName: r.last_name! },
    name: `${r.first_name} ${r.last_name}`,
    email: r.email,
  }));
}

/**
 * One person's digest lines, by case reference only: reviews due within 5
 * working days and overdue items (from the same rules as the alerts), and
 * plans waiting for this person's decision (from the plan policy).
 */
export async function digestLines(
  deps: { alerts: AlertsService; children: ChildrenService; policy: PolicyService },
  m: EntityManager,
  actor: Actor,
  today: string,
): Promise<string[]> {
  const children = await getManyPlain(deps.children.reachable(actor).andWhere('c.date_ceased_looked_after IS NULL'));
  if (children.length === 0) return [];
  const [facts, profile, holidays] = await Promise.all([
    deps.alerts.facts(children.map((c) => c.id)),
    deps.alerts.profile(actor.councilId),
    deps.policy.nonWorkingDays(actor.councilId),
  ]);
  const horizon = addWorkingDays(today, 5, holidays.map((h) => h.date));
  const due: string[] = [];
  const overdue: string[] = [];
  for (const child of children) {
    const f = facts.get(child.id);
    if (!f) continue;
    for (const alert of deps.alerts.alertsFor(f, profile)) {
      if (alert.code === 'REVIEW_DUE_SOON' && alert.dueDate && alert.dueDate <= horizon) due.push(`- Case ${child.localId}: ${alert.title}, due by ${alert.dueDate}`);
      else if ((alert.daysOverdue ?? 0) > 0) overdue.push(`- Case ${child.localId}: ${alert.title}, ${alert.daysOverdue} days overdue`);
    }
  }
  const plans: { child_id: string; status: 'PROPOSED' | 'APPROVED' | 'RECOMMENDED_BY_PANEL' }[] = await m.query(
    `SELECT p.child_id, p.status FROM plans p WHERE p.child_id = ANY($1::uuid[]) AND p.status IN ('PROPOSED', 'APPROVED', 'RECOMMENDED_BY_PANEL')`,
    [children.map((c) => c.id)],
  );
  const byId = new Map(children.map((c) => [c.id, c]));
  const waiting = plans
    .filter((p) => {
      const child = byId.get(p.child_id)!;
      return (['approve', 'endorse'] as const).some((action) => stateAllows(action, p.status) && permits(actor, action, child));
    })
    .map((p) => `- Case ${byId.get(p.child_id)!.localId}: a Forever Plan is waiting for your ${p.status === 'PROPOSED' ? 'approval' : 'endorsement'}`);
  return [
    ...(due.length ? ['Reviews due within 5 working days:', ...due.sort()] : []),
    ...(overdue.length ? ['Overdue:', ...overdue.sort()] : []),
    ...(waiting.length ? ['Plans waiting for you:', ...waiting.sort()] : []),
  ];
}
