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

/** The council's protocol, in order (the server's rules/iro-disputes.ts holds the same stages and their timescales). */
const STAGE_ORDER: IroDisputeStage[] = ['INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR'];
const STAGE_NAMES: Record<IroDisputeStage, string> = {
  INFORMAL: 'Informal resolution with the social worker',
  TEAM_MANAGER: 'Team manager',
  SERVICE_MANAGER: 'Service manager or head of service',
  DIRECTOR: 'Director',
};
const nextStage = (stage: IroDisputeStage): IroDisputeStage | null => STAGE_ORDER[STAGE_ORDER.indexOf(stage) + 1] ?? null;

/** The IRO's disputes about a child's plan, each taken through the stages of the council's dispute resolution protocol. */
export function EscalationsPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChildEscalationsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const child = data?.child;
  usePageTitle(child ? `${child.displayName}’s disputes and escalations` : 'Disputes and escalations');
  if (loading && !child) return <Loading what="Loading disputes" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child || !data) return <ErrorPage message={error ? apiError(error).message : 'The disputes could not be loaded.'} />;
  const mayRecord = child.abilities.canRecordEscalationStage;
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{`Back to ${child.displayName}’s record`}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Disputes and escalations</h1>
      <ChildRecordNav childId={child.id} current="escalations" />
      <p className="govuk-body">
        When the IRO is concerned about drift or the plan, they raise a dispute and take it through the council’s dispute resolution protocol: informal
        resolution with the social worker, then the team manager, the service manager or head of service, and last the director. Each stage is resolved or
        escalated to the next within its timescale.
      </p>
      {child.iroEscalations.length === 0 && <p className="govuk-body">No disputes have been raised.</p>}
      {child.iroEscalations.map((e) => (
        <EscalationCard key={e.id} escalation={e} today={data.today} childId={child.id} mayRecord={mayRecord} />
      ))}
      {child.abilities.canRaiseEscalation && <RaiseForm childId={child.id} />}
    </>
  );
}

function statusOf(e: EscalationDetailFragment, today: string): { tag: string; colour: 'green' | 'red' | 'blue'; words: string } {
  const current = e.stages[e.stages.length - 1];
  if (e.resolvedOn) return { tag: 'Resolved', colour: 'green', words: `Resolved on ${formatDate(e.resolvedOn)} at the ${current.label} stage.` };
  const overdue = current.dueOn < today;
  return {
    tag: overdue ? 'Overdue' : 'Not resolved',
    colour: overdue ? 'red' : 'blue',
    words: `Not resolved. At the ${current.label} stage, to be resolved or escalated by ${formatDate(current.dueOn)}${overdue ? ': this is overdue' : ''}.`,
  };
}

function EscalationCard({ escalation: e, today, childId, mayRecord }: { escalation: EscalationDetailFragment; today: string; childId: string; mayRecord: boolean }) {
  const status = statusOf(e, today);
  const title = `Dispute raised on ${formatDate(e.raisedOn)}`;
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
          { key: 'Raised by', value: e.raisedBy?.displayName },
          { key: 'Concern', value: <span className="fp-pre-line">{e.concern}</span> },
          { key: 'Where it is', value: status.words },
        ]}
      />
      <h3 className="govuk-heading-s">Stages</h3>
      <ol className="govuk-list govuk-list--number">
        {e.stages.map((s) => (
          <li key={s.stage}>
            <strong>{STAGE_NAMES[s.stage]}</strong>, from {formatDate(s.startedOn)} ({s.workingDays} working days, by {formatDate(s.dueOn)}).{' '}
            {s.outcome === 'RESOLVED' && `Resolved on ${formatDate(s.closedOn)}${s.closedBy ? ` by ${s.closedBy.displayName}` : ''}: `}
            {s.outcome === 'ESCALATED' && `Escalated on ${formatDate(s.closedOn)}${s.closedBy ? ` by ${s.closedBy.displayName}` : ''}: `}
            {s.outcome ? <span className="fp-pre-line">{s.outcomeText}</span> : 'Not yet resolved or escalated.'}
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
      outcome: (v) => (v ? undefined : 'Choose whether the stage resolved the dispute or it goes to the next stage'),
      outcomeText: (v, all) => (v.trim() ? undefined : all.outcome === 'ESCALATED' ? 'Say why the dispute goes to the next stage' : 'Say what was agreed'),
    },
    fieldIds: ids,
  });
  const [record, { loading }] = useMutation(RecordIroEscalationStageDocument, { refetchQueries: [{ query: ChildEscalationsDocument, variables: { id: childId } }] });
  const submit = form.handleSubmit(async (v) => {
    onDone(null);
    try {
      await record({ variables: { input: { id: e.id, expectedVersion: e.version, outcome: v.outcome as 'RESOLVED' | 'ESCALATED', outcomeText: v.outcomeText.trim() } } });
      form.reset({ outcome: '', outcomeText: '' });
      onDone(v.outcome === 'RESOLVED' ? 'The dispute is recorded as resolved.' : `The dispute has gone to the ${next ? STAGE_NAMES[next].toLowerCase() : 'next'} stage.`);
    } catch (err) {
      const error = apiError(err);
      form.setServerErrors([{ message: error.code === 'CONFLICT' ? conflictMessage(error, 'escalation') : error.message }]);
    }
  });
  const outcome = form.field('outcome');
  const words = form.field('outcomeText');
  return (
    <form noValidate onSubmit={submit} aria-label={`The ${current.label} stage`}>
      <h3 className="govuk-heading-s">Record how the {current.label} stage ended</h3>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      <Radios
        {...outcome}
        id={ids.outcome}
        label="Outcome of this stage"
        small
        options={[
          { value: 'RESOLVED', label: 'Resolved at this stage' },
          ...(next ? [{ value: 'ESCALATED', label: `Not resolved: escalate to the ${STAGE_NAMES[next].toLowerCase()}` }] : []),
        ]}
        hint={next ? undefined : 'The director’s stage is the last in the council’s protocol.'}
      />
      <Textarea {...words} id={ids.outcomeText} label={form.values.outcome === 'ESCALATED' ? 'Why it goes to the next stage' : 'What was agreed'} rows={3} />
      <Button type="submit" variant="secondary" disabled={loading}>
        Record the outcome
      </Button>
    </form>
  );
}

function RaiseForm({ childId }: { childId: string }) {
  const form = useForm<{ concern: string }>({
    initialValues: { concern: '' },
    validators: { concern: (v) => (v.trim() ? (v.length > 4000 ? 'The concern must be 4000 characters or fewer' : undefined) : 'Describe the concern you are raising') },
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
    <form noValidate onSubmit={submit} aria-label="Raise a dispute">
      <h2 className="govuk-heading-m">Raise a dispute</h2>
      {done && <NotificationBanner type="success" heading="The dispute has been raised. It starts with informal resolution with the social worker." />}
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      <Textarea label="Your concern" hint="What is drifting or wrong with the plan, and what you want to happen" rows={5} {...form.field('concern')} />
      <Button type="submit" disabled={loading}>
        Raise the dispute
      </Button>
    </form>
  );
}
