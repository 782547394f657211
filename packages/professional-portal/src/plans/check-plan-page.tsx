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
  usePageTitle('Check the plan before you submit it');

  if (loading && !data) return <Loading what="Loading the plan" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  const child = data?.child;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'The plan could not be loaded.'} />;
  const plan = child.latestPlan;
  const planHref = `/children/${child.id}/plan`;
  const back = <BackLink href={planHref}>Back to the plan</BackLink>;
  if (!plan || !plan.abilities.canSubmit) {
    return (
      <>
        {back}
        <h1 className="govuk-heading-l">There is no draft plan to submit</h1>
        <p className="govuk-body">
          {plan ? `Plan ${plan.planNumber} is ${PLAN_STATUS_LABELS[plan.status].toLowerCase()}.` : `${child.displayName} has no plan yet.`}{' '}
          <UiLink href={planHref} className="govuk-link">
            Go to the plan
          </UiLink>
        </p>
      </>
    );
  }

  const change = (field: string, what: string) => [{ href: `${planHref}#${field}`, text: 'Change', visuallyHiddenText: what.toLowerCase() }];
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
      await navigate(planHref, { state: { submitted: `Plan ${plan.planNumber} has been submitted for approval. Your team manager will approve it or return it to you.` } });
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
      <h1 className="govuk-heading-l">Check the plan before you submit it</h1>
      <h2 className="govuk-heading-m">What changed since the approved plan</h2>
      {comparison.comparedWithPlanNumber === null ? (
        <p className="govuk-body">This is the first plan for {child.displayName}. No version has been approved before, so all of it is new.</p>
      ) : comparison.changes.length === 0 ? (
        <p className="govuk-body">Nothing has changed since plan {comparison.comparedWithPlanNumber}, the plan in force.</p>
      ) : (
        <PlanChangesTable caption={`Changes since plan ${comparison.comparedWithPlanNumber}, the plan in force`} changes={comparison.changes} />
      )}
      <SummaryCard title={`Plan ${plan.planNumber}`}>
        <SummaryList rows={rows} />
      </SummaryCard>
      <SummaryCard title="Outcomes">
        {plan.outcomes.length === 0 ? (
          <p className="govuk-body">No outcomes yet. Every plan needs at least one.</p>
        ) : (
          <ol className="govuk-list govuk-list--number">
            {plan.outcomes.map((o) => (
              <li key={o.id}>
                <span className="govuk-!-font-weight-bold">{o.outcome}</span>
                <span className="fp-block">Measure of progress: {o.measure}</span>
                {o.optionTrack && <span className="fp-block">Works towards: {OUTCOME_TRACK_LABELS[o.optionTrack].toLowerCase()}</span>}
                <ActionList outcome={o} />
              </li>
            ))}
          </ol>
        )}
      </SummaryCard>
      <h2 className="govuk-heading-m">Now submit the plan</h2>
      <p className="govuk-body">Your team manager will approve the plan or return it to you with reasons. Until then, you cannot change it.</p>
      <Button disabled={submitting} onClick={() => void onSubmit()}>
        Submit the plan for approval
      </Button>
    </>
  );
}
