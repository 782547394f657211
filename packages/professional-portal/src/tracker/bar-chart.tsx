import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { Table, type Column } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { say } from '../i18n/i18n';

export interface ChartBar {
  label: string;
  value: number;
}

const WIDTH = 560;
const AXIS = '#0b0c0c';
const GRID = '#b1b4b6';
const BLUE = '#1d70b8';
const ORANGE = '#f47738';

/**
 * A chart drawn by recharts (SVG; React sets sizes through the DOM, which the
 * CSP allows) with the same figures as a table underneath: the drawing is
 * hidden from assistive technology, the table is the text alternative.
 */
function ChartFigure({ id, title, drawing, table }: { id: string; title: string; drawing: ReactNode; table: ReactNode }) {
  return (
    <figure className="fp-chart" aria-labelledby={`${id}-title`}>
      <h3 className="govuk-heading-s" id={`${id}-title`}>
        {title}
      </h3>
      <div className="fp-chart__drawing" aria-hidden="true">
        {drawing}
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{say('tracker.barChart.theFigures', { title })}</span>
        </summary>
        <div className="govuk-details__text">{table}</div>
      </details>
    </figure>
  );
}

const BAR_COLUMNS: Column<ChartBar, 'label' | 'value'>[] = [
  { key: 'label', header: say('tracker.barChart.group'), cell: (b) => b.label },
  { key: 'value', header: say('tracker.barChart.children'), numeric: true, cell: (b) => b.value },
];

export function BarChartWithTable({ id, title, bars }: { id: string; title: string; bars: ChartBar[] }) {
  const height = Math.max(120, bars.length * 36 + 40);
  return (
    <ChartFigure
      id={id}
      title={title}
      drawing={
        <BarChart width={WIDTH} height={height} data={bars} layout="vertical" margin={{ top: 5, right: 20, bottom: 5, left: 10 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" allowDecimals={false} stroke={AXIS} />
          <YAxis type="category" dataKey="label" width={190} stroke={AXIS} />
          <Bar dataKey="value" fill={BLUE} isAnimationActive={false} />
        </BarChart>
      }
      table={<Table caption={title} captionClassName="govuk-table__caption--s" columns={BAR_COLUMNS} rows={bars} rowKey={(b) => b.label} empty={say('tracker.barChart.noChildren')} />}
    />
  );
}

export interface PermanenceBar {
  key: string;
  label: string;
  fromDays: number;
  toDays?: number | null;
  achieved: number;
  waiting: number;
}

const daysText = (b: PermanenceBar) => (b.toDays ? say('tracker.barChart.toDays', { fromDays: String(b.fromDays), toDays: String(b.toDays - 1) }) : say('tracker.barChart.daysOrMore', { fromDays: String(b.fromDays) }));

const PERMANENCE_COLUMNS: Column<PermanenceBar, 'label' | 'days' | 'achieved' | 'waiting'>[] = [
  { key: 'label', header: say('tracker.barChart.timeFromEnteringCare'), cell: (b) => b.label },
  { key: 'days', header: say('tracker.barChart.days'), cell: daysText },
  { key: 'achieved', header: say('tracker.barChart.permanenceAchieved'), numeric: true, cell: (b) => b.achieved },
  { key: 'waiting', header: say('tracker.barChart.stillWaiting'), numeric: true, cell: (b) => b.waiting },
];

/** Days from entering care to permanence, in bands: achieved within the band, or still waiting that long (stacked). */
export function PermanenceChartWithTable({ id, title, bands }: { id: string; title: string; bands: PermanenceBar[] }) {
  return (
    <ChartFigure
      id={id}
      title={title}
      drawing={
        <>
          <BarChart width={WIDTH} height={bands.length * 40 + 40} data={bands} layout="vertical" margin={{ top: 5, right: 20, bottom: 5, left: 10 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke={GRID} />
            <XAxis type="number" allowDecimals={false} stroke={AXIS} />
            <YAxis type="category" dataKey="label" width={150} stroke={AXIS} />
            <Bar dataKey="achieved" name={say('tracker.barChart.permanenceAchieved')} stackId="children" fill={BLUE} isAnimationActive={false} />
            <Bar dataKey="waiting" name={say('tracker.barChart.stillWaiting')} stackId="children" fill={ORANGE} isAnimationActive={false} />
          </BarChart>
          {/* The key in HTML, so it wraps on a narrow screen (recharts' legend is placed absolutely). */}
          <ul className="fp-chart__key">
            <li>
              <span className="fp-chart__swatch fp-chart__swatch--blue" />{' '}{say('tracker.barChart.permanenceAchieved')}
            </li>
            <li>
              <span className="fp-chart__swatch fp-chart__swatch--orange" />{' '}{say('tracker.barChart.stillWaiting')}
            </li>
          </ul>
        </>
      }
      table={<Table caption={title} captionClassName="govuk-table__caption--s" columns={PERMANENCE_COLUMNS} rows={bands} rowKey={(b) => b.key} />}
    />
  );
}

export interface OverTimePoint {
  periodStart: string;
  periodEnd: string;
  lookedAfter: number;
  started: number;
  ceased: number;
}

const OVER_TIME_COLUMNS: Column<OverTimePoint, 'end' | 'lookedAfter' | 'started' | 'ceased'>[] = [
  { key: 'end', header: say('tracker.barChart.atTheEndOf'), cell: (p) => formatDate(p.periodEnd) },
  { key: 'lookedAfter', header: say('tracker.barChart.lookedAfter'), numeric: true, cell: (p) => p.lookedAfter },
  { key: 'started', header: say('tracker.barChart.startedInThePeriod'), numeric: true, cell: (p) => p.started },
  { key: 'ceased', header: say('tracker.barChart.ceasedInThePeriod'), numeric: true, cell: (p) => p.ceased },
];

const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Children looked after at each period end, as a line. */
export function OverTimeChartWithTable({ id, title, points }: { id: string; title: string; points: OverTimePoint[] }) {
  const data = points.map((p) => ({ ...p, label: SHORT_MONTH.format(new Date(`${p.periodEnd}T00:00:00Z`)) }));
  return (
    <ChartFigure
      id={id}
      title={title}
      drawing={
        <LineChart width={WIDTH} height={260} data={data} margin={{ top: 10, right: 20, bottom: 5, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID} />
          <XAxis dataKey="label" stroke={AXIS} minTickGap={20} />
          <YAxis allowDecimals={false} stroke={AXIS} />
          <Line dataKey="lookedAfter" name={say('tracker.barChart.lookedAfter')} stroke={BLUE} strokeWidth={3} dot={false} isAnimationActive={false} />
        </LineChart>
      }
      table={<Table caption={title} captionClassName="govuk-table__caption--s" columns={OVER_TIME_COLUMNS} rows={points} rowKey={(p) => p.periodEnd} />}
    />
  );
}
