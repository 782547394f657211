import { useMemo } from 'react';
import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { INTENDED_DURATION_LABELS, PLACEMENT_TYPE_LABELS } from '@forever-planning/shared';
import { DateInput, isDateEmpty, Radios, Select, TextInput, Textarea, type Option } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { NotFoundPage } from '../common/page-states';
import { StartPlacementDocument, UpdatePlacementDocument, type PlacementFieldsFragment } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import {
  EMPTY_PLACEMENT_MOVE,
  PLACEMENT_ASKS_LABELS,
  placementAsksInput,
  placementAsksValidators,
  placementAsksValues,
  PLACEMENT_DETAILS_LABELS,
  PLACEMENT_MOVE_LABELS,
  placementDetailsInput,
  placementDetailsValidators,
  placementDetailsValues,
  placementMoveInput,
  placementMoveValidators,
  type PlacementAsksValues,
  type PlacementDetailsValues,
  type PlacementMoveValues,
  type PlacementValues,
} from './record-forms';
import { optionsOf, PLACE_CHANGE_REASON_LABELS, PROVIDER_LABELS, YES_NO } from './record-labels';
import { say } from '../i18n/i18n';

const SECTION = 'placements';
const choose = (what: string, labels: Record<string, string>): Option[] => [{ value: '', label: say('record.placementPages.select', { what }) }, ...optionsOf(labels)];

/** A text or choice question's props from useForm. */
export interface TextFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error?: string;
}

/** The placement's own questions, shared by a move and a correction. */
function PlacementFields({ field }: { field: (key: keyof PlacementValues) => TextFieldProps }) {
  return (
    <>
      <Radios label={PLACEMENT_MOVE_LABELS.type} small options={optionsOf(PLACEMENT_TYPE_LABELS)} {...field('type')} />
      <TextInput label={PLACEMENT_MOVE_LABELS.carerName} hint={say('record.placementPages.theFosterCarersRelatives')} width="two-thirds" autoComplete="off" {...field('carerName')} />
      <Select label={PLACEMENT_MOVE_LABELS.provider} hint={say('record.placementPages.forTheSsda903Return')} options={choose(say('record.placementPages.whoProvidesIt'), PROVIDER_LABELS)} {...field('provider')} />
      <TextInput
        label={say('record.placementPages.optional', { urn: PLACEMENT_MOVE_LABELS.urn })}
        hint={say('record.placementPages.forTheSsda903Return2')}
        width="10"
        autoComplete="off"
        spellCheck={false}
        {...field('urn')}
      />
      <TextInput
        label={say('record.placementPages.optional2', { postcode: PLACEMENT_MOVE_LABELS.postcode })}
        hint={say('record.placementPages.forTheSsda903Return3')}
        width="10"
        autoComplete="off"
        spellCheck={false}
        {...field('postcode')}
      />
      <Radios label={PLACEMENT_MOVE_LABELS.inArea} small inline options={YES_NO} {...field('inArea')} />
      <TextInput label={PLACEMENT_MOVE_LABELS.weeklyCost} hint={say('record.placementPages.inPoundsForExample')} width="10" {...field('weeklyCost')} />
    </>
  );
}

/** Records a move: the current placement ends with its reason on the day the new one starts. */
export function PlacementMovePage() {
  return <EditableRecord render={(props) => <PlacementMoveForm {...props} />} />;
}

