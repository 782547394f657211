import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { BackLink, Button, Select, Tag } from '@forever-planning/ui';
import { FAMILY_AGREEMENT_LABELS, FAMILY_CONSIDERED_LABELS, OUTCOME_TRACK_LABELS, PLAN_DECISION_LABELS, PLAN_OPTION_LABELS, PLAN_STATUS_LABELS } from '@forever-planning/shared';
import { formatDate, formatDayAndTime } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ComparePlansDocument, type PlanDetailFragment } from '../gql/graphql';
import { PLAN_FIELD_LABELS } from './plan-forms';
import { panelRows } from './plan-bottom-lines';
import { timescaleWords } from './outcomes-table';
import { withoutFullStop } from '../common/sentences';
import { say } from '../i18n/i18n';

interface Row {
  what: string;
  left: string;
  right: string;
}

const words = (v: string | null | undefined) => (v && v.trim() ? v : say('plans.comparePlansPage.none'));

/** The rows of the side-by-side comparison: the plan's fields, then each outcome matched by its words. */
export function comparisonRows(a: PlanDetailFragment, b: PlanDetailFragment): Row[] {
  const options = (p: PlanDetailFragment) =>
    [...p.contingencies].sort((x, y) => x.position - y.position).map((c) => PLAN_OPTION_LABELS[c.option]).join(', ') || say('plans.comparePlansPage.none');
  const decisions = (p: PlanDetailFragment) =>
    p.managementOversight.map((d) => say('plans.comparePlansPage.by', { decision: PLAN_DECISION_LABELS[d.kind], manager: d.decidedBy?.displayName ?? say('plans.comparePlansPage.aManager'), decidedAt: formatDayAndTime(d.decidedAt), comments: d.comments ? `: ${d.comments}` : '' })).join('\n') || say('plans.comparePlansPage.none');
  const rows: Row[] = [
    { what: say('plans.comparePlansPage.status'), left: PLAN_STATUS_LABELS[a.status], right: PLAN_STATUS_LABELS[b.status] },
    { what: PLAN_FIELD_LABELS.primaryOption, left: a.primaryOption ? PLAN_OPTION_LABELS[a.primaryOption] : say('plans.comparePlansPage.none'), right: b.primaryOption ? PLAN_OPTION_LABELS[b.primaryOption] : say('plans.comparePlansPage.none') },
    { what: PLAN_FIELD_LABELS.contingencies, left: options(a), right: options(b) },
    { what: PLAN_FIELD_LABELS.childWishes, left: words(a.childWishes), right: words(b.childWishes) },
    ...(['safetyPeople', 'monitoringPeople', 'peopleToAvoid', 'safetyPlanLasts', 'bottomLines', 'consequenceOfNoChange', 'familyComments'] as const).map((k) => ({
      what: PLAN_FIELD_LABELS[k],
      left: words(a[k]),
      right: words(b[k]),
    })),
    { what: PLAN_FIELD_LABELS.wordsAndPicturesAge, left: words(a.wordsAndPicturesAge?.toString()), right: words(b.wordsAndPicturesAge?.toString()) },
    { what: PLAN_FIELD_LABELS.familyAgreement, left: a.familyAgreement ? FAMILY_AGREEMENT_LABELS[a.familyAgreement] : say('plans.comparePlansPage.none'), right: b.familyAgreement ? FAMILY_AGREEMENT_LABELS[b.familyAgreement] : say('plans.comparePlansPage.none') },
    { what: PLAN_FIELD_LABELS.familyConsidered, left: a.familyConsidered ? FAMILY_CONSIDERED_LABELS[a.familyConsidered] : say('plans.comparePlansPage.none'), right: b.familyConsidered ? FAMILY_CONSIDERED_LABELS[b.familyConsidered] : say('plans.comparePlansPage.none') },
    { what: PLAN_FIELD_LABELS.familyConsideredInChildWords, left: words(a.familyConsideredInChildWords), right: words(b.familyConsideredInChildWords) },
    { what: PLAN_FIELD_LABELS.permanenceTargetDate, left: a.permanenceTargetDate ? formatDate(a.permanenceTargetDate) : say('plans.comparePlansPage.none'), right: b.permanenceTargetDate ? formatDate(b.permanenceTargetDate) : say('plans.comparePlansPage.none') },
    { what: PLAN_FIELD_LABELS.childFriendlySummary, left: words(a.childFriendlySummary), right: words(b.childFriendlySummary) },
  ];
  const outcome = (o: PlanDetailFragment['outcomes'][number] | undefined) =>
    o
      ? [
          o.measure,
          ...(o.optionTrack ? [say('plans.comparePlansPage.worksTowards', { track: OUTCOME_TRACK_LABELS[o.optionTrack].toLowerCase() })] : []),
          ...[...o.actions]
            .sort((x, y) => x.position - y.position)
            .map((x, i) => say('plans.comparePlansPage.action', { number: String(i + 1), action: withoutFullStop(x.action), byWhom: withoutFullStop(x.byWhom), timescale: timescaleWords(x), done: x.completed ? say('plans.comparePlansPage.done') : '', progress: x.progress ? say('plans.comparePlansPage.actionProgress', { progress: x.progress }) : '' })),
          ...(o.progress ? [say('plans.comparePlansPage.progress', { progress: o.progress })] : []),
        ].join('\n')
      : say('plans.comparePlansPage.notInThisVersion');
  const names = [...new Set([...a.outcomes, ...b.outcomes].map((o) => o.outcome))];
  for (const name of names) {
    rows.push({ what: say('plans.comparePlansPage.outcome', { name }), left: outcome(a.outcomes.find((o) => o.outcome === name)), right: outcome(b.outcomes.find((o) => o.outcome === name)) });
  }
  const panel = (p: PlanDetailFragment) => panelRows(p).map((r) => `${r.key}: ${r.value ?? say('plans.comparePlansPage.none')}`).join('\n') || say('plans.comparePlansPage.none');
  rows.push({ what: say('plans.comparePlansPage.panelAndDecision'), left: panel(a), right: panel(b) });
  rows.push({ what: say('plans.comparePlansPage.managementOversight'), left: decisions(a), right: decisions(b) });
  return rows;
}

