import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import type { MissingEpisodeEntity } from './missing-episode.entity';

@ObjectType('MissingEpisode', { description: 'A period missing (M) or away from placement without authorisation (A).' })
export class MissingEpisodeType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: 'M missing, A away from placement without authorisation.' })
  kind!: string;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  endDate!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Was the child offered a return interview when they came back?' })
  returnInterviewOffered!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Did the child accept the return interview offered?' })
  returnInterviewAccepted!: boolean | null;
}

export function presentMissingEpisode(m: MissingEpisodeEntity): MissingEpisodeType {
  return {
    id: m.id, version: m.version, kind: m.kind, startDate: m.startDate, endDate: m.endDate,
    returnInterviewOffered: m.returnInterviewOffered ?? null, returnInterviewAccepted: m.returnInterviewAccepted ?? null,
  };
}
