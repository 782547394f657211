import { useMemo } from 'react';
import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DateInput, Radios } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { NotFoundPage } from '../common/page-states';
import { RecordMissingEpisodeDocument, UpdateMissingEpisodeDocument, type MissingEpisodeFieldsFragment } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps, type RecordFormState } from './record-form';
import {
  EMPTY_MISSING_EPISODE,
  MISSING_EPISODE_LABELS,
  MISSING_KIND_LABELS,
  missingEpisodeChanges,
  missingEpisodeInput,
  missingEpisodeValidators,
  missingEpisodeValues,
  type MissingEpisodeValues,
} from './record-forms';
import { YES_NO } from './record-labels';
import { say } from '../i18n/i18n';

const SECTION = 'missing';
const KINDS = [
  { value: 'M', label: MISSING_KIND_LABELS.M, hint: say('record.missingEpisodePages.nobodyKnewWhereThe') },
  { value: 'A', label: MISSING_KIND_LABELS.A, hint: say('record.missingEpisodePages.itWasKnownWhere') },
];

function Fields({ state }: { state: RecordFormState<MissingEpisodeValues> }) {
  const field = state.form.field;
  const v = state.form.values;
  return (
    <>
      <Radios label={MISSING_EPISODE_LABELS.kind} small options={KINDS} {...field('kind')} />
      <DateInput label={MISSING_EPISODE_LABELS.startDate} hint={say('record.missingEpisodePages.forExample273')} {...field('startDate')} />
      <DateInput label={say('record.missingEpisodePages.leaveEmptyIfThe', { endDate: MISSING_EPISODE_LABELS.endDate })} hint={say('record.missingEpisodePages.forExample293')} {...field('endDate')} />
      <Radios label={say('record.missingEpisodePages.optional', { returnInterviewOffered: MISSING_EPISODE_LABELS.returnInterviewOffered })} hint={say('record.missingEpisodePages.anIndependentReturnHome')} small inline options={YES_NO} {...field('returnInterviewOffered')} />
      {v.returnInterviewOffered === 'yes' && <Radios label={say('record.missingEpisodePages.optional2', { returnInterviewAccepted: MISSING_EPISODE_LABELS.returnInterviewAccepted })} small inline options={YES_NO} {...field('returnInterviewAccepted')} />}
    </>
  );
}

/** Records a period the child was missing or away from placement without permission (SSDA903 missing). */
export function RecordMissingEpisodePage() {
  return <EditableRecord render={(props) => <RecordMissingEpisodeForm {...props} />} />;
}

function RecordMissingEpisodeForm({ child, userId }: EditableRecordProps) {
  const validators = useMemo(() => missingEpisodeValidators(child.dateLookedAfter ?? null), [child.dateLookedAfter]);
  const [record] = useMutation(RecordMissingEpisodeDocument);
  const state = useRecordForm<MissingEpisodeValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:missing`,
    initial: EMPTY_MISSING_EPISODE,
    labels: MISSING_EPISODE_LABELS,
    validators,
    section: SECTION,
    save: (v) => record({ variables: { input: missingEpisodeInput(child.id, v) } }),
    savedMessage: (v) => say('record.missingEpisodePages.thePeriodHasBeen', { kind: v.kind === 'A' ? say('record.missingEpisodePages.awayFromPlacement') : say('record.missingEpisodePages.missing') }),
  });
  return (
    <RecordFormPage child={child} state={state} section={SECTION} title={say('record.missingEpisodePages.recordAPeriodMissing')} submitLabel={say('record.missingEpisodePages.recordThePeriod')}>
      <Fields state={state} />
    </RecordFormPage>
  );
}

/** Changes a recorded period: the child came back, a date was wrong, or the return interview. */
export function MissingEpisodePage() {
  const { episodeId = '' } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const episode = props.child.missingEpisodes.find((m) => m.id === episodeId);
        return episode ? <MissingEpisodeForm key={episode.id} episode={episode} {...props} /> : <NotFoundPage />;
      }}
    />
  );
}

function MissingEpisodeForm({ child, userId, reload, episode }: EditableRecordProps & { episode: MissingEpisodeFieldsFragment }) {
  const validators = useMemo(() => missingEpisodeValidators(child.dateLookedAfter ?? null), [child.dateLookedAfter]);
  const [update] = useMutation(UpdateMissingEpisodeDocument);
  const state = useRecordForm<MissingEpisodeValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:missing:${episode.id}`,
    initial: missingEpisodeValues(episode),
    version: episode.version,
    labels: MISSING_EPISODE_LABELS,
    validators,
    section: SECTION,
    save: async (v, base) => {
      const changes = missingEpisodeChanges(v, base.values);
      if (Object.keys(changes).length > 0) await update({ variables: { input: { id: episode.id, expectedVersion: base.version!, ...changes } } });
    },
    reload: async () => {
      const fresh = (await reload())?.missingEpisodes.find((m) => m.id === episode.id);
      return fresh ? { values: missingEpisodeValues(fresh), version: fresh.version } : null;
    },
    savedMessage: () => say('record.missingEpisodePages.thePeriodHasBeen2'),
  });
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.missingEpisodePages.periodFrom', { kind: episode.kind === 'A' ? say('record.missingEpisodePages.away') : say('record.missingEpisodePages.missing'), startDate: formatDate(episode.startDate) })}
      submitLabel={say('record.missingEpisodePages.saveThePeriod')}
    >
      <Fields state={state} />
    </RecordFormPage>
  );
}
