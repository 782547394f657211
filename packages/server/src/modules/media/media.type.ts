import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../common/enums';
import { MEDIA_KINDS, type MediaKind } from './media.entity';

export const MediaKindEnum = graphqlEnum('MediaKind', MEDIA_KINDS, 'A photo (re-encoded, with display and thumbnail sizes) or a document (PDF).');

/** A life story file. The links are short-lived and made for the person asking; each download also checks the session. */
@ObjectType('LifeStoryMedia')
export class LifeStoryMediaType {
  @Field(() => ID)
  id!: string;

  @Field(() => MediaKindEnum)
  kind!: MediaKind;

  @Field()
  contentType!: string;

  @Field()
  fileName!: string;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;

  @Field(() => String, { nullable: true, description: 'A small picture (320px), for photos. Expires in minutes.' })
  thumbnailUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'A screen-sized picture (1600px), for photos. Expires in minutes.' })
  displayUrl!: string | null;

  @Field({ description: 'The whole file. Expires in minutes.' })
  downloadUrl!: string;
}
