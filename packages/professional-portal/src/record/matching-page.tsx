import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { Radios, Textarea } from '@forever-planning/ui';
import { NotFoundPage } from '../common/page-states';
import { SaveMatchingAreaDocument, type MatchingAreaFieldsFragment } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import { MATCHING_AREA_FORM_LABELS, matchingAreaInput, matchingAreaValidators, matchingAreaValues, type MatchingAreaValues } from './record-forms';
import { areaSlug, YES_NO } from './record-labels';
import { say } from '../i18n/i18n';

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
    savedMessage: () => say('record.matchingPage.theMatchingRecordFor', { label: area.label.toLowerCase() }),
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.matchingPage.matchingRecord', { label: area.label })}
      submitLabel={say('record.matchingPage.saveThisArea')}
    >
      <Textarea label={MATCHING_AREA_FORM_LABELS.needs} hint={say('record.matchingPage.whatTheChildNeeds')} {...field('needs')} />
      <Textarea label={say('record.matchingPage.optional', { currentSupport: MATCHING_AREA_FORM_LABELS.currentSupport })} hint={say('record.matchingPage.whoSupportsTheChild')} {...field('currentSupport')} />
      <Textarea label={say('record.matchingPage.optional2', { carerPotential: MATCHING_AREA_FORM_LABELS.carerPotential })} hint={say('record.matchingPage.whatTheProspectiveCarer')} {...field('carerPotential')} />
      <Textarea label={say('record.matchingPage.optional3', { childViews: MATCHING_AREA_FORM_LABELS.childViews })} hint={say('record.matchingPage.inTheChildsOwn')} {...field('childViews')} />
      <Radios label={MATCHING_AREA_FORM_LABELS.inSupportPlan} small inline options={YES_NO} {...field('inSupportPlan')} />
    </RecordFormPage>
  );
}
