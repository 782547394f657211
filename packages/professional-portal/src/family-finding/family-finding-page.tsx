import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import {
  ADOPTERS_LEGAL_STATUS_LABELS,
  ADOPTERS_LEGAL_STATUSES,
  ADOPTERS_SEX_LABELS,
  ADOPTERS_SEXES,
  type AdoptersLegalStatus,
  type AdoptersSex,
  CARER_FORMS,
  CARER_KIND_LABELS,
  CARER_KINDS,
  FAMILY_FINDING_TEAM_LABELS,
  FAMILY_FINDING_TEAMS,
  MATCH_STAGE_LABELS,
  MATCH_STAGES,
  PERMANENCE_FORM_KIND_LABELS,
  PERMANENCE_FORM_KINDS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
} from '@forever-planning/shared';
import { BackLink, Button, NotificationBanner, SummaryCard, SummaryList, Table, Tag } from '@forever-planning/ui';
import { ChildRecordNav } from '../children/child-record-nav';
import { conflictMessage } from '../common/conflict-notice';
import { formatDate } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { StepForm } from '../court/step-form';
import {
  AddProspectiveCarerDocument,
  ChildFamilyFindingDocument,
  MoveProspectiveCarerDocument,
  ReferForFamilyFindingDocument,
  SavePermanenceFormDocument,
  SignOffPermanenceFormDocument,
  UpdateFamilyFindingReferralDocument,
  type FamilyFindingStatus,
  type FamilyFindingTeam,
  type MatchStage,
  type PermanenceFormKind,
  type ProspectiveCarerKind,
} from '../gql/graphql';
import { say } from '../i18n/i18n';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));
const reloading = (childId: string) => ({ refetchQueries: [{ query: ChildFamilyFindingDocument, variables: { id: childId } }], awaitRefetchQueries: true });

