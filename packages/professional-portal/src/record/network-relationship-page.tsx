import { useMutation } from '@apollo/client/react';
import { Radios } from '@forever-planning/ui';
import { AddNetworkRelationshipDocument } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import { EMPTY_RELATIONSHIP, RELATIONSHIP_LABELS, relationshipInput, relationshipValidators, THE_CHILD, type RelationshipValues } from './record-forms';
import { NETWORK_RELATIONSHIP_LABELS, optionsOf } from './record-labels';

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
    savedMessage: () => `The family tree has been updated.`,
  });
  const people = child.familyNetwork.map((m) => ({ value: m.id, label: `${m.name} (${m.relationship})` }));
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title="Join two people on the family tree"
      submitLabel="Save"
      intro={<p className="govuk-body">Add everyone to the family and network first. A parent joined to the child puts them in the generation above.</p>}
    >
      <Radios label={RELATIONSHIP_LABELS.fromMemberId} small options={people} {...field('fromMemberId')} />
      <Radios label={RELATIONSHIP_LABELS.kind} small options={optionsOf(NETWORK_RELATIONSHIP_LABELS)} {...field('kind')} />
      <Radios label={RELATIONSHIP_LABELS.toMemberId} small options={[{ value: THE_CHILD, label: `${child.displayName} (the child)` }, ...people]} {...field('toMemberId')} />
    </RecordFormPage>
  );
}
