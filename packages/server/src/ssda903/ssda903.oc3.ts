import { CARE_LEAVER_AGES } from '@forever-planning/shared';
import { addYears, daysBetween, maxDate, minDate, type IsoDate } from '../rules/iso-date';
import type { Episode } from './ssda903.episodes';
import type { CollectionYear } from './ssda903.record';

/** One care leaver birthday as recorded (LeavingCare module, care_leaver_birthdays). */
export interface CareLeaverBirthdayRecord {
  age: number;
  inTouch: string;
  activity: string | null;
  accommodation: string | null;
}

/** Care ended this way gives no care leaver information: adopted (E11, E12, rule 1001), died (E2, 1000), moved to another council (E3, 1011). */
const NOT_A_CARE_LEAVER = ['E11', 'E12', 'E2', 'E3'];

/**
 * A relevant or former relevant child (DfE rule 1001): looked after at least
 * 13 weeks (91 days) since the 14th birthday, some of it after the 16th, and
 * not ended by adoption, death or transfer. From every episode of care.
 */
export function isCareLeaver(dateOfBirth: IsoDate, episodes: readonly Episode[], asOf: IsoDate): boolean {
  const last = episodes.at(-1);
  if (!last || last.DEC === null) return false;
  if (last.REC !== null && NOT_A_CARE_LEAVER.includes(last.REC)) return false;
  const since = (from: IsoDate) =>
    episodes.reduce((days, e) => days + Math.max(0, daysBetween(maxDate(e.DECOM, from), minDate(e.DEC ?? asOf, asOf))), 0);
  return since(addYears(dateOfBirth, 14)) >= 91 && since(addYears(dateOfBirth, 16)) >= 1;
}

/**
 * The birthdays (17 to 21) in the collection year that OC3 asks about: each
 * after the young person left care (a 17- or 18-year-old still looked after on
 * the birthday, or leaving on it, is not asked: rules 1007, 1016).
 */
export function oc3BirthdaysInYear(dateOfBirth: IsoDate, dateCeasedLookedAfter: IsoDate | null, year: CollectionYear): number[] {
  if (dateCeasedLookedAfter === null) return [];
  return CARE_LEAVER_AGES.filter((age) => {
    const birthday = addYears(dateOfBirth, age);
    return birthday >= year.start && birthday <= year.end && dateCeasedLookedAfter < birthday;
  });
}

/** The OC3 columns for a birthday; blank when not recorded (the product's rule "OC3" then asks for it). */
export function oc3Row(record: CareLeaverBirthdayRecord | undefined): { IN_TOUCH: string; ACTIV: string; ACCOM: string } {
  if (!record) return { IN_TOUCH: '', ACTIV: '', ACCOM: '' };
  // Not in touch (or died, refused, no longer needs, home): activity and accommodation are 0 (rules 344, 345).
  return { IN_TOUCH: record.inTouch, ACTIV: record.activity ?? '0', ACCOM: record.accommodation ?? '0' };
}
