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

interface Row {
  what: string;
  left: string;
  right: string;
}

const words = (v: string | null | undefined) => (v && v.trim() ? v : 'None');

/** The rows of the side-by-side comparison: the plan's fields, then each outcome matched by its words. */
export function comparisonRows(a: PlanDetailFragment, b: PlanDetailFragment): Row[] {
  const options = (p: PlanDetailFragment) =>
    [...p.contingencies].sort((x, y) => x.position - y.position).map((c) => PLAN_OPTION_LABELS[c.option]).join(', ') || 'None';
  const decisions = (p: PlanDetailFragment) =>
    p.managementOversight.map((d) => `${PLAN_DECISION_LABELS[d.kind]} by ${d.decidedBy?.displayName ?? 'a manager'}, ${formatDayAndTime(d.decidedAt)}${d.comments ? `: ${d.comments}` : ''}`).join('\n') || 'None';
  const rows: Row[] = [
    { what: 'Status', left: PLAN_STATUS_LABELS[a.status], right: PLAN_STATUS_LABELS[b.status] },
    { what: PLAN_FIELD_LABELS.primaryOption, left: a.primaryOption ? PLAN_OPTION_LABELS[a.primaryOption] : 'None', right: b.primaryOption ? PLAN_OPTION_LABELS[b.primaryOption] : 'None' },
    { what: PLAN_FIELD_LABELS.contingencies, left: options(a), right: options(b) },
    { what: PLAN_FIELD_LABELS.childWishes, left: words(a.childWishes), right: words(b.childWishes) },
    ...(['safetyPeople', 'monitoringPeople', 'peopleToAvoid', 'safetyPlanLasts', 'bottomLines', 'consequenceOfNoChange', 'familyComments'] as const).map((k) => ({
      what: PLAN_FIELD_LABELS[k],
      left: words(a[k]),
      right: words(b[k]),
    })),
    { what: PLAN_FIELD_LABELS.wordsAndPicturesAge, left: words(a.wordsAndPicturesAge?.toString()), right: words(b.wordsAndPicturesAge?.toString()) },
    { what: PLAN_FIELD_LABELS.familyAgreement, left: a.familyAgreement ? FAMILY_AGREEMENT_LABELS[a.familyAgreement] : 'None', right: b.familyAgreement ? FAMILY_AGREEMENT_LABELS[b.familyAgreement] : 'None' },
    { what: PLAN_FIELD_LABELS.familyConsidered, left: a.familyConsidered ? FAMILY_CONSIDERED_LABELS[a.familyConsidered] : 'None', right: b.familyConsidered ? FAMILY_CONSIDERED_LABELS[b.familyConsidered] : 'None' },
    { what: PLAN_FIELD_LABELS.familyConsideredInChildWords, left: words(a.familyConsideredInChildWords), right: words(b.familyConsideredInChildWords) },
    { what: PLAN_FIELD_LABELS.permanenceTargetDate, left: a.permanenceTargetDate ? formatDate(a.permanenceTargetDate) : 'None', right: b.permanenceTargetDate ? formatDate(b.permanenceTargetDate) : 'None' },
    { what: PLAN_FIELD_LABELS.childFriendlySummary, left: words(a.childFriendlySummary), right: words(b.childFriendlySummary) },
  ];
  const outcome = (o: PlanDetailFragment['outcomes'][number] | undefined) =>
    o
      ? [
          o.measure,
          ...(o.optionTrack ? [`Works towards: ${OUTCOME_TRACK_LABELS[o.optionTrack].toLowerCase()}`] : []),
          ...[...o.actions]
            .sort((x, y) => x.position - y.position)
            .map((x, i) => `Action ${i + 1}: ${withoutFullStop(x.action)}. ${withoutFullStop(x.byWhom)}. ${timescaleWords(x)}${x.completed ? ' (done)' : ''}${x.progress ? `. Progress: ${x.progress}` : ''}`),
          ...(o.progress ? [`Progress: ${o.progress}`] : []),
        ].join('\n')
      : 'Not in this version';
  const names = [...new Set([...a.outcomes, ...b.outcomes].map((o) => o.outcome))];
  for (const name of names) {
    rows.push({ what: `Outcome: ${name}`, left: outcome(a.outcomes.find((o) => o.outcome === name)), right: outcome(b.outcomes.find((o) => o.outcome === name)) });
  }
  const panel = (p: PlanDetailFragment) => panelRows(p).map((r) => `${r.key}: ${r.value ?? 'None'}`).join('\n') || 'None';
  rows.push({ what: 'Panel and decision', left: panel(a), right: panel(b) });
  rows.push({ what: 'Management oversight', left: decisions(a), right: decisions(b) });
  return rows;
}

