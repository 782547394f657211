import DataLoader from 'dataloader';
import { registerLoader } from '../../loaders';
import type { MediaEntity } from './media.entity';

/** Files by id, within the actor's reach, one query per request. */
export const mediaLoader = registerLoader('media', (services, actor) =>
  new DataLoader<string, MediaEntity | null>((ids) => services.media.byIds(actor, ids)),
);
