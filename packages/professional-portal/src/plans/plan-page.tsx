import { useCallback, useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { BackLink, Button, ErrorSummary, NotificationBanner, SummaryCard, SummaryList, Tag, UiLink } from '@forever-planning/ui';
import { PLAN_OPTION_LABELS, PLAN_STATUS_LABELS, portalLanguageOfFirstLanguage } from '@forever-planning/shared';
import { useMe } from '../auth/session';
import { ChildRecordNav } from '../children/child-record-nav';
import { formatDate, formatDayAndTime } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { MEETING_TYPE_LABELS } from '../common/labels';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { UnsavedChangesGuard } from '../common/unsaved-changes';
import { usePageTitle } from '../common/use-page-title';
import { ChildPlanDocument, CreatePlanDocument, type ChildPlanQuery, type PlanDetailFragment } from '../gql/graphql';
import { OutcomesTable } from './outcomes-table';
import { PlanDetailsForm } from './plan-details-form';
import { PlanHistory } from './plan-history';
import { WhoMayApply } from './who-may-apply';
import { PlanOversight, ReturnedBanner } from './plan-oversight';
import { PlanWorkflow } from './plan-workflow';
import { bottomLineRows, panelRows } from './plan-bottom-lines';
import { say } from '../i18n/i18n';

/** The Forever Plan editor: the current version, its outcomes, its workflow and its history. */
export function PlanPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(ChildPlanDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [createPlan, { loading: creating }] = useMutation(CreatePlanDocument, { refetchQueries: [{ query: ChildPlanDocument, variables: { id } }], awaitRefetchQueries: true });
  const [createError, setCreateError] = useState<string | null>(null);
  const [dirtyForms, setDirtyForms] = useState<Record<string, boolean>>({});
  const onDirtyChange = useCallback((key: string, dirty: boolean) => setDirtyForms((d) => (d[key] === dirty ? d : { ...d, [key]: dirty })), []);
  const onDetailsDirty = useCallback((dirty: boolean) => onDirtyChange('details', dirty), [onDirtyChange]);
  const navigate = useNavigate();
  const location = useLocation();
  // Said once, after submitting on the check page; the history entry forgets it so a reload does not repeat it.
  const [submitted] = useState(() => (location.state as { submitted?: string } | null)?.submitted ?? null);
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  // Goes on to "check your answers" once the form has saved and no form on the page still holds changes.
  const [continuing, setContinuing] = useState(false);
  const anyDirty = Object.values(dirtyForms).some(Boolean);
  useEffect(() => {
    if (continuing && !anyDirty) {
      setContinuing(false);
      void navigate(`/children/${id}/plan/check`);
    }
  }, [continuing, anyDirty, navigate, id]);
  const onContinue = useCallback(() => setContinuing(true), []);
  const child = data?.child;
  usePageTitle(child ? say('plans.planPage.sForeverPlan', { displayName: child.displayName }) : say('plans.planPage.foreverPlan'));

  if (loading && !child) return <Loading what={say('plans.planPage.loadingThePlan')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('plans.planPage.thePlanCouldNot')} />;
  // The version being worked on; the plan in force may be an earlier one.
  const plan = child.latestPlan;
  const inForce = child.currentPlan;
  // "Amira Khan": either name in the child's version means it talks about the child, not to them.
  const childNames = child.displayName.split(/\s+/).filter((n) => n.length > 1);
  const isDraft = plan?.status === 'DRAFT';
  // What this person may do now, from the API: role, status and the head of service rule (Child and Plan abilities).
  const canStart = child.abilities.canStartPlan;
  const canEdit = !!plan?.abilities.canEdit;

  const start = async () => {
    setCreateError(null);
    try {
      await createPlan({ variables: { input: { childId: child.id } } });
    } catch (e) {
      setCreateError(apiError(e).message);
    }
  };
  const reload = async (): Promise<PlanDetailFragment | null> => (await refetch()).data?.child?.latestPlan ?? null;

  return (
    <>
      <UnsavedChangesGuard when={anyDirty} />
      <BackLink href={`/children/${child.id}`}>{say('plans.planPage.backToSRecord', { displayName: child.displayName })}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('plans.planPage.foreverPlan')}</h1>
      <ChildRecordNav childId={child.id} current="plan" />
      {createError && <ErrorSummary errors={[{ message: createError }]} />}
      {submitted && <NotificationBanner type="success" heading={submitted} />}
      {!plan ? (
        <p className="govuk-body">{say('plans.planPage.thereIsNoPlan')}</p>
      ) : (
        <>
          <p className="govuk-body">
            {say('plans.planPage.plan', { planNumber: String(plan.planNumber) })}{' '}<Tag colour={isDraft ? 'grey' : plan.status === 'ENDORSED' || plan.status === 'ACHIEVED' ? 'green' : 'blue'}>{PLAN_STATUS_LABELS[plan.status]}</Tag>
            {plan.needsHeadOfServiceApproval && !plan.headOfServiceApprovedAt && (
              <>
                {' '}
                <Tag colour="orange">{say('plans.planPage.needsHeadOfService')}</Tag>
              </>
            )}
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-4">
            {say('plans.planPage.lastChanged')}{' '}{plan.updatedBy ? say('plans.planPage.by', { displayName: plan.updatedBy.displayName }) : ''}{say('plans.planPage.on', { updatedAt: formatDayAndTime(plan.updatedAt) })}
          </p>
          {inForce && inForce.id !== plan.id && (
            <div className="govuk-inset-text">
              {say('plans.planPage.planStaysInForce', { planNumber: String(inForce.planNumber), status: PLAN_STATUS_LABELS[inForce.status].toLowerCase(), planNumber2: String(plan.planNumber) })}
            </div>
          )}
          <ReturnedBanner plan={plan} />
          <PlanWorkflow plan={plan} childId={child.id} meetings={child.meetings} />
          {canEdit ? (
            <PlanDetailsForm
              key={plan.id}
              plan={plan}
              userId={me.id}
              reload={reload}
              onDirtyChange={onDetailsDirty}
              onContinue={onContinue}
              today={data?.today}
              childNames={childNames}
              childLanguage={portalLanguageOfFirstLanguage(child.firstLanguage) ?? 'en'}
            />
          ) : (
            <PlanSummary plan={plan} />
          )}
          <OutcomesTable
            childWords={{ today: data?.today, childNames }}
            plan={plan}
            userId={me.id}
            editable={canEdit}
            progressEditable={plan.abilities.canUpdateProgress}
            onDirtyChange={onDirtyChange}
          />
          {plan.status !== 'DRAFT' && <PlanOversight decisions={plan.managementOversight} headingLevel="h2" />}
        </>
      )}
      {canStart && (
        <Button variant={plan ? 'secondary' : 'primary'} disabled={creating} onClick={() => void start()}>
          {plan ? say('plans.planPage.startANewVersion') : say('plans.planPage.startThePlan')}
        </Button>
      )}
      <WhoMayApply routes={child.whoMayApply} />
      <CourtAndFamilyFinding child={child} />
      <PlanHistory childId={child.id} versions={child.planHistory} />
    </>
  );
}

