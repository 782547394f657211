import { Router, type Request, type Response } from 'express';
import type ExcelJSModule from 'exceljs';
import { lazyModule } from '../../common/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadExcelJs = lazyModule(() => require('exceljs') as typeof ExcelJSModule);
import { GraphQLError } from 'graphql';
import {
  courtStageText,
  familyFindingText,
  PLACEMENT_TYPE_LABELS,
  PLACEMENT_TYPES,
  PLAN_OPTION_LABELS,
  PLAN_OPTIONS,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  type PlacementType,
  type PlanOption,
  type PlanStatus,
  type Role,
} from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { cellText, toCsv, type CsvCell } from '../../common/csv-export';
import { buildContext } from '../../context';
import { logger } from '../../logger';
import type { Services } from '../../services';
import { fileCsv, validationCsv } from '../../ssda903/ssda903.export';
import { ANNEX_A_LIST_8_COLUMNS } from '../../inspection/annex-a-list-8';
import { ssda903FileNamesFor, type Ssda903FileName } from '../../ssda903/ssda903.return';
import { CHILD_RECORD_READERS, REPORT_READERS, RESERVED_APPROVERS } from '../../policies/child.policy';
import { TRACKER_SORT_FIELDS, type TrackerFilterSpec, type TrackerLine, type TrackerSortField } from './tracker-query';

/** The tracker's columns in exports, in the order of Bolton's spreadsheet. */
const TRACKER_COLUMNS: readonly [string, (l: TrackerLine) => CsvCell][] = [
  ['Case number', (l) => l.localId],
  ['Name', (l) => l.name],
  ['Team', (l) => l.teamName],
  ['Plan option', (l) => (l.planOption ? PLAN_OPTION_LABELS[l.planOption] : '')],
  ['Plan status', (l) => (l.planStatus ? PLAN_STATUS_LABELS[l.planStatus] : '')],
  ['Days in care', (l) => l.daysInCare],
  ['Permanence due', (l) => l.permanenceDueOn],
  ['Permanence achieved', (l) => l.permanenceAchievedOn],
  ['Days to permanence', (l) => l.daysToPermanence],
  ['Outcomes completed', (l) => l.outcomesCompleted],
  ['Outcomes total', (l) => l.outcomesTotal],
  ['Outcomes overdue', (l) => l.outcomesOverdue],
  ['Placement type', (l) => (l.placementType ? PLACEMENT_TYPE_LABELS[l.placementType] : '')],
  ['In area', (l) => (l.inArea === null ? '' : l.inArea ? 'Yes' : 'No')],
  ['Weekly cost', (l) => l.weeklyCost],
  ['Cost to date', (l) => l.costToDate],
  ['Projected cost to 18', (l) => l.projectedCostTo18],
  ['Alerts', (l) => l.alertCodes.join(' ')],
  ['Moves in last 12 months', (l) => l.movesInLast12Months],
  ['Court stage (PLO week of 26)', (l) => courtStageText(l)],
  ['Family finding', (l) => familyFindingText(l)],
];

const badQuery = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

