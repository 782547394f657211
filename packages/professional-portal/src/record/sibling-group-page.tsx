import { useQuery, useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { PLACEMENT_TYPE_LABELS } from '@forever-planning/shared';
import { BackLink, ButtonLink, DateInput, Radios, SummaryList, Table, Textarea, UiLink, WarningText } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ChildRecordSectionsDocument, RecordSiblingGroupDecisionDocument, type SiblingGroupFieldsFragment } from '../gql/graphql';
import { EditableRecord, RecordFormPage, recordPath, useRecordForm, type EditableRecordProps } from './record-form';
import {
  EMPTY_GROUP_DECISION, GROUP_DECISION_LABELS, groupDecisionInput, groupDecisionValidators, groupDecisionValues, type GroupDecisionValues,
} from './record-forms';
import { FAMILY_TIME_LABELS, optionsOf, TOGETHER_APART_LABELS } from './record-labels';
import { say } from '../i18n/i18n';

const SECTION = 'siblings';
type Member = SiblingGroupFieldsFragment['members'][number];
type FamilyTime = SiblingGroupFieldsFragment['familyTime'][number];

/** "4 brothers and sisters (2 you cannot open)" */
export function groupSummary(group: SiblingGroupFieldsFragment): string {
  const hidden = group.membersOutsideReach > 0 ? ' ' + say('record.siblingGroupPage.outsideYourCaseload', { count: group.membersOutsideReach }) : '';
  const seen = group.members.length === group.size ? 'all' : 'some';
  return say('record.siblingGroupPage.groupSummary', { size: String(group.size), seen, households: group.households }) + hidden;
}

/** The whole group: each child's placement, the together-or-apart decision for the group, and family time across their carers. */
export function SiblingGroupPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChildRecordSectionsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const child = data?.child;
  usePageTitle(child ? say('record.siblingGroupPage.brothersAndSistersAs', { displayName: child.displayName }) : say('record.siblingGroupPage.brothersAndSistersAs2'));
  if (loading && !child) return <Loading what={say('record.siblingGroupPage.loadingTheGroup')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('record.siblingGroupPage.theGroupCouldNot')} />;
  const group = child.siblingGroup;
  const editable = child.abilities.canEdit;
  return (
    <>
      <BackLink href={recordPath(child.id, SECTION)}>{say('record.siblingGroupPage.backToPlacementsFamily')}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('record.siblingGroupPage.brothersAndSistersAs2')}</h1>
      {!group ? (
        <p className="govuk-body">{say('record.siblingGroupPage.noBrothersOrSisters', { displayName: child.displayName })}</p>
      ) : (
        <>
          <p className="govuk-body">{groupSummary(group)}</p>
          <Table<Member, string>
            caption={say('record.siblingGroupPage.theChildrenAndWhere')}
            columns={[
              {
                key: 'name',
                header: say('record.siblingGroupPage.child'),
                cell: (m) =>
                  m.isThisChild ? (
                    say('record.siblingGroupPage.thisChild', { firstName: m.firstName, age: String(m.age) })
                  ) : (
                    <UiLink href={`/children/${m.id}/record#siblings`} className="govuk-link">{`${m.firstName}, ${m.age}`}</UiLink>
                  ),
              },
              { key: 'carer', header: say('record.siblingGroupPage.livesWith'), cell: (m) => m.placement?.carerName ?? say('record.siblingGroupPage.notInAPlacement') },
              { key: 'type', header: say('record.siblingGroupPage.placement'), cell: (m) => (m.placement ? PLACEMENT_TYPE_LABELS[m.placement.type] : '') },
              { key: 'since', header: say('record.siblingGroupPage.since'), cell: (m) => (m.placement ? formatDate(m.placement.startDate) : '') },
            ]}
            rows={group.members}
            rowKey={(m) => m.id}
          />
          {group.membersOutsideReach > 0 && (
            <div className="govuk-inset-text">
              {say('record.siblingGroupPage.childrenOutsideYourCaseload', { count: group.membersOutsideReach })}
            </div>
          )}
          <h2 className="govuk-heading-m" id="group-decision">
            {say('record.siblingGroupPage.togetherOrApartThe')}
          </h2>
          {group.decision ? (
            <>
              {group.decision.groupChangedSince && (
                <WarningText>{say('record.siblingGroupPage.childrenHaveJoinedOr', { groupSizeWhenDecided: String(group.decision.groupSizeWhenDecided) })}</WarningText>
              )}
              <SummaryList
                rows={[
                  { key: say('record.siblingGroupPage.decision'), value: TOGETHER_APART_LABELS[group.decision.outcome] },
                  { key: say('record.siblingGroupPage.decidedOn'), value: formatDate(group.decision.decidedOn) },
                  { key: say('record.siblingGroupPage.reasons'), value: group.decision.reasons },
                ]}
              />
            </>
          ) : (
            <p className="govuk-body">{say('record.siblingGroupPage.noDecisionHasBeen')}</p>
          )}
          {editable && (
            <ButtonLink variant="secondary" href={`/children/${child.id}/record/brothers-and-sisters/group/decision`}>
              {group.decision ? say('record.siblingGroupPage.changeTheGroupDecision') : say('record.siblingGroupPage.recordTheGroupDecision')}
            </ButtonLink>
          )}
          <Table<FamilyTime, string>
            caption={say('record.siblingGroupPage.familyTimeAcrossThe')}
            columns={[
              { key: 'between', header: say('record.siblingGroupPage.between'), cell: (f) => f.between.join(say('record.siblingGroupPage.and')) },
              { key: 'carers', header: say('record.siblingGroupPage.carers'), cell: (f) => f.carers.join(say('record.siblingGroupPage.and')) },
              { key: 'how', header: say('record.siblingGroupPage.howAndHowOften'), cell: (f) => `${FAMILY_TIME_LABELS[f.kind]}, ${f.frequency}${f.arrangements ? `: ${f.arrangements}` : ''}` },
              { key: 'agreed', header: say('record.siblingGroupPage.agreedBy'), cell: (f) => f.agreedBy },
            ]}
            rows={group.familyTime}
            rowKey={(f) => f.id}
            empty={say('record.siblingGroupPage.noFamilyTimePlans')}
          />
        </>
      )}
    </>
  );
}

