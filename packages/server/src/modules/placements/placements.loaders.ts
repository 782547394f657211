import { childScopedLoader, registerLoader } from '../../loaders';
import { childRowPickPart, childRowsPart, registerScreenPart } from '../../common/screen-query';
import { PlacementEntity } from './placement.entity';

const ORDER = { start_date: 'ASC', created_at: 'ASC', id: 'ASC' } as const;

/** Every placement of a batch of children, in date order, within the actor's reach: one statement per request. */
export const placementsLoader = registerLoader('placements', (services, actor) =>
  childScopedLoader(services, actor, PlacementEntity, { orderBy: ORDER }),
);

/** The same rows inside a screen's one statement. */
registerScreenPart(childRowsPart({ name: 'placements', entity: PlacementEntity, fields: ['placements'], orderBy: ORDER }));

/** Just the current placement when the list is not asked for: currentOf's pick (the last in ORDER in force on the day). */
registerScreenPart(
  childRowPickPart({
    name: 'currentPlacement',
    entity: PlacementEntity,
    field: 'currentPlacement',
    exceptWith: ['placements'],
    where: 'x.start_date <= :screenToday::date AND (x.end_date IS NULL OR x.end_date > :screenToday::date)',
    orderBy: 'x.start_date DESC, x.created_at DESC, x.id DESC',
  }),
);
