import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, ErrorSummary, NotificationBanner, Radios, Textarea, UiLink } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { conflictMessage } from '../common/conflict-notice';
import { apiError } from '../common/graphql-errors';
import { MEETING_TYPE_LABELS } from '../common/labels';
import { PanelDecisionForm, PanelRecommendationForm } from './panel-forms';
import {
  ApprovePlanAsHeadOfServiceDocument,
  ApprovePlanDocument,
  ChildPlanDocument,
  EndorsePlanAtReviewDocument,
  MarkPlanAchievedDocument,
  ReturnPlanDocument,
  SharePlanWithChildDocument,
  type ChildPlanQuery,
  type PlanDetailFragment,
} from '../gql/graphql';
import { say } from '../i18n/i18n';

type Meeting = NonNullable<ChildPlanQuery['child']>['meetings'][number];

/** The steps this person may take on the plan now: the API's own checks (Plan.abilities), nothing decided here. */
export function availableSteps(plan: PlanDetailFragment) {
  const can = plan.abilities;
  return {
    // Submitting goes through "check your answers" (check-plan-page.tsx), reached from the plan form.
    decide: can.canApprove || can.canReturn,
    approveAsHeadOfService: can.canApproveAsHeadOfService,
    panel: can.canRecordPanelRecommendation,
    panelDecision: can.canRecordPanelDecision,
    endorse: can.canEndorse,
    achieved: can.canMarkAchieved,
    share: can.canShareWithChild,
  };
}

const when = (m: Meeting) => m.heldOn ?? m.scheduledFor ?? m.dueDate;

