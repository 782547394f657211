import { isoDateInLondon } from '../../common/clock';
import { childScopedLoader, registerLoader } from '../../loaders';
import { childRowsPart, registerScreenPart } from '../../common/screen-query';
import { LifeStoryItemEntity } from './life-story-item.entity';
import { visibleToChildSql } from './life-story-visibility';

const ORDER = { occurredOn: 'ASC', createdAt: 'ASC', id: 'ASC' } as const;

/** Every item of a child's life story, withdrawn ones included, in date order. */
export const childLifeStoryLoader = registerLoader('childLifeStory', (services, actor) =>
  childScopedLoader(services, actor, LifeStoryItemEntity, { orderBy: ORDER }),
);
registerScreenPart(childRowsPart({ name: 'childLifeStory', entity: LifeStoryItemEntity, fields: ['lifeStory', 'lifeStoryReleaseSchedule'], orderBy: ORDER }));

/** Exactly what the child sees today: the same SQL rule as the child's own query. */
export const childLifeStoryPreviewLoader = registerLoader('childLifeStoryPreview', (services, actor) =>
  childScopedLoader(services, actor, LifeStoryItemEntity, {
    orderBy: ORDER,
    extraWhere: visibleToChildSql('x', 'reach_child'),
    extraParams: { visibleToday: isoDateInLondon(services.clock.now()) },
  }),
);