const TRACKER_PARAMETERS = ['teamId', 'placementType', 'planOption', 'planStatus', 'inArea', 'withAlerts', 'sort', 'descending'] as const;
const PERIOD_PARAMETERS = ['from', 'to', 'teamId'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A parameter the link may not carry (a misspelling, `teamId[]=...`) is
 * refused, as is one given twice or an id that is not one: silently dropping
 * it would export more children than the person asked for.
 */
export function onlyParameters(query: Request['query'], allowed: readonly string[]): void {
  for (const [name, value] of Object.entries(query)) {
    if (!allowed.includes(name)) {
      throw badQuery(name, `"${name}" is not a parameter of this export. Use only: ${allowed.join(', ')}.`);
    }
    if (typeof value !== 'string') throw badQuery(name, `${name} must be given once.`);
    if (name === 'teamId' && value !== '' && !UUID.test(value)) throw badQuery(name, 'teamId must be the id of a team.');
  }
}

/**
 * The tracker screen's filters and sort from an export link's query string,
 * with the same names as the API's TrackerFilter. A value the screen would
 * never send is refused (400), never ignored: ignoring it would export more
 * children than the person asked for.
 */
export function trackerQuery(query: Request['query']): { filter: TrackerFilterSpec; sort: TrackerSortField; descending: boolean } {
  onlyParameters(query, TRACKER_PARAMETERS);
  const text = (name: string): string | undefined => {
    const v = query[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string') throw badQuery(name, `${name} must be given once.`);
    return v;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const v = text(name);
    if (v !== undefined && !(allowed as readonly string[]).includes(v)) throw badQuery(name, `${name} must be one of ${allowed.join(', ')}.`);
    return v as T | undefined;
  };
  const yesNo = (name: string): boolean | undefined => {
    const v = oneOf(name, ['true', 'false'] as const);
    return v === undefined ? undefined : v === 'true';
  };
  return {
    filter: {
      teamId: text('teamId'),
      placementType: oneOf<PlacementType>('placementType', PLACEMENT_TYPES),
      planOption: oneOf<PlanOption>('planOption', PLAN_OPTIONS),
      planStatus: oneOf<PlanStatus>('planStatus', PLAN_STATUSES),
      inArea: yesNo('inArea'),
      withAlerts: yesNo('withAlerts'),
    },
    sort: oneOf<TrackerSortField>('sort', TRACKER_SORT_FIELDS) ?? 'NAME',
    descending: yesNo('descending') ?? false,
  };
}

const HTTP_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

type Handler = (actor: Actor, req: Request, res: Response) => Promise<void>;

/**
 * File downloads with the session cookie: the same actor, reach and audit as
 * the GraphQL API (services do the scoping), answered with the API's codes.
 */
export function exportsRouter(services: Services): Router {
  const router = Router();
  const route = (path: string, roles: readonly Role[], handler: Handler) =>
    router.get(path, async (req, res) => {
      try {
        const ctx = await buildContext(services, req, res);
        if (!ctx.actor) return void res.status(401).type('text/plain').send('Sign in first.');
        if (!roles.includes(ctx.actor.role)) return void res.status(403).type('text/plain').send('Your role cannot download this.');
        res.setHeader('Cache-Control', 'no-store');
        await handler(ctx.actor, req, res);
      } catch (error) {
        const code = error instanceof GraphQLError ? String(error.extensions.code) : '';
        if (HTTP_STATUS[code]) return void res.status(HTTP_STATUS[code]).type('text/plain').send(error instanceof Error ? error.message : code);
        logger.error({ err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, 'export failed');
        res.status(500).type('text/plain').send('Something went wrong on our side.');
      }
    });
  const q = (req: Request, name: string): string | undefined => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
  const send = (res: Response, name: string, csv: string) => {
    res.type('text/csv; charset=utf-8').attachment(name).send(csv);
  };
  const tracker = (actor: Actor, req: Request) => services.tracker.tracker(actor, { ...trackerQuery(req.query), first: null }, req.ip ?? null, 'trackerExport');

  route('/tracker.csv', CHILD_RECORD_READERS, async (actor, req, res) => {
    const { lines } = await tracker(actor, req);
    const columns = TRACKER_COLUMNS.map(([h]) => h);
    send(res, 'tracker.csv', toCsv(columns, lines.map((l) => Object.fromEntries(TRACKER_COLUMNS.map(([h, get]) => [h, get(l)])))));
  });

  route('/tracker.xlsx', CHILD_RECORD_READERS, async (actor, req, res) => {
    const { lines, totals } = await tracker(actor, req);
    const book = new (loadExcelJs().Workbook)();
    const sheet = book.addWorksheet('Tracker');
    sheet.columns = TRACKER_COLUMNS.map(([header]) => ({ header, key: header, width: Math.max(12, header.length + 2) }));
    for (const l of lines) sheet.addRow(TRACKER_COLUMNS.map(([, get]) => (typeof get(l) === 'number' ? get(l) : cellText(get(l)))));
    sheet.addRow([]);
    const totalCells: Record<string, CsvCell> = {
      'Case number': 'Total',
      Name: `${totals.children} children`,
      'Weekly cost': totals.weeklyCost,
      'Cost to date': totals.costToDate,
      'Projected cost to 18': totals.projectedCostTo18,
    };
    sheet.addRow(TRACKER_COLUMNS.map(([header]) => totalCells[header] ?? ''));
    sheet.getRow(1).font = { bold: true };
    const buffer = await book.xlsx.writeBuffer();
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment('tracker.xlsx').send(Buffer.from(buffer));
  });

  const period = (req: Request) => {
    onlyParameters(req.query, PERIOD_PARAMETERS);
    return { from: q(req, 'from') ?? '', to: q(req, 'to') ?? '' };
  };
  const checkDates = (p: { from: string; to: string }) => {
    for (const field of ['from', 'to'] as const) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(p[field])) throw new GraphQLError(`${field} must be a date (YYYY-MM-DD).`, { extensions: { code: 'BAD_USER_INPUT', field } });
    }
    return p;
  };

  route('/quarterly-report.csv', REPORT_READERS, async (actor, req, res) => {
    const r = await services.tracker.quarterly(actor, checkDates(period(req)), q(req, 'teamId'), req.ip ?? null);
    const summary = [
      { Measure: 'Looked after at the end of the period', Value: r.lookedAfter },
      { Measure: 'Started to be looked after', Value: r.started },
      { Measure: 'Ceased to be looked after', Value: r.ceased },
      ...r.byPlacementType.map((c) => ({ Measure: `Placement: ${c.label}`, Value: c.children })),
    ];
    const columns = TRACKER_COLUMNS.map(([h]) => h);
    send(
      res,
      `quarterly-report-${r.period.from}-to-${r.period.to}.csv`,
      `${toCsv(['Measure', 'Value'], summary)}\r\n${toCsv(columns, r.children.map((l) => Object.fromEntries(TRACKER_COLUMNS.map(([h, get]) => [h, get(l)]))))}`,
    );
  });

  route('/annual-indicators.csv', REPORT_READERS, async (actor, req, res) => {
    const p = checkDates(period(req));
    const indicators = await services.tracker.annual(actor, p, q(req, 'teamId'), req.ip ?? null);
    send(
      res,
      `annual-indicators-${p.from}-to-${p.to}.csv`,
      toCsv(['Indicator', 'Children', 'Out of', 'Average days'], indicators.map((i) => ({ Indicator: i.label, Children: i.count, 'Out of': i.outOf, 'Average days': i.averageDays }))),
    );
  });

  // Ofsted's Annex A List 8 for an inspection, on today's date.
  route('/annex-a-list-8.csv', REPORT_READERS, async (actor, req, res) => {
    onlyParameters(req.query, []);
    const list = await services.tracker.annexAList8(actor, req.ip ?? null);
    send(res, `annex-a-list-8-children-in-care-${list.referenceDate}.csv`, toCsv([...ANNEX_A_LIST_8_COLUMNS], list.rows));
  });

  // One CSV per file of the return (no zip library): the portal offers each link.
  // The same roles as the ssda903Validation query (the return is the head of service's to send).
  route('/ssda903/:year/:file.csv', RESERVED_APPROVERS, async (actor, req, res) => {
    onlyParameters(req.query, []);
    const file = String(req.params.file);
    if (file !== 'validation' && !(ssda903FileNamesFor(Number(req.params.year)) as string[]).includes(file)) return void res.status(404).type('text/plain').send('No such file in the return.');
    const ret = await services.tracker.ssda903(actor, Number(req.params.year), req.ip ?? null, `ssda903:${file}`);
    send(res, `${file}.csv`, file === 'validation' ? validationCsv(ret.failures) : fileCsv(ret.files, file as Ssda903FileName));
  });
  return router;
}
