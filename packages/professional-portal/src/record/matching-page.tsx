import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { Radios, Textarea } from '@forever-planning/ui';
import { NotFoundPage } from '../common/page-states';
import { SaveMatchingAreaDocument, type MatchingAreaFieldsFragment } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import { MATCHING_AREA_FORM_LABELS, matchingAreaInput, matchingAreaValidators, matchingAreaValues, type MatchingAreaValues } from './record-forms';
import { areaSlug, YES_NO } from './record-labels';

const SECTION = 'matching';

/** One of Newham's nine matching areas: the child's needs, support, the carer's potential and the child's views. */
export function MatchingAreaPage() {
  const { area = '' } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const record = props.child.matchingRecord.find((a) => areaSlug(a.area) === area);
        return record ? <MatchingAreaForm key={record.area} area={record} {...props} /> : <NotFoundPage />;
      }}
    />
  );
}

function MatchingAreaForm({ child, userId, reload, area }: EditableRecordProps & { area: MatchingAreaFieldsFragment }) {
  const [save] = useMutation(SaveMatchingAreaDocument);
  const state = useRecordForm<MatchingAreaValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:matching:${area.area}`,
    initial: matchingAreaValues(area),
    version: area.version ?? null,
    labels: MATCHING_AREA_FORM_LABELS,
    validators: matchingAreaValidators,
    section: SECTION,
    save: (v, base) => save({ variables: { input: matchingAreaInput(child.id, area, v, base.version) } }),
    reload: async () => {
      const fresh = (await reload())?.matchingRecord.find((a) => a.area === area.area);
      return fresh ? { values: matchingAreaValues(fresh), version: fresh.version ?? null } : null;
    },
    savedMessage: () => `The matching record for ${area.label.toLowerCase()} has been saved.`,
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={`Matching record: ${area.label}`}
      submitLabel="Save this area"
    >
      <Textarea label={MATCHING_AREA_FORM_LABELS.needs} hint="What the child needs in this area" {...field('needs')} />
      <Textarea label={`${MATCHING_AREA_FORM_LABELS.currentSupport} (optional)`} hint="Who supports the child with this now, and how" {...field('currentSupport')} />
      <Textarea label={`${MATCHING_AREA_FORM_LABELS.carerPotential} (optional)`} hint="What the prospective carer can offer, and any gaps" {...field('carerPotential')} />
      <Textarea label={`${MATCHING_AREA_FORM_LABELS.childViews} (optional)`} hint="In the child’s own words where you can" {...field('childViews')} />
      <Radios label={MATCHING_AREA_FORM_LABELS.inSupportPlan} small inline options={YES_NO} {...field('inSupportPlan')} />
    </RecordFormPage>
  );
}
