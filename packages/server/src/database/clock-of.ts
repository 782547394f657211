import type { DataSource, EntityManager } from 'typeorm';
import { systemClock, type Clock } from '../common/clock';

/**
 * The clock each data source's writes are stamped with. The server's Clock is
 * the only source of "now": a rule that compares a record's time with today
 * must see both from the same clock, never the database's now() on one side
 * (a test's clock set to one day and PostgreSQL's on another broke exactly so).
 */
const clocks = new WeakMap<DataSource, Clock>();

export function useClock(dataSource: DataSource, clock: Clock): void {
  clocks.set(dataSource, clock);
}

export function clockOf(source: DataSource | EntityManager): Clock {
  const dataSource = 'connection' in source ? source.connection : source;
  return clocks.get(dataSource) ?? systemClock;
}
