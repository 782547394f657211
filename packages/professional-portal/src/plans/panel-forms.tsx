import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, DateInput, EMPTY_DATE, ErrorSummary, isDateEmpty, isoDate, NotificationBanner, Radios, Select, Textarea, TextInput, type DateParts } from '@forever-planning/ui';
import { PANEL_DECISION_LABELS, PANEL_DECISIONS, PANEL_MEETING_TYPES } from '@forever-planning/shared';
import { conflictMessage } from '../common/conflict-notice';
import { apiError } from '../common/graphql-errors';
import { MEETING_TYPE_LABELS } from '../common/labels';
import { ChildPlanDocument, RecordPanelDecisionDocument, RecordPanelRecommendationDocument, type MeetingType, type PanelDecision, type PlanDetailFragment } from '../gql/graphql';

type Errors = Record<string, string | undefined>;

function useStep(childId: string) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (message: string, act: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await act();
      setDone(message);
    } catch (e) {
      const err = apiError(e);
      setError(err.code === 'CONFLICT' ? conflictMessage(err, 'plan') : err.message);
    } finally {
      setBusy(false);
    }
  };
  return { error, done, busy, run, refetchQueries: [{ query: ChildPlanDocument, variables: { id: childId } }] };
}

const summary = (errors: Errors) => Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1])).map(([fieldId, message]) => ({ fieldId, message }));

/** The panel that saw the plan: which panel, the day it sat, and its recommendation as minuted. */
export function PanelRecommendationForm({ plan, childId }: { plan: PlanDetailFragment; childId: string }) {
  const step = useStep(childId);
  const [record] = useMutation(RecordPanelRecommendationDocument, { refetchQueries: step.refetchQueries, awaitRefetchQueries: true });
  const [panelType, setPanelType] = useState('');
  const [panelDate, setPanelDate] = useState<DateParts>(EMPTY_DATE);
  const [recommendation, setRecommendation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  return (
    <form
      noValidate
      aria-label="Panel recommendation"
      onSubmit={(e) => {
        e.preventDefault();
        const next: Errors = {
          panelType: panelType ? undefined : 'Choose the panel',
          panelDate: isDateEmpty(panelDate) ? 'Enter the date the panel sat' : isoDate(panelDate) ? undefined : 'The panel date must be a real date',
          recommendation: recommendation.trim() ? undefined : 'Enter the panel’s recommendation',
        };
        setErrors(next);
        if (summary(next).length) return;
        void step.run('The panel’s recommendation has been recorded.', () =>
          record({
            variables: {
              input: { planId: plan.id, expectedVersion: plan.version, recommendation: recommendation.trim(), panelType: panelType as MeetingType, panelDate: isoDate(panelDate) },
            },
          }),
        );
      }}
    >
      <h3 className="govuk-heading-s">Record the panel</h3>
      <ErrorSummary errors={[...summary(errors), ...(step.error ? [{ message: step.error }] : [])]} />
      {step.done && <NotificationBanner type="success" heading={step.done} />}
      <Select
        id="panelType"
        label="Which panel"
        options={[{ value: '', label: 'Choose the panel' }, ...PANEL_MEETING_TYPES.map((t) => ({ value: t, label: MEETING_TYPE_LABELS[t] }))]}
        value={panelType}
        onChange={setPanelType}
        error={errors.panelType}
      />
      <DateInput id="panelDate" label="Date the panel sat" hint="For example 30 11 2026" value={panelDate} onChange={setPanelDate} error={errors.panelDate} />
      <Textarea id="recommendation" label="Panel recommendation" hint="As minuted" rows={3} value={recommendation} onChange={setRecommendation} error={errors.recommendation} />
      <Button type="submit" variant="secondary" disabled={step.busy}>
        Record the panel recommendation
      </Button>
    </form>
  );
}

/** The agency decision maker's decision on the recommendation: what, when and who. */
export function PanelDecisionForm({ plan, childId }: { plan: PlanDetailFragment; childId: string }) {
  const step = useStep(childId);
  const [record] = useMutation(RecordPanelDecisionDocument, { refetchQueries: step.refetchQueries, awaitRefetchQueries: true });
  const [decision, setDecision] = useState('');
  const [decisionDate, setDecisionDate] = useState<DateParts>(EMPTY_DATE);
  const [decisionMaker, setDecisionMaker] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  return (
    <form
      noValidate
      aria-label="Decision maker’s decision"
      onSubmit={(e) => {
        e.preventDefault();
        const next: Errors = {
          decision: decision ? undefined : 'Choose the decision maker’s decision',
          decisionDate: isDateEmpty(decisionDate) ? 'Enter the date of the decision' : isoDate(decisionDate) ? undefined : 'The date of the decision must be a real date',
          decisionMaker: decisionMaker.trim() ? undefined : 'Enter the decision maker’s name and role',
        };
        setErrors(next);
        if (summary(next).length) return;
        void step.run('The decision maker’s decision has been recorded.', () =>
          record({
            variables: {
              input: {
                planId: plan.id, expectedVersion: plan.version, decision: decision as PanelDecision, decisionDate: isoDate(decisionDate)!,
                decisionMaker: decisionMaker.trim(), notes: notes.trim() || null,
              },
            },
          }),
        );
      }}
    >
      <h3 className="govuk-heading-s">Record the decision maker’s decision</h3>
      <ErrorSummary errors={[...summary(errors), ...(step.error ? [{ message: step.error }] : [])]} />
      {step.done && <NotificationBanner type="success" heading={step.done} />}
      <Radios
        id="decision"
        label="The decision on the panel’s recommendation"
        options={PANEL_DECISIONS.map((value) => ({ value, label: PANEL_DECISION_LABELS[value] }))}
        value={decision}
        onChange={setDecision}
        error={errors.decision}
      />
      <DateInput id="decisionDate" label="Date of the decision" hint="For example 1 12 2026" value={decisionDate} onChange={setDecisionDate} error={errors.decisionDate} />
      <TextInput id="decisionMaker" label="Decision maker" hint="Their name and role, for example Dee Maker, head of service" value={decisionMaker} onChange={setDecisionMaker} error={errors.decisionMaker} />
      <Textarea id="decisionNotes" label="Reasons" hint="Optional. As recorded by the decision maker" rows={3} value={notes} onChange={setNotes} />
      <Button type="submit" variant="secondary" disabled={step.busy}>
        Record the decision
      </Button>
    </form>
  );
}
