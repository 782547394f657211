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
import { say } from '../i18n/i18n';

type Child = NonNullable<ChildCourtQuery['child']>;

const DIRECTION_TAGS: Record<DirectionStatus, { text: string; colour: TagColour }> = {
  OPEN: { text: say('court.courtPage.due'), colour: 'blue' },
  DONE: { text: say('court.courtPage.done'), colour: 'green' },
  MISSED: { text: say('court.courtPage.missed'), colour: 'red' },
};
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));

/** Care proceedings under the Public Law Outline: the stages, the court's timetable, hearings and directions, the final care plan and the outcome. */
export function CourtPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChildCourtDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const child = data?.child;
  usePageTitle(child ? say('court.courtPage.sCourtProceedings', { displayName: child.displayName }) : say('court.courtPage.courtProceedings'));
  if (loading && !child) return <Loading what={say('court.courtPage.loadingTheCourtRecord')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child || !data) return <ErrorPage message={error ? apiError(error).message : say('court.courtPage.theCourtRecordCould')} />;
  const mayEdit = child.abilities.canEdit;
  const open = child.courtProceedings.find((p) => !p.concludedOn && p.legalGatewayDecision !== 'NO_LEGAL_ACTION');
  const onDone = (message: string) => {
    setDone(message);
    window.scrollTo(0, 0);
  };
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{say('court.courtPage.backToSRecord', { displayName: child.displayName })}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('court.courtPage.court')}</h1>
      <ChildRecordNav childId={child.id} current="court" />
      {done && <NotificationBanner type="success" heading={done} />}
      <p className="govuk-body">
        {say('court.courtPage.careProceedingsUnderThe')}
      </p>
      {child.courtProceedings.length === 0 && <p className="govuk-body">{say('court.courtPage.thereAreNoCourt')}</p>}
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
      <h2 className="govuk-heading-m">{say('court.courtPage.startTheCourtRecord')}</h2>
      <StepForm
        id="start"
        title={say('court.courtPage.theFirstStep')}
        submitLabel={say('court.courtPage.startTheCourtRecord')}
        onDone={onDone}
        fields={[
          {
            name: 'step',
            label: say('court.courtPage.whatHappenedFirst'),
            kind: 'radios',
            required: say('court.courtPage.chooseWhatHappenedFirst'),
            options: [
              { value: 'preProceedingsLetterOn', label: say('court.courtPage.theLetterBeforeProceedings') },
              { value: 'legalGatewayOn', label: say('court.courtPage.aLegalGatewayLegal') },
              { value: 'issuedOn', label: say('court.courtPage.proceedingsWereIssuedAn') },
            ],
          },
          { name: 'date', label: say('court.courtPage.date'), kind: 'date', required: say('court.courtPage.enterTheDate') },
        ]}
        onSubmit={async (v: StepValues) => {
          await start({ variables: { input: { childId, [v.step!]: v.date } } });
          return say('court.courtPage.theCourtRecordHas');
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
  const title = p.issuedOn ? say('court.courtPage.proceedingsIssued', { issuedOn: formatDate(p.issuedOn) }) : p.preProceedingsLetterOn ? say('court.courtPage.preProceedingsFrom', { preProceedingsLetterOn: formatDate(p.preProceedingsLetterOn) }) : say('court.courtPage.legalGateway', { legalGatewayOn: formatDate(p.legalGatewayOn) });
  return (
    <SummaryCard title={title}>
      <p className="govuk-body">
        <Tag colour={ended ? 'grey' : 'blue'}>{p.stageLabel}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: say('court.courtPage.letterBeforeProceedings'), value: formatDate(p.preProceedingsLetterOn) || say('court.courtPage.notSent') },
          { key: say('court.courtPage.legalGatewayMeeting'), value: p.legalGatewayOn ? `${formatDate(p.legalGatewayOn)}${p.legalGatewayDecision ? `: ${LEGAL_GATEWAY_DECISION_LABELS[p.legalGatewayDecision]}` : ''}` : say('court.courtPage.notHeld') },
          { key: say('court.courtPage.issued'), value: p.issuedOn ? `${formatDate(p.issuedOn)}${p.court ? `, ${p.court}` : ''}` : say('court.courtPage.notIssued') },
          ...(p.finalHearingDue ? [{ key: say('court.courtPage.finalHearingDueBy'), value: say('court.courtPage.dateWeek26', { date: formatDate(p.finalHearingDue) }) }] : []),
          { key: say('court.courtPage.finalCarePlan'), value: p.finalCarePlan ? p.finalCarePlanFiledOn ? say('court.courtPage.planVersionFiledOn', { planNumber: p.finalCarePlan.planNumber, filedOn: formatDate(p.finalCarePlanFiledOn) }) : say('court.courtPage.planVersion', { planNumber: p.finalCarePlan.planNumber }) : say('court.courtPage.notFiled') },
          { key: say('court.courtPage.outcome'), value: p.outcome ? `${COURT_OUTCOME_LABELS[p.outcome]}, ${formatDate(p.concludedOn)}` : say('court.courtPage.notDecided') },
        ]}
      />
      {late && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            {say('court.courtPage.theFinalHearingIs', { hearingOn: formatDate(late.hearingOn), week: late.week, finalHearingDue: formatDate(p.finalHearingDue) })}
          </strong>
        </div>
      )}

      {p.reviewPoints.length > 0 && !p.issuedOn && (
        <>
          <h3 className="govuk-heading-s">{say('court.courtPage.preProceedingsReviewPoints')}</h3>
          <ul className="govuk-list govuk-list--bullet">
            {p.reviewPoints.map((r) => (
              <li key={r.label}>
                {say('court.courtPage.by', { label: r.label, dueDate: formatDate(r.dueDate) })}
                {r.dueDate < today ? ' ' + say('court.courtPage.passed') : ''} <span className="govuk-hint govuk-!-display-inline">({r.source.council} {r.source.section})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {p.hearings.length > 0 && (
        <>
          <h3 className="govuk-heading-s">{say('court.courtPage.hearingsAndDirections')}</h3>
          {p.hearings.map((h) => (
            <div key={h.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                <span>
                  {say('court.courtPage.week', { label: h.label, hearingOn: formatDate(h.hearingOn), week: h.week })}
                </span>{' '}
                {mayEdit && changing !== h.id && (
                  <button type="button" className="fp-link-button govuk-body govuk-!-font-weight-regular" onClick={() => setChanging(h.id)}>
                    {say('court.courtPage.change')}<span className="govuk-visually-hidden">{' '}{say('court.courtPage.theOf', { hearing: h.label.toLowerCase(), hearingOn: formatDate(h.hearingOn) })}</span>
                  </button>
                )}
              </p>
              {h.notes && <p className="govuk-body fp-pre-line govuk-!-margin-bottom-1">{h.notes}</p>}
              {changing === h.id && (
                <StepForm
                  id={`change-hearing-${h.id}`}
                  title={say('court.courtPage.changeThe', { hearing: h.label.toLowerCase() })}
                  submitLabel={say('court.courtPage.saveTheHearing')}
                  secondary
                  onCancel={() => setChanging(null)}
                  onDone={(m) => {
                    setChanging(null);
                    onDone(m);
                  }}
                  fields={[
                    { name: 'hearingOn', label: say('court.courtPage.dateHeldOrListed'), kind: 'date', required: say('court.courtPage.enterTheDateOf'), value: h.hearingOn, hint: say('court.courtPage.aNewDateWhen') },
                    { name: 'notes', label: say('court.courtPage.whatHappened'), kind: 'textarea', value: h.notes, hint: say('court.courtPage.forExampleAdjournedAnd') },
                  ]}
                  onSubmit={async (v) => {
                    await updateHearing({ variables: { input: { id: h.id, expectedVersion: h.version, hearingOn: v.hearingOn!, notes: v.notes } } });
                    return v.hearingOn === h.hearingOn ? say('court.courtPage.theHasBeenSaved', { hearing: h.label.toLowerCase() }) : say('court.courtPage.theIsRelistedFor', { hearing: h.label.toLowerCase(), hearingOn: formatDate(v.hearingOn) });
                  }}
                />
              )}
              {h.directions.length === 0 ? (
                <p className="govuk-body">{say('court.courtPage.noDirectionsRecorded')}</p>
              ) : (
                <ul className="govuk-list">
                  {h.directions.map((d) => (
                    <li key={d.id}>
                      <Tag colour={DIRECTION_TAGS[d.status].colour}>{DIRECTION_TAGS[d.status].text}</Tag>{' '}{say('court.courtPage.by2', { description: d.description, dueOn: formatDate(d.dueOn) })}
                      {d.doneOn ? say('court.courtPage.done2', { doneOn: formatDate(d.doneOn) }) : ''}{' '}
                      {mayEdit && !d.doneOn && (
                        <Button
                          variant="secondary"
                          disabled={marking}
                          onClick={async () => {
                            await markDone({ variables: { input: { id: d.id, expectedVersion: d.version, doneOn: today } } });
                            onDone(say('court.courtPage.isMarked', { description: d.description }));
                          }}
                        >
                          {say('court.courtPage.markDone', { description: d.description })}
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
            <span className="govuk-details__summary-text">{say('court.courtPage.courtTimetableWeekBy')}</span>
          </summary>
          <div className="govuk-details__text">
            <Table
              caption={say('court.courtPage.theCourtTimetableFrom')}
              captionClassName="govuk-table__caption--s"
              rowKey={(w) => String(w.week)}
              rows={p.timetable}
              columns={[
                { key: 'week', header: say('court.courtPage.week2'), cell: (w) => w.week },
                { key: 'dates', header: say('court.courtPage.dates'), cell: (w) => say('court.courtPage.to', { startsOn: formatDate(w.startsOn), endsOn: formatDate(w.endsOn) }) },
                { key: 'due', header: say('court.courtPage.dueByThePLO'), cell: (w) => w.milestones.map((m) => m.label).join('; ') },
                { key: 'listed', header: say('court.courtPage.listed'), cell: (w) => w.hearings.join('; ') },
              ]}
            />
          </div>
        </details>
      )}

      {mayEdit && !ended && (
        <>
          <h3 className="govuk-heading-m">{say('court.courtPage.recordTheNextStep')}</h3>
          {!p.legalGatewayDecision && (
            <StepForm
              id={`gateway-${p.id}`}
              title={say('court.courtPage.legalGatewayMeeting')}
              submitLabel={say('court.courtPage.saveTheLegalGateway')}
              secondary
              onDone={onDone}
              fields={[
                { name: 'legalGatewayOn', label: say('court.courtPage.dateOfTheMeeting'), kind: 'date', required: say('court.courtPage.enterTheDateOf2') },
                { name: 'legalGatewayDecision', label: say('court.courtPage.decision'), kind: 'radios', required: say('court.courtPage.chooseTheDecision'), options: options(LEGAL_GATEWAY_DECISIONS, LEGAL_GATEWAY_DECISION_LABELS) },
              ]}
              onSubmit={async (v) => {
                await change({ legalGatewayOn: v.legalGatewayOn, legalGatewayDecision: v.legalGatewayDecision as LegalGatewayDecision });
                return say('court.courtPage.theLegalGatewayDecision');
              }}
            />
          )}
          {!p.issuedOn && p.legalGatewayDecision !== 'NO_LEGAL_ACTION' && (
            <StepForm
              id={`issue-${p.id}`}
              title={say('court.courtPage.proceedingsIssued2')}
              submitLabel={say('court.courtPage.saveTheIssueDate')}
              secondary
              onDone={onDone}
              fields={[
                { name: 'issuedOn', label: say('court.courtPage.dateIssued'), kind: 'date', required: say('court.courtPage.enterTheDateProceedings') },
                { name: 'court', label: say('court.courtPage.court'), kind: 'text' },
              ]}
              onSubmit={async (v) => {
                await change({ issuedOn: v.issuedOn, court: v.court });
                return say('court.courtPage.theProceedingsAreRecorded');
              }}
            />
          )}
          {p.issuedOn && (
            <>
              <StepForm
                id={`hearing-${p.id}`}
                title={say('court.courtPage.addAHearing')}
                submitLabel={say('court.courtPage.addTheHearing')}
                secondary
                onDone={onDone}
                fields={[
                  { name: 'kind', label: say('court.courtPage.hearing'), kind: 'select', required: say('court.courtPage.chooseTheHearing'), options: options(HEARING_KINDS, HEARING_KIND_LABELS) },
                  { name: 'hearingOn', label: say('court.courtPage.dateHeldOrListed'), kind: 'date', required: say('court.courtPage.enterTheDateOf') },
                ]}
                onSubmit={async (v) => {
                  await addHearing({ variables: { input: { proceedingsId: p.id, kind: v.kind as HearingKind, hearingOn: v.hearingOn! } } });
                  return say('court.courtPage.theHasBeenAdded', { hearing: HEARING_KIND_LABELS[v.kind as HearingKind].toLowerCase() });
                }}
              />
              {p.hearings.length > 0 && (
                <StepForm
                  id={`direction-${p.id}`}
                  title={say('court.courtPage.addADirectionThe')}
                  submitLabel={say('court.courtPage.addTheDirection')}
                  secondary
                  onDone={onDone}
                  fields={[
                    { name: 'hearingId', label: say('court.courtPage.givenAt'), kind: 'select', required: say('court.courtPage.chooseTheHearing'), options: p.hearings.map((h) => ({ value: h.id, label: `${h.label}, ${formatDate(h.hearingOn)}` })) },
                    { name: 'description', label: say('court.courtPage.whatTheCourtDirected'), kind: 'text', required: say('court.courtPage.sayWhatTheCourt') },
                    { name: 'dueOn', label: say('court.courtPage.dueBy'), kind: 'date', required: say('court.courtPage.enterTheDateIt') },
                  ]}
                  onSubmit={async (v) => {
                    await addDirection({ variables: { input: { hearingId: v.hearingId!, description: v.description!, dueOn: v.dueOn! } } });
                    return say('court.courtPage.theDirectionHasBeen');
                  }}
                />
              )}
              {!p.finalCarePlanFiledOn && child.planHistory.length > 0 && (
                <StepForm
                  id={`plan-${p.id}`}
                  title={say('court.courtPage.finalCarePlanFiled')}
                  submitLabel={say('court.courtPage.saveTheFinalCare')}
                  secondary
                  onDone={onDone}
                  fields={[
                    { name: 'finalCarePlanId', label: say('court.courtPage.planVersionFiled'), kind: 'select', required: say('court.courtPage.chooseThePlanVersion'), options: child.planHistory.map((v) => ({ value: v.id, label: say('court.courtPage.version', { planNumber: v.planNumber, status: v.status.toLowerCase().replace(/_/g, ' ') }) })) },
                    { name: 'finalCarePlanFiledOn', label: say('court.courtPage.dateFiled'), kind: 'date', required: say('court.courtPage.enterTheDateIt2') },
                  ]}
                  onSubmit={async (v) => {
                    await change({ finalCarePlanId: v.finalCarePlanId, finalCarePlanFiledOn: v.finalCarePlanFiledOn });
                    return say('court.courtPage.theFinalCarePlan');
                  }}
                />
              )}
              <StepForm
                id={`outcome-${p.id}`}
                title={say('court.courtPage.outcome')}
                submitLabel={say('court.courtPage.saveTheOutcome')}
                secondary
                onDone={onDone}
                fields={[
                  { name: 'outcome', label: say('court.courtPage.orderMade'), kind: 'select', required: say('court.courtPage.chooseTheOrderMade'), options: options(COURT_OUTCOMES, COURT_OUTCOME_LABELS) },
                  { name: 'concludedOn', label: say('court.courtPage.dateOfTheOrder'), kind: 'date', required: say('court.courtPage.enterTheDateOf3') },
                ]}
                onSubmit={async (v) => {
                  await change({ outcome: v.outcome as CourtOutcome, concludedOn: v.concludedOn });
                  return say('court.courtPage.theProceedingsAreRecorded2');
                }}
              />
            </>
          )}
        </>
      )}
    </SummaryCard>
  );
}
