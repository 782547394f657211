import { useQuery } from '@apollo/client/react';
import { SummaryCard, Table, type Column } from '@forever-planning/ui';
import { SW_REASON_LABELS } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { AllocationHistoryDocument, type AllocationHistoryQuery } from '../gql/graphql';

type Episode = NonNullable<AllocationHistoryQuery['child']>['socialWorkerEpisodes'][number];

/** The child's social workers over time: who, from when to when, and why each began (the SSDA903 return's sw_episodes). */
export function AllocationHistory({ childId }: { childId: string }) {
  const { data, error } = useQuery(AllocationHistoryDocument, { variables: { id: childId } });
  if (error) return <p className="govuk-body">The allocation history could not be loaded: {apiError(error).message}</p>;
  const episodes = data?.child?.socialWorkerEpisodes;
  if (!episodes) return null;
  const columns: Column<Episode>[] = [
    {
      key: 'worker',
      header: 'Social worker',
      cell: (e) => (
        <>
          {e.workerName}
          {e.sweNumber && <div className="govuk-hint govuk-!-margin-bottom-0">Social Work England {e.sweNumber}</div>}
          {e.placeholder && <div className="govuk-hint govuk-!-margin-bottom-0">From an imported return: no staff account yet</div>}
        </>
      ),
    },
    { key: 'from', header: 'From', cell: (e) => formatDate(e.startDate) },
    { key: 'to', header: 'To', cell: (e) => (e.endDate ? formatDate(e.endDate) : 'Now') },
    { key: 'why', header: 'Why it began', cell: (e) => (e.reason ? SW_REASON_LABELS[e.reason] : 'Not recorded') },
  ];
  return (
    <SummaryCard title="Allocation history">
      <Table caption="Social workers, latest first" captionClassName="govuk-visually-hidden" columns={columns} rows={episodes} rowKey={(e) => e.id} empty="No social worker has been allocated yet." />
    </SummaryCard>
  );
}
