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

const SECTION = 'siblings';
type Member = SiblingGroupFieldsFragment['members'][number];
type FamilyTime = SiblingGroupFieldsFragment['familyTime'][number];

/** "4 brothers and sisters (2 you cannot open)" */
export function groupSummary(group: SiblingGroupFieldsFragment): string {
  const homes = group.households === 1 ? '1 home' : `${group.households} homes`;
  const hidden = group.membersOutsideReach > 0 ? ` ${group.membersOutsideReach} of them ${group.membersOutsideReach === 1 ? 'is' : 'are'} outside your caseload.` : '';
  return `A group of ${group.size} brothers and sisters. The ${group.members.length === group.size ? 'children live' : 'children you can see live'} in ${homes}.${hidden}`;
}

/** The whole group: each child's placement, the together-or-apart decision for the group, and family time across their carers. */
export function SiblingGroupPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChildRecordSectionsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const child = data?.child;
  usePageTitle(child ? `Brothers and sisters as a group – ${child.displayName}` : 'Brothers and sisters as a group');
  if (loading && !child) return <Loading what="Loading the group" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'The group could not be loaded.'} />;
  const group = child.siblingGroup;
  const editable = child.abilities.canEdit;
  return (
    <>
      <BackLink href={recordPath(child.id, SECTION)}>Back to placements, family and more</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Brothers and sisters as a group</h1>
      {!group ? (
        <p className="govuk-body">No brothers or sisters are linked to {child.displayName}.</p>
      ) : (
        <>
          <p className="govuk-body">{groupSummary(group)}</p>
          <Table<Member, string>
            caption="The children and where they live"
            columns={[
              {
                key: 'name',
                header: 'Child',
                cell: (m) =>
                  m.isThisChild ? (
                    `${m.firstName}, ${m.age} (this child)`
                  ) : (
                    <UiLink href={`/children/${m.id}/record#siblings`} className="govuk-link">{`${m.firstName}, ${m.age}`}</UiLink>
                  ),
              },
              { key: 'carer', header: 'Lives with', cell: (m) => m.placement?.carerName ?? 'Not in a placement today' },
              { key: 'type', header: 'Placement', cell: (m) => (m.placement ? PLACEMENT_TYPE_LABELS[m.placement.type] : '') },
              { key: 'since', header: 'Since', cell: (m) => (m.placement ? formatDate(m.placement.startDate) : '') },
            ]}
            rows={group.members}
            rowKey={(m) => m.id}
          />
          {group.membersOutsideReach > 0 && (
            <div className="govuk-inset-text">
              {group.membersOutsideReach === 1 ? '1 child of the group is' : `${group.membersOutsideReach} children of the group are`} outside your caseload, so they are not named here. Their worker can see the whole group.
            </div>
          )}
          <h2 className="govuk-heading-m" id="group-decision">
            Together or apart: the decision for the whole group
          </h2>
          {group.decision ? (
            <>
              {group.decision.groupChangedSince && (
                <WarningText>{`Children have joined or left the group since this decision (it was made for ${group.decision.groupSizeWhenDecided}). Look at it again.`}</WarningText>
              )}
              <SummaryList
                rows={[
                  { key: 'Decision', value: TOGETHER_APART_LABELS[group.decision.outcome] },
                  { key: 'Decided on', value: formatDate(group.decision.decidedOn) },
                  { key: 'Reasons', value: group.decision.reasons },
                ]}
              />
            </>
          ) : (
            <p className="govuk-body">No decision has been recorded for the group yet.</p>
          )}
          {editable && (
            <ButtonLink variant="secondary" href={`/children/${child.id}/record/brothers-and-sisters/group/decision`}>
              {group.decision ? 'Change the group decision' : 'Record the group decision'}
            </ButtonLink>
          )}
          <Table<FamilyTime, string>
            caption="Family time across the group’s carers"
            columns={[
              { key: 'between', header: 'Between', cell: (f) => f.between.join(' and ') },
              { key: 'carers', header: 'Carers', cell: (f) => f.carers.join(' and ') },
              { key: 'how', header: 'How and how often', cell: (f) => `${FAMILY_TIME_LABELS[f.kind]}, ${f.frequency}${f.arrangements ? `: ${f.arrangements}` : ''}` },
              { key: 'agreed', header: 'Agreed by', cell: (f) => f.agreedBy },
            ]}
            rows={group.familyTime}
            rowKey={(f) => f.id}
            empty="No family time plans between these children yet. Add one from a brother or sister on the record page."
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
    savedMessage: () => `The together or apart decision for ${child.displayName}’s group of brothers and sisters has been saved.`,
  });
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={decision ? 'Change the group decision' : 'Record the group decision'}
      submitLabel="Save the decision"
      intro={<p className="govuk-body">{`${groupSummary(group)} The decision is shown on every child’s record in the group.`}</p>}
    >
      <DateInput label={GROUP_DECISION_LABELS.decidedOn} hint="For example, 27 3 2026" {...state.form.field('decidedOn')} />
      <Radios label={GROUP_DECISION_LABELS.outcome} small options={optionsOf(TOGETHER_APART_LABELS)} {...state.form.field('outcome')} />
      <Textarea label={GROUP_DECISION_LABELS.reasons} hint="Why, including what each child said they want" {...state.form.field('reasons')} />
    </RecordFormPage>
  );
}
