import { useQuery } from '@apollo/client/react';
import { SummaryCard, Table, type Column } from '@forever-planning/ui';
import { SW_REASON_LABELS } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { AllocationHistoryDocument, type AllocationHistoryQuery } from '../gql/graphql';
import { say } from '../i18n/i18n';

type Episode = NonNullable<AllocationHistoryQuery['child']>['socialWorkerEpisodes'][number];

/** The child's social workers over time: who, from when to when, and why each began (the SSDA903 return's sw_episodes). */
export function AllocationHistory({ childId }: { childId: string }) {
  const { data, error } = useQuery(AllocationHistoryDocument, { variables: { id: childId } });
  if (error) return <p className="govuk-body">{say('children.allocationHistory.theAllocationHistoryCould')}{' '}{apiError(error).message}</p>;
  const episodes = data?.child?.socialWorkerEpisodes;
  if (!episodes) return null;
  const columns: Column<Episode>[] = [
    {
      key: 'worker',
      header: say('children.allocationHistory.socialWorker'),
      cell: (e) => (
        <>
          {e.workerName}
          {e.sweNumber && <div className="govuk-hint govuk-!-margin-bottom-0">{say('children.allocationHistory.socialWorkEngland', { sweNumber: e.sweNumber })}</div>}
          {e.placeholder && <div className="govuk-hint govuk-!-margin-bottom-0">{say('children.allocationHistory.fromAnImportedReturn')}</div>}
        </>
      ),
    },
    { key: 'from', header: say('children.allocationHistory.from'), cell: (e) => formatDate(e.startDate) },
    { key: 'to', header: say('children.allocationHistory.to'), cell: (e) => (e.endDate ? formatDate(e.endDate) : say('children.allocationHistory.now')) },
    { key: 'why', header: say('children.allocationHistory.whyItBegan'), cell: (e) => (e.reason ? SW_REASON_LABELS[e.reason] : say('children.allocationHistory.notRecorded')) },
  ];
  return (
    <SummaryCard title={say('children.allocationHistory.allocationHistory')}>
      <Table caption={say('children.allocationHistory.socialWorkersLatestFirst')} captionClassName="govuk-visually-hidden" columns={columns} rows={episodes} rowKey={(e) => e.id} empty={say('children.allocationHistory.noSocialWorkerHas')} />
    </SummaryCard>
  );
}
