import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Button, ErrorSummary, Pagination, Select, Table, TextInput, UiLink, sortRows, type Column, type SortState } from '@forever-planning/ui';
import { canFilterByTeam } from '../auth/roles';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { CaseloadDocument, type CaseloadQuery, type Role } from '../gql/graphql';

export const PAGE_SIZE = 25;

type Child = CaseloadQuery['children']['edges'][number]['node'];
type SortKey = 'name' | 'age' | 'team' | 'socialWorker' | 'iro';

const SORT_VALUE: Record<SortKey, (c: Child) => string | number | undefined> = {
  name: (c) => c.displayName,
  age: (c) => c.age,
  team: (c) => c.team.name,
  socialWorker: (c) => c.socialWorker?.displayName,
  iro: (c) => c.iro?.displayName,
};

const notAllocated = <span className="fp-secondary-text">Not allocated</span>;

const COLUMNS: Column<Child, SortKey>[] = [
  {
    key: 'name',
    header: 'Name',
    sortable: true,
    cell: (c) => (
      <UiLink href={`/children/${c.id}`} className="govuk-link">
        {c.displayName}
      </UiLink>
    ),
  },
  { key: 'age', header: 'Age', sortable: true, numeric: true, cell: (c) => c.age },
  { key: 'team', header: 'Team', sortable: true, cell: (c) => c.team.name },
  { key: 'socialWorker', header: 'Social worker', sortable: true, cell: (c) => c.socialWorker?.displayName ?? notAllocated },
  { key: 'iro', header: 'IRO', sortable: true, cell: (c) => c.iro?.displayName ?? notAllocated },
];

const isSortKey = (v: string | null): v is SortKey => v !== null && v in SORT_VALUE;

/**
 * The children a person reaches, a page at a time through the API's cursor
 * connection. The URL holds the search, filter, sort and the cursors of the
 * pages before this one, so Back and a shared link both work.
 */
export function CaseloadPage({ title, role }: { title: string; role: Role }) {
  const [params, setParams] = useSearchParams();
  const name = params.get('name') ?? '';
  const teamId = params.get('team') ?? '';
  const cursors = (params.get('pages') ?? '').split('.').filter(Boolean);
  const sortKey = params.get('sort');
  const sort: SortState<SortKey> = { key: isSortKey(sortKey) ? sortKey : 'name', direction: params.get('dir') === 'descending' ? 'descending' : 'ascending' };
  const [search, setSearch] = useState({ name, teamId });
  const [knownTeams, setKnownTeams] = useState<Map<string, string>>(new Map());
  usePageTitle(title);

  const { data, loading, error } = useQuery(CaseloadDocument, {
    variables: { filter: { name: name || undefined, teamId: teamId || undefined }, first: PAGE_SIZE, after: cursors.at(-1) },
  });
  const connection = data?.children;

  // Teams come from the children seen so far; the API has no list of teams yet.
  useEffect(() => {
    if (!connection) return;
    setKnownTeams((prev) => {
      const next = new Map(prev);
      connection.edges.forEach((e) => next.set(e.node.team.id, e.node.team.name));
      return next.size === prev.size ? prev : next;
    });
  }, [connection]);

  const rows = useMemo(
    () => sortRows(connection?.edges.map((e) => e.node) ?? [], SORT_VALUE[sort.key], sort.direction),
    [connection, sort.key, sort.direction],
  );

  const href = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    const query = next.toString();
    return query ? `/?${query}` : '/';
  };

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.delete('pages');
    if (search.name.trim()) next.set('name', search.name.trim());
    else next.delete('name');
    if (search.teamId) next.set('team', search.teamId);
    else next.delete('team');
    setParams(next);
  };

  const pageNumber = cursors.length + 1;
  const start = (pageNumber - 1) * PAGE_SIZE + 1;
  const teamOptions = [{ value: '', label: 'All teams' }, ...[...knownTeams].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label }))];

  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      <form noValidate onSubmit={onSearch} role="search" aria-label="Children">
        <div className="fp-filters">
          <TextInput id="name" label="Search by name" type="search" width="20" value={search.name} onChange={(v) => setSearch((s) => ({ ...s, name: v }))} />
          {canFilterByTeam(role) && (
            <Select id="team" label="Team" value={search.teamId} onChange={(v) => setSearch((s) => ({ ...s, teamId: v }))} options={teamOptions} />
          )}
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </div>
        {(name || teamId) && (
          <p className="govuk-body">
            <UiLink href="/" className="govuk-link">
              Clear search
            </UiLink>
          </p>
        )}
      </form>
      {loading && !connection ? (
        <Loading what="Loading children" />
      ) : connection ? (
        <>
          <Table
            caption={
              connection.totalCount === 0
                ? 'No children'
                : `Showing ${start} to ${start + rows.length - 1} of ${connection.totalCount} ${connection.totalCount === 1 ? 'child' : 'children'}`
            }
            captionClassName="govuk-table__caption--s"
            columns={COLUMNS}
            rows={rows}
            rowKey={(c) => c.id}
            sort={sort}
            onSort={(s) => setParams(new URLSearchParams(href({ sort: s.key, dir: s.direction }).slice(2)))}
            empty={name || teamId ? 'No children match your search.' : 'No children are allocated to you yet.'}
          />
          <Pagination
            previous={cursors.length > 0 ? { href: href({ pages: cursors.slice(0, -1).join('.') }), label: `Page ${pageNumber - 1}` } : undefined}
            next={
              connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
                ? { href: href({ pages: [...cursors, connection.pageInfo.endCursor].join('.') }), label: `Page ${pageNumber + 1}` }
                : undefined
            }
          />
        </>
      ) : null}
    </>
  );
}
