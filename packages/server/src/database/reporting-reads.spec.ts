import { loadConfig, ConfigError } from '../config';
import { lsnValue, replayedPast } from './reporting-reads';

describe('WAL positions', () => {
  it('reads PostgreSQL LSN text as a byte count', () => {
    expect(lsnValue('0/0')).toBe(0n);
    expect(lsnValue('0/16B3748')).toBe(0x16b3748n);
    expect(lsnValue('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(lsnValue('1/0') > lsnValue('0/FFFFFFFF')).toBe(true);
  });

  it('counts a replica as past a position only when no record can lie between', () => {
    expect(replayedPast(lsnValue('0/3000100'), lsnValue('0/3000100'))).toBe(true);
    expect(replayedPast(lsnValue('0/3000108'), lsnValue('0/3000100'))).toBe(true);
    expect(replayedPast(lsnValue('0/30000F8'), lsnValue('0/3000100'))).toBe(false);
    // The last record ended on a page boundary: the primary's insert position is past the next page's header.
    expect(replayedPast(lsnValue('0/3002000'), lsnValue('0/3002018'))).toBe(true);
    expect(replayedPast(lsnValue('0/3000000'), lsnValue('0/3000028'))).toBe(true);
    // Not on a boundary, or a whole record's room beyond the header: behind.
    expect(replayedPast(lsnValue('0/3002008'), lsnValue('0/3002020'))).toBe(false);
    expect(replayedPast(lsnValue('0/3002000'), lsnValue('0/3002030'))).toBe(false);
  });
});

describe('replica settings', () => {
  const base = { DATABASE_URL: 'postgres://api@db.example/fp' };

  it('is off unless set, with a 5 second limit', () => {
    expect(loadConfig(base)).toMatchObject({ replicaUrl: undefined, replicaMaxLagSeconds: 5 });
    expect(loadConfig({ ...base, FP_REPLICA_URL: 'postgresql://api:pw@replica.example:5433/fp', FP_REPLICA_MAX_LAG_SECONDS: '2' })).toMatchObject({
      replicaUrl: 'postgresql://api:pw@replica.example:5433/fp',
      replicaMaxLagSeconds: 2,
    });
  });

  it('refuses a URL that is not PostgreSQL, a replica without DATABASE_URL, and a limit that is not a positive whole number', () => {
    expect(() => loadConfig({ ...base, FP_REPLICA_URL: 'replica.example:5432' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, FP_REPLICA_URL: 'http://replica.example/fp' })).toThrow(/FP_REPLICA_URL must be a PostgreSQL connection URL/);
    expect(() => loadConfig({ FP_REPLICA_URL: 'postgres://api@replica.example/fp' })).toThrow(/without DATABASE_URL/);
    expect(() => loadConfig({ ...base, FP_REPLICA_MAX_LAG_SECONDS: '0.5' })).toThrow(/FP_REPLICA_MAX_LAG_SECONDS must be a positive whole number/);
  });
});
