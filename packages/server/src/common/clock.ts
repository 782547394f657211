import { londonDate } from '../rules/iso-date';

/** The server's idea of now. Tests replace it to move through time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today's date in England as YYYY-MM-DD: a child's day changes at midnight UK time, not UTC. */
export const isoDateInLondon = londonDate;

/**
 * A clock a test can set and move. Each reading moves it on by a millisecond,
 * so records written one after another keep their order, as on a real clock.
 */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    const reading = new Date(this.current);
    this.current = new Date(this.current.getTime() + 1);
    return reading;
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
}
