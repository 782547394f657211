import type { PlanOption } from '@forever-planning/shared';
import { ageOn } from '../../common/dates';

/**
 * Long-term fostering for a child under five needs head of service approval
 * (Bolton Appendix B) before the plan can be recommended by panel or endorsed.
 * Kept as one pure function so the rules module can replace it.
 */
export function requiresHeadOfServiceApproval(option: PlanOption | null, dateOfBirth: string, onDate: string): boolean {
  return option === 'LONG_TERM_FOSTERING' && ageOn(dateOfBirth, onDate) < 5;
}
