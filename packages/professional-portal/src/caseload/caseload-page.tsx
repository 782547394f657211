import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Button, ErrorSummary, Pagination, Select, Table, TextInput, UiLink, type Column, type SortState } from '@forever-planning/ui';
import { PLACEMENT_TYPE_LABELS, PLAN_OPTION_LABELS, PLAN_STATUS_LABELS, PLAN_STATUSES } from '@forever-planning/shared';
import { AlertTags } from '../alerts/alert-tags';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { CaseloadDocument, type CaseloadQuery, type ChildSortField, type PlanStatus } from '../gql/graphql';
import { say } from '../i18n/i18n';

export const PAGE_SIZE = 25;

type Child = CaseloadQuery['children']['edges'][number]['node'];
type SortKey = 'name' | 'age' | 'home' | 'plan' | 'status' | 'review' | 'team' | 'socialWorker' | 'iro';

const nextReviewDate = (c: Child) => c.nextReview?.scheduledFor ?? c.nextReview?.dueDate ?? undefined;

/**
 * Each sortable column and the API's sort for it. The API sorts the whole list
 * before it is cut into pages, so page 2 carries on from page 1. Alerts are
 * worked out by the rules, not stored, so they are filtered (the drift list),
 * not sorted.
 */
const SORT_FIELD: Record<SortKey, ChildSortField> = {
  name: 'NAME',
  age: 'AGE',
  home: 'HOME',
  plan: 'PLAN_OPTION',
  status: 'PLAN_STATUS',
  review: 'NEXT_REVIEW',
  team: 'TEAM',
  socialWorker: 'SOCIAL_WORKER',
  iro: 'IRO',
};

const notAllocated = <span className="fp-secondary-text">{say('caseload.caseloadPage.notAllocated')}</span>;

const COLUMNS: Column<Child, SortKey | 'alerts'>[] = [
  {
    key: 'name',
    header: say('caseload.caseloadPage.name'),
    sortable: true,
    cell: (c) => (
      <UiLink href={`/children/${c.id}`} className="govuk-link">
        {c.displayName}
      </UiLink>
    ),
  },
  { key: 'age', header: say('caseload.caseloadPage.age'), sortable: true, numeric: true, cell: (c) => c.age },
  {
    key: 'home',
    header: say('caseload.caseloadPage.whereTheyLive'),
    sortable: true,
    cell: (c) => (c.currentPlacement ? PLACEMENT_TYPE_LABELS[c.currentPlacement.type] : <span className="fp-secondary-text">{say('caseload.caseloadPage.notRecorded')}</span>),
  },
  {
    key: 'plan',
    header: say('caseload.caseloadPage.plan'),
    sortable: true,
    cell: (c) =>
      c.currentPlan ? (c.currentPlan.primaryOption ? PLAN_OPTION_LABELS[c.currentPlan.primaryOption] : say('caseload.caseloadPage.noOptionYet')) : <span className="fp-secondary-text">{say('caseload.caseloadPage.noPlan')}</span>,
  },
  {
    key: 'status',
    header: say('caseload.caseloadPage.planStatus'),
    sortable: true,
    // The plan in force, and a newer version being worked on shown as what it is.
    cell: (c) =>
      c.currentPlan ? (
        <>
          {PLAN_STATUS_LABELS[c.currentPlan.status]}
          {c.draftPlan && (
            <span className="fp-secondary-text fp-block">
              {say('caseload.caseloadPage.plan2', { planNumber: c.draftPlan.planNumber })}{' '}{PLAN_STATUS_LABELS[c.draftPlan.status].toLowerCase()}
            </span>
          )}
        </>
      ) : (
        <span className="fp-secondary-text">{say('caseload.caseloadPage.noPlan')}</span>
      ),
  },
  { key: 'review', header: say('caseload.caseloadPage.nextReview'), sortable: true, cell: (c) => formatDate(nextReviewDate(c)) || <span className="fp-secondary-text">{say('caseload.caseloadPage.none')}</span> },
  { key: 'alerts', header: say('caseload.caseloadPage.alerts'), cell: (c) => <AlertTags alerts={c.alerts} /> },
  { key: 'team', header: say('caseload.caseloadPage.team'), sortable: true, cell: (c) => c.team.name },
  { key: 'socialWorker', header: say('caseload.caseloadPage.socialWorker'), sortable: true, cell: (c) => c.socialWorker?.displayName ?? notAllocated },
  { key: 'iro', header: say('caseload.caseloadPage.iro'), sortable: true, cell: (c) => c.iro?.displayName ?? notAllocated },
];

const isSortKey = (v: string | null): v is SortKey => v !== null && v in SORT_FIELD;

