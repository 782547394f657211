import { ageInYears, type IsoDate } from './iso-date';
import { profileInForce, type PolicyInput } from './policy-profile';

/** The ages the council offers an independent advocate, from its policy in force today (Bolton 9: 7 to 18). */
export function advocacyAges(policy: PolicyInput, today: IsoDate): { fromAge: number; untilAge: number } {
  const profile = profileInForce(policy, today);
  return { fromAge: profile.advocacyMinAge, untilAge: profile.advocacyMaxAge };
}

/** Whether a child of this birth date is of advocacy age today: from `fromAge` until the day before `untilAge`. */
export function isOfAdvocacyAge(dateOfBirth: IsoDate, today: IsoDate, policy: PolicyInput): boolean {
  const age = ageInYears(dateOfBirth, today);
  const { fromAge, untilAge } = advocacyAges(policy, today);
  return age >= fromAge && age < untilAge;
}
