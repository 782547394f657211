import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { BackLink, Button, ErrorSummary, NotificationBanner, Radios, SummaryCard, SummaryList, Tag, Textarea, useForm } from '@forever-planning/ui';
import { ChildRecordNav } from '../children/child-record-nav';
import { conflictMessage } from '../common/conflict-notice';
import { formatDate } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import {
  ChildEscalationsDocument,
  RaiseIroEscalationDocument,
  RecordIroEscalationStageDocument,
  type EscalationDetailFragment,
  type IroDisputeStage,
} from '../gql/graphql';
import { say } from '../i18n/i18n';

/** The council's protocol, in order (the server's rules/iro-disputes.ts holds the same stages and their timescales). */
const STAGE_ORDER: IroDisputeStage[] = ['INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR'];
const STAGE_NAMES: Record<IroDisputeStage, string> = {
  INFORMAL: say('escalations.escalationsPage.informalResolutionWithThe'),
  TEAM_MANAGER: say('escalations.escalationsPage.teamManager'),
  SERVICE_MANAGER: say('escalations.escalationsPage.serviceManagerOrHead'),
  DIRECTOR: say('escalations.escalationsPage.director'),
};
const nextStage = (stage: IroDisputeStage): IroDisputeStage | null => STAGE_ORDER[STAGE_ORDER.indexOf(stage) + 1] ?? null;

/** The IRO's disputes about a child's plan, each taken through the stages of the council's dispute resolution protocol. */
export function EscalationsPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChildEscalationsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const child = data?.child;
  usePageTitle(child ? say('escalations.escalationsPage.sDisputesAndEscalations', { displayName: child.displayName }) : say('escalations.escalationsPage.disputesAndEscalations'));
  if (loading && !child) return <Loading what={say('escalations.escalationsPage.loadingDisputes')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child || !data) return <ErrorPage message={error ? apiError(error).message : say('escalations.escalationsPage.theDisputesCouldNot')} />;
  const mayRecord = child.abilities.canRecordEscalationStage;
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{say('escalations.escalationsPage.backToSRecord', { displayName: child.displayName })}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('escalations.escalationsPage.disputesAndEscalations')}</h1>
      <ChildRecordNav childId={child.id} current="escalations" />
      <p className="govuk-body">
        {say('escalations.escalationsPage.whenTheIroIs')}
      </p>
      {child.iroEscalations.length === 0 && <p className="govuk-body">{say('escalations.escalationsPage.noDisputesHaveBeen')}</p>}
      {child.iroEscalations.map((e) => (
        <EscalationCard key={e.id} escalation={e} today={data.today} childId={child.id} mayRecord={mayRecord} />
      ))}
      {child.abilities.canRaiseEscalation && <RaiseForm childId={child.id} />}
    </>
  );
}

function statusOf(e: EscalationDetailFragment, today: string): { tag: string; colour: 'green' | 'red' | 'blue'; words: string } {
  const current = e.stages[e.stages.length - 1];
  if (e.resolvedOn) return { tag: say('escalations.escalationsPage.resolved'), colour: 'green', words: say('escalations.escalationsPage.resolvedOnAtThe', { resolvedOn: formatDate(e.resolvedOn), label: current.label }) };
  const overdue = current.dueOn < today;
  return {
    tag: overdue ? say('escalations.escalationsPage.overdue') : say('escalations.escalationsPage.notResolved'),
    colour: overdue ? 'red' : 'blue',
    words: say('escalations.escalationsPage.notResolvedAtThe', { label: current.label, dueOn: formatDate(current.dueOn), value: String(overdue ? say('escalations.escalationsPage.thisIsOverdue') : '') }),
  };
}

function EscalationCard({ escalation: e, today, childId, mayRecord }: { escalation: EscalationDetailFragment; today: string; childId: string; mayRecord: boolean }) {
  const status = statusOf(e, today);
  const title = say('escalations.escalationsPage.disputeRaisedOn', { raisedOn: formatDate(e.raisedOn) });
  // Kept here, not in the form: the form goes once the dispute is resolved.
  const [done, setDone] = useState<string | null>(null);
  return (
    <SummaryCard title={title}>
      {done && <NotificationBanner type="success" heading={done} />}
      <p className="govuk-body">
        <Tag colour={status.colour}>{status.tag}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: say('escalations.escalationsPage.raisedBy'), value: e.raisedBy?.displayName },
          { key: say('escalations.escalationsPage.concern'), value: <span className="fp-pre-line">{e.concern}</span> },
          { key: say('escalations.escalationsPage.whereItIs'), value: status.words },
        ]}
      />
      <h3 className="govuk-heading-s">{say('escalations.escalationsPage.stages')}</h3>
      <ol className="govuk-list govuk-list--number">
        {e.stages.map((s) => (
          <li key={s.stage}>
            <strong>{STAGE_NAMES[s.stage]}</strong>{say('escalations.escalationsPage.fromWorkingDaysBy', { startedOn: formatDate(s.startedOn), workingDays: s.workingDays, dueOn: formatDate(s.dueOn) })}{' '}
            {s.outcome === 'RESOLVED' && say('escalations.escalationsPage.resolvedOn', { closedOn: formatDate(s.closedOn), value: String(s.closedBy ? say('escalations.escalationsPage.by', { displayName: s.closedBy.displayName }) : '') })}
            {s.outcome === 'ESCALATED' && say('escalations.escalationsPage.escalatedOn', { closedOn: formatDate(s.closedOn), value: String(s.closedBy ? say('escalations.escalationsPage.by', { displayName: s.closedBy.displayName }) : '') })}
            {s.outcome ? <span className="fp-pre-line">{s.outcomeText}</span> : say('escalations.escalationsPage.notYetResolvedOr')}
          </li>
        ))}
      </ol>
      {mayRecord && !e.resolvedOn && <StageOutcomeForm escalation={e} childId={childId} onDone={setDone} />}
    </SummaryCard>
  );
}

