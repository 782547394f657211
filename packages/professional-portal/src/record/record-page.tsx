import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LEGAL_STATUS_LABELS, PLACEMENT_TYPE_LABELS } from '@forever-planning/shared';
import { BackLink, SummaryCard, SummaryList, Tag, UiLink, WarningText } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ChildRecordNav } from '../children/child-record-nav';
import { ChildRecordSectionsDocument, type ChildRecordSectionsQuery } from '../gql/graphql';
import { Genogram } from './genogram';
import { FAMILY_TIME_LABELS, NETWORK_KIND_LABELS, SIBLING_RELATIONSHIP_LABELS, TOGETHER_APART_LABELS } from './record-labels';

type Child = NonNullable<ChildRecordSectionsQuery['child']>;

/** Placements, legal status, brothers and sisters, family and network, and the matching record. */
export function RecordPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChildRecordSectionsDocument, { variables: { id } });
  const child = data?.child;
  usePageTitle(child ? `Placements, family and more – ${child.displayName}` : 'Placements, family and more');
  if (loading && !child) return <Loading what="Loading the record" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'The record could not be loaded.'} />;
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{`Back to ${child.displayName}’s record`}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Placements, family and more</h1>
      <ChildRecordNav childId={child.id} current="record" />
      <Placements child={child} />
      <LegalStatus child={child} />
      <BrothersAndSisters child={child} />
      <FamilyNetwork child={child} />
      <Matching child={child} />
    </>
  );
}

function Placements({ child }: { child: Child }) {
  const moves = child.placementMovesInLast12Months;
  const newestFirst = [...child.placements].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-labelledby="placements">
      <h2 className="govuk-heading-m" id="placements">
        Placements
      </h2>
      {moves >= 3 ? (
        <WarningText>{`${moves} placement moves in the last 12 months`}</WarningText>
      ) : (
        <p className="govuk-body">
          <strong>{moves}</strong> placement {moves === 1 ? 'move' : 'moves'} in the last 12 months.
        </p>
      )}
      {newestFirst.length === 0 ? (
        <p className="govuk-body">No placements are recorded.</p>
      ) : (
        <ol className="govuk-list fp-timeline" aria-label="Placements, newest first">
          {newestFirst.map((p) => (
            <li key={p.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                {PLACEMENT_TYPE_LABELS[p.type]}: {p.carerName} {p.id === child.currentPlacement?.id && <Tag colour="green">Now</Tag>}
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-1">
                {formatDate(p.startDate)} to {p.endDate ? formatDate(p.endDate) : 'now'}
                {p.inArea ? ', in the council’s area' : ', out of area'}
                {p.postcode ? ` (${p.postcode})` : ''}
              </p>
              {p.reasonForChange && <p className="govuk-body-s govuk-!-margin-bottom-1">Reason for the move: {p.reasonForChange}</p>}
              {p.changeNotes && <p className="govuk-body-s fp-pre-line">{p.changeNotes}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function LegalStatus({ child }: { child: Child }) {
  const newestFirst = [...child.legalStatuses].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-labelledby="legal-status">
      <h2 className="govuk-heading-m" id="legal-status">
        Legal status
      </h2>
      {newestFirst.length === 0 ? (
        <p className="govuk-body">No legal status is recorded.</p>
      ) : (
        <SummaryList
          rows={newestFirst.map((s) => ({
            key: LEGAL_STATUS_LABELS[s.status],
            value: `${s.label !== LEGAL_STATUS_LABELS[s.status] ? `${s.label}: ` : ''}from ${formatDate(s.startDate)}${s.endDate ? ` to ${formatDate(s.endDate)}` : ' (current)'}`,
          }))}
        />
      )}
    </section>
  );
}

function BrothersAndSisters({ child }: { child: Child }) {
  return (
    <section aria-labelledby="siblings">
      <h2 className="govuk-heading-m" id="siblings">
        Brothers and sisters
      </h2>
      {child.brothersAndSisters.length === 0 && <p className="govuk-body">No brothers or sisters are recorded.</p>}
      {child.brothersAndSisters.map((s) => {
        const latest = s.assessments[s.assessments.length - 1];
        const name = `${s.child.firstName}, ${s.child.age}`;
        return (
          <SummaryCard key={s.id} title={name}>
            <SummaryList
              rows={[
                {
                  key: 'Record',
                  value:
                    s.child.reachable && s.child.id ? (
                      <UiLink href={`/children/${s.child.id}`} className="govuk-link">
                        Open {s.child.firstName}’s record
                      </UiLink>
                    ) : (
                      'Outside your caseload'
                    ),
                },
                { key: 'Relationship', value: `${SIBLING_RELATIONSHIP_LABELS[s.relationship]} brother or sister` },
                { key: 'Living', value: s.livingTogether ? 'Together' : 'Apart' },
                {
                  key: 'Together or apart assessment',
                  value: latest ? `${TOGETHER_APART_LABELS[latest.outcome]} (assessed ${formatDate(latest.assessedOn)}): ${latest.reasons}` : 'No assessment yet',
                },
                {
                  key: 'Keeping in touch',
                  value: s.keepingInTouchPlans.length ? (
                    <ul className="govuk-list">
                      {s.keepingInTouchPlans.map((k) => (
                        <li key={k.id}>
                          {FAMILY_TIME_LABELS[k.kind]}, {k.frequency}
                          {k.arrangements ? `: ${k.arrangements}` : ''} (agreed by {k.agreedBy})
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'No keeping-in-touch plan'
                  ),
                },
              ]}
            />
          </SummaryCard>
        );
      })}
    </section>
  );
}

function FamilyNetwork({ child }: { child: Child }) {
  return (
    <section aria-labelledby="network">
      <h2 className="govuk-heading-m" id="network">
        Family and network
      </h2>
      <div className="fp-genogram-wrapper">
        <Genogram child={child} carerName={child.placements.find((p) => p.id === child.currentPlacement?.id)?.carerName ?? null} />
      </div>
      <h3 className="govuk-heading-s">The people in the diagram</h3>
      {child.familyNetwork.length === 0 ? (
        <p className="govuk-body">No family or network members are recorded.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {child.familyNetwork.map((m) => (
            <li key={m.id}>
              {m.name}: {m.relationship} ({NETWORK_KIND_LABELS[m.kind]})
              {m.consideredAsCarer ? `. Considered as a carer${m.carerAssessmentOutcome ? `: ${m.carerAssessmentOutcome}` : ''}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Matching({ child }: { child: Child }) {
  return (
    <section aria-labelledby="matching">
      <h2 className="govuk-heading-m" id="matching">
        Matching record
      </h2>
      {child.matchingRecord.map((a) => (
        <SummaryCard key={a.area} title={a.label}>
          <SummaryList
            rows={[
              { key: 'Needs', value: a.needs },
              { key: 'Current support', value: a.currentSupport },
              { key: 'Carer’s potential to meet the needs', value: a.carerPotential },
              { key: 'The child’s views', value: a.childViews },
              { key: 'In the support plan', value: a.inSupportPlan ? 'Yes' : 'No' },
            ]}
          />
        </SummaryCard>
      ))}
    </section>
  );
}
