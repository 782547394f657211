import type { ReactNode } from 'react';
import { cx } from './link';

export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string = string> {
  key: K;
  direction: SortDirection;
}

export interface Column<Row, K extends string = string> {
  key: K;
  header: string;
  cell: (row: Row) => ReactNode;
  sortable?: boolean;
  numeric?: boolean;
}

export interface TableProps<Row, K extends string> {
  caption: ReactNode;
  captionClassName?: string;
  columns: Column<Row, K>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  sort?: SortState<K>;
  onSort?: (sort: SortState<K>) => void;
  /** Shown in one full-width cell when there are no rows. */
  empty?: ReactNode;
}

/**
 * GOV.UK table. Sortable columns have a button in the header and aria-sort on
 * the header cell, as in the MOJ sortable table pattern.
 */
export function Table<Row, K extends string>({ caption, captionClassName, columns, rows, rowKey, sort, onSort, empty }: TableProps<Row, K>) {
  return (
    // A table wider than a phone scrolls sideways: the scrolling area takes keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1).
    <div className="fp-table-scroll" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : 'Table'}>
      <table className="govuk-table fp-responsive-table">
        <caption className={cx('govuk-table__caption', captionClassName ?? 'govuk-table__caption--m')}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={cx('govuk-table__header', c.numeric && 'govuk-table__header--numeric')}
                  aria-sort={c.sortable ? (active ? sort!.direction : 'none') : undefined}
                >
                  {c.sortable && onSort ? (
                    <button
                      type="button"
                      className="fp-sort-button"
                      data-direction={active ? sort!.direction : 'none'}
                      onClick={() => onSort({ key: c.key, direction: active && sort!.direction === 'ascending' ? 'descending' : 'ascending' })}
                    >
                      {c.header}
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.length === 0 && empty ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={columns.length}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="govuk-table__row">
                {columns.map((c, i) => {
                  const Cell = i === 0 ? 'th' : 'td';
                  return (
                    <Cell
                      key={c.key}
                      scope={i === 0 ? 'row' : undefined}
                      data-label={c.header}
                      className={cx(i === 0 ? 'govuk-table__header' : 'govuk-table__cell', c.numeric && 'govuk-table__cell--numeric')}
                    >
                      {c.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Sorts a copy of rows by a column's value; text compares in English order, numbers numerically. */
export function sortRows<Row>(rows: Row[], value: (row: Row) => string | number | null | undefined, direction: SortDirection): Row[] {
  const factor = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return 0;
    if (x === null || x === undefined || x === '') return 1;
    if (y === null || y === undefined || y === '') return -1;
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB')) * factor;
  });
}
