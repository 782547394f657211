import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { BackLink, NotificationBanner, SummaryCard, SummaryList, UiLink } from '@forever-planning/ui';
import { HOME_BACK_LINKS } from '@forever-planning/shared';
import { useSavedBanner } from '../common/saved-banner';
import { useMe } from '../auth/session';
import { formatDate, formatTime } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ChildDocument, type ChildRecordFragment } from '../gql/graphql';
import { CATEGORY_OF_NEED_LABELS, GENDER_LABELS, previousPermanenceRows, yesNo } from './child-labels';
import { ChildAlerts } from '../alerts/child-alerts';
import { ChildMessagesSection } from '../alerts/child-messages-panels';
import { ChildRecordNav } from './child-record-nav';
import { showsLeavingCare } from '../record/leaving-care-shown';
import { InviteYoungPerson } from './invite-young-person';
import { SubjectAccessExport } from '../data-protection/subject-access-export';
import { AllocationHistory } from './allocation-history';

function ChangeLink({ childId, section }: { childId: string; section: string }) {
  return (
    <UiLink href={`/children/${childId}/edit`} className="govuk-link">
      Change<span className="govuk-visually-hidden"> {section}</span>
    </UiLink>
  );
}

/** The child's record overview: the Child type's fields in GOV.UK summary cards. */
export function ChildPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const saved = useSavedBanner((state) => ((state as { saved?: boolean } | null)?.saved === true ? true : undefined));
  const allocated = useSavedBanner((state) => ((state as { allocated?: boolean } | null)?.allocated === true ? true : undefined));
  const { data, loading, error } = useQuery(ChildDocument, { variables: { id } });
  const child = data?.child;
  usePageTitle(child?.displayName ?? 'Child');

  if (loading && !child) return <Loading what="Loading the record" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'The record could not be loaded.'} />;
  const editable = child.abilities.canEdit;
  const change = (section: string) => (editable ? <ChangeLink childId={child.id} section={section} /> : undefined);

  return (
    <>
      <BackLink href="/">{HOME_BACK_LINKS[me.role]}</BackLink>
      {saved && <NotificationBanner type="success" heading={`${child.displayName}’s details have been saved.`} />}
      {allocated && <NotificationBanner type="success" heading={`${child.displayName}’s allocation has been saved.`} />}
      <span className="govuk-caption-l">Case reference {child.localId}</span>
      <h1 className="govuk-heading-l">{child.displayName}</h1>
      <ChildRecordNav childId={child.id} current="overview" />
      {showsLeavingCare(child, data.today) && (
        <p className="govuk-body">
          <UiLink href={`/children/${child.id}/record#leaving-care`} className="govuk-link">
            Leaving care
          </UiLink>
          {child.pathwayPlanDue && ` — ${child.pathwayPlanDue.label.toLowerCase()} ${child.pathwayPlanDue.overdue ? 'was due by' : 'is due by'} ${formatDate(child.pathwayPlanDue.dueDate)}`}
        </p>
      )}
      <ChildAlerts childId={child.id} />
      <ChildMessagesSection childId={child.id} />
      <SummaryCard title="Personal details" actions={change('personal details')}>
        <SummaryList rows={personalRows(child)} />
      </SummaryCard>
      <SummaryCard title="Health and disability" actions={change('health and disability')}>
        <SummaryList
          rows={[
            { key: 'Disability', value: child.disability },
            { key: 'Health needs', value: child.healthNeeds },
          ]}
        />
      </SummaryCard>
      <SummaryCard title="Education" actions={change('education')}>
        <SummaryList
          rows={[
            { key: 'School', value: child.school },
            { key: 'Virtual school', value: child.virtualSchool },
            { key: 'Unique pupil number', value: child.upn },
          ]}
        />
      </SummaryCard>
      <SummaryCard title="Being looked after" actions={change('being looked after')}>
        <SummaryList
          rows={[
            { key: 'Date became looked after', value: formatDate(child.dateLookedAfter) },
            { key: 'Date stopped being looked after', value: formatDate(child.dateCeasedLookedAfter) },
            { key: 'Category of need', value: child.categoryOfNeed ? CATEGORY_OF_NEED_LABELS[child.categoryOfNeed] : null },
            { key: 'Unaccompanied asylum-seeking child', value: yesNo(child.uasc) },
            { key: 'Advocacy offered on', value: formatDate(child.advocacyOfferedOn) },
          ]}
        />
      </SummaryCard>
      <SummaryCard title="Previous permanence" actions={change('previous permanence')}>
        <SummaryList rows={previousPermanenceRows(child)} />
      </SummaryCard>
      <SummaryCard
        title="Who works with them"
        actions={
          child.abilities.canAllocate ? (
            <UiLink href={`/children/${child.id}/allocate`} className="govuk-link">
              Allocate<span className="govuk-visually-hidden"> a social worker and IRO</span>
            </UiLink>
          ) : undefined
        }
      >
        <SummaryList
          rows={[
            { key: 'Team', value: child.team.name },
            { key: 'Social worker', value: child.socialWorker?.displayName ?? 'Not allocated' },
            { key: 'Independent Reviewing Officer', value: child.iro?.displayName ?? 'Not allocated' },
            { key: 'IRO allocated on', value: formatDate(child.iroAllocatedOn) },
          ]}
        />
      </SummaryCard>
      <AllocationHistory childId={child.id} />
      {child.importedFrom && (
        <SummaryCard title="Where this record came from">
          <SummaryList
            rows={[
              { key: 'Imported from', value: child.importedFrom },
              { key: 'Imported on', value: child.importedAt ? `${formatDate(child.importedAt.slice(0, 10))}, ${formatTime(child.importedAt)}` : null },
            ]}
          />
        </SummaryCard>
      )}
      {/* The API refuses too: under the council's age, a child is helped by their carer or worker instead. */}
      {child.abilities.canInviteYoungPerson && <InviteYoungPerson child={child} />}
      {child.abilities.canExportSubjectAccess && <SubjectAccessExport childId={child.id} childName={child.displayName} />}
    </>
  );
}

function personalRows(child: ChildRecordFragment) {
  return [
    { key: 'Legal name', value: `${child.legalFirstName} ${child.legalLastName}` },
    { key: 'Preferred name', value: child.preferredName },
    { key: 'Date of birth', value: `${formatDate(child.dateOfBirth)} (age ${child.age})` },
    { key: 'Gender', value: GENDER_LABELS[child.gender] },
    { key: 'Ethnicity', value: child.ethnicity },
    { key: 'Religion', value: child.religion },
    { key: 'First language', value: child.firstLanguage },
  ];
}