/** Records the together-or-apart decision for the whole group, or changes it. */
export function SiblingGroupDecisionPage() {
  return (
    <EditableRecord
      render={(props) =>
        props.child.siblingGroup ? <GroupDecisionForm key={props.child.siblingGroup.decision?.id ?? 'new'} {...props} group={props.child.siblingGroup} /> : <NotFoundPage />
      }
    />
  );
}

function GroupDecisionForm({ child, userId, reload, group }: EditableRecordProps & { group: SiblingGroupFieldsFragment }) {
  const [record] = useMutation(RecordSiblingGroupDecisionDocument);
  const decision = group.decision;
  const state = useRecordForm<GroupDecisionValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:sibling-group-decision:${decision?.id ?? 'new'}`,
    initial: decision ? groupDecisionValues(decision) : EMPTY_GROUP_DECISION,
    version: decision?.version ?? null,
    labels: GROUP_DECISION_LABELS,
    validators: groupDecisionValidators,
    section: SECTION,
    save: (v, base) => record({ variables: { input: groupDecisionInput(child.id, v, decision ? { id: decision.id, version: base.version! } : null) } }),
    reload: decision
      ? async () => {
          const fresh = (await reload())?.siblingGroup?.decision;
          return fresh && fresh.id === decision.id ? { values: groupDecisionValues(fresh), version: fresh.version } : null;
        }
      : undefined,
    savedMessage: () => say('record.siblingGroupPage.theTogetherOrApart', { displayName: child.displayName }),
  });
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={decision ? say('record.siblingGroupPage.changeTheGroupDecision') : say('record.siblingGroupPage.recordTheGroupDecision')}
      submitLabel={say('record.siblingGroupPage.saveTheDecision')}
      intro={<p className="govuk-body">{say('record.siblingGroupPage.theDecisionIsShown', { group: groupSummary(group) })}</p>}
    >
      <DateInput label={GROUP_DECISION_LABELS.decidedOn} hint={say('record.siblingGroupPage.forExample273')} {...state.form.field('decidedOn')} />
      <Radios label={GROUP_DECISION_LABELS.outcome} small options={optionsOf(TOGETHER_APART_LABELS)} {...state.form.field('outcome')} />
      <Textarea label={GROUP_DECISION_LABELS.reasons} hint={say('record.siblingGroupPage.whyIncludingWhatEach')} {...state.form.field('reasons')} />
    </RecordFormPage>
  );
}
