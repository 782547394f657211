import { format, parseISO, subMonths } from 'date-fns';

/**
 * Placement moves in the 12 months up to `today` (Bolton 5: more than three
 * is a panel and IRO flag). A move is a placement that started in the window
 * after an earlier placement: a child's first placement is not a move.
 */
export function movesInLast12Months(placements: readonly { startDate: string }[], today: string): number {
  const from = format(subMonths(parseISO(today), 12), 'yyyy-MM-dd');
  const starts = placements.map((p) => p.startDate).sort();
  return starts.filter((start, index) => index > 0 && start > from && start <= today).length;
}