/** Two versions of a child's plan side by side, the rows that differ marked. */
export function ComparePlansPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [from, setFrom] = useState(params.get('from') ?? '');
  const [to, setTo] = useState(params.get('to') ?? '');
  const { data, loading, error } = useQuery(ComparePlansDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle('Compare versions of the plan');
  if (loading && !data) return <Loading what="Loading the plan" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  const child = data?.child;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'The plan could not be loaded.'} />;
  const versions = child.planHistory;
  const back = <BackLink href={`/children/${child.id}/plan`}>Back to the plan</BackLink>;
  if (versions.length < 2) {
    return (
      <>
        {back}
        <h1 className="govuk-heading-l">Compare versions of the plan</h1>
        <p className="govuk-body">There is only one version of {child.displayName}’s plan, so there is nothing to compare yet.</p>
      </>
    );
  }
  // By default: the newest version against the plan in force (or the version before it).
  const byNumber = (n: string | null) => versions.find((v) => String(v.planNumber) === n);
  const newest = versions[0];
  const defaultLeft = child.currentPlan && child.currentPlan.id !== newest.id ? versions.find((v) => v.id === child.currentPlan!.id)! : versions[1];
  const left = byNumber(params.get('from')) ?? defaultLeft;
  const right = byNumber(params.get('to')) ?? newest;
  const choices = versions.map((v) => ({ value: String(v.planNumber), label: `Plan ${v.planNumber} (${PLAN_STATUS_LABELS[v.status].toLowerCase()})` }));
  const rows = comparisonRows(left, right);
  const changed = rows.filter((r) => r.left !== r.right).length;

  return (
    <>
      {back}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Compare versions of the plan</h1>
      {/* The versions chosen go in the address, so a comparison can be shared with a colleague. */}
      <form
        aria-label="Choose the versions"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ from: from || String(left.planNumber), to: to || String(right.planNumber) });
        }}
      >
        <Select id="from" label="Compare" options={choices} value={from || String(left.planNumber)} onChange={setFrom} />
        <Select id="to" label="With" options={choices} value={to || String(right.planNumber)} onChange={setTo} />
        <Button type="submit" variant="secondary">
          Compare these versions
        </Button>
      </form>
      <p className="govuk-body">
        {changed === 0 ? 'These versions are the same.' : `${changed} ${changed === 1 ? 'thing differs' : 'things differ'}, marked “Changed”.`}
      </p>
      <table className="govuk-table fp-responsive-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Plan {left.planNumber} and plan {right.planNumber} side by side
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">What</th>
            <th scope="col" className="govuk-table__header">Plan {left.planNumber}</th>
            <th scope="col" className="govuk-table__header">Plan {right.planNumber}</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => {
            const differs = r.left !== r.right;
            return (
              <tr key={r.what} className={differs ? 'govuk-table__row fp-changed-row' : 'govuk-table__row'}>
                <th scope="row" className="govuk-table__header" data-label="What">
                  {r.what} {differs && <Tag colour="blue">Changed</Tag>}
                </th>
                <td className="govuk-table__cell fp-pre-line" data-label={`Plan ${left.planNumber}`}>
                  {r.left}
                </td>
                <td className="govuk-table__cell fp-pre-line" data-label={`Plan ${right.planNumber}`}>
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