function PlanSummary({ plan }: { plan: PlanDetailFragment }) {
  const contingencies = [...plan.contingencies].sort((a, b) => a.position - b.position);
  return (
    <>
      <SummaryCard title={say('plans.planPage.options')}>
        <SummaryList
          rows={[
            { key: say('plans.planPage.primaryOption'), value: plan.primaryOption ? PLAN_OPTION_LABELS[plan.primaryOption] : null },
            { key: say('plans.planPage.contingencyOptions'), value: contingencies.map((c) => PLAN_OPTION_LABELS[c.option]).join(', ') },
          ]}
        />
      </SummaryCard>
      <SummaryCard title={say('plans.planPage.theChildAndThe')}>
        <SummaryList
          rows={[
            { key: say('plans.planPage.theChildsWishes'), value: plan.childWishes && <span className="fp-pre-line">{plan.childWishes}</span> },
            { key: say('plans.planPage.summaryForTheChild'), value: plan.childFriendlySummary && <span className="fp-pre-line">{plan.childFriendlySummary}</span> },
          ]}
        />
      </SummaryCard>
      <SummaryCard title={say('plans.planPage.bottomLinesTheFamilys')}>
        <SummaryList rows={bottomLineRows(plan)} />
      </SummaryCard>
      <SummaryCard title={say('plans.planPage.decisions')}>
        <SummaryList
          rows={[
            { key: say('plans.planPage.submitted'), value: plan.submittedAt && formatDayAndTime(plan.submittedAt) },
            { key: say('plans.planPage.approved'), value: plan.approvedAt && `${formatDayAndTime(plan.approvedAt)}${plan.approvedBy ? say('plans.planPage.by2', { displayName: plan.approvedBy.displayName }) : ''}` },
            ...(plan.needsHeadOfServiceApproval
              ? [{ key: say('plans.planPage.headOfServiceApproval'), value: plan.headOfServiceApprovedAt && `${formatDayAndTime(plan.headOfServiceApprovedAt)}${plan.headOfServiceApprovedBy ? say('plans.planPage.by2', { displayName: plan.headOfServiceApprovedBy.displayName }) : ''}` }]
              : []),
            ...(panelRows(plan).length ? panelRows(plan) : [{ key: say('plans.planPage.panelRecommendation'), value: null }]),
            {
              key: say('plans.planPage.endorsedAtReview'),
              value:
                plan.endorsedAt &&
                `${plan.endorsedAtMeeting ? `${MEETING_TYPE_LABELS[plan.endorsedAtMeeting.type]} ${formatDate(plan.endorsedAtMeeting.heldOn)}` : formatDayAndTime(plan.endorsedAt)}${plan.endorsedBy ? say('plans.planPage.by3', { displayName: plan.endorsedBy.displayName }) : ''}`,
            },
            { key: say('plans.planPage.sharedWithTheChild'), value: plan.sharedWithChildAt && formatDayAndTime(plan.sharedWithChildAt) },
          ]}
        />
      </SummaryCard>
    </>
  );
}

