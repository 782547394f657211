import { ageInYears } from '../rules/iso-date';

/** Whole years from a YYYY-MM-DD birth date to a YYYY-MM-DD day (a 29 February birthday counts from 1 March). */
export const ageOn = ageInYears;
