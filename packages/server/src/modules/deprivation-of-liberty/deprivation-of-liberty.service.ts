import type { DataSource, EntityManager } from 'typeorm';
import { COURT_OF_PROTECTION_MIN_AGE, type DoloAuthorisedBy } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput } from '../../common/errors';
import { ageInYears } from '../../rules/iso-date';
import { assertVersion, auditChange, changesFrom, lockChildForEdit, lockChildRecordForEdit } from '../case-records/case-record.guard';
import type { ChildEntity } from '../children/child.entity';
import { DOLO_PLACES, overlapping } from '../../ssda903/ssda903.dolo';
import { deriveEpisodes } from '../../ssda903/ssda903.episodes';
import { loadSsda903Children } from '../../ssda903/ssda903.loader';
import { DeprivationOfLibertyOrderEntity } from './deprivation-of-liberty.entity';
import type { RecordDeprivationOfLibertyOrderInput, UpdateDeprivationOfLibertyOrderInput } from './deprivation-of-liberty.inputs';
import { presentDeprivationOfLibertyOrder, type DeprivationOfLibertyOrderType } from './deprivation-of-liberty.type';

const RECORD = 'DeprivationOfLibertyOrder';

interface OrderValues {
  id?: string;
  startDate: string;
  endDate: string | null;
  authorisedBy: DoloAuthorisedBy | null;
}

export class DeprivationOfLibertyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The DfE's DoLO rules on an order's dates, refused as the worker enters
   * them: not in the future, after the date of birth (708), inside the
   * child's period of care (707), ending after it starts (702), not starting
   * while another order is in force (705); and the Court of Protection only
   * from 16 (Mental Capacity Act 2005).
   */
  private async check(manager: EntityManager, child: ChildEntity, order: OrderValues): Promise<void> {
    const today = isoDateInLondon(this.clock.now());
    if (order.startDate > today) throw badInput('startDate cannot be in the future.', 'startDate');
    if (order.endDate && order.endDate > today) throw badInput('endDate cannot be in the future: record the end when the order has ended.', 'endDate');
    if (order.startDate <= child.dateOfBirth) throw badInput('startDate must be after the date of birth.', 'startDate');
    if (!child.dateLookedAfter || order.startDate < child.dateLookedAfter) throw badInput('The child was not looked after on startDate: a DoLO is returned for a looked-after child.', 'startDate');
    if (child.dateCeasedLookedAfter && order.startDate > child.dateCeasedLookedAfter) throw badInput('startDate is after the child ceased to be looked after.', 'startDate');
    if (order.endDate && order.endDate <= order.startDate) throw badInput('endDate must be after startDate.', 'endDate');
    if (child.dateCeasedLookedAfter && (order.endDate === null || order.endDate > child.dateCeasedLookedAfter)) {
      throw badInput(`The child ceased to be looked after on ${child.dateCeasedLookedAfter}: the order must end by then.`, 'endDate');
    }
    if (order.authorisedBy === 'COURT_OF_PROTECTION' && ageInYears(child.dateOfBirth, order.startDate) < COURT_OF_PROTECTION_MIN_AGE) {
      throw badInput('The Court of Protection can only authorise a deprivation of liberty for a young person of 16 or over: for a younger child it is the High Court.', 'authorisedBy');
    }
    const others = (await manager.find(DeprivationOfLibertyOrderEntity, { where: { childId: child.id } })).filter((o) => o.id !== order.id);
    const end = order.endDate ?? '9999-12-31';
    const overlap = others.find((o) => o.startDate < end && order.startDate < (o.endDate ?? '9999-12-31'));
    if (overlap) throw badInput(`It overlaps the order from ${overlap.startDate}${overlap.endDate ? ` to ${overlap.endDate}` : ', which is still in force'}.`, 'startDate');
    await this.checkPlacements(manager, child, order, today);
  }

  /**
   * The DfE's rule 709: the episodes an order overlaps (as the return will have
   * them, the same days counted) are in a children's home (K2; Z12 and Z13
   * cannot be recorded here). An order still in force is checked up to today,
   * the episodes it will be returned with once it ends. An episode with no
   * placement recorded is left to the return's check (146 asks for it).
   */
  private async checkPlacements(manager: EntityManager, child: ChildEntity, order: OrderValues, today: string): Promise<void> {
    const [record] = await loadSsda903Children(manager, [child.id]);
    if (!record) return;
    const wrong = overlapping({ startDate: order.startDate, endDate: order.endDate ?? today }, deriveEpisodes(record)).find(
      (e) => e.PLACE !== null && !(DOLO_PLACES as readonly string[]).includes(e.PLACE),
    );
    if (wrong) {
      throw badInput(
        `Child with a DoLO is in an unexpected placement type (DfE rule 709): from ${wrong.DECOM} the child was in a ${wrong.PLACE} placement (${wrong.placement?.carerName ?? 'no placement'}), and the DfE expects a child deprived of their liberty to be in a children's home (K2). Check the order's dates, or record the placement the child was in.`,
        'startDate',
      );
    }
  }

  async record(actor: Actor, input: RecordDeprivationOfLibertyOrderInput, ip: string | null): Promise<DeprivationOfLibertyOrderType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const values = { startDate: input.startDate, endDate: input.endDate ?? null, authorisedBy: input.authorisedBy };
      await this.check(manager, child, values);
      const created = await manager.save(manager.create(DeprivationOfLibertyOrderEntity, { ...values, childId: child.id }));
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: RECORD, recordId: created.id, before: {}, after: values });
      return presentDeprivationOfLibertyOrder(created);
    });
  }

  async update(actor: Actor, input: UpdateDeprivationOfLibertyOrderInput, ip: string | null): Promise<DeprivationOfLibertyOrderType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, DeprivationOfLibertyOrderEntity, input.id, RECORD);
      assertVersion(record, input.expectedVersion);
      if (input.startDate === null) throw badInput('startDate cannot be cleared.', 'startDate');
      if (input.authorisedBy === null) throw badInput('authorisedBy cannot be cleared.', 'authorisedBy');
      const changes = changesFrom(input, 'id', 'expectedVersion');
      await this.check(manager, child, {
        id: record.id,
        startDate: changes.startDate ?? record.startDate,
        endDate: changes.endDate !== undefined ? (changes.endDate ?? null) : record.endDate,
        authorisedBy: changes.authorisedBy ?? record.authorisedBy,
      });
      const before = { ...record };
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: record.id, before, after: changes });
      return presentDeprivationOfLibertyOrder(saved);
    });
  }
}