/** Where the court and family finding have reached, beside the plan they serve. */
function CourtAndFamilyFinding({ child }: { child: NonNullable<ChildPlanQuery['child']> }) {
  const court = child.courtProceedings[0];
  const referral = child.familyFindingReferrals[0];
  const carers = child.prospectiveCarers.filter((c) => c.stage !== 'NOT_PROCEEDING');
  if (!court && !referral && carers.length === 0 && child.permanenceForms.length === 0) return null;
  const signed = child.permanenceForms.filter((f) => f.signedOffAt).length;
  return (
    <>
      <h2 className="govuk-heading-m">{say('plans.planPage.courtAndFamilyFinding')}</h2>
      <SummaryList
        rows={[
          ...(court
            ? [
                { key: say('plans.planPage.court'), value: `${court.stageLabel}${court.finalHearingDue ? say('plans.planPage.finalHearingDueBy', { finalHearingDue: formatDate(court.finalHearingDue) }) : ''}` },
                { key: say('plans.planPage.finalCarePlan'), value: court.finalCarePlan ? say('plans.planPage.planFiled', { planNumber: String(court.finalCarePlan.planNumber), finalCarePlanFiledOn: formatDate(court.finalCarePlanFiledOn) }) : say('plans.planPage.notFiled') },
              ]
            : []),
          ...(referral ? [{ key: say('plans.planPage.familyFinding'), value: `${referral.teamLabel}: ${referral.statusLabel.toLowerCase()}` }] : []),
          ...(carers.length > 0 ? [{ key: say('plans.planPage.prospectiveCarers'), value: carers.map((c) => `${c.name} (${c.stageLabel.toLowerCase()})`).join('; ') }] : []),
          ...(child.permanenceForms.length > 0 ? [{ key: say('plans.planPage.permanenceForms'), value: say('plans.planPage.recordedSignedOff', { length: String(child.permanenceForms.length), signed: String(signed) }) }] : []),
        ]}
      />
      <p className="govuk-body">
        <UiLink href={`/children/${child.id}/court`} className="govuk-link">
          {say('plans.planPage.courtRecord')}
        </UiLink>{' '}
        ·{' '}
        <UiLink href={`/children/${child.id}/family-finding`} className="govuk-link">
          {say('plans.planPage.familyFinding')}
        </UiLink>
      </p>
    </>
  );
}