export function PlanWorkflow({
  plan,
  childId,
  meetings,
}: {
  plan: PlanDetailFragment;
  childId: string;
  meetings: Meeting[];
}) {
  const steps = availableSteps(plan);
  const refetchQueries = [{ query: ChildPlanDocument, variables: { id: childId } }];
  const [approve] = useMutation(ApprovePlanDocument, { refetchQueries });
  const [returnPlan] = useMutation(ReturnPlanDocument, { refetchQueries });
  const [approveHos] = useMutation(ApprovePlanAsHeadOfServiceDocument, { refetchQueries });
  const [endorse] = useMutation(EndorsePlanAtReviewDocument, { refetchQueries });
  const [achieved] = useMutation(MarkPlanAchievedDocument, { refetchQueries });
  const [share] = useMutation(SharePlanWithChildDocument, { refetchQueries });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A plan is endorsed at a review that has been held and recorded, most recent first.
  const reviews = meetings
    .filter((m) => m.isReview && m.heldOn && (!m.planEndorsed || m.planEndorsed.id === plan.id))
    .sort((a, b) => (b.heldOn ?? '').localeCompare(a.heldOn ?? ''));
  // With one review to choose, it is chosen already: no error for a choice there is no need to make.
  const [chosenReviewId, setReviewId] = useState('');
  const reviewId = chosenReviewId || (reviews.length === 1 ? reviews[0].id : '');
  const [reviewError, setReviewError] = useState<string | undefined>();
  const [decision, setDecision] = useState('');
  const [decisionWords, setDecisionWords] = useState('');
  const [decisionErrors, setDecisionErrors] = useState<{ decision?: string; words?: string }>({});
  const input = { planId: plan.id, expectedVersion: plan.version };

  const run = async (message: string, action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(message);
    } catch (e) {
      const err = apiError(e);
      setError(err.code === 'CONFLICT' ? conflictMessage(err, 'plan') : err.message);
    } finally {
      setBusy(false);
    }
  };

  if (!Object.values(steps).some(Boolean)) return done ? <NotificationBanner type="success" heading={done} /> : null;
  return (
    <section aria-labelledby="plan-steps">
      <h2 className="govuk-heading-m" id="plan-steps">
        {say('plans.planWorkflow.nextSteps')}
      </h2>
      {done && <NotificationBanner type="success" heading={done} />}
      {error && <ErrorSummary errors={[{ message: error }]} />}
      <ButtonGroup>
        {steps.approveAsHeadOfService && (
          <Button disabled={busy} onClick={() => void run(say('plans.planWorkflow.youApprovedThePlan'), () => approveHos({ variables: { input } }))}>
            {say('plans.planWorkflow.approveAsHeadOf')}
          </Button>
        )}
        {steps.achieved && (
          <Button variant="secondary" disabled={busy} onClick={() => void run(say('plans.planWorkflow.thePlanIsMarked'), () => achieved({ variables: { input } }))}>
            {say('plans.planWorkflow.markThePlanAs')}
          </Button>
        )}
        {steps.share && (
          <Button variant="secondary" disabled={busy} onClick={() => void run(say('plans.planWorkflow.theChildCanNow'), () => share({ variables: { input } }))}>
            {say('plans.planWorkflow.shareWithTheChild')}
          </Button>
        )}
      </ButtonGroup>
      {steps.decide && (
        <form
          noValidate
          aria-label={say('plans.planWorkflow.yourDecisionOnThe')}
          onSubmit={(e) => {
            e.preventDefault();
            const errors = {
              decision: decision ? undefined : say('plans.planWorkflow.chooseWhetherToApprove'),
              words: decision === 'RETURN' && !decisionWords.trim() ? say('plans.planWorkflow.giveTheReasonsFor') : undefined,
            };
            setDecisionErrors(errors);
            if (errors.decision || errors.words) return;
            const words = decisionWords.trim();
            if (decision === 'RETURN') {
              void run(say('plans.planWorkflow.youReturnedThePlan'), () => returnPlan({ variables: { input: { ...input, reasons: words } } }));
            } else {
              void run(words ? say('plans.planWorkflow.youApprovedThePlan2') : say('plans.planWorkflow.youApprovedThePlan3'), () =>
                approve({ variables: { input: { ...input, comments: words || null } } }),
              );
            }
          }}
        >
          <Radios
            id="decision"
            label={say('plans.planWorkflow.yourDecision')}
            hint={say('plans.planWorkflow.yourDecisionAndYour')}
            options={[
              { value: 'APPROVE', label: say('plans.planWorkflow.approveThePlan') },
              { value: 'RETURN', label: say('plans.planWorkflow.returnThePlanTo') },
            ]}
            value={decision}
            onChange={setDecision}
            error={decisionErrors.decision}
          />
          <Textarea
            id="decisionWords"
            label={decision === 'RETURN' ? say('plans.planWorkflow.reasonsForReturningThe') : say('plans.planWorkflow.commentsForTheWorker')}
            hint={decision === 'RETURN' ? say('plans.planWorkflow.sayWhatNeedsTo') : undefined}
            rows={4}
            value={decisionWords}
            onChange={setDecisionWords}
            error={decisionErrors.words}
          />
          <Button type="submit" disabled={busy}>
            {say('plans.planWorkflow.confirmYourDecision')}
          </Button>
        </form>
      )}
      {steps.panel && <PanelRecommendationForm plan={plan} childId={childId} />}
      {steps.panelDecision && <PanelDecisionForm plan={plan} childId={childId} />}
      {steps.endorse && (
        <form
          noValidate
          aria-label={say('plans.planWorkflow.endorseAtReview')}
          onSubmit={(e) => {
            e.preventDefault();
            if (!reviewId) return setReviewError(say('plans.planWorkflow.chooseTheReviewAt'));
            setReviewError(undefined);
            void run(say('plans.planWorkflow.youEndorsedThePlan'), () => endorse({ variables: { input: { ...input, meetingId: reviewId } } }));
          }}
        >
          {reviews.length === 0 ? (
            <p className="govuk-body">
              {say('plans.planWorkflow.thereIsNoHeld')}
              <UiLink className="govuk-link" href={`/children/${childId}/meetings`}>
                {say('plans.planWorkflow.recordTheReviewOn')}
              </UiLink>{' '}{say('plans.planWorkflow.firstThenEndorseThe')}
            </p>
          ) : (
            <>
              <Radios
                id="reviewId"
                label={say('plans.planWorkflow.whichReviewAreYou')}
                options={reviews.map((m) => ({ value: m.id, label: `${MEETING_TYPE_LABELS[m.type]}, ${formatDate(when(m)) || say('plans.planWorkflow.noDateYet')}` }))}
                value={reviewId}
                onChange={setReviewId}
                error={reviewError}
              />
              <Button type="submit" disabled={busy}>
                {say('plans.planWorkflow.endorseThePlanAt')}
              </Button>
            </>
          )}
        </form>
      )}
    </section>
  );
}
