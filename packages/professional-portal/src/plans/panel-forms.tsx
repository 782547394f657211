import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, DateInput, EMPTY_DATE, ErrorSummary, isDateEmpty, isoDate, NotificationBanner, Radios, Select, Textarea, TextInput, type DateParts } from '@forever-planning/ui';
import { PANEL_DECISION_LABELS, PANEL_DECISIONS, PANEL_MEETING_TYPES } from '@forever-planning/shared';
import { conflictMessage } from '../common/conflict-notice';
import { apiError } from '../common/graphql-errors';
import { MEETING_TYPE_LABELS } from '../common/labels';
import { ChildPlanDocument, RecordPanelDecisionDocument, RecordPanelRecommendationDocument, type MeetingType, type PanelDecision, type PlanDetailFragment } from '../gql/graphql';
import { say } from '../i18n/i18n';

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
      aria-label={say('plans.panelForms.panelRecommendation')}
      onSubmit={(e) => {
        e.preventDefault();
        const next: Errors = {
          panelType: panelType ? undefined : say('plans.panelForms.chooseThePanel'),
          panelDate: isDateEmpty(panelDate) ? say('plans.panelForms.enterTheDateThe') : isoDate(panelDate) ? undefined : say('plans.panelForms.thePanelDateMust'),
          recommendation: recommendation.trim() ? undefined : say('plans.panelForms.enterThePanelsRecommendation'),
        };
        setErrors(next);
        if (summary(next).length) return;
        void step.run(say('plans.panelForms.thePanelsRecommendationHas'), () =>
          record({
            variables: {
              input: { planId: plan.id, expectedVersion: plan.version, recommendation: recommendation.trim(), panelType: panelType as MeetingType, panelDate: isoDate(panelDate) },
            },
          }),
        );
      }}
    >
      <h3 className="govuk-heading-s">{say('plans.panelForms.recordThePanel')}</h3>
      <ErrorSummary errors={[...summary(errors), ...(step.error ? [{ message: step.error }] : [])]} />
      {step.done && <NotificationBanner type="success" heading={step.done} />}
      <Select
        id="panelType"
        label={say('plans.panelForms.whichPanel')}
        options={[{ value: '', label: say('plans.panelForms.chooseThePanel') }, ...PANEL_MEETING_TYPES.map((t) => ({ value: t, label: MEETING_TYPE_LABELS[t] }))]}
        value={panelType}
        onChange={setPanelType}
        error={errors.panelType}
      />
      <DateInput id="panelDate" label={say('plans.panelForms.dateThePanelSat')} hint={say('plans.panelForms.forExample3011')} value={panelDate} onChange={setPanelDate} error={errors.panelDate} />
      <Textarea id="recommendation" label={say('plans.panelForms.panelRecommendation')} hint={say('plans.panelForms.asMinuted')} rows={3} value={recommendation} onChange={setRecommendation} error={errors.recommendation} />
      <Button type="submit" variant="secondary" disabled={step.busy}>
        {say('plans.panelForms.recordThePanelRecommendation')}
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
      aria-label={say('plans.panelForms.decisionMakersDecision')}
      onSubmit={(e) => {
        e.preventDefault();
        const next: Errors = {
          decision: decision ? undefined : say('plans.panelForms.chooseTheDecisionMakers'),
          decisionDate: isDateEmpty(decisionDate) ? say('plans.panelForms.enterTheDateOf') : isoDate(decisionDate) ? undefined : say('plans.panelForms.theDateOfThe'),
          decisionMaker: decisionMaker.trim() ? undefined : say('plans.panelForms.enterTheDecisionMakers'),
        };
        setErrors(next);
        if (summary(next).length) return;
        void step.run(say('plans.panelForms.theDecisionMakersDecision'), () =>
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
      <h3 className="govuk-heading-s">{say('plans.panelForms.recordTheDecisionMakers')}</h3>
      <ErrorSummary errors={[...summary(errors), ...(step.error ? [{ message: step.error }] : [])]} />
      {step.done && <NotificationBanner type="success" heading={step.done} />}
      <Radios
        id="decision"
        label={say('plans.panelForms.theDecisionOnThe')}
        options={PANEL_DECISIONS.map((value) => ({ value, label: PANEL_DECISION_LABELS[value] }))}
        value={decision}
        onChange={setDecision}
        error={errors.decision}
      />
      <DateInput id="decisionDate" label={say('plans.panelForms.dateOfTheDecision')} hint={say('plans.panelForms.forExample112')} value={decisionDate} onChange={setDecisionDate} error={errors.decisionDate} />
      <TextInput id="decisionMaker" label={say('plans.panelForms.decisionMaker')} hint={say('plans.panelForms.theirNameAndRole')} value={decisionMaker} onChange={setDecisionMaker} error={errors.decisionMaker} />
      <Textarea id="decisionNotes" label={say('plans.panelForms.reasons')} hint={say('plans.panelForms.optionalAsRecordedBy')} rows={3} value={notes} onChange={setNotes} />
      <Button type="submit" variant="secondary" disabled={step.busy}>
        {say('plans.panelForms.recordTheDecision')}
      </Button>
    </form>
  );
}
