import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { hydrationOf } from './plain-rows';

/** Values of every kind a row (pg or JSON built by PostgreSQL) brings. */
const SAMPLES: unknown[] = [null, undefined, '', 'text', '12', '12.50', '2026-01-02', '2026-01-02T10:00:00.123+00:00', '2026-01-02 10:00:00+00', 0, 7, true, false, ['a', 'b'], { a: 1 }, new Date('2026-01-02T10:00:00Z')];

/** Dates by their time (two invalid dates are the same result), and whether a Date at all. */
const comparable = (v: unknown): unknown => (v instanceof Date ? `Date ${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()}` : v);

describe('hydrationOf', () => {
  let ds: DataSource;
  beforeAll(async () => {
    // Metadata only: no connection is made.
    ds = createDataSource('postgres://nobody@127.0.0.1:1/none');
    await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  });

  it("converts every column of every entity as the driver's prepareHydratedValue does", () => {
    let columns = 0;
    for (const metadata of ds.entityMetadatas) {
      for (const column of metadata.columns) {
        const convert = hydrationOf(ds.driver, column);
        for (const value of SAMPLES) {
          const expected = ((): unknown => {
            try {
              return ds.driver.prepareHydratedValue(value, column);
            } catch (error) {
              return error;
            }
          })();
          const actual = ((): unknown => {
            try {
              return convert(value);
            } catch (error) {
              return error;
            }
          })();
          const where = { entity: metadata.name, column: column.propertyName, value };
          expect({ ...where, actual: comparable(actual) }).toEqual({ ...where, actual: comparable(expected) });
        }
        columns += 1;
      }
    }
    expect(columns).toBeGreaterThan(500);
  });
});
