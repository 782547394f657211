/** From 15 and a half, or a care leaver: the leaving care section (pathway plan from 16). */
export function showsLeavingCare(child: { dateOfBirth: string; dateCeasedLookedAfter?: string | null; leavingCare?: unknown }, today: string): boolean {
  const [y, m, d] = child.dateOfBirth.split('-').map(Number);
  const months = (y + 15) * 12 + (m - 1) + 6;
  const halfPastFifteen = `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return today >= halfPastFifteen || Boolean(child.dateCeasedLookedAfter) || Boolean(child.leavingCare);
}

