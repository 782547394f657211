import type { SeededRandom } from './random';

/**
 * Real English postcodes (from the ONS Postcode Directory) for the demo
 * councils' homes and placements, so the DfE's postcode rules (392c, 169,
 * 179, 392a) find them and work out the placing authority and distance.
 * Riverside has the real codes of Richmond upon Thames (318, E09000027),
 * Northshire those of Lancashire (888, E10000017); the names stay made up.
 */
/** Where children's families live: never a placement's postcode (a child is not placed at home unless with parents, rule 392d). */
export const COUNCIL_POSTCODES = {
  RIVERSIDE: ['TW11 8HE', 'TW1 4RD', 'TW12 1AF', 'TW10 5LS', 'TW11 9NQ', 'TW11 0RP', 'TW12 1RF', 'TW2 5RA'],
  NORTHSHIRE: ['BB11 1TN', 'BB11 2RT', 'BB11 5NX', 'BB12 6JG', 'BB12 7DD', 'BB11 1NG', 'BB12 0BH', 'BB11 3AL', 'BB10 4AY'],
} as const;

/** Placements in Riverside's area (foster carers, homes, supported accommodation). */
export const IN_AREA_POSTCODES = ['TW1 3ES', 'TW2 6LY', 'TW2 7TE', 'TW12 3RD', 'TW11 8DW', 'TW9 3AY', 'TW2 7PX', 'TW9 3NX', 'TW9 2ES'] as const;

/** Outside Riverside: its neighbours (Hounslow, Kingston, Elmbridge in Surrey) and further away (Torbay, Calderdale). */
export const OUT_OF_AREA_POSTCODES = ['TW7 5PU', 'TW4 7QB', 'KT1 2JD', 'KT3 3RT', 'KT12 5EH', 'KT11 3PZ', 'TQ2 5JS', 'HX1 1NH'] as const;

/**
 * One postcode from a list. It takes `draws` numbers from the generator, as
 * many as the made-up postcodes it replaces did, so every other detail of the
 * seeded demo (names, dates, histories) stays as it was.
 */
export function pickPostcode(rng: SeededRandom, list: readonly string[], draws: number): string {
  const first = rng.next();
  for (let i = 1; i < draws; i++) rng.next();
  return list[Math.floor(first * list.length)];
}
