import { useMutation } from '@apollo/client/react';
import { Radios } from '@forever-planning/ui';
import { AddNetworkRelationshipDocument } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import { EMPTY_RELATIONSHIP, RELATIONSHIP_LABELS, relationshipInput, relationshipValidators, THE_CHILD, type RelationshipValues } from './record-forms';
import { NETWORK_RELATIONSHIP_LABELS, optionsOf } from './record-labels';
import { say } from '../i18n/i18n';

const SECTION = 'network';

/** Joins two people of the family network on the family tree, or a parent to the child. */
export function NetworkRelationshipPage() {
  return <EditableRecord render={(props) => <RelationshipForm {...props} />} />;
}

function RelationshipForm({ child, userId }: EditableRecordProps) {
  const [add] = useMutation(AddNetworkRelationshipDocument);
  const state = useRecordForm<RelationshipValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:network-relationship:new`,
    initial: EMPTY_RELATIONSHIP,
    labels: RELATIONSHIP_LABELS,
    validators: relationshipValidators,
    section: SECTION,
    save: (v) => add({ variables: { input: relationshipInput(v) } }),
    savedMessage: () => say('record.networkRelationshipPage.theFamilyTreeHas'),
  });
  const people = child.familyNetwork.map((m) => ({ value: m.id, label: `${m.name} (${m.relationship})` }));
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.networkRelationshipPage.joinTwoPeopleOn')}
      submitLabel={say('record.networkRelationshipPage.save')}
      intro={<p className="govuk-body">{say('record.networkRelationshipPage.addEveryoneToThe')}</p>}
    >
      <Radios label={RELATIONSHIP_LABELS.fromMemberId} small options={people} {...field('fromMemberId')} />
      <Radios label={RELATIONSHIP_LABELS.kind} small options={optionsOf(NETWORK_RELATIONSHIP_LABELS)} {...field('kind')} />
      <Radios label={RELATIONSHIP_LABELS.toMemberId} small options={[{ value: THE_CHILD, label: say('record.networkRelationshipPage.theChild', { displayName: child.displayName }) }, ...people]} {...field('toMemberId')} />
    </RecordFormPage>
  );
}
