import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Table, sortRows, type SortState } from './table';

type Row = { name: string; age: number };
const rows: Row[] = [
  { name: 'Bella', age: 14 },
  { name: 'Adam', age: 10 },
  { name: 'Cara', age: 12 },
];

function Sortable() {
  const [sort, setSort] = useState<SortState<'name' | 'age'>>({ key: 'name', direction: 'ascending' });
  const sorted = sortRows(rows, (r) => (sort.key === 'age' ? r.age : r.name), sort.direction);
  return (
    <Table
      caption="Children"
      columns={[
        { key: 'name', header: 'Name', cell: (r) => r.name, sortable: true },
        { key: 'age', header: 'Age', cell: (r) => r.age, sortable: true, numeric: true },
      ]}
      rows={sorted}
      rowKey={(r) => r.name}
      sort={sort}
      onSort={setSort}
    />
  );
}

const names = () => screen.getAllByRole('rowheader').map((c) => c.textContent);

describe('Table', () => {
  it('sorts by a column and says so with aria-sort', async () => {
    const user = userEvent.setup();
    render(<Sortable />);
    expect(screen.getByRole('table', { name: 'Children' })).toBeInTheDocument();
    expect(names()).toEqual(['Adam', 'Bella', 'Cara']);
    const [nameHeader, ageHeader] = screen.getAllByRole('columnheader');
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(ageHeader).toHaveAttribute('aria-sort', 'none');

    await user.click(within(ageHeader).getByRole('button', { name: 'Age' }));
    expect(ageHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    expect(names()).toEqual(['Adam', 'Cara', 'Bella']);

    await user.click(within(ageHeader).getByRole('button', { name: 'Age' }));
    expect(ageHeader).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['Bella', 'Cara', 'Adam']);
  });

  it('shows a message when there are no rows', () => {
    render(<Table caption="Children" columns={[{ key: 'n', header: 'Name', cell: () => '' }]} rows={[]} rowKey={() => ''} empty="No children match." />);
    expect(screen.getByRole('cell', { name: 'No children match.' })).toBeInTheDocument();
  });

  it('puts empty values last whichever way it sorts', () => {
    const data = [{ v: '' }, { v: 'b' }, { v: 'a' }];
    expect(sortRows(data, (r) => r.v, 'ascending').map((r) => r.v)).toEqual(['a', 'b', '']);
    expect(sortRows(data, (r) => r.v, 'descending').map((r) => r.v)).toEqual(['b', 'a', '']);
  });
});
