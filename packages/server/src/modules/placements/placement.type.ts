import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { INTENDED_DURATIONS, NEW_EPISODE_REASONS, PLACEMENT_TYPES, type IntendedDuration, type NewEpisodeReason, type PlacementType as PlacementKind } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import type { PlacementEntity } from './placement.entity';

export const PlacementTypeEnum = graphqlEnum('PlacementType', PLACEMENT_TYPES);
export const IntendedDurationEnum = graphqlEnum('IntendedDuration', INTENDED_DURATIONS, 'How long the plan is for the child to live in a placement.');
export const NewEpisodeReasonEnum = graphqlEnum('NewEpisodeReason', NEW_EPISODE_REASONS, 'SSDA903 reason for a new episode (RNE).');

@ObjectType('Placement', { description: 'Where a child lived or lives, from one date to another.' })
export class PlacementType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => PlacementTypeEnum)
  type!: PlacementKind;

  @Field()
  carerName!: string;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  endDate!: string | null;

  @Field({ description: "Inside the council's own area." })
  inArea!: boolean;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 placement provider, PR0 to PR5.' })
  provider!: string | null;

  @Field(() => String, { nullable: true, description: "SSDA903 URN: the Ofsted unique reference number of the placement's provider, or XXXXXXX." })
  urn!: string | null;

  @Field(() => NewEpisodeReasonEnum, { nullable: true })
  reasonNewEpisode!: NewEpisodeReason | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 reason for the placement change, when it ended in a move.' })
  reasonForChange!: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 reason the episode ended (REC).' })
  endReason!: string | null;

  @Field(() => String, { nullable: true })
  changeNotes!: string | null;

  @Field(() => Float, { description: 'Weekly cost in pounds.' })
  weeklyCost!: number;

  @Field(() => IntendedDurationEnum, { nullable: true, description: 'How long the plan is for the child to live here.' })
  intendedDuration!: IntendedDuration | null;

  @Field(() => LocalDate, { nullable: true })
  intendedUntil!: string | null;

  @Field(() => String, { nullable: true, description: 'How long, in words the child reads.' })
  durationInChildWords!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'A move from here is planned for this day.' })
  movePlannedFor!: string | null;

  @Field(() => String, { nullable: true })
  moveToCarerName!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the child was told about the planned move.' })
  childToldOfMoveOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the child first met the new carers, before the move.' })
  childMetNewCarerOn!: string | null;

  @Field({ description: 'The new carers are people the child already knows.' })
  newCarerAlreadyKnown!: boolean;
}

export function presentPlacement(p: PlacementEntity): PlacementType {
  return {
    id: p.id,
    version: p.version,
    type: p.type,
    carerName: p.carerName,
    startDate: p.startDate,
    endDate: p.endDate,
    inArea: p.inArea,
    postcode: p.postcode,
    provider: p.provider,
    urn: p.urn,
    reasonNewEpisode: p.reasonNewEpisode,
    reasonForChange: p.reasonForChange,
    endReason: p.endReason,
    changeNotes: p.changeNotes,
    weeklyCost: Number(p.weeklyCost),
    intendedDuration: p.intendedDuration,
    intendedUntil: p.intendedUntil,
    durationInChildWords: p.durationInChildWords,
    movePlannedFor: p.movePlannedFor,
    moveToCarerName: p.moveToCarerName,
    childToldOfMoveOn: p.childToldOfMoveOn,
    childMetNewCarerOn: p.childMetNewCarerOn,
    newCarerAlreadyKnown: p.newCarerAlreadyKnown,
  };
}
