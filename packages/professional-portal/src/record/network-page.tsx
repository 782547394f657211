import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { TRUSTED_ADULT_ROLE_LABELS } from '@forever-planning/shared';
import { Radios, Textarea, TextInput } from '@forever-planning/ui';
import { NotFoundPage } from '../common/page-states';
import { AddNetworkMemberDocument, UpdateNetworkMemberDocument, type NetworkMemberFieldsFragment } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import {
  addNetworkMemberInput,
  EMPTY_NETWORK_MEMBER,
  NETWORK_MEMBER_LABELS,
  networkMemberChanges,
  networkMemberValidators,
  networkMemberValues,
  type NetworkMemberValues,
} from './record-forms';
import { NETWORK_KIND_LABELS, optionsOf, YES_NO } from './record-labels';
import { say } from '../i18n/i18n';

const SECTION = 'network';

/** Adds a person to the child's family and network, or changes one (with ?memberId in the path). */
export function NetworkMemberPage() {
  const { memberId } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const member = memberId ? props.child.familyNetwork.find((m) => m.id === memberId) : null;
        if (memberId && !member) return <NotFoundPage />;
        return <NetworkMemberForm key={member?.id ?? 'new'} member={member ?? null} {...props} />;
      }}
    />
  );
}

function NetworkMemberForm({ child, userId, reload, member }: EditableRecordProps & { member: NetworkMemberFieldsFragment | null }) {
  const [add] = useMutation(AddNetworkMemberDocument);
  const [update] = useMutation(UpdateNetworkMemberDocument);
  const state = useRecordForm<NetworkMemberValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:network:${member?.id ?? 'new'}`,
    initial: member ? networkMemberValues(member) : EMPTY_NETWORK_MEMBER,
    version: member?.version ?? null,
    labels: NETWORK_MEMBER_LABELS,
    validators: networkMemberValidators,
    section: SECTION,
    save: async (v, base) => {
      if (!member) {
        await add({ variables: { input: addNetworkMemberInput(child.id, v) } });
        return;
      }
      const changes = networkMemberChanges(v, base.values);
      if (Object.keys(changes).length > 0) await update({ variables: { input: { id: member.id, expectedVersion: base.version!, ...changes } } });
    },
    reload: member
      ? async () => {
          const fresh = (await reload())?.familyNetwork.find((m) => m.id === member.id);
          return fresh ? { values: networkMemberValues(fresh), version: fresh.version } : null;
        }
      : undefined,
    savedMessage: (v) => (member ? say('record.networkPage.sDetailsHaveBeen', { name: v.name.trim() }) : say('record.networkPage.hasBeenAddedTo', { name: v.name.trim(), displayName: child.displayName })),
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={member ? say('record.networkPage.changeSDetails', { name: member.name }) : say('record.networkPage.addSomeoneToThe')}
      submitLabel={member ? say('record.networkPage.saveChanges') : say('record.networkPage.addThem')}
    >
      <TextInput label={NETWORK_MEMBER_LABELS.name} width="two-thirds" autoComplete="off" {...field('name')} />
      <TextInput label={NETWORK_MEMBER_LABELS.relationship} hint={say('record.networkPage.inWordsLikeMaternal')} width="two-thirds" autoComplete="off" {...field('relationship')} />
      <Radios
        label={NETWORK_MEMBER_LABELS.kind}
        small
        options={optionsOf(NETWORK_KIND_LABELS).map((o) =>
          o.value === 'TRUSTED_ADULT' ? { ...o, hint: say('record.networkPage.someoneTheChildNamed') } : o.value === 'LIFELONG_LINK' ? { ...o, hint: say('record.networkPage.someoneWhoWillStay') } : o,
        )}
        {...field('kind')}
      />
      {state.form.values.kind === 'TRUSTED_ADULT' && (
        <>
          <h2 className="govuk-heading-m">{say('record.networkPage.anAdultTheChild')}</h2>
          <Radios label={NETWORK_MEMBER_LABELS.trustedAdultRole} small options={[...optionsOf(TRUSTED_ADULT_ROLE_LABELS), { value: '', label: say('record.networkPage.notRecorded') }]} {...field('trustedAdultRole')} />
          <Radios
            label={NETWORK_MEMBER_LABELS.shownToChild}
            hint={say('record.networkPage.theChildSeesTheir')}
            small
            inline
            options={YES_NO}
            {...field('shownToChild')}
          />
        </>
      )}
      <h2 className="govuk-heading-m">{say('record.networkPage.onTheFamilyTree')}</h2>
      <Radios
        label={NETWORK_MEMBER_LABELS.sex}
        small
        inline
        options={[
          { value: 'FEMALE', label: say('record.networkPage.aCircleFemale') },
          { value: 'MALE', label: say('record.networkPage.aSquareMale') },
          { value: 'UNKNOWN', label: say('record.networkPage.aDiamondNotKnown') },
        ]}
        {...field('sex')}
      />
      <Radios label={NETWORK_MEMBER_LABELS.deceased} small inline options={YES_NO} {...field('deceased')} />
      <Radios label={NETWORK_MEMBER_LABELS.livesWithChild} small inline options={YES_NO} {...field('livesWithChild')} />
      <h2 className="govuk-heading-m">{say('record.networkPage.contactDetails')}</h2>
      <TextInput label={NETWORK_MEMBER_LABELS.phone} type="tel" width="20" autoComplete="off" {...field('phone')} />
      <TextInput label={NETWORK_MEMBER_LABELS.email} type="email" width="two-thirds" autoComplete="off" spellCheck={false} {...field('email')} />
      <Textarea label={NETWORK_MEMBER_LABELS.address} rows={3} {...field('address')} />
      <h2 className="govuk-heading-m">{say('record.networkPage.asACarer')}</h2>
      <Radios label={NETWORK_MEMBER_LABELS.consideredAsCarer} small inline options={YES_NO} {...field('consideredAsCarer')} />
      {state.form.values.consideredAsCarer === 'yes' && <Textarea label={NETWORK_MEMBER_LABELS.carerAssessmentOutcome} rows={3} {...field('carerAssessmentOutcome')} />}
    </RecordFormPage>
  );
}
