import { childScopedLoader, registerLoader } from '../../loaders';
import { PlacementEntity } from './placement.entity';

/** Every placement of a batch of children, in date order, within the actor's reach: one statement per request. */
export const placementsLoader = registerLoader('placements', (services, actor) =>
  childScopedLoader(services, actor, PlacementEntity, { orderBy: { start_date: 'ASC', created_at: 'ASC' } }),
);