/** Family finding: referrals to the family-finding team or the regional adoption agency, the prospective carers and their match stages, and the permanence forms with their sign-off. */
export function FamilyFindingPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChildFamilyFindingDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const [signError, setSignError] = useState<string | null>(null);
  /** The form whose "Change" form is open. */
  const [changingForm, setChangingForm] = useState<string | null>(null);
  const [refer] = useMutation(ReferForFamilyFindingDocument, reloading(id));
  const [updateReferral] = useMutation(UpdateFamilyFindingReferralDocument, reloading(id));
  const [addCarer] = useMutation(AddProspectiveCarerDocument, reloading(id));
  const [moveCarer] = useMutation(MoveProspectiveCarerDocument, reloading(id));
  const [saveForm] = useMutation(SavePermanenceFormDocument, reloading(id));
  const [signOff, { loading: signing }] = useMutation(SignOffPermanenceFormDocument, reloading(id));
  const child = data?.child;
  usePageTitle(child ? say('familyFinding.familyFindingPage.sFamilyFinding', { displayName: child.displayName }) : say('familyFinding.familyFindingPage.familyFinding'));
  if (loading && !child) return <Loading what={say('familyFinding.familyFindingPage.loadingFamilyFinding')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child || !data) return <ErrorPage message={error ? apiError(error).message : say('familyFinding.familyFindingPage.familyFindingCouldNot')} />;
  const mayEdit = child.abilities.canEdit;
  const maySignOff = child.abilities.canSignOffPermanenceForms;
  const onDone = (message: string) => {
    setDone(message);
    setSignError(null);
    window.scrollTo(0, 0);
  };
  const carers = child.prospectiveCarers.filter((c) => c.stage !== 'NOT_PROCEEDING');
  const carerOptions = carers.map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{say('familyFinding.familyFindingPage.backToSRecord', { displayName: child.displayName })}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('familyFinding.familyFindingPage.familyFinding')}</h1>
      <ChildRecordNav childId={child.id} current="family-finding" />
      {done && <NotificationBanner type="success" heading={done} />}
      {signError && <NotificationBanner heading={signError} />}

      <h2 className="govuk-heading-m">{say('familyFinding.familyFindingPage.referrals')}</h2>
      {child.familyFindingReferrals.length === 0 && <p className="govuk-body">{say('familyFinding.familyFindingPage.theChildHasNot')}</p>}
      {child.familyFindingReferrals.map((r) => (
        <SummaryCard key={r.id} title={`${r.teamLabel}${r.agencyName ? `: ${r.agencyName}` : ''}`}>
          <p className="govuk-body">
            <Tag colour={r.status === 'CLOSED' ? 'grey' : r.status === 'MATCHED' ? 'green' : 'blue'}>{r.statusLabel}</Tag>
          </p>
          <SummaryList
            rows={[
              { key: say('familyFinding.familyFindingPage.referred'), value: formatDate(r.referredOn) },
              { key: say('familyFinding.familyFindingPage.statusSince'), value: formatDate(r.statusOn) },
              ...r.timescales.map((t) => ({
                key: t.label,
                value: t.overdue
                  ? say('familyFinding.familyFindingPage.byDateOverdue', { date: formatDate(t.dueDate), council: t.source.council, section: t.source.section })
                  : say('familyFinding.familyFindingPage.byDate', { date: formatDate(t.dueDate), council: t.source.council, section: t.source.section }),
              })),
            ]}
          />
          {mayEdit && r.status !== 'CLOSED' && (
            <StepForm
              id={`referral-${r.id}`}
              title={say('familyFinding.familyFindingPage.updateTheReferral')}
              submitLabel={say('familyFinding.familyFindingPage.saveTheStatus')}
              secondary
              onDone={onDone}
              fields={[
                { name: 'status', label: say('familyFinding.familyFindingPage.status'), kind: 'select', required: say('familyFinding.familyFindingPage.chooseTheStatus'), options: options(REFERRAL_STATUSES.slice(REFERRAL_STATUSES.indexOf(r.status)), REFERRAL_STATUS_LABELS) },
                { name: 'statusOn', label: say('familyFinding.familyFindingPage.since'), kind: 'date', required: say('familyFinding.familyFindingPage.enterTheDate') },
              ]}
              onSubmit={async (v) => {
                await updateReferral({ variables: { input: { id: r.id, expectedVersion: r.version, status: v.status as FamilyFindingStatus, statusOn: v.statusOn! } } });
                return say('familyFinding.familyFindingPage.theReferralIsNow', { status: REFERRAL_STATUS_LABELS[v.status as FamilyFindingStatus].toLowerCase() });
              }}
            />
          )}
        </SummaryCard>
      ))}
      {mayEdit && (
        <StepForm
          id="refer"
          title={say('familyFinding.familyFindingPage.makeAReferral')}
          submitLabel={say('familyFinding.familyFindingPage.makeTheReferral')}
          onDone={onDone}
          fields={[
            { name: 'team', label: say('familyFinding.familyFindingPage.referTo'), kind: 'radios', required: say('familyFinding.familyFindingPage.chooseWhoTheChild'), options: options(FAMILY_FINDING_TEAMS, FAMILY_FINDING_TEAM_LABELS) },
            { name: 'agencyName', label: say('familyFinding.familyFindingPage.agencyOrTeamName'), kind: 'text', hint: say('familyFinding.familyFindingPage.forExampleAspireRegional') },
            { name: 'referredOn', label: say('familyFinding.familyFindingPage.dateReferred'), kind: 'date', required: say('familyFinding.familyFindingPage.enterTheDateOf') },
          ]}
          onSubmit={async (v) => {
            await refer({ variables: { input: { childId: child.id, team: v.team as FamilyFindingTeam, agencyName: v.agencyName, referredOn: v.referredOn! } } });
            return say('familyFinding.familyFindingPage.theReferralHasBeen');
          }}
        />
      )}

      <h2 className="govuk-heading-m">{say('familyFinding.familyFindingPage.prospectiveCarers')}</h2>
      <Table
        caption={say('familyFinding.familyFindingPage.prospectiveCarersAndTheir')}
        captionClassName="govuk-table__caption--s"
        rowKey={(c) => c.id}
        rows={child.prospectiveCarers}
        empty={say('familyFinding.familyFindingPage.noProspectiveCarersYet')}
        columns={[
          { key: 'name', header: say('familyFinding.familyFindingPage.carer'), cell: (c) => c.name },
          { key: 'kind', header: say('familyFinding.familyFindingPage.type'), cell: (c) => c.kindLabel },
          { key: 'stage', header: say('familyFinding.familyFindingPage.stage'), cell: (c) => `${c.stageLabel}, ${formatDate(c.stageOn)}` },
          {
            key: 'adopters',
            header: say('familyFinding.familyFindingPage.adopters'),
            cell: (c) => (c.adoptersSex && c.adoptersLegalStatus ? `${ADOPTERS_SEX_LABELS[c.adoptersSex]} (${ADOPTERS_LEGAL_STATUS_LABELS[c.adoptersLegalStatus].toLowerCase()})` : ''),
          },
        ]}
      />
      {mayEdit && carers.length > 0 && (
        <StepForm
          id="move-carer"
          title={say('familyFinding.familyFindingPage.moveACarerTo')}
          submitLabel={say('familyFinding.familyFindingPage.saveTheStage')}
          secondary
          onDone={onDone}
          fields={[
            { name: 'carerId', label: say('familyFinding.familyFindingPage.carer'), kind: 'select', required: say('familyFinding.familyFindingPage.chooseTheCarer'), options: carerOptions },
            { name: 'stage', label: say('familyFinding.familyFindingPage.stage'), kind: 'select', required: say('familyFinding.familyFindingPage.chooseTheStage'), options: options(MATCH_STAGES.filter((s) => s !== 'IDENTIFIED'), MATCH_STAGE_LABELS) },
            { name: 'stageOn', label: say('familyFinding.familyFindingPage.date'), kind: 'date', required: say('familyFinding.familyFindingPage.enterTheDate') },
            // The SSDA903 return's AD1 table asks who adopted the child once the match is approved.
            { name: 'adoptersSex', label: say('familyFinding.familyFindingPage.whoIsAdoptingAdopters'), kind: 'select', hint: say('familyFinding.familyFindingPage.neededForTheSSDA903'), options: options(ADOPTERS_SEXES, ADOPTERS_SEX_LABELS) },
            { name: 'adoptersLegalStatus', label: say('familyFinding.familyFindingPage.theAdoptersLegalStatus'), kind: 'select', options: options(ADOPTERS_LEGAL_STATUSES, ADOPTERS_LEGAL_STATUS_LABELS) },
          ]}
          onSubmit={async (v) => {
            const carer = carers.find((c) => c.id === v.carerId)!;
            const adopters = v.adoptersSex || v.adoptersLegalStatus ? { adoptersSex: v.adoptersSex as AdoptersSex | null, adoptersLegalStatus: v.adoptersLegalStatus as AdoptersLegalStatus | null } : {};
            await moveCarer({ variables: { input: { id: carer.id, expectedVersion: carer.version, stage: v.stage as MatchStage, stageOn: v.stageOn!, ...adopters } } });
            return `${carer.name}: ${MATCH_STAGE_LABELS[v.stage as MatchStage].toLowerCase()}.`;
          }}
        />
      )}
      {mayEdit && (
        <StepForm
          id="add-carer"
          title={say('familyFinding.familyFindingPage.addAProspectiveCarer')}
          submitLabel={say('familyFinding.familyFindingPage.addTheCarer')}
          secondary
          onDone={onDone}
          fields={[
            { name: 'name', label: say('familyFinding.familyFindingPage.name'), kind: 'text', required: say('familyFinding.familyFindingPage.enterTheCarerSName') },
            { name: 'kind', label: say('familyFinding.familyFindingPage.typeOfCarer'), kind: 'select', required: say('familyFinding.familyFindingPage.chooseTheTypeOf'), options: options(CARER_KINDS, CARER_KIND_LABELS) },
            { name: 'referralId', label: say('familyFinding.familyFindingPage.foundThrough'), kind: 'select', options: child.familyFindingReferrals.map((r) => ({ value: r.id, label: `${r.teamLabel}, ${formatDate(r.referredOn)}` })) },
            { name: 'identifiedOn', label: say('familyFinding.familyFindingPage.dateIdentified'), kind: 'date', required: say('familyFinding.familyFindingPage.enterTheDateThe') },
          ]}
          onSubmit={async (v) => {
            await addCarer({ variables: { input: { childId: child.id, name: v.name!, kind: v.kind as ProspectiveCarerKind, referralId: v.referralId, identifiedOn: v.identifiedOn! } } });
            return say('familyFinding.familyFindingPage.addedAsProspective', { name: v.name });
          }}
        />
      )}

      <h2 className="govuk-heading-m">{say('familyFinding.familyFindingPage.permanenceForms')}</h2>
      {child.permanenceForms.length === 0 && <p className="govuk-body">{say('familyFinding.familyFindingPage.noFormsYet')}</p>}
      {child.permanenceForms.map((f) => (
        <SummaryCard key={f.id} title={`${f.kindLabel}${f.carerName ? `: ${f.carerName}` : ''}`}>
          <p className="govuk-body">
            <Tag colour={f.signedOffAt ? 'green' : f.completedOn ? 'yellow' : 'grey'}>{f.signedOffAt ? say('familyFinding.familyFindingPage.signedOff') : f.completedOn ? say('familyFinding.familyFindingPage.readyForSignOff') : say('familyFinding.familyFindingPage.draft')}</Tag>
          </p>
          <SummaryList
            rows={[
              { key: say('familyFinding.familyFindingPage.conclusion'), value: <span className="fp-pre-line">{f.summary}</span> },
              { key: say('familyFinding.familyFindingPage.completed'), value: formatDate(f.completedOn) || say('familyFinding.familyFindingPage.notYet') },
              { key: say('familyFinding.familyFindingPage.signedOff'), value: !f.signedOffAt
                  ? say('familyFinding.familyFindingPage.notYet')
                  : f.signedOffBy
                    ? say('familyFinding.familyFindingPage.dateBy', { date: formatDate(f.signedOffAt.slice(0, 10)), displayName: f.signedOffBy.displayName })
                    : formatDate(f.signedOffAt.slice(0, 10)) },
            ]}
          />
          {f.canChange && changingForm !== f.id && (
            <p className="govuk-body">
              <button type="button" className="fp-link-button govuk-body" onClick={() => setChangingForm(f.id)}>
                {say('familyFinding.familyFindingPage.change')}<span className="govuk-visually-hidden">{' '}{say('familyFinding.familyFindingPage.the', { form: f.kindLabel.toLowerCase() })}</span>
              </button>
            </p>
          )}
          {f.canChange && changingForm === f.id && (
            <StepForm
              id={`change-form-${f.id}`}
              title={say('familyFinding.familyFindingPage.changeThe', { form: f.kindLabel.toLowerCase() })}
              submitLabel={say('familyFinding.familyFindingPage.saveTheChanges')}
              secondary
              onCancel={() => setChangingForm(null)}
              onDone={(m) => {
                setChangingForm(null);
                onDone(m);
              }}
              fields={[
                { name: 'summary', label: say('familyFinding.familyFindingPage.conclusionOrRecommendation'), kind: 'textarea', required: say('familyFinding.familyFindingPage.writeTheFormSConclusion'), value: f.summary },
                { name: 'completedOn', label: say('familyFinding.familyFindingPage.dateCompleted'), kind: 'date', hint: say('familyFinding.familyFindingPage.leaveEmptyWhileIt'), value: f.completedOn },
              ]}
              onSubmit={async (v) => {
                await saveForm({ variables: { input: { childId: child.id, id: f.id, expectedVersion: f.version, kind: f.kind, carerId: f.carerId, summary: v.summary!, completedOn: v.completedOn } } });
                return say('familyFinding.familyFindingPage.theChangesToThe', { form: f.kindLabel.toLowerCase() });
              }}
            />
          )}
          {maySignOff && f.completedOn && !f.signedOffAt && (
            <Button
              disabled={signing}
              onClick={async () => {
                try {
                  await signOff({ variables: { input: { id: f.id, expectedVersion: f.version } } });
                  onDone(say('familyFinding.familyFindingPage.theIsSignedOff', { form: f.kindLabel.toLowerCase() }));
                } catch (e) {
                  const err = apiError(e);
                  setSignError(err.code === 'CONFLICT' ? conflictMessage(err, 'form') : err.message);
                }
              }}
            >
              {say('familyFinding.familyFindingPage.signOffThe', { form: f.kindLabel.toLowerCase() })}
            </Button>
          )}
        </SummaryCard>
      ))}
      {mayEdit && (
        <StepForm
          id="add-form"
          title={say('familyFinding.familyFindingPage.addAForm')}
          submitLabel={say('familyFinding.familyFindingPage.saveTheForm')}
          secondary
          onDone={onDone}
          fields={[
            { name: 'kind', label: say('familyFinding.familyFindingPage.form'), kind: 'select', required: say('familyFinding.familyFindingPage.chooseTheForm'), options: options(PERMANENCE_FORM_KINDS, PERMANENCE_FORM_KIND_LABELS) },
            { name: 'carerId', label: say('familyFinding.familyFindingPage.aboutTheCarer'), kind: 'select', hint: say('familyFinding.familyFindingPage.everyFormButThe'), options: carerOptions },
            { name: 'summary', label: say('familyFinding.familyFindingPage.conclusionOrRecommendation'), kind: 'textarea', required: say('familyFinding.familyFindingPage.writeTheFormSConclusion') },
            { name: 'completedOn', label: say('familyFinding.familyFindingPage.dateCompleted'), kind: 'date', hint: say('familyFinding.familyFindingPage.leaveEmptyWhileIt') },
          ]}
          onSubmit={async (v) => {
            const kind = v.kind as PermanenceFormKind;
            await saveForm({ variables: { input: { childId: child.id, kind, carerId: CARER_FORMS.includes(kind) ? v.carerId : null, summary: v.summary!, completedOn: v.completedOn } } });
            return say('familyFinding.familyFindingPage.theHasBeenSaved', { form: PERMANENCE_FORM_KIND_LABELS[kind].toLowerCase() });
          }}
        />
      )}
    </>
  );
}
