import { childScopedLoader, registerLoader } from '../../loaders';
import { childRowsPart, registerScreenPart } from '../../common/screen-query';
import { professionalViewCondition } from '../../policies/view.policy';
import { ViewEntity } from './view.entity';

/** Sent views addressed to the caller's relation, per child, newest first; drafts are never loaded for professionals. */
export const childViewsLoader = registerLoader('childViews', (services, actor) => {
  const visible = actor ? professionalViewCondition(actor, 'x') : { sql: 'FALSE', params: {} };
  return childScopedLoader(services, actor, ViewEntity, {
    orderBy: { sentAt: 'DESC', id: 'DESC' },
    extraWhere: visible.sql,
    extraParams: visible.params,
  });
});

/** The same rows inside a screen's one statement, with the same condition. */
registerScreenPart(
  childRowsPart({ name: 'childViews', entity: ViewEntity, fields: ['views'], orderBy: { sentAt: 'DESC', id: 'DESC' }, where: (actor) => professionalViewCondition(actor, 'x') }),
);
