import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, ErrorSummary, SummaryCard, SummaryList, UiLink, type SummaryRow } from '@forever-planning/ui';
import { OUTCOME_TRACK_LABELS, PLAN_OPTION_LABELS, PLAN_STATUS_LABELS } from '@forever-planning/shared';
import { conflictMessage } from '../common/conflict-notice';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { CheckPlanDocument, ChildPlanDocument, SubmitPlanDocument } from '../gql/graphql';
import { PlanChangesTable } from './plan-changes-table';
import { PLAN_FIELD_LABELS } from './plan-forms';
import { bottomLineRows } from './plan-bottom-lines';
import { ActionList } from './outcomes-table';
import { say } from '../i18n/i18n';

/**
 * "Check your answers" before a plan goes to the manager: the whole draft as
 * saved, and what changed since the last approved version. Submitting from
 * here is the only way a plan is submitted, so nothing typed is left behind.
 */
export function CheckPlanPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(CheckPlanDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const [submit, { loading: submitting }] = useMutation(SubmitPlanDocument, { refetchQueries: [{ query: ChildPlanDocument, variables: { id } }], awaitRefetchQueries: true });
  const [submitError, setSubmitError] = useState<string | null>(null);
  usePageTitle(say('plans.checkPlanPage.checkThePlanBefore'));

  if (loading && !data) return <Loading what={say('plans.checkPlanPage.loadingThePlan')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  const child = data?.child;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('plans.checkPlanPage.thePlanCouldNot')} />;
  const plan = child.latestPlan;
  const planHref = `/children/${child.id}/plan`;
  const back = <BackLink href={planHref}>{say('plans.checkPlanPage.backToThePlan')}</BackLink>;
  if (!plan || !plan.abilities.canSubmit) {
    return (
      <>
        {back}
        <h1 className="govuk-heading-l">{say('plans.checkPlanPage.thereIsNoDraft')}</h1>
        <p className="govuk-body">
          {plan ? say('plans.checkPlanPage.planIs', { planNumber: String(plan.planNumber), status: PLAN_STATUS_LABELS[plan.status].toLowerCase() }) : say('plans.checkPlanPage.hasNoPlanYet', { displayName: child.displayName })}{' '}
          <UiLink href={planHref} className="govuk-link">
            {say('plans.checkPlanPage.goToThePlan')}
          </UiLink>
        </p>
      </>
    );
  }

  const change = (field: string, what: string) => [{ href: `${planHref}#${field}`, text: say('plans.checkPlanPage.change'), visuallyHiddenText: what.toLowerCase() }];
  const text = (v: string | null | undefined) => v && <span className="fp-pre-line">{v}</span>;
  const contingencies = [...plan.contingencies].sort((a, b) => a.position - b.position);
  const rows: SummaryRow[] = [
    { key: PLAN_FIELD_LABELS.primaryOption, value: plan.primaryOption ? PLAN_OPTION_LABELS[plan.primaryOption] : null, actions: change('primaryOption', PLAN_FIELD_LABELS.primaryOption) },
    { key: PLAN_FIELD_LABELS.contingencies, value: contingencies.map((c) => PLAN_OPTION_LABELS[c.option]).join(', '), actions: change('contingencies', PLAN_FIELD_LABELS.contingencies) },
    { key: PLAN_FIELD_LABELS.childWishes, value: text(plan.childWishes), actions: change('childWishes', PLAN_FIELD_LABELS.childWishes) },
    ...bottomLineRows(plan).map((r) => ({ key: r.key, value: r.value, actions: change(r.field, r.key) })),
    { key: PLAN_FIELD_LABELS.childFriendlySummary, value: text(plan.childFriendlySummary), actions: change('childFriendlySummary', PLAN_FIELD_LABELS.childFriendlySummary) },
  ];
  const comparison = plan.changesSinceApproved;

  const onSubmit = async () => {
    setSubmitError(null);
    try {
      await submit({ variables: { input: { planId: plan.id, expectedVersion: plan.version } } });
      await navigate(planHref, { state: { submitted: say('plans.checkPlanPage.planHasBeenSubmitted', { planNumber: String(plan.planNumber) }) } });
    } catch (e) {
      const err = apiError(e);
      setSubmitError(err.code === 'CONFLICT' ? conflictMessage(err, 'plan') : err.message);
    }
  };

  return (
    <>
      {back}
      {submitError && <ErrorSummary errors={[{ message: submitError }]} />}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('plans.checkPlanPage.checkThePlanBefore')}</h1>
      <h2 className="govuk-heading-m">{say('plans.checkPlanPage.whatChangedSinceThe')}</h2>
      {comparison.comparedWithPlanNumber === null ? (
        <p className="govuk-body">{say('plans.checkPlanPage.thisIsTheFirst', { displayName: child.displayName })}</p>
      ) : comparison.changes.length === 0 ? (
        <p className="govuk-body">{say('plans.checkPlanPage.nothingHasChangedSince', { comparedWithPlanNumber: String(comparison.comparedWithPlanNumber) })}</p>
      ) : (
        <PlanChangesTable caption={say('plans.checkPlanPage.changesSincePlanThe', { comparedWithPlanNumber: String(comparison.comparedWithPlanNumber) })} changes={comparison.changes} />
      )}
      <SummaryCard title={say('plans.checkPlanPage.plan', { planNumber: String(plan.planNumber) })}>
        <SummaryList rows={rows} />
      </SummaryCard>
      <SummaryCard title={say('plans.checkPlanPage.outcomes')}>
        {plan.outcomes.length === 0 ? (
          <p className="govuk-body">{say('plans.checkPlanPage.noOutcomesYetEvery')}</p>
        ) : (
          <ol className="govuk-list govuk-list--number">
            {plan.outcomes.map((o) => (
              <li key={o.id}>
                <span className="govuk-!-font-weight-bold">{o.outcome}</span>
                <span className="fp-block">{say('plans.checkPlanPage.measureOfProgress', { measure: o.measure })}</span>
                {o.optionTrack && <span className="fp-block">{say('plans.checkPlanPage.worksTowards', { track: OUTCOME_TRACK_LABELS[o.optionTrack].toLowerCase() })}</span>}
                <ActionList outcome={o} />
              </li>
            ))}
          </ol>
        )}
      </SummaryCard>
      <h2 className="govuk-heading-m">{say('plans.checkPlanPage.nowSubmitThePlan')}</h2>
      <p className="govuk-body">{say('plans.checkPlanPage.yourTeamManagerWill')}</p>
      <Button disabled={submitting} onClick={() => void onSubmit()}>
        {say('plans.checkPlanPage.submitThePlanFor')}
      </Button>
    </>
  );
}
