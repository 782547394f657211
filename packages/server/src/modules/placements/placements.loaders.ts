import { childScopedLoader, registerLoader } from '../../loaders';
import { childRowsPart, registerScreenPart } from '../../common/screen-query';
import { PlacementEntity } from './placement.entity';

const ORDER = { start_date: 'ASC', created_at: 'ASC', id: 'ASC' } as const;

/** Every placement of a batch of children, in date order, within the actor's reach: one statement per request. */
export const placementsLoader = registerLoader('placements', (services, actor) =>
  childScopedLoader(services, actor, PlacementEntity, { orderBy: ORDER }),
);

/** The same rows inside a screen's one statement. */
registerScreenPart(childRowsPart({ name: 'placements', entity: PlacementEntity, fields: ['placements', 'currentPlacement'], orderBy: ORDER }));
