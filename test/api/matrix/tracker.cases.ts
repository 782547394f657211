import type { MatrixCase } from '../../support/matrix';

const READERS = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'] as const;
const PERIOD = { from: '2025-04-01', to: '2026-03-31' };

export const trackerCases: MatrixCase[] = [
  {
    operation: 'Query.tracker',
    document: `query { tracker(groupBy: TEAM) { rows { childId costToDate } totals { children } } }`,
    roles: READERS,
    reach: 'fullRead',
    listedChildIds: (data) => (data as { tracker: { rows: { childId: string }[] } }).tracker.rows.map((r) => r.childId),
    variables: () => ({}),
  },
  {
    operation: 'Query.lookedAfterOverTime',
    document: `query($period: ReportPeriodInput!) { lookedAfterOverTime(period: $period, interval: QUARTER) { periodEnd lookedAfter } }`,
    roles: READERS,
    reach: 'none',
    untargeted: true,
    variables: () => ({ period: PERIOD }),
  },
  {
    operation: 'Query.quarterlyReport',
    document: `query($period: ReportPeriodInput!) { quarterlyReport(period: $period) { lookedAfter children { childId } } }`,
    roles: ['TEAM_MANAGER', 'HEAD_OF_SERVICE'],
    reach: 'fullRead',
    listedChildIds: (data) => (data as { quarterlyReport: { children: { childId: string }[] } }).quarterlyReport.children.map((c) => c.childId),
    variables: () => ({ period: PERIOD }),
  },
  {
    operation: 'Query.annualIndicators',
    document: `query($period: ReportPeriodInput!) { annualIndicators(period: $period) { code count } }`,
    roles: ['TEAM_MANAGER', 'HEAD_OF_SERVICE'],
    reach: 'none',
    untargeted: true,
    variables: () => ({ period: PERIOD }),
  },
  {
    operation: 'Query.ssda903Validation',
    document: `query { ssda903Validation(year: 2026) { children failures { localId issues { code } } } }`,
    roles: ['HEAD_OF_SERVICE'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
];
