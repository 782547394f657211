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
import { say } from '../i18n/i18n';

function ChangeLink({ childId, section }: { childId: string; section: string }) {
  return (
    <UiLink href={`/children/${childId}/edit`} className="govuk-link">
      {say('children.childPage.change')}<span className="govuk-visually-hidden"> {section}</span>
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
  usePageTitle(child?.displayName ?? say('children.childPage.child'));

  if (loading && !child) return <Loading what={say('children.childPage.loadingTheRecord')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('children.childPage.theRecordCouldNot')} />;
  const editable = child.abilities.canEdit;
  const change = (section: string) => (editable ? <ChangeLink childId={child.id} section={section} /> : undefined);

  return (
    <>
      <BackLink href="/">{HOME_BACK_LINKS[me.role]}</BackLink>
      {saved && <NotificationBanner type="success" heading={say('children.childPage.sDetailsHave', { displayName: child.displayName })} />}
      {allocated && <NotificationBanner type="success" heading={say('children.childPage.sAllocationHas', { displayName: child.displayName })} />}
      <span className="govuk-caption-l">{say('children.childPage.caseReference', { localId: child.localId })}</span>
      <h1 className="govuk-heading-l">{child.displayName}</h1>
      <ChildRecordNav childId={child.id} current="overview" />
      {showsLeavingCare(child, data.today) && (
        <p className="govuk-body">
          <UiLink href={`/children/${child.id}/record#leaving-care`} className="govuk-link">
            {say('children.childPage.leavingCare')}
          </UiLink>
          {child.pathwayPlanDue &&
            ' ' +
              (child.pathwayPlanDue.overdue
                ? say('children.childPage.pathwayPlanWasDueBy', { plan: child.pathwayPlanDue.label.toLowerCase(), dueDate: formatDate(child.pathwayPlanDue.dueDate) })
                : say('children.childPage.pathwayPlanIsDueBy', { plan: child.pathwayPlanDue.label.toLowerCase(), dueDate: formatDate(child.pathwayPlanDue.dueDate) }))}
        </p>
      )}
      <ChildAlerts childId={child.id} />
      <ChildMessagesSection childId={child.id} />
      <SummaryCard title={say('children.childPage.personalDetails')} actions={change(say('children.childPage.personalDetails2'))}>
        <SummaryList rows={personalRows(child)} />
      </SummaryCard>
      <SummaryCard title={say('children.childPage.healthAndDisability')} actions={change(say('children.childPage.healthAndDisability2'))}>
        <SummaryList
          rows={[
            { key: say('children.childPage.disability'), value: child.disability },
            { key: say('children.childPage.healthNeeds'), value: child.healthNeeds },
          ]}
        />
      </SummaryCard>
      <SummaryCard title={say('children.childPage.education')} actions={change(say('children.childPage.educationSection'))}>
        <SummaryList
          rows={[
            { key: say('children.childPage.school'), value: child.school },
            { key: say('children.childPage.virtualSchool'), value: child.virtualSchool },
            { key: say('children.childPage.uniquePupilNumber'), value: child.upn },
          ]}
        />
      </SummaryCard>
      <SummaryCard title={say('children.childPage.beingLookedAfter')} actions={change(say('children.childPage.beingLookedAfter2'))}>
        <SummaryList
          rows={[
            { key: say('children.childPage.dateBecameLookedAfter'), value: formatDate(child.dateLookedAfter) },
            { key: say('children.childPage.dateStoppedBeingLooked'), value: formatDate(child.dateCeasedLookedAfter) },
            { key: say('children.childPage.categoryOfNeed'), value: child.categoryOfNeed ? CATEGORY_OF_NEED_LABELS[child.categoryOfNeed] : null },
            { key: say('children.childPage.unaccompaniedAsylumSeekingChild'), value: yesNo(child.uasc) },
            { key: say('children.childPage.advocacyOfferedOn'), value: formatDate(child.advocacyOfferedOn) },
          ]}
        />
      </SummaryCard>
      <SummaryCard title={say('children.childPage.previousPermanence')} actions={change(say('children.childPage.previousPermanence2'))}>
        <SummaryList rows={previousPermanenceRows(child)} />
      </SummaryCard>
      <SummaryCard
        title={say('children.childPage.whoWorksWithThem')}
        actions={
          child.abilities.canAllocate ? (
            <UiLink href={`/children/${child.id}/allocate`} className="govuk-link">
              {say('children.childPage.allocate')}<span className="govuk-visually-hidden">{' '}{say('children.childPage.aSocialWorkerAnd')}</span>
            </UiLink>
          ) : undefined
        }
      >
        <SummaryList
          rows={[
            { key: say('children.childPage.team'), value: child.team.name },
            { key: say('children.childPage.socialWorker'), value: child.socialWorker?.displayName ?? say('children.childPage.notAllocated') },
            { key: say('children.childPage.independentReviewingOfficer'), value: child.iro?.displayName ?? say('children.childPage.notAllocated') },
            { key: say('children.childPage.iroAllocatedOn'), value: formatDate(child.iroAllocatedOn) },
          ]}
        />
      </SummaryCard>
      <AllocationHistory childId={child.id} />
      {child.importedFrom && (
        <SummaryCard title={say('children.childPage.whereThisRecordCame')}>
          <SummaryList
            rows={[
              { key: say('children.childPage.importedFrom'), value: child.importedFrom },
              { key: say('children.childPage.importedOn'), value: child.importedAt ? `${formatDate(child.importedAt.slice(0, 10))}, ${formatTime(child.importedAt)}` : null },
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
    { key: say('children.childPage.legalName'), value: `${child.legalFirstName} ${child.legalLastName}` },
    { key: say('children.childPage.preferredName'), value: child.preferredName },
    { key: say('children.childPage.dateOfBirth'), value: say('children.childPage.dateOfBirthAge', { dateOfBirth: formatDate(child.dateOfBirth), age: child.age }) },
    { key: say('children.childPage.gender'), value: GENDER_LABELS[child.gender] },
    { key: say('children.childPage.ethnicity'), value: child.ethnicity },
    { key: say('children.childPage.religion'), value: child.religion },
    { key: say('children.childPage.firstLanguage'), value: child.firstLanguage },
  ];
}
