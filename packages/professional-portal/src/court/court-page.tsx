import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { COURT_OUTCOME_LABELS, COURT_OUTCOMES, HEARING_KIND_LABELS, HEARING_KINDS, LEGAL_GATEWAY_DECISION_LABELS, LEGAL_GATEWAY_DECISIONS } from '@forever-planning/shared';
import { BackLink, Button, NotificationBanner, SummaryCard, SummaryList, Table, Tag, type TagColour } from '@forever-planning/ui';
import { ChildRecordNav } from '../children/child-record-nav';
import { formatDate } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import {
  AddCourtDirectionDocument,
  AddCourtHearingDocument,
  ChildCourtDocument,
  StartCourtProceedingsDocument,
  UpdateCourtDirectionDocument,
  UpdateCourtHearingDocument,
  UpdateCourtProceedingsDocument,
  type ChildCourtQuery,
  type CourtOutcome,
  type CourtProceedingsDetailFragment,
  type DirectionStatus,
  type HearingKind,
  type LegalGatewayDecision,
  type UpdateCourtProceedingsInput,
} from '../gql/graphql';
import { StepForm, type StepValues } from './step-form';

type Child = NonNullable<ChildCourtQuery['child']>;

const DIRECTION_TAGS: Record<DirectionStatus, { text: string; colour: TagColour }> = {
  OPEN: { text: 'Due', colour: 'blue' },
  DONE: { text: 'Done', colour: 'green' },
  MISSED: { text: 'Missed', colour: 'red' },
};
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));

/** Care proceedings under the Public Law Outline: the stages, the court's timetable, hearings and directions, the final care plan and the outcome. */
export function CourtPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChildCourtDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const child = data?.child;
  usePageTitle(child ? `${child.displayName}’s court proceedings` : 'Court proceedings');
  if (loading && !child) return <Loading what="Loading the court record" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child || !data) return <ErrorPage message={error ? apiError(error).message : 'The court record could not be loaded.'} />;
  const mayEdit = child.abilities.canEdit;
  const open = child.courtProceedings.find((p) => !p.concludedOn && p.legalGatewayDecision !== 'NO_LEGAL_ACTION');
  const onDone = (message: string) => {
    setDone(message);
    window.scrollTo(0, 0);
  };
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{`Back to ${child.displayName}’s record`}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Court</h1>
      <ChildRecordNav childId={child.id} current="court" />
      {done && <NotificationBanner type="success" heading={done} />}
      <p className="govuk-body">
        Care proceedings under the Public Law Outline: the letter before proceedings and the review meetings with the parents, the legal gateway meeting and
        its decision, then the court’s timetable from issue to a final hearing within 26 weeks (Children Act 1989, section 32).
      </p>
      {child.courtProceedings.length === 0 && <p className="govuk-body">There are no court proceedings on the record.</p>}
      {child.courtProceedings.map((p) => (
        <ProceedingsCard key={p.id} child={child} proceedings={p} today={data.today} mayEdit={mayEdit} onDone={onDone} />
      ))}
      {mayEdit && !open && <StartForm childId={child.id} onDone={onDone} />}
    </>
  );
}

/** Every change reloads the court record before it says it is saved. */
const reloading = (childId: string) => ({ refetchQueries: [{ query: ChildCourtDocument, variables: { id: childId } }], awaitRefetchQueries: true });

function StartForm({ childId, onDone }: { childId: string; onDone: (m: string) => void }) {
  const [start] = useMutation(StartCourtProceedingsDocument, reloading(childId));
  return (
    <>
      <h2 className="govuk-heading-m">Start the court record</h2>
      <StepForm
        id="start"
        title="The first step"
        submitLabel="Start the court record"
        onDone={onDone}
        fields={[
          {
            name: 'step',
            label: 'What happened first',
            kind: 'radios',
            required: 'Choose what happened first',
            options: [
              { value: 'preProceedingsLetterOn', label: 'The letter before proceedings was sent' },
              { value: 'legalGatewayOn', label: 'A legal gateway (legal planning) meeting was held' },
              { value: 'issuedOn', label: 'Proceedings were issued (an emergency, with no pre-proceedings)' },
            ],
          },
          { name: 'date', label: 'Date', kind: 'date', required: 'Enter the date' },
        ]}
        onSubmit={async (v: StepValues) => {
          await start({ variables: { input: { childId, [v.step!]: v.date } } });
          return 'The court record has been started.';
        }}
      />
    </>
  );
}

