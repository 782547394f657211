import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select, Table, Tag, UiLink, type Column } from '@forever-planning/ui';
import { useMe } from '../auth/session';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { RecordsDueForRetentionReviewDocument, type RecordsDueForRetentionReviewQuery, type RetentionRule } from '../gql/graphql';

type Row = RecordsDueForRetentionReviewQuery['recordsDueForRetentionReview'][number];

export const RULE_LABELS: Record<RetentionRule, string> = {
  LOOKED_AFTER: 'Child looked after: kept until the birthday the council sets',
  ADOPTION_ORDER: 'Adoption: kept from the adoption order',
  PLACED_FOR_ADOPTION: 'Adoption: kept from the placement for adoption',
};

const WINDOWS = [
  { value: '0', label: 'Only records already past their date' },
  { value: '90', label: 'Past, or due in the next 3 months' },
  { value: '365', label: 'Past, or due in the next year' },
  { value: '1825', label: 'Past, or due in the next 5 years' },
];

/** Head of service and administrator: children's records whose retention date has passed or is near. */
export function RetentionReviewPage() {
  const me = useMe();
  const [withinDays, setWithinDays] = useState('365');
  const { data, loading, error } = useQuery(RecordsDueForRetentionReviewDocument, { variables: { withinDays: Number(withinDays) }, fetchPolicy: 'network-only' });
  usePageTitle('Retention review');
  // Names and dates of birth only for those who read children's records (the API leaves them out for anyone else).
  const seesCases = me.abilities.children;

  const columns: Column<Row>[] = [
    { key: 'localId', header: 'Case reference', cell: (r) => r.localId },
    ...(seesCases
      ? [
          { key: 'name', header: 'Name', cell: (r: Row) => <UiLink href={`/children/${r.childId}`} className="govuk-link">{r.name ?? r.localId}</UiLink> },
          { key: 'dateOfBirth', header: 'Date of birth', cell: (r: Row) => formatDate(r.dateOfBirth) },
        ]
      : []),
    { key: 'keepUntil', header: 'Kept until', cell: (r) => formatDate(r.keepUntil) },
    { key: 'rule', header: 'Rule', cell: (r) => `${RULE_LABELS[r.rule]}${r.ruleFrom ? ` (from ${formatDate(r.ruleFrom)})` : ''}` },
    { key: 'status', header: 'Status', cell: (r) => (r.overdue ? <Tag colour="red">Past its date</Tag> : <Tag colour="yellow">Due soon</Tag>) },
  ];

  return (
    <>
      <h1 className="govuk-heading-l">Retention review</h1>
      <p className="govuk-body">
        Children’s records are kept until the child’s {data?.retentionSettings.lookedAfterUntilAge ?? 75}th birthday, and adoption records for{' '}
        {data?.retentionSettings.adoptionYears ?? 100} years from the adoption order (or the placement for adoption), whichever is later. Nothing
        can be deleted before that date. These records are at or near it: review each one before deciding what happens to it.
      </p>
      <Select id="within-days" label="Show" value={withinDays} onChange={setWithinDays} options={WINDOWS} />
      {loading && !data ? (
        <Loading what="Loading the records due for review" />
      ) : error ? (
        <ErrorPage message={apiError(error).message} />
      ) : (
        <Table
          caption={`${data?.recordsDueForRetentionReview.length ?? 0} records due for review`}
          columns={columns}
          rows={data?.recordsDueForRetentionReview ?? []}
          rowKey={(r) => r.childId}
          empty="No records are at or near their retention date."
        />
      )}
    </>
  );
}
