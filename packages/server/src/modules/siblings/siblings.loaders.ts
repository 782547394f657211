import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { isoDateInLondon } from '../../common/clock';
import { ageOn } from '../../common/dates';
import { registerLoader } from '../../loaders';
import { registerScreenPart } from '../../common/screen-query';
import { childReach } from '../../policies/child-reach';
import { ChildEntity } from '../children/child.entity';
import type { Services } from '../../services';
import type { Actor } from '../../common/actor';
import { KeepingInTouchPlanEntity } from './keeping-in-touch-plan.entity';
import { SiblingLinkEntity } from './sibling-link.entity';
import type { BrotherOrSisterType } from './sibling.types';
import { TogetherApartAssessmentEntity } from './together-apart-assessment.entity';

interface LinkRow {
  subject_id: string;
  id: string;
  version: number;
  relationship: BrotherOrSisterType['relationship'];
  living_together: boolean;
  other_id: string;
  other_first_name: string;
  other_dob: string;
  other_reachable: boolean;
}

function presentLink(r: Omit<LinkRow, 'subject_id'>, today: string): BrotherOrSisterType {
  return {
    id: r.id,
    version: Number(r.version),
    relationship: r.relationship,
    livingTogether: r.living_together,
    child: { id: r.other_reachable ? r.other_id : null, firstName: r.other_first_name, age: ageOn(r.other_dob, today), reachable: r.other_reachable },
  };
}

/** The same links inside a screen's one statement (the subject child `sc` is already within reach). */
registerScreenPart({
  name: 'brothersAndSisters',
  fields: ['brothersAndSisters'],
  sql(actor, params) {
    const otherReach = childReach(actor, 'other');
    Object.assign(params, otherReach.params);
    return `(SELECT coalesce(json_agg(json_build_object('id', l.id, 'version', l.version, 'relationship', l.relationship, 'living_together', l.living_together,
        'other_id', other.id, 'other_first_name', coalesce(other.preferred_name, other.legal_first_name),
        'other_dob', to_char(other.date_of_birth, 'YYYY-MM-DD'), 'other_reachable', (${otherReach.sql})) ORDER BY other.date_of_birth, l.id), '[]'::json)
      FROM sibling_links l JOIN children other ON other.id = CASE WHEN l.child_a_id = sc.id THEN l.child_b_id ELSE l.child_a_id END
      WHERE sc.id IN (l.child_a_id, l.child_b_id))`;
  },
  prime(loaders, child, value, { today }) {
    loaders.get('brothersAndSisters').prime(child.id, (value as Omit<LinkRow, 'subject_id'>[]).map((r) => presentLink(r, today)));
  },
});

/**
 * Each child's brothers and sisters, for a batch of children, in one
 * statement: the subject child must be in the actor's reach; the other child
 * is always summarised by first name and age, and its id is given only when
 * the actor reaches it too.
 */
export const brothersAndSistersLoader = registerLoader('brothersAndSisters', (services, actor) =>
  new DataLoader<string, BrotherOrSisterType[]>(async (childIds) => {
    if (!actor) return childIds.map(() => []);
    const subjectReach = childReach(actor, 'subj');
    const otherReach = childReach(actor, 'other');
    const rows: LinkRow[] = await services.dataSource
      .createQueryBuilder()
      .select('subj.id', 'subject_id')
      .addSelect('l.id', 'id')
      .addSelect('l.version', 'version')
      .addSelect('l.relationship', 'relationship')
      .addSelect('l.living_together', 'living_together')
      .addSelect('other.id', 'other_id')
      .addSelect('coalesce(other.preferred_name, other.legal_first_name)', 'other_first_name')
      .addSelect(`to_char(other.date_of_birth, 'YYYY-MM-DD')`, 'other_dob')
      .addSelect(`(${otherReach.sql})`, 'other_reachable')
      .from(SiblingLinkEntity, 'l')
      .innerJoin(ChildEntity, 'subj', 'subj.id IN (l.child_a_id, l.child_b_id)')
      .innerJoin(ChildEntity, 'other', 'other.id = CASE WHEN l.child_a_id = subj.id THEN l.child_b_id ELSE l.child_a_id END')
      .where('subj.id IN (:...childIds)', { childIds: [...childIds] })
      .andWhere(subjectReach.sql, { ...subjectReach.params, ...otherReach.params })
      .orderBy('other.date_of_birth', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .getRawMany();
    const today = isoDateInLondon(services.clock.now());
    const byChild = new Map<string, BrotherOrSisterType[]>();
    for (const r of rows) {
      const list = byChild.get(r.subject_id) ?? [];
      list.push(presentLink(r, today));
      byChild.set(r.subject_id, list);
    }
    return childIds.map((id) => byChild.get(id) ?? []);
  }),
);

/** Rows hanging off a batch of links, kept only where the actor reaches either child of the link. */
function linkScopedLoader<T extends ObjectLiteral & { siblingLinkId: string }>(services: Services, actor: Actor | null, entity: EntityTarget<T>, orderBy: string) {
  return new DataLoader<string, T[]>(async (linkIds) => {
    if (!actor) return linkIds.map(() => []);
    const a = childReach(actor, 'ca');
    const b = childReach(actor, 'cb');
    const rows = await services.dataSource
      .getRepository(entity)
      .createQueryBuilder('x')
      .innerJoin(SiblingLinkEntity, 'l', 'l.id = x.sibling_link_id')
      .innerJoin(ChildEntity, 'ca', 'ca.id = l.child_a_id')
      .innerJoin(ChildEntity, 'cb', 'cb.id = l.child_b_id')
      .where('x.sibling_link_id IN (:...linkIds)', { linkIds: [...linkIds] })
      .andWhere(`(${a.sql} OR ${b.sql})`, { ...a.params, ...b.params })
      .orderBy(`x.${orderBy}`, 'ASC')
      .addOrderBy('x.created_at', 'ASC')
      .getMany();
    return linkIds.map((id) => rows.filter((r) => r.siblingLinkId === id));
  });
}

export const assessmentsLoader = registerLoader('togetherApartAssessments', (services, actor) =>
  linkScopedLoader(services, actor, TogetherApartAssessmentEntity, 'assessed_on'),
);

export const keepingInTouchLoader = registerLoader('keepingInTouchPlans', (services, actor) =>
  linkScopedLoader(services, actor, KeepingInTouchPlanEntity, 'kind'),
);
