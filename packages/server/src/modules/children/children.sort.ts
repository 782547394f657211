import { Field, InputType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { PLACEMENT_TYPE_LABELS, PLAN_OPTION_LABELS, PLAN_STATUSES, REVIEW_MEETING_TYPES } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { CURRENT_PLAN_SQL } from './children.sql';

/** What a caseload can be sorted by: the columns its rows show that the database can order. */
export const CHILD_SORT_FIELDS = ['NAME', 'AGE', 'HOME', 'PLAN_OPTION', 'PLAN_STATUS', 'NEXT_REVIEW', 'TEAM', 'SOCIAL_WORKER', 'IRO'] as const;
export type ChildSortField = (typeof CHILD_SORT_FIELDS)[number];
export const SORT_DIRECTIONS = ['ASCENDING', 'DESCENDING'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const ChildSortFieldEnum = graphqlEnum('ChildSortField', CHILD_SORT_FIELDS, 'A column of the children list to sort by.');
export const SortDirectionEnum = graphqlEnum('SortDirection', SORT_DIRECTIONS);

@InputType({ description: 'Sorts the whole list before it is split into pages; children with no value (no plan, no review) come last either way.' })
export class ChildSort {
  @Field(() => ChildSortFieldEnum)
  @IsIn(CHILD_SORT_FIELDS)
  by!: ChildSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASCENDING' })
  @IsOptional()
  @IsIn(SORT_DIRECTIONS)
  direction: SortDirection = 'ASCENDING';
}

interface SortKey {
  /** SQL of the value, null when the child has none; may use :today. */
  sql: string;
  type: 'text' | 'date' | 'int';
  /** Ascending means the values descending (age: youngest first is the latest date of birth). */
  invert?: boolean;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
/** A CASE that turns a code column into its label, so codes sort as people read them. */
const labelOf = (column: string, labels: Record<string, string>) =>
  `CASE ${column} ${Object.entries(labels).map(([code, label]) => `WHEN ${quote(code)} THEN ${quote(label)}`).join(' ')} END`;
const currentPlan = (column: string) => `(SELECT ${column} FROM plans sp WHERE ${CURRENT_PLAN_SQL('c', 'sp')})`;
const personName = (column: string) => `(SELECT lower(su.first_name || ' ' || su.last_name) FROM users su WHERE su.id = ${column})`;

const KEYS: Record<ChildSortField, SortKey> = {
  // Surname, then the name the child is called by, as case lists are read.
  NAME: { sql: `lower(c.legal_last_name || ' ' || COALESCE(c.preferred_name, c.legal_first_name))`, type: 'text' },
  AGE: { sql: 'c.date_of_birth', type: 'date', invert: true },
  // Where they live today: the placement started and not yet ended.
  HOME: {
    sql: `(SELECT ${labelOf('sp.type', PLACEMENT_TYPE_LABELS)} FROM placements sp
            WHERE sp.child_id = c.id AND sp.start_date <= :today AND (sp.end_date IS NULL OR sp.end_date > :today)
            ORDER BY sp.start_date DESC LIMIT 1)`,
    type: 'text',
  },
  PLAN_OPTION: { sql: currentPlan(labelOf('sp.primary_option', PLAN_OPTION_LABELS)), type: 'text' },
  // The workflow's order (draft, proposed, approved ...), not the alphabet.
  PLAN_STATUS: { sql: currentPlan(`array_position(ARRAY[${PLAN_STATUSES.map(quote).join(', ')}]::text[], sp.status::text)`), type: 'int' },
  // As Child.nextReview: the earliest review not yet held, by booked date, else due date.
  NEXT_REVIEW: {
    sql: `(SELECT min(COALESCE(sm.scheduled_for, sm.due_date)) FROM meetings sm
            WHERE sm.child_id = c.id AND sm.held_on IS NULL AND sm.type IN (${REVIEW_MEETING_TYPES.map(quote).join(', ')}))`,
    type: 'date',
  },
  TEAM: { sql: '(SELECT lower(st.name) FROM teams st WHERE st.id = c.team_id)', type: 'text' },
  SOCIAL_WORKER: { sql: personName('c.social_worker_id'), type: 'text' },
  IRO: { sql: personName('c.iro_id'), type: 'text' },
};

const ZERO = { text: "''", date: "DATE '0001-01-01'", int: '0' } as const;
/** What a cursor's value must look like for its type, so a forged one is BAD_USER_INPUT, never a failed cast. */
// eslint-disable-next-line no-control-regex -- a NUL is exactly what a text cursor must not hold (PostgreSQL refuses it)
const CURSOR_VALUE = { text: /^[^\u0000]{0,400}$/, date: /^\d{4}-\d{2}-\d{2}$/, int: /^-?\d{1,9}$/ } as const;

/**
 * The ORDER BY and the keyset condition for one sort, so the list is ordered
 * in SQL before it is cut into pages and page 2 continues where page 1 ended.
 * Rows order by (has no value, value, id): children without a value come last
 * in both directions, and the id breaks ties so every row has one place.
 */
export function childSortSql(sort: Pick<ChildSort, 'by' | 'direction'>) {
  const key = KEYS[sort.by];
  const descending = (sort.direction === 'DESCENDING') !== Boolean(key.invert);
  const missing = `(CASE WHEN ${key.sql} IS NULL THEN 1 ELSE 0 END)`;
  const value = `COALESCE(${key.sql}, ${ZERO[key.type]})`;
  return {
    missing,
    value,
    /** The value as text, for the cursor (a stand-in of the right type when there is none). */
    valueText: `(${value})::text`,
    direction: descending ? ('DESC' as const) : ('ASC' as const),
    /** A cursor's parts are ones this sort could have made. */
    validCursor: (missing: string, value: string) =>
      (missing === '0' || missing === '1') && CURSOR_VALUE[key.type].test(value) && (key.type !== 'date' || !Number.isNaN(Date.parse(value))),
    /** Rows after the cursor's (missing, value, id). */
    after: `(${missing} > :cursorMissing OR (${missing} = :cursorMissing AND (${value}, c.id) ${descending ? '<' : '>'} ((:cursorValue)::${key.type}, (:cursorId)::uuid)))`,
  };
}
