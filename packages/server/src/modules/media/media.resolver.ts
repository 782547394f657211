import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { LifeStoryItemType } from '../life-story/life-story-item.type';
import { MyLifeStoryItem } from '../young-person/young-person.types';
import type { MediaEntity } from './media.entity';
import { mediaLoader } from './media.loaders';
import { LifeStoryMediaType } from './media.type';

async function present(mediaId: string | null | undefined, ctx: RequestContext): Promise<LifeStoryMediaType | null> {
  if (!mediaId || !ctx.actor) return null;
  const media: MediaEntity | null = await mediaLoader(ctx.loaders).load(mediaId);
  if (!media) return null;
  const links = ctx.services.media.links;
  const userId = ctx.actor.userId;
  const photo = media.kind === 'PHOTO';
  return {
    id: media.id,
    kind: media.kind,
    contentType: media.contentType,
    fileName: media.fileName,
    width: media.files.original?.width ?? null,
    height: media.files.original?.height ?? null,
    thumbnailUrl: photo ? links.url(media.id, 'thumbnail', userId) : null,
    displayUrl: photo ? links.url(media.id, 'display', userId) : null,
    downloadUrl: links.url(media.id, 'original', userId),
  };
}

@Resolver(() => LifeStoryItemType)
export class LifeStoryItemMediaFields {
  @FieldResolver(() => LifeStoryMediaType, { nullable: true, description: 'The photo or document, when there is one.' })
  media(@Root() item: LifeStoryItemType, @Ctx() ctx: RequestContext): Promise<LifeStoryMediaType | null> {
    return present(item.mediaId, ctx);
  }
}

@Resolver(() => MyLifeStoryItem)
export class MyLifeStoryItemMediaFields {
  @FieldResolver(() => LifeStoryMediaType, { nullable: true, description: 'My photo or document, when there is one.' })
  media(@Root() item: MyLifeStoryItem, @Ctx() ctx: RequestContext): Promise<LifeStoryMediaType | null> {
    return present(item.mediaId, ctx);
  }
}
