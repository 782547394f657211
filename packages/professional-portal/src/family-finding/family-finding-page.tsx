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
  usePageTitle(child ? `${child.displayName}’s family finding` : 'Family finding');
  if (loading && !child) return <Loading what="Loading family finding" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child || !data) return <ErrorPage message={error ? apiError(error).message : 'Family finding could not be loaded.'} />;
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
      <BackLink href={`/children/${child.id}`}>{`Back to ${child.displayName}’s record`}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Family finding</h1>
      <ChildRecordNav childId={child.id} current="family-finding" />
      {done && <NotificationBanner type="success" heading={done} />}
      {signError && <NotificationBanner heading={signError} />}

      <h2 className="govuk-heading-m">Referrals</h2>
      {child.familyFindingReferrals.length === 0 && <p className="govuk-body">The child has not been referred for family finding.</p>}
      {child.familyFindingReferrals.map((r) => (
        <SummaryCard key={r.id} title={`${r.teamLabel}${r.agencyName ? `: ${r.agencyName}` : ''}`}>
          <p className="govuk-body">
            <Tag colour={r.status === 'CLOSED' ? 'grey' : r.status === 'MATCHED' ? 'green' : 'blue'}>{r.statusLabel}</Tag>
          </p>
          <SummaryList
            rows={[
              { key: 'Referred', value: formatDate(r.referredOn) },
              { key: 'Status since', value: formatDate(r.statusOn) },
              ...r.timescales.map((t) => ({
                key: t.label,
                value: `By ${formatDate(t.dueDate)}${t.overdue ? ': overdue' : ''} (${t.source.council} ${t.source.section})`,
              })),
            ]}
          />
          {mayEdit && r.status !== 'CLOSED' && (
            <StepForm
              id={`referral-${r.id}`}
              title="Update the referral"
              submitLabel="Save the status"
              secondary
              onDone={onDone}
              fields={[
                { name: 'status', label: 'Status', kind: 'select', required: 'Choose the status', options: options(REFERRAL_STATUSES.slice(REFERRAL_STATUSES.indexOf(r.status)), REFERRAL_STATUS_LABELS) },
                { name: 'statusOn', label: 'Since', kind: 'date', required: 'Enter the date' },
              ]}
              onSubmit={async (v) => {
                await updateReferral({ variables: { input: { id: r.id, expectedVersion: r.version, status: v.status as FamilyFindingStatus, statusOn: v.statusOn! } } });
                return `The referral is now “${REFERRAL_STATUS_LABELS[v.status as FamilyFindingStatus].toLowerCase()}”.`;
              }}
            />
          )}
        </SummaryCard>
      ))}
      {mayEdit && (
        <StepForm
          id="refer"
          title="Make a referral"
          submitLabel="Make the referral"
          onDone={onDone}
          fields={[
            { name: 'team', label: 'Refer to', kind: 'radios', required: 'Choose who the child is referred to', options: options(FAMILY_FINDING_TEAMS, FAMILY_FINDING_TEAM_LABELS) },
            { name: 'agencyName', label: 'Agency or team name', kind: 'text', hint: 'For example, Aspire Regional Adoption Agency' },
            { name: 'referredOn', label: 'Date referred', kind: 'date', required: 'Enter the date of the referral' },
          ]}
          onSubmit={async (v) => {
            await refer({ variables: { input: { childId: child.id, team: v.team as FamilyFindingTeam, agencyName: v.agencyName, referredOn: v.referredOn! } } });
            return 'The referral has been made.';
          }}
        />
      )}

      <h2 className="govuk-heading-m">Prospective carers</h2>
      <Table
        caption="Prospective carers and their match stage"
        captionClassName="govuk-table__caption--s"
        rowKey={(c) => c.id}
        rows={child.prospectiveCarers}
        empty="No prospective carers yet."
        columns={[
          { key: 'name', header: 'Carer', cell: (c) => c.name },
          { key: 'kind', header: 'Type', cell: (c) => c.kindLabel },
          { key: 'stage', header: 'Stage', cell: (c) => `${c.stageLabel}, ${formatDate(c.stageOn)}` },
          {
            key: 'adopters',
            header: 'Adopters',
            cell: (c) => (c.adoptersSex && c.adoptersLegalStatus ? `${ADOPTERS_SEX_LABELS[c.adoptersSex]} (${ADOPTERS_LEGAL_STATUS_LABELS[c.adoptersLegalStatus].toLowerCase()})` : ''),
          },
        ]}
      />
      {mayEdit && carers.length > 0 && (
        <StepForm
          id="move-carer"
          title="Move a carer to the next stage"
          submitLabel="Save the stage"
          secondary
          onDone={onDone}
          fields={[
            { name: 'carerId', label: 'Carer', kind: 'select', required: 'Choose the carer', options: carerOptions },
            { name: 'stage', label: 'Stage', kind: 'select', required: 'Choose the stage', options: options(MATCH_STAGES.filter((s) => s !== 'IDENTIFIED'), MATCH_STAGE_LABELS) },
            { name: 'stageOn', label: 'Date', kind: 'date', required: 'Enter the date' },
            // The SSDA903 return's AD1 table asks who adopted the child once the match is approved.
            { name: 'adoptersSex', label: 'Who is adopting (adopters only)', kind: 'select', hint: 'Needed for the SSDA903 return once the match is approved.', options: options(ADOPTERS_SEXES, ADOPTERS_SEX_LABELS) },
            { name: 'adoptersLegalStatus', label: 'The adopters’ legal status (adopters only)', kind: 'select', options: options(ADOPTERS_LEGAL_STATUSES, ADOPTERS_LEGAL_STATUS_LABELS) },
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
          title="Add a prospective carer"
          submitLabel="Add the carer"
          secondary
          onDone={onDone}
          fields={[
            { name: 'name', label: 'Name', kind: 'text', required: 'Enter the carer’s name' },
            { name: 'kind', label: 'Type of carer', kind: 'select', required: 'Choose the type of carer', options: options(CARER_KINDS, CARER_KIND_LABELS) },
            { name: 'referralId', label: 'Found through', kind: 'select', options: child.familyFindingReferrals.map((r) => ({ value: r.id, label: `${r.teamLabel}, ${formatDate(r.referredOn)}` })) },
            { name: 'identifiedOn', label: 'Date identified', kind: 'date', required: 'Enter the date the carer was identified' },
          ]}
          onSubmit={async (v) => {
            await addCarer({ variables: { input: { childId: child.id, name: v.name!, kind: v.kind as ProspectiveCarerKind, referralId: v.referralId, identifiedOn: v.identifiedOn! } } });
            return `${v.name} added as prospective carers.`;
          }}
        />
      )}

      <h2 className="govuk-heading-m">Permanence forms</h2>
      {child.permanenceForms.length === 0 && <p className="govuk-body">No forms yet.</p>}
      {child.permanenceForms.map((f) => (
        <SummaryCard key={f.id} title={`${f.kindLabel}${f.carerName ? `: ${f.carerName}` : ''}`}>
          <p className="govuk-body">
            <Tag colour={f.signedOffAt ? 'green' : f.completedOn ? 'yellow' : 'grey'}>{f.signedOffAt ? 'Signed off' : f.completedOn ? 'Ready for sign-off' : 'Draft'}</Tag>
          </p>
          <SummaryList
            rows={[
              { key: 'Conclusion', value: <span className="fp-pre-line">{f.summary}</span> },
              { key: 'Completed', value: formatDate(f.completedOn) || 'Not yet' },
              { key: 'Signed off', value: f.signedOffAt ? `${formatDate(f.signedOffAt.slice(0, 10))}${f.signedOffBy ? ` by ${f.signedOffBy.displayName}` : ''}` : 'Not yet' },
            ]}
          />
          {f.canChange && changingForm !== f.id && (
            <p className="govuk-body">
              <button type="button" className="fp-link-button govuk-body" onClick={() => setChangingForm(f.id)}>
                Change<span className="govuk-visually-hidden">{` the ${f.kindLabel.toLowerCase()}`}</span>
              </button>
            </p>
          )}
          {f.canChange && changingForm === f.id && (
            <StepForm
              id={`change-form-${f.id}`}
              title={`Change the ${f.kindLabel.toLowerCase()}`}
              submitLabel="Save the changes"
              secondary
              onCancel={() => setChangingForm(null)}
              onDone={(m) => {
                setChangingForm(null);
                onDone(m);
              }}
              fields={[
                { name: 'summary', label: 'Conclusion or recommendation', kind: 'textarea', required: 'Write the form’s conclusion or recommendation', value: f.summary },
                { name: 'completedOn', label: 'Date completed', kind: 'date', hint: 'Leave empty while it is a draft', value: f.completedOn },
              ]}
              onSubmit={async (v) => {
                await saveForm({ variables: { input: { childId: child.id, id: f.id, expectedVersion: f.version, kind: f.kind, carerId: f.carerId, summary: v.summary!, completedOn: v.completedOn } } });
                return `The changes to the ${f.kindLabel.toLowerCase()} have been saved.`;
              }}
            />
          )}
          {maySignOff && f.completedOn && !f.signedOffAt && (
            <Button
              disabled={signing}
              onClick={async () => {
                try {
                  await signOff({ variables: { input: { id: f.id, expectedVersion: f.version } } });
                  onDone(`The ${f.kindLabel.toLowerCase()} is signed off.`);
                } catch (e) {
                  const err = apiError(e);
                  setSignError(err.code === 'CONFLICT' ? conflictMessage(err, 'form') : err.message);
                }
              }}
            >
              {`Sign off the ${f.kindLabel.toLowerCase()}`}
            </Button>
          )}
        </SummaryCard>
      ))}
      {mayEdit && (
        <StepForm
          id="add-form"
          title="Add a form"
          submitLabel="Save the form"
          secondary
          onDone={onDone}
          fields={[
            { name: 'kind', label: 'Form', kind: 'select', required: 'Choose the form', options: options(PERMANENCE_FORM_KINDS, PERMANENCE_FORM_KIND_LABELS) },
            { name: 'carerId', label: 'About the carer', kind: 'select', hint: 'Every form but the child’s permanence report is about a carer', options: carerOptions },
            { name: 'summary', label: 'Conclusion or recommendation', kind: 'textarea', required: 'Write the form’s conclusion or recommendation' },
            { name: 'completedOn', label: 'Date completed', kind: 'date', hint: 'Leave empty while it is a draft' },
          ]}
          onSubmit={async (v) => {
            const kind = v.kind as PermanenceFormKind;
            await saveForm({ variables: { input: { childId: child.id, kind, carerId: CARER_FORMS.includes(kind) ? v.carerId : null, summary: v.summary!, completedOn: v.completedOn } } });
            return `The ${PERMANENCE_FORM_KIND_LABELS[kind].toLowerCase()} has been saved.`;
          }}
        />
      )}
    </>
  );
}
