import type { LegalStatusKind, PlacementType, PlanOption } from '@forever-planning/shared';
import type { IsoDate } from '../database/columns';
import type { LegalStep, PlacementStep } from './child-builder';
import { addDays, daysBetween } from './dates';
import { ADULT_FIRST_NAMES, CARER_SURNAMES, RESIDENTIAL_HOMES, SEMI_INDEPENDENT_SERVICES } from './names';
import { IN_AREA_POSTCODES, OUT_OF_AREA_POSTCODES, pickPostcode } from './postcodes';
import type { SeededRandom } from './random';

/** Placements and legal status episodes that read like an SSDA903 return. */

/** A real postcode in Riverside's area or outside it (four draws, as the made-up ones took). */
function postcode(rng: SeededRandom, inArea: boolean): string {
  return pickPostcode(rng, inArea ? IN_AREA_POSTCODES : OUT_OF_AREA_POSTCODES, 4);
}

export function carerCouple(rng: SeededRandom): string {
  const surname = rng.pick(CARER_SURNAMES);
  return rng.chance(0.6) ? `${rng.pick(ADULT_FIRST_NAMES)} and ${rng.pick(ADULT_FIRST_NAMES)} ${surname}` : `${rng.pick(ADULT_FIRST_NAMES)} ${surname}`;
}

/** One placement of a type, with a plausible carer, provider, postcode and weekly cost. */
export function placementStep(
  rng: SeededRandom,
  type: PlacementType,
  start: IsoDate,
  overrides: Partial<PlacementStep> = {},
): PlacementStep {
  let step: PlacementStep;
  switch (type) {
    case 'PARENTS':
      step = { type, start, carerName: 'Mother', inArea: true, postcode: postcode(rng, true), provider: 'PR0', weeklyCost: 0 };
      break;
    case 'CONNECTED_PERSON':
      step = {
        type, start, carerName: `${rng.pick(['Maternal grandmother', 'Paternal grandmother', 'Maternal aunt', 'Family friend'])}, ${rng.pick(ADULT_FIRST_NAMES)} ${rng.pick(CARER_SURNAMES)}`,
        inArea: rng.chance(0.8), postcode: null, provider: 'PR1', weeklyCost: rng.int(220, 340),
      };
      break;
    case 'RESIDENTIAL': {
      const home = rng.pick(RESIDENTIAL_HOMES);
      step = { type, start, carerName: home.name, inArea: home.inArea, postcode: home.postcode, provider: 'PR4', weeklyCost: rng.int(35, 55) * 100 };
      break;
    }
    case 'SEMI_INDEPENDENT': {
      const service = rng.pick(SEMI_INDEPENDENT_SERVICES);
      step = { type, start, carerName: service.name, inArea: service.inArea, postcode: service.postcode, provider: 'PR4', weeklyCost: rng.int(8, 15) * 100 };
      break;
    }
    case 'SUPPORTED_LODGINGS':
      step = { type, start, carerName: `${rng.pick(ADULT_FIRST_NAMES)} ${rng.pick(CARER_SURNAMES)} (host)`, inArea: true, postcode: null, provider: 'PR5', weeklyCost: rng.int(25, 40) * 10 };
      break;
    case 'ADOPTIVE_PLACEMENT':
      step = { type, start, carerName: carerCouple(rng), inArea: rng.chance(0.5), postcode: null, provider: 'PR1', weeklyCost: 0 };
      break;
    default: {
      // Foster care of every kind: the council's own carers (PR1) or an agency's (PR4), which costs about twice as much.
      const agency = type === 'FOSTER_CARE' && rng.chance(0.35);
      step = {
        type, start, carerName: carerCouple(rng), inArea: agency ? rng.chance(0.4) : rng.chance(0.9), postcode: null,
        provider: agency ? 'PR4' : 'PR1', weeklyCost: agency ? rng.int(80, 110) * 10 : rng.int(35, 60) * 10,
      };
    }
  }
  if (step.postcode === null && type !== 'PARENTS') step.postcode = postcode(rng, step.inArea);
  return { ...step, ...overrides };
}

export interface JourneyOptions {
  lookedAfter: IsoDate;
  today: IsoDate;
  finalType: PlacementType;
  /** Placements before the final one. */
  moves: number;
  /** How many of the moves fall in the last 12 months. */
  recentMoves?: number;
  /** Where the child lived first, when it is not emergency foster care. */
  firstType?: PlacementType;
  final?: Partial<PlacementStep>;
}