type StageValues = { outcome: string; outcomeText: string };

function StageOutcomeForm({ escalation: e, childId, onDone }: { escalation: EscalationDetailFragment; childId: string; onDone: (message: string | null) => void }) {
  const current = e.stages[e.stages.length - 1];
  const next = nextStage(current.stage);
  const ids = { outcome: `outcome-${e.id}`, outcomeText: `outcomeText-${e.id}` };
  const form = useForm<StageValues>({
    initialValues: { outcome: '', outcomeText: '' },
    validators: {
      outcome: (v) => (v ? undefined : say('escalations.escalationsPage.chooseWhetherTheStage')),
      outcomeText: (v, all) => (v.trim() ? undefined : all.outcome === 'ESCALATED' ? say('escalations.escalationsPage.sayWhyTheDispute') : say('escalations.escalationsPage.sayWhatWasAgreed')),
    },
    fieldIds: ids,
  });
  const [record, { loading }] = useMutation(RecordIroEscalationStageDocument, { refetchQueries: [{ query: ChildEscalationsDocument, variables: { id: childId } }] });
  const submit = form.handleSubmit(async (v) => {
    onDone(null);
    try {
      await record({ variables: { input: { id: e.id, expectedVersion: e.version, outcome: v.outcome as 'RESOLVED' | 'ESCALATED', outcomeText: v.outcomeText.trim() } } });
      form.reset({ outcome: '', outcomeText: '' });
      onDone(v.outcome === 'RESOLVED' ? say('escalations.escalationsPage.theDisputeIsRecorded') : say('escalations.escalationsPage.theDisputeHasGone', { stage: next ? STAGE_NAMES[next].toLowerCase() : say('escalations.escalationsPage.next') }));
    } catch (err) {
      const error = apiError(err);
      form.setServerErrors([{ message: error.code === 'CONFLICT' ? conflictMessage(error, 'escalation') : error.message }]);
    }
  });
  const outcome = form.field('outcome');
  const words = form.field('outcomeText');
  return (
    <form noValidate onSubmit={submit} aria-label={say('escalations.escalationsPage.theStage', { label: current.label })}>
      <h3 className="govuk-heading-s">{say('escalations.escalationsPage.recordHowTheStage', { label: current.label })}</h3>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      <Radios
        {...outcome}
        id={ids.outcome}
        label={say('escalations.escalationsPage.outcomeOfThisStage')}
        small
        options={[
          { value: 'RESOLVED', label: say('escalations.escalationsPage.resolvedAtThisStage') },
          ...(next ? [{ value: 'ESCALATED', label: say('escalations.escalationsPage.notResolvedEscalateTo', { toLowerCase: String(STAGE_NAMES[next].toLowerCase()) }) }] : []),
        ]}
        hint={next ? undefined : say('escalations.escalationsPage.theDirectorSStage')}
      />
      <Textarea {...words} id={ids.outcomeText} label={form.values.outcome === 'ESCALATED' ? say('escalations.escalationsPage.whyItGoesTo') : say('escalations.escalationsPage.whatWasAgreed')} rows={3} />
      <Button type="submit" variant="secondary" disabled={loading}>
        {say('escalations.escalationsPage.recordTheOutcome')}
      </Button>
    </form>
  );
}

function RaiseForm({ childId }: { childId: string }) {
  const form = useForm<{ concern: string }>({
    initialValues: { concern: '' },
    validators: { concern: (v) => (v.trim() ? (v.length > 4000 ? say('escalations.escalationsPage.theConcernMustBe') : undefined) : say('escalations.escalationsPage.describeTheConcernYou')) },
  });
  const [raise, { loading }] = useMutation(RaiseIroEscalationDocument, { refetchQueries: [{ query: ChildEscalationsDocument, variables: { id: childId } }] });
  const [done, setDone] = useState(false);
  const submit = form.handleSubmit(async (v) => {
    setDone(false);
    try {
      await raise({ variables: { input: { childId, concern: v.concern.trim() } } });
      form.reset({ concern: '' });
      setDone(true);
    } catch (e) {
      form.setServerErrors([{ message: apiError(e).message }]);
    }
  });
  return (
    <form noValidate onSubmit={submit} aria-label={say('escalations.escalationsPage.raiseADispute')}>
      <h2 className="govuk-heading-m">{say('escalations.escalationsPage.raiseADispute')}</h2>
      {done && <NotificationBanner type="success" heading={say('escalations.escalationsPage.theDisputeHasBeen')} />}
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      <Textarea label={say('escalations.escalationsPage.yourConcern')} hint={say('escalations.escalationsPage.whatIsDriftingOr')} rows={5} {...form.field('concern')} />
      <Button type="submit" disabled={loading}>
        {say('escalations.escalationsPage.raiseTheDispute')}
      </Button>
    </form>
  );
}
