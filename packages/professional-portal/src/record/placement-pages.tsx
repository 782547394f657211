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

const SECTION = 'placements';
const choose = (what: string, labels: Record<string, string>): Option[] => [{ value: '', label: `Select ${what}` }, ...optionsOf(labels)];

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
      <TextInput label={PLACEMENT_MOVE_LABELS.carerName} hint="The foster carers’, relatives’ or home’s name" width="two-thirds" autoComplete="off" {...field('carerName')} />
      <Select label={PLACEMENT_MOVE_LABELS.provider} hint="For the SSDA903 return" options={choose('who provides it', PROVIDER_LABELS)} {...field('provider')} />
      <TextInput
        label={`${PLACEMENT_MOVE_LABELS.urn} (optional)`}
        hint="For the SSDA903 return: SC and 6 numbers, or 7 numbers. XXXXXXX if the provider has none. Leave it empty for a placement with parents"
        width="10"
        autoComplete="off"
        spellCheck={false}
        {...field('urn')}
      />
      <TextInput
        label={`${PLACEMENT_MOVE_LABELS.postcode} (optional)`}
        hint="For the SSDA903 return. Leave it empty only when the address must not be recorded"
        width="10"
        autoComplete="off"
        spellCheck={false}
        {...field('postcode')}
      />
      <Radios label={PLACEMENT_MOVE_LABELS.inArea} small inline options={YES_NO} {...field('inArea')} />
      <TextInput label={PLACEMENT_MOVE_LABELS.weeklyCost} hint="In pounds, for example 450.50. Enter 0 if there is no cost" width="10" {...field('weeklyCost')} />
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
    savedMessage: (v) => (current ? `The move to ${v.carerName.trim()} has been recorded.` : `The placement with ${v.carerName.trim()} has been recorded.`),
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={current ? 'Record a placement move' : 'Record a placement'}
      submitLabel={current ? 'Record the move' : 'Record the placement'}
      intro={
        current && (
          <div className="govuk-inset-text">
            {`${child.displayName} has lived with ${current.carerName} (${PLACEMENT_TYPE_LABELS[current.type].toLowerCase()}) since ${formatDate(current.startDate)}. That placement ends on the day the new one starts.`}
          </div>
        )
      }
    >
      {current && <Select label={PLACEMENT_MOVE_LABELS.reasonForChange} hint="The reason the SSDA903 return reports" options={choose('a reason', PLACE_CHANGE_REASON_LABELS)} {...field('reasonForChange')} />}
      <h2 className="govuk-heading-m">{current ? 'The new placement' : 'The placement'}</h2>
      <DateInput label={PLACEMENT_MOVE_LABELS.startDate} hint="For example, 27 3 2026" {...field('startDate')} />
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
    savedMessage: (v) => `The placement with ${v.carerName.trim()} has been updated.`,
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title="Change placement details"
      submitLabel="Save changes"
      intro={<p className="govuk-body">{`From ${formatDate(placement.startDate)} to ${placement.endDate ? formatDate(placement.endDate) : 'now'}.`}</p>}
    >
      <PlacementFields field={(k) => field(k)} />
      {ended && <Select label={PLACEMENT_DETAILS_LABELS.reasonForChange} options={choose('a reason', PLACE_CHANGE_REASON_LABELS)} {...field('reasonForChange')} />}
      <Textarea label={`${PLACEMENT_DETAILS_LABELS.changeNotes} (optional)`} hint="What happened, in words the team will understand later" rows={3} {...field('changeNotes')} />
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
    savedMessage: () => `What ${child.displayName} knows about living with ${placement.carerName} has been saved.`,
  });
  const field = state.form.field;
  const values = state.form.values;
  const current = placement.id === child.currentPlacement?.id;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title="How long, and moving: what the child knows"
      submitLabel="Save"
      intro={
        <>
          <p className="govuk-body">{`Living with ${placement.carerName} since ${formatDate(placement.startDate)}.`}</p>
          <div className="govuk-inset-text">
            Bolton’s children asked to know how long the plan is for them to live somewhere, to be told about a move before it happens, even when it upsets them, and to meet a
            new carer before they move. The child sees this on their Forever Plan page once the plan is shared with them; a move only once you have told them.
          </div>
        </>
      }
    >
      <h2 className="govuk-heading-m">How long</h2>
      <Radios
        label={PLACEMENT_ASKS_LABELS.intendedDuration}
        small
        options={[...optionsOf(INTENDED_DURATION_LABELS), { value: '', label: 'Not recorded' }]}
        {...field('intendedDuration')}
      />
      {values.intendedDuration === 'FIXED_PERIOD' && <DateInput label={PLACEMENT_ASKS_LABELS.intendedUntil} hint="For example, 31 7 2027" {...field('intendedUntil')} />}
      <Textarea
        label={`${PLACEMENT_ASKS_LABELS.durationInChildWords}${values.intendedDuration === 'NOT_YET_KNOWN' ? '' : ' (optional)'}`}
        hint="Write to the child as “you”, in short sentences. If it is not known yet, say why, and when they will know"
        rows={3}
        {...field('durationInChildWords')}
      />
      {current || !isDateEmpty(values.movePlannedFor) ? (
        <>
          <h2 className="govuk-heading-m">A planned move</h2>
          <DateInput label={`${PLACEMENT_ASKS_LABELS.movePlannedFor} (optional)`} hint="Leave it empty when no move is planned. Record the move itself on the day it happens" {...field('movePlannedFor')} />
          {!isDateEmpty(values.movePlannedFor) && (
            <>
              <TextInput
                label={`${PLACEMENT_ASKS_LABELS.moveToCarerName} (optional)`}
                hint="As the child will know them, like “Joy and Sam”. The child reads this name once told"
                width="two-thirds"
                autoComplete="off"
                {...field('moveToCarerName')}
              />
              <DateInput
                label={`${PLACEMENT_ASKS_LABELS.childToldOfMoveOn} (optional)`}
                hint="Children asked to be told before a move, even if it upsets them. Leave it empty until they have been told: their page says nothing of the move before then"
                {...field('childToldOfMoveOn')}
              />
              <Radios label={PLACEMENT_ASKS_LABELS.newCarerAlreadyKnown} hint="Like family or friends the child knows well" small inline options={YES_NO} {...field('newCarerAlreadyKnown')} />
              {values.newCarerAlreadyKnown !== 'yes' && (
                <DateInput
                  label={`${PLACEMENT_ASKS_LABELS.childMetNewCarerOn} (optional)`}
                  hint="Introductions: children asked to meet a carer they do not know before they move"
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
