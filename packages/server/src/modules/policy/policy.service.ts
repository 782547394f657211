import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, conflict } from '../../common/errors';
import {
  defineProfile,
  EXAMPLE_PROFILES,
  NATIONAL_DEFAULT_PROFILE,
  validateProfile,
  type PolicyProfile,
  type PolicySettings,
} from '../../rules';
import { writeAudit } from '../audit/audit.service';
import { NonWorkingDayEntity } from './non-working-day.entity';
import { PolicyProfileVersionEntity } from './policy-profile-version.entity';

/**
 * A council's local policy as versions of a shipped profile plus overrides,
 * and the extra non-working days its administrator adds. With no version
 * saved, a council works to the national default.
 */
export class PolicyService {
  /** Each council's versions as last read, and when (see ServerConfig.policyCacheSeconds). */
  private readonly cache = new Map<string, { readAt: number; versions: Promise<PolicyProfile[]> }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly cacheSeconds = 0,
  ) {}

  baseProfile(id: string): PolicyProfile {
    const base = EXAMPLE_PROFILES.find((p) => p.id === id);
    if (!base) throw badInput(`There is no shipped profile called "${id}". Choose one of: ${EXAMPLE_PROFILES.map((p) => p.id).join(', ')}.`, 'baseProfile');
    return base;
  }

  /**
   * Every version of the council's profile, oldest first, each carrying the
   * council's extra non-working days. Read at most once per cacheSeconds per
   * process: every rule on every request needs it, and it changes a few times a year.
   */
  versions(councilId: string): Promise<PolicyProfile[]> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(councilId);
    if (cached && now - cached.readAt < this.cacheSeconds * 1000) return cached.versions;
    const versions = this.read(councilId);
    if (this.cacheSeconds > 0) {
      this.cache.set(councilId, { readAt: now, versions });
      // A failed read is not remembered.
      versions.catch(() => this.cache.delete(councilId));
    }
    return versions;
  }

  /** Both tables in one statement. */
  private async read(councilId: string): Promise<PolicyProfile[]> {
    const [row] = (await this.dataSource.query(
      `SELECT coalesce((SELECT json_agg(json_build_object('baseProfile', v.base_profile, 'effectiveFrom', v.effective_from, 'overrides', v.overrides)
                                  ORDER BY v.effective_from) FROM policy_profile_versions v WHERE v.council_id = $1), '[]') AS versions,
              coalesce((SELECT json_agg(d.date ORDER BY d.date) FROM non_working_days d WHERE d.council_id = $1), '[]') AS days`,
      [councilId],
    )) as { versions: Pick<PolicyProfileVersionEntity, 'baseProfile' | 'effectiveFrom' | 'overrides'>[]; days: string[] }[];
    const rows = row.versions;
    const extraHolidays = row.days;
    // The national default is version zero and stays first: a clock that started
    // before the council's first version keeps running under it, so a new
    // version never moves a deadline that started before it.
    const versionZero: PolicyProfile = { ...NATIONAL_DEFAULT_PROFILE, extraHolidays };
    return [versionZero, ...rows.map((row) => {
      const base = this.baseProfile(row.baseProfile);
      return defineProfile(
        { id: base.id, name: base.name, council: base.council, effectiveFrom: row.effectiveFrom, extraHolidays },
        { ...pickSettings(base), ...row.overrides },
      );
    })];
  }

  async nonWorkingDays(councilId: string): Promise<NonWorkingDayEntity[]> {
    return this.dataSource.getRepository(NonWorkingDayEntity).find({ where: { councilId }, order: { date: 'ASC' } });
  }

  /** A new version from a date. Audited with the settings before and after. */
  async addVersion(
    actor: Actor,
    input: { baseProfile: string; effectiveFrom: string; overrides: Partial<PolicySettings> },
    ip: string | null,
  ): Promise<PolicyProfile[]> {
    const base = this.baseProfile(input.baseProfile);
    const candidate = defineProfile(
      { id: base.id, name: base.name, council: base.council, effectiveFrom: input.effectiveFrom },
      { ...pickSettings(base), ...input.overrides },
    );
    const today = isoDateInLondon(this.clock.now());
    // Never retroactive: a version starts tomorrow at the earliest, so no clock that has already started changes.
    if (input.effectiveFrom <= today) {
      throw badInput(`A new version of the policy must start after today (${today}): clocks that have already started keep the policy they started under.`, 'effectiveFrom');
    }
    const problems = validateProfile(candidate);
    if (problems.length > 0) {
      throw badInput(problems.map((p) => `${p.field}: ${p.problem}`).join('; '), String(problems[0].field));
    }
    await this.dataSource.transaction(async (manager) => {
      await lockCouncilPolicy(manager, actor.councilId);
      const existing = await manager.findOne(PolicyProfileVersionEntity, {
        where: { councilId: actor.councilId, effectiveFrom: input.effectiveFrom },
      });
      if (existing) throw conflict(`A version of the policy already starts on ${input.effectiveFrom}. Choose another date.`);
      const before = (await this.versions(actor.councilId)).at(-1) ?? null;
      const row = await manager.save(
        manager.create(PolicyProfileVersionEntity, {
          councilId: actor.councilId,
          baseProfile: base.id,
          effectiveFrom: input.effectiveFrom,
          overrides: input.overrides,
          createdById: actor.userId,
        }),
      );
      await writeAudit(manager, actor, ip, [
        {
          action: 'POLICY_CHANGED',
          recordType: 'PolicyProfileVersion',
          recordId: row.id,
          changes: { profile: { before: before ? pickSettings(before) : null, after: pickSettings(candidate) } },
        },
      ]);
    });
    this.cache.delete(actor.councilId);
    return this.versions(actor.councilId);
  }

  async addNonWorkingDay(actor: Actor, date: string, name: string, ip: string | null): Promise<NonWorkingDayEntity[]> {
    await this.dataSource.transaction(async (manager) => {
      await lockCouncilPolicy(manager, actor.councilId);
      const exists = await manager.findOne(NonWorkingDayEntity, { where: { councilId: actor.councilId, date } });
      if (exists) throw conflict(`${date} is already a non-working day (${exists.name}).`);
      const row = await manager.save(manager.create(NonWorkingDayEntity, { councilId: actor.councilId, date, name, createdById: actor.userId }));
      await writeAudit(manager, actor, ip, [
        { action: 'NON_WORKING_DAY_ADDED', recordType: 'NonWorkingDay', recordId: row.id, changes: { date: { before: null, after: date } } },
      ]);
    });
    this.cache.delete(actor.councilId);
    return this.nonWorkingDays(actor.councilId);
  }
}

/**
 * Changes to a council's policy one at a time: two saves of the same date at
 * once would otherwise both pass the "already there" check and one would hit
 * the unique index as a server error instead of a CONFLICT.
 */
async function lockCouncilPolicy(manager: EntityManager, councilId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('council-policy:' || $1))`, [councilId]);
}

/** Only the settings of a profile, without its identity. */
export function pickSettings(profile: PolicyProfile): PolicySettings {
  const { id: _i, name: _n, council: _c, effectiveFrom: _e, extraHolidays: _x, ...settings } = profile;
  return settings;
}
