import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select, Table, Tag, UiLink, type Column } from '@forever-planning/ui';
import { useMe } from '../auth/session';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { RecordsDueForRetentionReviewDocument, type RecordsDueForRetentionReviewQuery, type RetentionRule } from '../gql/graphql';
import { say } from '../i18n/i18n';

type Row = RecordsDueForRetentionReviewQuery['recordsDueForRetentionReview'][number];

export const RULE_LABELS: Record<RetentionRule, string> = {
  LOOKED_AFTER: say('dataProtection.retentionReviewPage.childLookedAfterKept'),
  ADOPTION_ORDER: say('dataProtection.retentionReviewPage.adoptionKeptFromThe'),
  PLACED_FOR_ADOPTION: say('dataProtection.retentionReviewPage.adoptionKeptFromThe2'),
};

const WINDOWS = [
  { value: '0', label: say('dataProtection.retentionReviewPage.onlyRecordsAlreadyPast') },
  { value: '90', label: say('dataProtection.retentionReviewPage.pastOrDueIn') },
  { value: '365', label: say('dataProtection.retentionReviewPage.pastOrDueIn2') },
  { value: '1825', label: say('dataProtection.retentionReviewPage.pastOrDueIn3') },
];

/** Head of service and administrator: children's records whose retention date has passed or is near. */
export function RetentionReviewPage() {
  const me = useMe();
  const [withinDays, setWithinDays] = useState('365');
  const { data, loading, error } = useQuery(RecordsDueForRetentionReviewDocument, { variables: { withinDays: Number(withinDays) }, fetchPolicy: 'network-only' });
  usePageTitle(say('dataProtection.retentionReviewPage.retentionReview'));
  // Names and dates of birth only for those who read children's records (the API leaves them out for anyone else).
  const seesCases = me.abilities.children;

  const columns: Column<Row>[] = [
    { key: 'localId', header: say('dataProtection.retentionReviewPage.caseReference'), cell: (r) => r.localId },
    ...(seesCases
      ? [
          { key: 'name', header: say('dataProtection.retentionReviewPage.name'), cell: (r: Row) => <UiLink href={`/children/${r.childId}`} className="govuk-link">{r.name ?? r.localId}</UiLink> },
          { key: 'dateOfBirth', header: say('dataProtection.retentionReviewPage.dateOfBirth'), cell: (r: Row) => formatDate(r.dateOfBirth) },
        ]
      : []),
    { key: 'keepUntil', header: say('dataProtection.retentionReviewPage.keptUntil'), cell: (r) => formatDate(r.keepUntil) },
    { key: 'rule', header: say('dataProtection.retentionReviewPage.rule'), cell: (r) => `${RULE_LABELS[r.rule]}${r.ruleFrom ? say('dataProtection.retentionReviewPage.from', { ruleFrom: formatDate(r.ruleFrom) }) : ''}` },
    { key: 'status', header: say('dataProtection.retentionReviewPage.status'), cell: (r) => (r.overdue ? <Tag colour="red">{say('dataProtection.retentionReviewPage.pastItsDate')}</Tag> : <Tag colour="yellow">{say('dataProtection.retentionReviewPage.dueSoon')}</Tag>) },
  ];

  return (
    <>
      <h1 className="govuk-heading-l">{say('dataProtection.retentionReviewPage.retentionReview')}</h1>
      <p className="govuk-body">
        {say('dataProtection.retentionReviewPage.childrenSRecordsAre')}{' '}{data?.retentionSettings.lookedAfterUntilAge ?? 75}{say('dataProtection.retentionReviewPage.thBirthdayAndAdoption')}{' '}
        {data?.retentionSettings.adoptionYears ?? 100}{' '}{say('dataProtection.retentionReviewPage.yearsFromTheAdoption')}
      </p>
      <Select id="within-days" label={say('dataProtection.retentionReviewPage.show')} value={withinDays} onChange={setWithinDays} options={WINDOWS} />
      {loading && !data ? (
        <Loading what={say('dataProtection.retentionReviewPage.loadingTheRecordsDue')} />
      ) : error ? (
        <ErrorPage message={apiError(error).message} />
      ) : (
        <Table
          caption={say('dataProtection.retentionReviewPage.recordsDueForReview', { value: String(data?.recordsDueForRetentionReview.length ?? 0) })}
          columns={columns}
          rows={data?.recordsDueForRetentionReview ?? []}
          rowKey={(r) => r.childId}
          empty={say('dataProtection.retentionReviewPage.noRecordsAreAt')}
        />
      )}
    </>
  );
}
