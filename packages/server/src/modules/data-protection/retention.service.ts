import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { assertVersion } from '../../policies/child-record';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, CodedError } from '../../common/errors';
import { addDays } from '../../rules';
import { diff, writeAudit } from '../audit/audit.service';
import { CouncilEntity } from '../councils/council.entity';
import type { RetentionFact } from './subject-access.document';

/** The statutory minimums: a council may keep records longer, never for less. */
export const STATUTORY_LOOKED_AFTER_UNTIL_AGE = 75;
export const STATUTORY_ADOPTION_YEARS = 100;
export const RETENTION_RULES = ['LOOKED_AFTER', 'ADOPTION_ORDER', 'PLACED_FOR_ADOPTION'] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

export interface RetentionSettings {
  lookedAfterUntilAge: number;
  adoptionYears: number;
  version: number;
}

export interface RetentionReviewRow {
  childId: string;
  localId: string;
  /** Null for an administrator: they run the service but have no access to any child's case. */
  name: string | null;
  dateOfBirth: string | null;
  keepUntil: string;
  rule: RetentionRule;
  /** The date the rule counts from (birth, adoption order, placement); null for an administrator. */
  ruleFrom: string | null;
  overdue: boolean;
}

/** SQLSTATE the database raises when something would be deleted before its time (see the RetentionGuard migration). */
export const RETENTION_SQLSTATE = 'FPR01';

/**
 * The database's refusal to delete before the retention date, as the client
 * should hear it (CONFLICT, with the date and rule); null for any other error.
 */
export function retentionRefusalFrom(error: unknown): CodedError | null {
  const driver = error instanceof QueryFailedError ? (error.driverError as { code?: string; detail?: string }) : null;
  if (driver?.code !== RETENTION_SQLSTATE) return null;
  const [keepUntil, rule] = (driver.detail ?? '').split(' ');
  return new CodedError(
    'CONFLICT',
    keepUntil
      ? `This child's record must be kept until ${keepUntil}, so nothing in it can be deleted yet.`
      : "Children's records cannot be deleted in bulk.",
    { keepUntil: keepUntil || null, rule: rule || null },
  );
}

/**
 * How long each child's record is kept, from the council's settings and the
 * child's own dates. The rule itself lives in the database (child_retention),
 * beside the trigger that enforces it, so the list and the guard cannot differ.
 */
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async settings(actor: Actor): Promise<RetentionSettings> {
    const council = await this.dataSource.manager.findOneByOrFail(CouncilEntity, { id: actor.councilId });
    return present(council);
  }

  /** The administrator lengthens (never shortens below the law) how long the council keeps records. Audited. */
  async updateSettings(
    actor: Actor,
    input: { lookedAfterUntilAge: number; adoptionYears: number; expectedVersion: number },
    ip: string | null,
  ): Promise<RetentionSettings> {
    if (input.lookedAfterUntilAge < STATUTORY_LOOKED_AFTER_UNTIL_AGE) {
      throw badInput(`Records of children looked after must be kept at least until the ${STATUTORY_LOOKED_AFTER_UNTIL_AGE}th birthday.`, 'lookedAfterUntilAge');
    }
    if (input.adoptionYears < STATUTORY_ADOPTION_YEARS) {
      throw badInput(`Adoption records must be kept for at least ${STATUTORY_ADOPTION_YEARS} years.`, 'adoptionYears');
    }
    return this.dataSource.transaction(async (manager) => {
      const council = await manager.findOneOrFail(CouncilEntity, { where: { id: actor.councilId }, lock: { mode: 'pessimistic_write' } });
      assertVersion(council, input.expectedVersion);
      const before = { retentionLookedAfterUntilAge: council.retentionLookedAfterUntilAge, retentionAdoptionYears: council.retentionAdoptionYears };
      council.retentionLookedAfterUntilAge = input.lookedAfterUntilAge;
      council.retentionAdoptionYears = input.adoptionYears;
      const saved = await manager.save(council);
      await writeAudit(manager, actor, ip, [
        {
          action: 'UPDATE',
          recordType: 'RetentionSettings',
          recordId: council.id,
          changes: diff(before, { retentionLookedAfterUntilAge: saved.retentionLookedAfterUntilAge, retentionAdoptionYears: saved.retentionAdoptionYears }),
        },
      ]);
      return present(saved);
    });
  }

  /** One child's retention date and the rule that set it (the caller has already authorized the child). */
  async forChild(manager: EntityManager, childId: string): Promise<RetentionFact | null> {
    const [row] = await manager.query(`SELECT keep_until::text, rule, rule_from::text FROM child_retention($1)`, [childId]);
    return row ? { keepUntil: row.keep_until, rule: row.rule, ruleFrom: row.rule_from } : null;
  }

  /**
   * The council's children whose retention date has passed or falls within
   * the next `withinDays` days, soonest first: the records due for review.
   * Scoped to the actor's council in SQL. Audited.
   */
  async dueForReview(actor: Actor, withinDays: number, ip: string | null): Promise<RetentionReviewRow[]> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3660) {
      throw badInput('withinDays must be a whole number of days from 0 to 3660 (ten years).', 'withinDays');
    }
    const today = isoDateInLondon(this.clock.now());
    const until = addDays(today, withinDays);
    const rows: { id: string; local_id: string; first: string; last: string; dob: string; keep_until: string; rule: RetentionRule; rule_from: string }[] =
      await this.dataSource.query(
        `SELECT c.id, c.local_id, c.legal_first_name AS first, c.legal_last_name AS last, c.date_of_birth::text AS dob,
                r.keep_until::text AS keep_until, r.rule, r.rule_from::text AS rule_from
           FROM children c CROSS JOIN LATERAL child_retention(c.id) r
          WHERE c.council_id = $1 AND r.keep_until <= $2::date
          ORDER BY r.keep_until, c.local_id
          LIMIT 500`,
        [actor.councilId, until],
      );
    const seesCases = actor.role === 'HEAD_OF_SERVICE';
    await writeAudit(this.dataSource.manager, actor, ip, [
      { action: 'READ', recordType: 'RetentionReview', parts: [`within ${withinDays} days`, `${rows.length} children`] },
    ]);
    return rows.map((r) => ({
      childId: r.id,
      localId: r.local_id,
      name: seesCases ? `${r.first} ${r.last}` : null,
      dateOfBirth: seesCases ? r.dob : null,
      keepUntil: r.keep_until,
      rule: r.rule,
      ruleFrom: seesCases ? r.rule_from : null,
      overdue: r.keep_until <= today,
    }));
  }
}

function present(council: CouncilEntity): RetentionSettings {
  return { lookedAfterUntilAge: council.retentionLookedAfterUntilAge, adoptionYears: council.retentionAdoptionYears, version: council.version };
}