function PlacementMoveForm({ child, userId }: EditableRecordProps) {
  const current = child.placements.find((p) => p.id === child.currentPlacement?.id) ?? null;
  const validators = useMemo(() => placementMoveValidators({ dateOfBirth: child.dateOfBirth, current }), [child.dateOfBirth, current]);
  const [start] = useMutation(StartPlacementDocument);
  const state = useRecordForm<PlacementMoveValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:placement-move`,
    initial: EMPTY_PLACEMENT_MOVE,
    labels: PLACEMENT_MOVE_LABELS,
    validators,
    section: SECTION,
    save: (v) => start({ variables: { input: placementMoveInput(child.id, v, current !== null) } }),
    savedMessage: (v) => (current ? say('record.placementPages.theMoveToHas', { carerName: v.carerName.trim() }) : say('record.placementPages.thePlacementWithHas', { carerName: v.carerName.trim() })),
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={current ? say('record.placementPages.recordAPlacementMove') : say('record.placementPages.recordAPlacement')}
      submitLabel={current ? say('record.placementPages.recordTheMove') : say('record.placementPages.recordThePlacement')}
      intro={
        current && (
          <div className="govuk-inset-text">
            {say('record.placementPages.hasLivedWithSince', { displayName: child.displayName, carerName: current.carerName, type: PLACEMENT_TYPE_LABELS[current.type].toLowerCase(), startDate: formatDate(current.startDate) })}
          </div>
        )
      }
    >
      {current && <Select label={PLACEMENT_MOVE_LABELS.reasonForChange} hint={say('record.placementPages.theReasonTheSsda903')} options={choose(say('record.placementPages.aReason'), PLACE_CHANGE_REASON_LABELS)} {...field('reasonForChange')} />}
      <h2 className="govuk-heading-m">{current ? say('record.placementPages.theNewPlacement') : say('record.placementPages.thePlacement')}</h2>
      <DateInput label={PLACEMENT_MOVE_LABELS.startDate} hint={say('record.placementPages.forExample273')} {...field('startDate')} />
      <PlacementFields field={(k) => field(k)} />
    </RecordFormPage>
  );
}

/** Corrects a placement's details (type, carer, provider, postcode, area, cost) and the notes on a change. */
export function PlacementDetailsPage() {
  const { placementId = '' } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const placement = props.child.placements.find((p) => p.id === placementId);
        return placement ? <PlacementDetailsForm key={placement.id} placement={placement} {...props} /> : <NotFoundPage />;
      }}
    />
  );
}

function PlacementDetailsForm({ child, userId, reload, placement }: EditableRecordProps & { placement: PlacementFieldsFragment }) {
  const ended = placement.endDate !== null && placement.id !== child.currentPlacement?.id;
  const validators = useMemo(() => placementDetailsValidators(ended && placement.reasonForChange !== null), [ended, placement.reasonForChange]);
  const [update] = useMutation(UpdatePlacementDocument);
  const state = useRecordForm<PlacementDetailsValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:placement:${placement.id}`,
    initial: placementDetailsValues(placement),
    version: placement.version,
    labels: PLACEMENT_DETAILS_LABELS,
    validators,
    section: SECTION,
    save: async (v, base) => {
      const changes = placementDetailsInput(v, base.values);
      if (Object.keys(changes).length > 0) await update({ variables: { input: { id: placement.id, expectedVersion: base.version!, ...changes } } });
    },
    reload: async () => {
      const fresh = (await reload())?.placements.find((p) => p.id === placement.id);
      return fresh ? { values: placementDetailsValues(fresh), version: fresh.version } : null;
    },
    savedMessage: (v) => say('record.placementPages.thePlacementWithHas2', { carerName: v.carerName.trim() }),
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.placementPages.changePlacementDetails')}
      submitLabel={say('record.placementPages.saveChanges')}
      intro={<p className="govuk-body">{say('record.placementPages.fromTo', { startDate: formatDate(placement.startDate), endDate: placement.endDate ? formatDate(placement.endDate) : say('record.placementPages.now') })}</p>}
    >
      <PlacementFields field={(k) => field(k)} />
      {ended && <Select label={PLACEMENT_DETAILS_LABELS.reasonForChange} options={choose(say('record.placementPages.aReason'), PLACE_CHANGE_REASON_LABELS)} {...field('reasonForChange')} />}
      <Textarea label={say('record.placementPages.optional3', { changeNotes: PLACEMENT_DETAILS_LABELS.changeNotes })} hint={say('record.placementPages.whatHappenedInWords')} rows={3} {...field('changeNotes')} />
    </RecordFormPage>
  );
}

/**
 * What Bolton's children asked to know (1.3), on the placement they live in:
 * how long the plan is for them to live there, and a planned move — told
 * before it happens, and meeting new carers first. The child reads it on
 * their Forever Plan page once the plan is shared; a move only once told.
 */
export function PlacementAsksPage() {
  const { placementId = '' } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const placement = props.child.placements.find((p) => p.id === placementId);
        return placement ? <PlacementAsksForm key={placement.id} placement={placement} {...props} /> : <NotFoundPage />;
      }}
    />
  );
}

