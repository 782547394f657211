/** Shared by npm run generate and npm run bench. */
export const BENCH_PASSWORD = 'england-bench-2026';
export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/fp_england';
/** The data is written as of this day, whatever the date of the run, so two runs give the same rows. */
export const BENCH_DATA_DAY = '2026-11-01';
