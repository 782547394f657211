import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { Table, type Column } from '@forever-planning/ui';

export interface ChartBar {
  label: string;
  value: number;
}

const COLUMNS: Column<ChartBar, 'label' | 'value'>[] = [
  { key: 'label', header: 'Group', cell: (b) => b.label },
  { key: 'value', header: 'Children', numeric: true, cell: (b) => b.value },
];

/**
 * A bar chart drawn by recharts (SVG; React sets sizes through the DOM, which the
 * CSP allows) with the same figures as a table underneath: the chart is hidden
 * from assistive technology, the table is the text alternative.
 */
export function BarChartWithTable({ id, title, bars }: { id: string; title: string; bars: ChartBar[] }) {
  const width = 560;
  const height = Math.max(120, bars.length * 36 + 40);
  return (
    <figure className="fp-chart" aria-labelledby={`${id}-title`}>
      <h3 className="govuk-heading-s" id={`${id}-title`}>
        {title}
      </h3>
      <div className="fp-chart__drawing" aria-hidden="true">
        <BarChart width={width} height={height} data={bars} layout="vertical" margin={{ top: 5, right: 20, bottom: 5, left: 10 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#b1b4b6" />
          <XAxis type="number" allowDecimals={false} stroke="#0b0c0c" />
          <YAxis type="category" dataKey="label" width={190} stroke="#0b0c0c" />
          <Bar dataKey="value" fill="#1d70b8" isAnimationActive={false} />
        </BarChart>
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{title}: the figures as a table</span>
        </summary>
        <div className="govuk-details__text">
          <Table caption={title} captionClassName="govuk-table__caption--s" columns={COLUMNS} rows={bars} rowKey={(b) => b.label} empty="No children." />
        </div>
      </details>
    </figure>
  );
}

/** Counts per label, in the order labels were first met (or the order given). */
export function countBy<T>(items: readonly T[], label: (item: T) => string, order: readonly string[] = []): ChartBar[] {
  const counts = new Map<string, number>(order.map((o) => [o, 0]));
  for (const item of items) counts.set(label(item), (counts.get(label(item)) ?? 0) + 1);
  return [...counts].map(([l, value]) => ({ label: l, value }));
}