/** A child's placements from the day they became looked after, oldest first. */
export function journey(rng: SeededRandom, o: JourneyOptions): PlacementStep[] {
  const total = o.moves + 1;
  const recent = Math.min(o.recentMoves ?? 0, o.moves);
  const starts: IsoDate[] = [o.lookedAfter];
  const oldMoves = o.moves - recent;
  const yearAgo = addDays(o.today, -330);
  const oldEnd = o.lookedAfter < yearAgo ? yearAgo : addDays(o.today, -20);
  for (let i = 1; i <= oldMoves; i++) {
    starts.push(addDays(o.lookedAfter, Math.floor((daysBetween(o.lookedAfter, oldEnd) * i) / (oldMoves + 1))));
  }
  const recentFrom = o.lookedAfter > yearAgo ? o.lookedAfter : yearAgo;
  for (let i = 1; i <= recent; i++) {
    starts.push(addDays(recentFrom, Math.floor((daysBetween(recentFrom, addDays(o.today, -14)) * i) / (recent + 1))));
  }
  starts.sort();
  const steps: PlacementStep[] = [];
  starts.forEach((start, i) => {
    const type = i === total - 1 ? o.finalType : i === 0 && o.firstType ? o.firstType : o.finalType === 'RESIDENTIAL' && i > 0 ? 'RESIDENTIAL' : 'FOSTER_CARE';
    const neighbours = [steps[i - 1]?.carerName, i === total - 2 ? o.final?.carerName : undefined];
    let step = placementStep(rng, type, start, i === total - 1 ? o.final : {});
    // A move is to somewhere else: redraw a home that repeats its neighbour.
    for (let tries = 0; neighbours.includes(step.carerName) && tries < 5; tries++) {
      step = placementStep(rng, type, start, i === total - 1 ? o.final : {});
    }
    steps.push(step);
  });
  return steps;
}

/** Legal route by plan: voluntary accommodation, or care proceedings ending in an order. */
export type LegalRoute = 'SECTION_20' | 'CARE_ORDER' | 'PLACEMENT_ORDER' | 'INTERIM_ONLY';

export const ROUTE_BY_OPTION: Record<PlanOption, readonly LegalRoute[]> = {
  REUNIFICATION: ['SECTION_20', 'INTERIM_ONLY', 'CARE_ORDER'],
  REMAIN_WITH_PARENTS: ['CARE_ORDER'],
  KINSHIP_CARE: ['CARE_ORDER', 'INTERIM_ONLY'],
  SPECIAL_GUARDIANSHIP: ['CARE_ORDER'],
  CHILD_ARRANGEMENTS_ORDER: ['INTERIM_ONLY', 'CARE_ORDER'],
  ADOPTION: ['PLACEMENT_ORDER'],
  EARLY_PERMANENCE: ['INTERIM_ONLY'],
  LONG_TERM_FOSTERING: ['CARE_ORDER', 'CARE_ORDER', 'SECTION_20'],
  RESIDENTIAL_CARE: ['CARE_ORDER', 'SECTION_20'],
  STAYING_PUT: ['CARE_ORDER', 'SECTION_20'],
  SUPPORTED_LODGINGS: ['SECTION_20'],
  SHARED_CARE: ['SECTION_20'],
};

/** Care proceedings take about 26 weeks; an interim order runs until the final hearing. */
export function legalSteps(rng: SeededRandom, route: LegalRoute, lookedAfter: IsoDate, today: IsoDate): LegalStep[] {
  const finalHearing = addDays(lookedAfter, rng.int(170, 200));
  const finalOrder: LegalStatusKind = route === 'PLACEMENT_ORDER' ? 'PLACEMENT_ORDER' : 'FULL_CARE_ORDER';
  switch (route) {
    case 'SECTION_20':
      return [{ status: 'SECTION_20', start: lookedAfter }];
    case 'INTERIM_ONLY':
      return [{ status: 'INTERIM_CARE_ORDER', start: lookedAfter }];
    default:
      return finalHearing < today
        ? [
            { status: 'INTERIM_CARE_ORDER', start: lookedAfter },
            { status: finalOrder, start: finalHearing },
          ]
        : [{ status: 'INTERIM_CARE_ORDER', start: lookedAfter }];
  }
}