/** Two versions of a child's plan side by side, the rows that differ marked. */
export function ComparePlansPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [from, setFrom] = useState(params.get('from') ?? '');
  const [to, setTo] = useState(params.get('to') ?? '');
  const { data, loading, error } = useQuery(ComparePlansDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(say('plans.comparePlansPage.compareVersionsOfThe'));
  if (loading && !data) return <Loading what={say('plans.comparePlansPage.loadingThePlan')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  const child = data?.child;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('plans.comparePlansPage.thePlanCouldNot')} />;
  const versions = child.planHistory;
  const back = <BackLink href={`/children/${child.id}/plan`}>{say('plans.comparePlansPage.backToThePlan')}</BackLink>;
  if (versions.length < 2) {
    return (
      <>
        {back}
        <h1 className="govuk-heading-l">{say('plans.comparePlansPage.compareVersionsOfThe')}</h1>
        <p className="govuk-body">{say('plans.comparePlansPage.thereIsOnlyOne', { displayName: child.displayName })}</p>
      </>
    );
  }
  // By default: the newest version against the plan in force (or the version before it).
  const byNumber = (n: string | null) => versions.find((v) => String(v.planNumber) === n);
  const newest = versions[0];
  const defaultLeft = child.currentPlan && child.currentPlan.id !== newest.id ? versions.find((v) => v.id === child.currentPlan!.id)! : versions[1];
  const left = byNumber(params.get('from')) ?? defaultLeft;
  const right = byNumber(params.get('to')) ?? newest;
  const choices = versions.map((v) => ({ value: String(v.planNumber), label: say('plans.comparePlansPage.plan', { planNumber: String(v.planNumber), status: PLAN_STATUS_LABELS[v.status].toLowerCase() }) }));
  const rows = comparisonRows(left, right);
  const changed = rows.filter((r) => r.left !== r.right).length;

  return (
    <>
      {back}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('plans.comparePlansPage.compareVersionsOfThe')}</h1>
      {/* The versions chosen go in the address, so a comparison can be shared with a colleague. */}
      <form
        aria-label={say('plans.comparePlansPage.chooseTheVersions')}
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ from: from || String(left.planNumber), to: to || String(right.planNumber) });
        }}
      >
        <Select id="from" label={say('plans.comparePlansPage.compare')} options={choices} value={from || String(left.planNumber)} onChange={setFrom} />
        <Select id="to" label={say('plans.comparePlansPage.with')} options={choices} value={to || String(right.planNumber)} onChange={setTo} />
        <Button type="submit" variant="secondary">
          {say('plans.comparePlansPage.compareTheseVersions')}
        </Button>
      </form>
      <p className="govuk-body">
        {changed === 0 ? say('plans.comparePlansPage.theseVersionsAreThe') : say('plans.comparePlansPage.thingsDiffer', { count: changed })}
      </p>
      <table className="govuk-table fp-responsive-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {say('plans.comparePlansPage.planAndPlanSide', { planNumber: String(left.planNumber), planNumber2: String(right.planNumber) })}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{say('plans.comparePlansPage.what')}</th>
            <th scope="col" className="govuk-table__header">{say('plans.comparePlansPage.plan2', { planNumber: String(left.planNumber) })}</th>
            <th scope="col" className="govuk-table__header">{say('plans.comparePlansPage.plan2', { planNumber: String(right.planNumber) })}</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => {
            const differs = r.left !== r.right;
            return (
              <tr key={r.what} className={differs ? 'govuk-table__row fp-changed-row' : 'govuk-table__row'}>
                <th scope="row" className="govuk-table__header" data-label={say('plans.comparePlansPage.what')}>
                  {r.what} {differs && <Tag colour="blue">{say('plans.comparePlansPage.changed')}</Tag>}
                </th>
                <td className="govuk-table__cell fp-pre-line" data-label={say('plans.comparePlansPage.plan2', { planNumber: String(left.planNumber) })}>
                  {r.left}
                </td>
                <td className="govuk-table__cell fp-pre-line" data-label={say('plans.comparePlansPage.plan2', { planNumber: String(right.planNumber) })}>
                  {r.right}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