/**
 * The children a person reaches, a page at a time through the API's cursor
 * connection. The URL holds the search, filter, sort and the cursors of the
 * pages before this one, so Back and a shared link both work.
 */
export function CaseloadPage({ title, filterByTeam, pinned }: { title: string; filterByTeam: boolean; pinned?: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const name = params.get('name') ?? '';
  const teamId = params.get('team') ?? '';
  const planStatus = params.get('status') ?? '';
  const cursors = (params.get('pages') ?? '').split('.').filter(Boolean);
  const sortKey = params.get('sort');
  const sort: SortState<SortKey> = { key: isSortKey(sortKey) ? sortKey : 'name', direction: params.get('dir') === 'descending' ? 'descending' : 'ascending' };
  const [search, setSearch] = useState({ name, teamId, planStatus });
  const [knownTeams, setKnownTeams] = useState<Map<string, string>>(new Map());
  usePageTitle(title);

  const { data, loading, error } = useQuery(CaseloadDocument, {
    variables: {
      filter: { name: name || undefined, teamId: teamId || undefined, planStatus: (planStatus || undefined) as PlanStatus | undefined },
      // The default order (name, A to Z) is the API's own: no sort argument, so a plain home page asks the same as before.
      sort: isSortKey(sortKey) ? { by: SORT_FIELD[sort.key], direction: sort.direction === 'descending' ? 'DESCENDING' : 'ASCENDING' } : undefined,
      first: PAGE_SIZE,
      after: cursors.at(-1),
    },
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

  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);

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
    if (search.planStatus) next.set('status', search.planStatus);
    else next.delete('status');
    setParams(next);
  };

  const pageNumber = cursors.length + 1;
  const start = (pageNumber - 1) * PAGE_SIZE + 1;
  const teamOptions = [{ value: '', label: say('caseload.caseloadPage.allTeams') }, ...[...knownTeams].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label }))];

  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      {/* Above the list, whatever its sort or page: unsafe alerts and unanswered messages. */}
      {pinned}
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      <h2 className="govuk-heading-m">{say('caseload.caseloadPage.children')}</h2>
      <form noValidate onSubmit={onSearch} role="search" aria-label={say('caseload.caseloadPage.children')}>
        <div className="fp-filters">
          <TextInput id="name" label={say('caseload.caseloadPage.searchByName')} type="search" width="20" value={search.name} onChange={(v) => setSearch((s) => ({ ...s, name: v }))} />
          {filterByTeam && (
            <Select id="team" label={say('caseload.caseloadPage.team')} value={search.teamId} onChange={(v) => setSearch((s) => ({ ...s, teamId: v }))} options={teamOptions} />
          )}
          <Select
            id="planStatus"
            label={say('caseload.caseloadPage.planStatus')}
            value={search.planStatus}
            onChange={(v) => setSearch((s) => ({ ...s, planStatus: v }))}
            options={[{ value: '', label: say('caseload.caseloadPage.anyStatus') }, ...PLAN_STATUSES.map((value) => ({ value, label: PLAN_STATUS_LABELS[value] }))]}
          />
          <Button type="submit" variant="secondary">
            {say('caseload.caseloadPage.search')}
          </Button>
        </div>
        {(name || teamId || planStatus) && (
          <p className="govuk-body">
            <UiLink href="/" className="govuk-link">
              {say('caseload.caseloadPage.clearSearch')}
            </UiLink>
          </p>
        )}
      </form>
      {loading && !connection ? (
        <Loading what={say('caseload.caseloadPage.loadingChildren')} />
      ) : connection ? (
        <>
          <Table
            caption={
              connection.totalCount === 0
                ? say('caseload.caseloadPage.noChildren')
                : say('caseload.caseloadPage.showingToOf', { start, end: start + rows.length - 1, totalCount: connection.totalCount })
            }
            captionClassName="govuk-table__caption--s"
            columns={COLUMNS}
            rows={rows}
            rowKey={(c) => c.id}
            sort={sort}
            // A new order starts again at page 1: the cursors belong to the old one.
            onSort={(s) => setParams(new URLSearchParams(href({ sort: s.key, dir: s.direction, pages: undefined }).slice(2)))}
            empty={name || teamId || planStatus ? say('caseload.caseloadPage.noChildrenMatchYour') : say('caseload.caseloadPage.noChildrenAreAllocated')}
          />
          <Pagination
            previous={cursors.length > 0 ? { href: href({ pages: cursors.slice(0, -1).join('.') }), label: say('caseload.caseloadPage.page', { page: pageNumber - 1 }) } : undefined}
            next={
              connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
                ? { href: href({ pages: [...cursors, connection.pageInfo.endCursor].join('.') }), label: say('caseload.caseloadPage.page', { page: pageNumber + 1 }) }
                : undefined
            }
          />
        </>
      ) : null}
    </>
  );
}
