import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { decodeCursor, encodeCursor, pageSize, type ConnectionShape } from '../../common/connection';
import { ageOn } from '../../common/dates';
import { isPermanenceAuthority, isPreviousPermanence, partialDateRange } from '@forever-planning/shared';
import { badInput, forbidden, notFound } from '../../common/errors';
import { actingAs, assertVersion, lockChild } from '../../policies/child-record';
import { assertId, isUuid } from '../../common/validation';
import { childReach } from '../../policies/child-reach';
import { getOnePlain, getRawAndManyPlain } from '../../common/plain-rows';
import { can } from '../../policies/child.policy';
import { diff, listReadEntries, writeAudit } from '../audit/audit.service';
import { ChildEntity } from './child.entity';
import { ChildType } from './child.type';
import type { ChildDetailsInput, ChildrenFilter, CreateChildInput, UpdateChildInput } from './children.inputs';
import { CURRENT_PLAN_SQL } from './children.sql';
import { childSortSql, type ChildSort } from './children.sort';
import { childListScreen, childRecordScreen, type ScreenRequest } from './children.screen-query';

export class ChildrenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return isoDateInLondon(this.clock.now());
  }

  /**
   * An instance of ChildType, not a plain object: type-graphql copies a plain root into a new
   * ChildType for every field resolver of every child (a caseload's alerts, placement, plan...).
   */
  present(child: ChildEntity): ChildType {
    return Object.assign(new ChildType(), {
      id: child.id,
      version: child.version,
      updatedAt: child.updatedAt,
      updatedById: child.updatedById,
      localId: child.localId,
      legalFirstName: child.legalFirstName,
      legalLastName: child.legalLastName,
      preferredName: child.preferredName,
      displayName: `${child.preferredName ?? child.legalFirstName} ${child.legalLastName}`,
      dateOfBirth: child.dateOfBirth,
      age: ageOn(child.dateOfBirth, this.today()),
      gender: child.gender,
      ethnicity: child.ethnicity,
      religion: child.religion,
      firstLanguage: child.firstLanguage,
      disability: child.disability,
      healthNeeds: child.healthNeeds,
      school: child.school,
      virtualSchool: child.virtualSchool,
      upn: child.upn,
      dateLookedAfter: child.dateLookedAfter,
      dateCeasedLookedAfter: child.dateCeasedLookedAfter,
      categoryOfNeed: child.categoryOfNeed,
      uasc: child.uasc,
      mother: child.mother,
      mothersChildDateOfBirth: child.mothersChildDateOfBirth,
      previousPermanence: child.previousPermanence,
      previousPermanenceLa: child.previousPermanenceLa,
      previousPermanenceDate: child.previousPermanenceDate,
      adoptionDecisionOn: child.adoptionDecisionOn,
      adoptionDecisionCeasedOn: child.adoptionDecisionCeasedOn,
      adoptionDecisionCeasedReason: child.adoptionDecisionCeasedReason,
      advocacyOfferedOn: child.advocacyOfferedOn,
      importedFrom: child.importedFrom,
      importedAt: child.importedAt,
      iroAllocatedOn: child.iroAllocatedOn,
      councilId: child.councilId,
      teamId: child.teamId,
      socialWorkerId: child.socialWorkerId,
      iroId: child.iroId,
      // Resolved by field resolvers through loaders.
      team: undefined as unknown as ChildType['team'],
      socialWorker: null,
      iro: null,
    });
  }

  /** Children the actor reaches, as a query builder: the reach is in the WHERE clause. */
  reachable(actor: Actor): SelectQueryBuilder<ChildEntity> {
    const reach = childReach(actor, 'c');
    return this.dataSource.getRepository(ChildEntity).createQueryBuilder('c').where(reach.sql, reach.params);
  }

  /** One child's professional record, or NOT_FOUND; the read is audited with the parts returned. */
  async get(actor: Actor, id: string, parts: string[], ip: string | null, screen?: ScreenRequest): Promise<ChildType> {
    const childId = assertId(id, 'Child');
    if (screen) {
      // One statement: reach, the record, its relations and the READ row (children.screen-query.ts).
      // The reach of every role that reads records implies can(readRecord); checked again all the same.
      const child = await childRecordScreen(this.dataSource, actor, childId, parts, ip, this.today(), screen);
      if (!child || !can(actor, 'readRecord', child)) throw notFound('Child');
      return this.present(child);
    }
    const child = await getOnePlain(this.reachable(actor).andWhere('c.id = :childId', { childId }));
    if (!child || !can(actor, 'readRecord', child)) throw notFound('Child');
    await writeAudit(this.dataSource.manager, actor, ip, [
      { action: 'READ', childId: child.id, recordType: 'Child', recordId: child.id, parts },
    ]);
    return this.present(child);
  }

  async list(
    actor: Actor,
    filter: ChildrenFilter | undefined,
    first: number | undefined,
    after: string | undefined,
    parts: string[],
    ip: string | null,
    onlyIds?: readonly string[],
    sortBy: ChildSort | null = null,
    screen?: ScreenRequest,
  ): Promise<ConnectionShape<ChildType>> {
    const limit = pageSize(first);
    const qb = this.reachable(actor);
    // Filters the rules decide (an alert today) arrive as the ids that pass.
    if (onlyIds) qb.andWhere(onlyIds.length ? 'c.id IN (:...onlyIds)' : 'FALSE', { onlyIds: [...onlyIds] });
    if (filter?.name) {
      qb.andWhere(
        `(c.legal_first_name ILIKE :name OR c.legal_last_name ILIKE :name OR c.preferred_name ILIKE :name OR (c.legal_first_name || ' ' || c.legal_last_name) ILIKE :name)`,
        { name: `%${filter.name.replace(/[\\%_]/g, (m) => `\\${m}`)}%` },
      );
    }
    if (filter?.teamId) qb.andWhere('c.team_id = :teamId', { teamId: assertId(filter.teamId, 'Team') });
    if (filter?.planOption || filter?.planStatus) {
      const inForce = [CURRENT_PLAN_SQL('c', 'fp')];
      if (filter.planOption) inForce.push('fp.primary_option = :planOption');
      if (filter.planStatus) inForce.push('fp.status = :planStatus');
      let match = `EXISTS (SELECT 1 FROM plans fp WHERE ${inForce.join(' AND ')})`;
      // A status also matches a newer version being worked on: "Submitted for approval" finds a
      // new version awaiting the manager while the approved one stays in force.
      if (filter.planStatus) {
        match = `(${match} OR EXISTS (SELECT 1 FROM plans np WHERE np.child_id = c.id AND np.deleted_at IS NULL AND np.status = :planStatus
          ${filter.planOption ? 'AND np.primary_option = :planOption' : ''}
          AND np.plan_number = (SELECT max(mp.plan_number) FROM plans mp WHERE mp.child_id = c.id AND mp.deleted_at IS NULL)))`;
      }
      // One AND-ed condition: the actor's reach above still applies to every row.
      qb.andWhere(match, { planOption: filter.planOption, planStatus: filter.planStatus });
    }
    // The count of every matching child travels with the page (an uncorrelated subquery PostgreSQL runs once).
    const countQuery = qb.clone();
    const countSql = countQuery.select('count(*)').getQuery();
    // Sorted in SQL before paging; the cursor carries the sort it was made for and the last row's key.
    const { by, direction } = sortBy ?? { by: 'NAME', direction: 'ASCENDING' };
    const sort = childSortSql({ by, direction });
    const sortName = `${by}:${direction}`;
    qb.setParameter('today', this.today());
    if (after) {
      const [cursorSort, cursorMissing, cursorValue, cursorId] = decodeCursor(after, 4);
      if (cursorSort !== sortName) throw badInput('The cursor was made for another sort: start again from the first page.', 'after');
      if (!isUuid(cursorId) || !sort.validCursor(cursorMissing, cursorValue)) throw badInput('The cursor is not one this server gave out.', 'after');
      qb.andWhere(sort.after, { cursorMissing: Number(cursorMissing), cursorValue, cursorId });
    }
    qb.addSelect(`(${countSql})`, 'total_count')
      .addSelect(sort.missing, 'sort_missing')
      .addSelect(sort.value, 'sort_value')
      .addSelect(sort.valueText, 'sort_text')
      .orderBy('sort_missing', 'ASC')
      .addOrderBy('sort_value', sort.direction)
      .addOrderBy('c.id', sort.direction)
      .limit(limit + 1);
    type Raw = { c_id: string; sort_missing: number; sort_text: string; total_count: string };
    if (screen) {
      // One statement: the page, its relations and the list's audit rows (children.screen-query.ts).
      const { entities, raw } = await childListScreen<Raw>(this.dataSource, actor, qb, limit, 'caseload', parts, ip, this.today(), screen);
      return this.connection(entities, raw, limit, sortName, after ? () => countQuery.getCount() : null);
    }
    const { entities: rows, raw } = await getRawAndManyPlain<ChildEntity, Raw>(qb);
    await writeAudit(
      this.dataSource.manager,
      actor,
      ip,
      listReadEntries('caseload', rows.slice(0, limit).map((c) => c.id), parts),
    );
    return this.connection(rows, raw, limit, sortName, after ? () => countQuery.getCount() : null);
  }

  private async connection(
    rows: ChildEntity[],
    raw: { c_id: string; sort_missing: number; sort_text: string; total_count: string }[],
    limit: number,
    sortName: string,
    countAlone: (() => Promise<number>) | null,
  ): Promise<ConnectionShape<ChildType>> {
    const keys = new Map(raw.map((r) => [r.c_id, [sortName, String(r.sort_missing), r.sort_text]]));
    // No row to carry it (an empty list, or past the last page): count on its own.
    const totalCount = raw.length > 0 ? Number(raw[0].total_count) : countAlone ? await countAlone() : 0;
    const page = rows.slice(0, limit);
    const edges = page.map((c) => ({ cursor: encodeCursor([...keys.get(c.id)!, c.id]), node: this.present(c) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  private checkDates(details: ChildDetailsInput & { dateOfBirth?: string }, existing?: ChildEntity): void {
    const today = this.today();
    const dob = details.dateOfBirth ?? existing?.dateOfBirth;
    const lookedAfter = details.dateLookedAfter !== undefined ? details.dateLookedAfter : existing?.dateLookedAfter;
    if (details.dateOfBirth && details.dateOfBirth > today) throw badInput('dateOfBirth cannot be in the future.', 'dateOfBirth');
    if (lookedAfter && lookedAfter > today) throw badInput('dateLookedAfter cannot be in the future.', 'dateLookedAfter');
    if (lookedAfter && dob && lookedAfter < dob) throw badInput('dateLookedAfter cannot be before dateOfBirth.', 'dateLookedAfter');
    const mother = details.mother !== undefined ? details.mother : existing?.mother;
    const childDob = details.mothersChildDateOfBirth !== undefined ? details.mothersChildDateOfBirth : existing?.mothersChildDateOfBirth;
    const gender = details.gender ?? existing?.gender;
    if (mother === true && gender !== 'FEMALE') throw badInput('mother is asked of girls only (SSDA903 MOTHER).', 'mother');
    if (childDob && mother !== true) throw badInput("mothersChildDateOfBirth is only for a mother: record mother as true, or leave her child's date of birth out.", 'mothersChildDateOfBirth');
    const pick = <K extends 'adoptionDecisionOn' | 'adoptionDecisionCeasedOn' | 'adoptionDecisionCeasedReason'>(k: K) => (details[k] !== undefined ? details[k] : existing?.[k]) ?? null;
    const decided = pick('adoptionDecisionOn');
    const ceased = pick('adoptionDecisionCeasedOn');
    const reason = pick('adoptionDecisionCeasedReason');
    if (decided && decided > today) throw badInput('adoptionDecisionOn cannot be in the future.', 'adoptionDecisionOn');
    if ((ceased === null) !== (reason === null)) throw badInput('Record the day the adoption decision ceased and its reason (RD1 to RD4) together.', ceased ? 'adoptionDecisionCeasedReason' : 'adoptionDecisionCeasedOn');
    if (ceased && (!decided || ceased < decided || ceased > today)) throw badInput('adoptionDecisionCeasedOn must be on or after adoptionDecisionOn, and not in the future.', 'adoptionDecisionCeasedOn');
    if (childDob && (childDob > today || (dob && childDob <= dob))) throw badInput("mothersChildDateOfBirth must be after her own date of birth and not in the future.", 'mothersChildDateOfBirth');
    this.checkPreviousPermanence(details, existing, today, dob, lookedAfter);
  }

  /** PREV_PERM, LA_PERM and DATE_PERM as the DfE's rules 630 to 635 take them: an order's authority and date with P1 to P4, neither with Z1. */
  private checkPreviousPermanence(details: ChildDetailsInput, existing: ChildEntity | undefined, today: string, dob: string | undefined, lookedAfter: string | null | undefined): void {
    // Checked when they (or the start of care they must precede) change: an imported record the DfE would question does not block other edits.
    if (details.previousPermanence === undefined && details.previousPermanenceLa === undefined && details.previousPermanenceDate === undefined && details.dateLookedAfter === undefined) return;
    const pick = <K extends 'previousPermanence' | 'previousPermanenceLa' | 'previousPermanenceDate'>(k: K) => (details[k] !== undefined ? details[k] : existing?.[k]) ?? null;
    const code = pick('previousPermanence');
    const la = pick('previousPermanenceLa');
    const date = pick('previousPermanenceDate');
    if (code !== null && !isPreviousPermanence(code)) throw badInput('previousPermanence must be P1, P2, P3, P4 or Z1.', 'previousPermanence');
    if (code === null || code === 'Z1') {
      if (la !== null || date !== null) throw badInput('Where and when a previous order was made is only recorded with P1 to P4: choose the order, or leave them out (DfE rule 635).', la !== null ? 'previousPermanenceLa' : 'previousPermanenceDate');
      return;
    }
    if (la === null) throw badInput('Record the local authority that made the previous order (DfE rule 630).', 'previousPermanenceLa');
    if (date === null) throw badInput('Record the date of the previous order, with ZZ for a day or month not known (DfE rule 630).', 'previousPermanenceDate');
    if (!isPermanenceAuthority(la)) throw badInput(`"${la}" is not a local authority number the DfE knows, nor WAL, SCO, NIR or NUK (DfE rule 633).`, 'previousPermanenceLa');
    const range = partialDateRange(date);
    if (!range) throw badInput('previousPermanenceDate is not a real date (YYYY-MM-DD, ZZ for a day or month not known).', 'previousPermanenceDate');
    if (range.earliest > today) throw badInput('The previous order cannot be dated in the future.', 'previousPermanenceDate');
    if (dob && range.latest < dob) throw badInput('The previous order cannot be dated before the child was born.', 'previousPermanenceDate');
    // The DfE reads a partial date as its latest possible day (rule 632): give the month when the year is the one care began in.
    if (lookedAfter && range.latest >= lookedAfter) throw badInput('The previous order must be before the child became looked after; with the day or month not known, its last possible day must be (DfE rule 632).', 'previousPermanenceDate');
  }

  /** A social worker adds a child to their own caseload; a team manager to their team, unallocated. */
  async create(actor: Actor, input: CreateChildInput, ip: string | null): Promise<ChildType> {
    if (!actor.teamId) throw forbidden();
    for (const field of ['legalFirstName', 'legalLastName', 'dateOfBirth', 'gender'] as const) {
      if (!input[field]) throw badInput(`${field} is required.`, field);
    }
    this.checkDates(input);
    return this.dataSource.transaction(async (manager) => {
      await actingAs(manager, actor);
      const entity = manager.create(ChildEntity, {
        ...stripUndefined(input),
        councilId: actor.councilId,
        teamId: actor.teamId!,
        socialWorkerId: actor.role === 'SOCIAL_WORKER' ? actor.userId : null,
        iroId: null,
      });
      const saved = await manager.save(entity);
      await writeAudit(manager, actor, ip, [
        { action: 'CREATE', childId: saved.id, recordType: 'Child', recordId: saved.id, changes: diff({}, stripUndefined(input)) },
      ]);
      return this.present(saved);
    });
  }

  async update(actor: Actor, input: UpdateChildInput, ip: string | null): Promise<ChildType> {
    const childId = assertId(input.id, 'Child');
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChild(manager, actor, childId, 'editCase');
      assertVersion(child, input.expectedVersion);
      const { id: _id, expectedVersion: _v, ...changes } = stripUndefined(input);
      this.checkDates(changes, child);
      const audit = diff(child, changes as Partial<ChildEntity>);
      Object.assign(child, changes);
      const saved = await manager.save(child);
      await writeAudit(manager, actor, ip, [{ action: 'UPDATE', childId, recordType: 'Child', recordId: childId, changes: audit }]);
      return this.present(saved);
    });
  }
}

/** Input objects carry undefined for fields the client left out: those are not changes. */
export function stripUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
