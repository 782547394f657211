import { childScopedLoader, registerLoader } from '../../loaders';
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