function PlacementAsksForm({ child, userId, reload, placement }: EditableRecordProps & { placement: PlacementFieldsFragment }) {
  const validators = useMemo(() => placementAsksValidators(placement.startDate), [placement.startDate]);
  const [update] = useMutation(UpdatePlacementDocument);
  const state = useRecordForm<PlacementAsksValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:placement-asks:${placement.id}`,
    initial: placementAsksValues(placement),
    version: placement.version,
    labels: PLACEMENT_ASKS_LABELS,
    validators,
    section: SECTION,
    save: async (v, base) => {
      const changes = placementAsksInput(v, base.values);
      if (Object.keys(changes).length > 0) await update({ variables: { input: { id: placement.id, expectedVersion: base.version!, ...changes } } });
    },
    reload: async () => {
      const fresh = (await reload())?.placements.find((p) => p.id === placement.id);
      return fresh ? { values: placementAsksValues(fresh), version: fresh.version } : null;
    },
    savedMessage: () => say('record.placementPages.whatKnowsAboutLiving', { displayName: child.displayName, carerName: placement.carerName }),
  });
  const field = state.form.field;
  const values = state.form.values;
  const current = placement.id === child.currentPlacement?.id;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.placementPages.howLongAndMoving')}
      submitLabel={say('record.placementPages.save')}
      intro={
        <>
          <p className="govuk-body">{say('record.placementPages.livingWithSince', { carerName: placement.carerName, startDate: formatDate(placement.startDate) })}</p>
          <div className="govuk-inset-text">
            {say('record.placementPages.boltonsChildrenAskedTo')}
          </div>
        </>
      }
    >
      <h2 className="govuk-heading-m">{say('record.placementPages.howLong')}</h2>
      <Radios
        label={PLACEMENT_ASKS_LABELS.intendedDuration}
        small
        options={[...optionsOf(INTENDED_DURATION_LABELS), { value: '', label: say('record.placementPages.notRecorded') }]}
        {...field('intendedDuration')}
      />
      {values.intendedDuration === 'FIXED_PERIOD' && <DateInput label={PLACEMENT_ASKS_LABELS.intendedUntil} hint={say('record.placementPages.forExample317')} {...field('intendedUntil')} />}
      <Textarea
        label={`${PLACEMENT_ASKS_LABELS.durationInChildWords}${values.intendedDuration === 'NOT_YET_KNOWN' ? '' : say('record.placementPages.optional4')}`}
        hint={say('record.placementPages.writeToTheChild')}
        rows={3}
        {...field('durationInChildWords')}
      />
      {current || !isDateEmpty(values.movePlannedFor) ? (
        <>
          <h2 className="govuk-heading-m">{say('record.placementPages.aPlannedMove')}</h2>
          <DateInput label={say('record.placementPages.optional5', { movePlannedFor: PLACEMENT_ASKS_LABELS.movePlannedFor })} hint={say('record.placementPages.leaveItEmptyWhen')} {...field('movePlannedFor')} />
          {!isDateEmpty(values.movePlannedFor) && (
            <>
              <TextInput
                label={say('record.placementPages.optional6', { moveToCarerName: PLACEMENT_ASKS_LABELS.moveToCarerName })}
                hint={say('record.placementPages.asTheChildWill')}
                width="two-thirds"
                autoComplete="off"
                {...field('moveToCarerName')}
              />
              <DateInput
                label={say('record.placementPages.optional7', { childToldOfMoveOn: PLACEMENT_ASKS_LABELS.childToldOfMoveOn })}
                hint={say('record.placementPages.childrenAskedToBe')}
                {...field('childToldOfMoveOn')}
              />
              <Radios label={PLACEMENT_ASKS_LABELS.newCarerAlreadyKnown} hint={say('record.placementPages.likeFamilyOrFriends')} small inline options={YES_NO} {...field('newCarerAlreadyKnown')} />
              {values.newCarerAlreadyKnown !== 'yes' && (
                <DateInput
                  label={say('record.placementPages.optional8', { childMetNewCarerOn: PLACEMENT_ASKS_LABELS.childMetNewCarerOn })}
                  hint={say('record.placementPages.introductionsChildrenAskedTo')}
                  {...field('childMetNewCarerOn')}
                />
              )}
            </>
          )}
        </>
      ) : null}
    </RecordFormPage>
  );
}
