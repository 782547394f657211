import { addWeeks, type IsoDate } from './iso-date';

/** Newham's timescales: "within 6 weeks by 14th February", or a date. */
export interface ActionTimescale {
  withinWeeks: number | null;
  dueDate: IsoDate | null;
}

/**
 * The day an action is due. A date given is kept; "within N weeks" counts
 * from the day the plan was approved (the clock starts when the plan is
 * agreed) and, until then, from today, so a draft shows when it would fall.
 */
export function actionDueDate(timescale: ActionTimescale, approvedOn: IsoDate | null, today: IsoDate): IsoDate {
  if (timescale.withinWeeks !== null) return addWeeks(approvedOn ?? today, timescale.withinWeeks);
  if (timescale.dueDate === null) throw new Error('An action needs a date or a number of weeks.');
  return timescale.dueDate;
}