function ProceedingsCard({ child, proceedings: p, today, mayEdit, onDone }: { child: Child; proceedings: CourtProceedingsDetailFragment; today: string; mayEdit: boolean; onDone: (m: string) => void }) {
  const [update] = useMutation(UpdateCourtProceedingsDocument, reloading(child.id));
  const [addHearing] = useMutation(AddCourtHearingDocument, reloading(child.id));
  const [addDirection] = useMutation(AddCourtDirectionDocument, reloading(child.id));
  const [markDone, { loading: marking }] = useMutation(UpdateCourtDirectionDocument, reloading(child.id));
  const [updateHearing] = useMutation(UpdateCourtHearingDocument, reloading(child.id));
  /** The hearing whose "Change" form is open. */
  const [changing, setChanging] = useState<string | null>(null);
  const change = (input: Omit<UpdateCourtProceedingsInput, 'id' | 'expectedVersion'>) => update({ variables: { input: { id: p.id, expectedVersion: p.version, ...input } } });
  const ended = Boolean(p.concludedOn) || p.legalGatewayDecision === 'NO_LEGAL_ACTION';
  const late = p.finalHearingDue ? p.hearings.find((h) => h.kind === 'FINAL' && h.hearingOn > p.finalHearingDue!) : undefined;
  const title = p.issuedOn ? `Proceedings issued ${formatDate(p.issuedOn)}` : p.preProceedingsLetterOn ? `Pre-proceedings from ${formatDate(p.preProceedingsLetterOn)}` : `Legal gateway ${formatDate(p.legalGatewayOn)}`;
  return (
    <SummaryCard title={title}>
      <p className="govuk-body">
        <Tag colour={ended ? 'grey' : 'blue'}>{p.stageLabel}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: 'Letter before proceedings', value: formatDate(p.preProceedingsLetterOn) || 'Not sent' },
          { key: 'Legal gateway meeting', value: p.legalGatewayOn ? `${formatDate(p.legalGatewayOn)}${p.legalGatewayDecision ? `: ${LEGAL_GATEWAY_DECISION_LABELS[p.legalGatewayDecision]}` : ''}` : 'Not held' },
          { key: 'Issued', value: p.issuedOn ? `${formatDate(p.issuedOn)}${p.court ? `, ${p.court}` : ''}` : 'Not issued' },
          ...(p.finalHearingDue ? [{ key: 'Final hearing due by', value: `${formatDate(p.finalHearingDue)} (week 26)` }] : []),
          { key: 'Final care plan', value: p.finalCarePlan ? `Plan version ${p.finalCarePlan.planNumber}${p.finalCarePlanFiledOn ? `, filed ${formatDate(p.finalCarePlanFiledOn)}` : ''}` : 'Not filed' },
          { key: 'Outcome', value: p.outcome ? `${COURT_OUTCOME_LABELS[p.outcome]}, ${formatDate(p.concludedOn)}` : 'Not decided' },
        ]}
      />
      {late && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            The final hearing is listed for {formatDate(late.hearingOn)}, week {late.week}: after the 26 weeks end on {formatDate(p.finalHearingDue)}.
          </strong>
        </div>
      )}

      {p.reviewPoints.length > 0 && !p.issuedOn && (
        <>
          <h3 className="govuk-heading-s">Pre-proceedings review points</h3>
          <ul className="govuk-list govuk-list--bullet">
            {p.reviewPoints.map((r) => (
              <li key={r.label}>
                {r.label}: by {formatDate(r.dueDate)}
                {r.dueDate < today ? ' (passed)' : ''} <span className="govuk-hint govuk-!-display-inline">({r.source.council} {r.source.section})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {p.hearings.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Hearings and directions</h3>
          {p.hearings.map((h) => (
            <div key={h.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                <span>
                  {h.label}, {formatDate(h.hearingOn)} (week {h.week})
                </span>{' '}
                {mayEdit && changing !== h.id && (
                  <button type="button" className="fp-link-button govuk-body govuk-!-font-weight-regular" onClick={() => setChanging(h.id)}>
                    Change<span className="govuk-visually-hidden">{` the ${h.label.toLowerCase()} of ${formatDate(h.hearingOn)}`}</span>
                  </button>
                )}
              </p>
              {h.notes && <p className="govuk-body fp-pre-line govuk-!-margin-bottom-1">{h.notes}</p>}
              {changing === h.id && (
                <StepForm
                  id={`change-hearing-${h.id}`}
                  title={`Change the ${h.label.toLowerCase()}`}
                  submitLabel="Save the hearing"
                  secondary
                  onCancel={() => setChanging(null)}
                  onDone={(m) => {
                    setChanging(null);
                    onDone(m);
                  }}
                  fields={[
                    { name: 'hearingOn', label: 'Date (held or listed)', kind: 'date', required: 'Enter the date of the hearing', value: h.hearingOn, hint: 'A new date when the court relisted it' },
                    { name: 'notes', label: 'What happened', kind: 'textarea', value: h.notes, hint: 'For example, adjourned and why, or what the court decided' },
                  ]}
                  onSubmit={async (v) => {
                    await updateHearing({ variables: { input: { id: h.id, expectedVersion: h.version, hearingOn: v.hearingOn!, notes: v.notes } } });
                    return v.hearingOn === h.hearingOn ? `The ${h.label.toLowerCase()} has been saved.` : `The ${h.label.toLowerCase()} is relisted for ${formatDate(v.hearingOn)}.`;
                  }}
                />
              )}
              {h.directions.length === 0 ? (
                <p className="govuk-body">No directions recorded.</p>
              ) : (
                <ul className="govuk-list">
                  {h.directions.map((d) => (
                    <li key={d.id}>
                      <Tag colour={DIRECTION_TAGS[d.status].colour}>{DIRECTION_TAGS[d.status].text}</Tag> {d.description}, by {formatDate(d.dueOn)}
                      {d.doneOn ? `, done ${formatDate(d.doneOn)}` : ''}{' '}
                      {mayEdit && !d.doneOn && (
                        <Button
                          variant="secondary"
                          disabled={marking}
                          onClick={async () => {
                            await markDone({ variables: { input: { id: d.id, expectedVersion: d.version, doneOn: today } } });
                            onDone(`“${d.description}” is marked as done.`);
                          }}
                        >
                          {`Mark “${d.description}” done today`}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </>
      )}

      {p.timetable.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Court timetable, week by week</span>
          </summary>
          <div className="govuk-details__text">
            <Table
              caption="The court timetable from issue"
              captionClassName="govuk-table__caption--s"
              rowKey={(w) => String(w.week)}
              rows={p.timetable}
              columns={[
                { key: 'week', header: 'Week', cell: (w) => w.week },
                { key: 'dates', header: 'Dates', cell: (w) => `${formatDate(w.startsOn)} to ${formatDate(w.endsOn)}` },
                { key: 'due', header: 'Due by the PLO', cell: (w) => w.milestones.map((m) => m.label).join('; ') },
                { key: 'listed', header: 'Listed', cell: (w) => w.hearings.join('; ') },
              ]}
            />
          </div>
        </details>
      )}

      {mayEdit && !ended && (
        <>
          <h3 className="govuk-heading-m">Record the next step</h3>
          {!p.legalGatewayDecision && (
            <StepForm
              id={`gateway-${p.id}`}
              title="Legal gateway meeting"
              submitLabel="Save the legal gateway decision"
              secondary
              onDone={onDone}
              fields={[
                { name: 'legalGatewayOn', label: 'Date of the meeting', kind: 'date', required: 'Enter the date of the meeting' },
                { name: 'legalGatewayDecision', label: 'Decision', kind: 'radios', required: 'Choose the decision', options: options(LEGAL_GATEWAY_DECISIONS, LEGAL_GATEWAY_DECISION_LABELS) },
              ]}
              onSubmit={async (v) => {
                await change({ legalGatewayOn: v.legalGatewayOn, legalGatewayDecision: v.legalGatewayDecision as LegalGatewayDecision });
                return 'The legal gateway decision has been saved.';
              }}
            />
          )}
          {!p.issuedOn && p.legalGatewayDecision !== 'NO_LEGAL_ACTION' && (
            <StepForm
              id={`issue-${p.id}`}
              title="Proceedings issued"
              submitLabel="Save the issue date"
              secondary
              onDone={onDone}
              fields={[
                { name: 'issuedOn', label: 'Date issued', kind: 'date', required: 'Enter the date proceedings were issued' },
                { name: 'court', label: 'Court', kind: 'text' },
              ]}
              onSubmit={async (v) => {
                await change({ issuedOn: v.issuedOn, court: v.court });
                return 'The proceedings are recorded as issued. The timetable runs from that day.';
              }}
            />
          )}
          {p.issuedOn && (
            <>
              <StepForm
                id={`hearing-${p.id}`}
                title="Add a hearing"
                submitLabel="Add the hearing"
                secondary
                onDone={onDone}
                fields={[
                  { name: 'kind', label: 'Hearing', kind: 'select', required: 'Choose the hearing', options: options(HEARING_KINDS, HEARING_KIND_LABELS) },
                  { name: 'hearingOn', label: 'Date (held or listed)', kind: 'date', required: 'Enter the date of the hearing' },
                ]}
                onSubmit={async (v) => {
                  await addHearing({ variables: { input: { proceedingsId: p.id, kind: v.kind as HearingKind, hearingOn: v.hearingOn! } } });
                  return `The ${HEARING_KIND_LABELS[v.kind as HearingKind].toLowerCase()} has been added.`;
                }}
              />
              {p.hearings.length > 0 && (
                <StepForm
                  id={`direction-${p.id}`}
                  title="Add a direction the court gave"
                  submitLabel="Add the direction"
                  secondary
                  onDone={onDone}
                  fields={[
                    { name: 'hearingId', label: 'Given at', kind: 'select', required: 'Choose the hearing', options: p.hearings.map((h) => ({ value: h.id, label: `${h.label}, ${formatDate(h.hearingOn)}` })) },
                    { name: 'description', label: 'What the court directed', kind: 'text', required: 'Say what the court directed' },
                    { name: 'dueOn', label: 'Due by', kind: 'date', required: 'Enter the date it is due' },
                  ]}
                  onSubmit={async (v) => {
                    await addDirection({ variables: { input: { hearingId: v.hearingId!, description: v.description!, dueOn: v.dueOn! } } });
                    return 'The direction has been added.';
                  }}
                />
              )}
              {!p.finalCarePlanFiledOn && child.planHistory.length > 0 && (
                <StepForm
                  id={`plan-${p.id}`}
                  title="Final care plan filed with the court"
                  submitLabel="Save the final care plan"
                  secondary
                  onDone={onDone}
                  fields={[
                    { name: 'finalCarePlanId', label: 'Plan version filed', kind: 'select', required: 'Choose the plan version', options: child.planHistory.map((v) => ({ value: v.id, label: `Version ${v.planNumber} (${v.status.toLowerCase().replace(/_/g, ' ')})` })) },
                    { name: 'finalCarePlanFiledOn', label: 'Date filed', kind: 'date', required: 'Enter the date it was filed' },
                  ]}
                  onSubmit={async (v) => {
                    await change({ finalCarePlanId: v.finalCarePlanId, finalCarePlanFiledOn: v.finalCarePlanFiledOn });
                    return 'The final care plan is recorded as filed.';
                  }}
                />
              )}
              <StepForm
                id={`outcome-${p.id}`}
                title="Outcome"
                submitLabel="Save the outcome"
                secondary
                onDone={onDone}
                fields={[
                  { name: 'outcome', label: 'Order made', kind: 'select', required: 'Choose the order made', options: options(COURT_OUTCOMES, COURT_OUTCOME_LABELS) },
                  { name: 'concludedOn', label: 'Date of the order', kind: 'date', required: 'Enter the date of the order' },
                ]}
                onSubmit={async (v) => {
                  await change({ outcome: v.outcome as CourtOutcome, concludedOn: v.concludedOn });
                  return 'The proceedings are recorded as concluded.';
                }}
              />
            </>
          )}
        </>
      )}
    </SummaryCard>
  );
}
