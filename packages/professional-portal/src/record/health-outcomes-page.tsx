import { useMemo } from 'react';
import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { collectionYearContaining, healthOutcomesAsks, SDQ_REASON_LABELS, SDQ_REASONS } from '@forever-planning/shared';
import { Radios, TextInput } from '@forever-planning/ui';
import { NotFoundPage } from '../common/page-states';
import { SaveHealthOutcomesDocument } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import { HEALTH_OUTCOMES_FORM_LABELS, healthOutcomesInput, healthOutcomesValidators, healthOutcomesValues, type HealthOutcomesValues } from './record-forms';
import { YES_NO } from './record-labels';
import { say } from '../i18n/i18n';

const SECTION = 'health';

/** "1 April 2025 to 31 March 2026" for the collection year 2026. */
export const collectionYearName = (year: number) => say('record.healthOutcomesPage.n1AprilTo31', { value: String(year - 1), year: String(year) });

/** One year's health outcomes (SSDA903 OC2): the form asks only what the DfE asks at the child's age that year. */
export function HealthOutcomesPage() {
  const { year = '' } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const y = Number(year);
        // A year from the one the child was born in to the one in progress (the API checks the same).
        const valid = /^\d{4}$/.test(year) && y <= collectionYearContaining(props.today) && `${y}-03-31` >= props.child.dateOfBirth;
        return valid ? <HealthOutcomesForm key={y} year={y} {...props} /> : <NotFoundPage />;
      }}
    />
  );
}

function HealthOutcomesForm({ child, userId, reload, year }: EditableRecordProps & { year: number }) {
  const saved = child.healthOutcomes.find((h) => h.year === year) ?? null;
  const asks = useMemo(() => healthOutcomesAsks(child.dateOfBirth, year), [child.dateOfBirth, year]);
  const validators = useMemo(() => healthOutcomesValidators(asks), [asks]);
  const [save] = useMutation(SaveHealthOutcomesDocument);
  const state = useRecordForm<HealthOutcomesValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:health:${year}`,
    initial: healthOutcomesValues(saved),
    version: saved?.version ?? null,
    labels: HEALTH_OUTCOMES_FORM_LABELS,
    validators,
    section: SECTION,
    save: (v, base) => save({ variables: { input: healthOutcomesInput(child.id, year, asks, v, base.version) } }),
    reload: async () => {
      const fresh = (await reload())?.healthOutcomes.find((h) => h.year === year) ?? null;
      return { values: healthOutcomesValues(fresh), version: fresh?.version ?? null };
    },
    savedMessage: () => say('record.healthOutcomesPage.theHealthOutcomesFor', { year: collectionYearName(year) }),
  });
  const field = state.form.field;
  const v = state.form.values;
  const reasons = SDQ_REASONS.filter((r) => r !== 'SDQ1' || asks.sdq1Allowed).map((r) => ({ value: r, label: SDQ_REASON_LABELS[r] }));
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.healthOutcomesPage.healthOutcomes', { year: collectionYearName(year) })}
      submitLabel={say('record.healthOutcomesPage.saveHealthOutcomes')}
      intro={<p className="govuk-body">{say('record.healthOutcomesPage.forTheChildrenLooked')}</p>}
    >
      {asks.sdq && (
        <>
          <TextInput label={say('record.healthOutcomesPage.optionalIfThereIs', { sdqScore: HEALTH_OUTCOMES_FORM_LABELS.sdqScore })} hint={say('record.healthOutcomesPage.theTotalDifficultiesScore')} width="4" inputMode="numeric" autoComplete="off" {...field('sdqScore')} />
          <Radios label={say('record.healthOutcomesPage.optional', { sdqReason: HEALTH_OUTCOMES_FORM_LABELS.sdqReason })} small options={[{ value: '', label: say('record.healthOutcomesPage.thereIsAScore') }, ...reasons]} {...field('sdqReason')} />
        </>
      )}
      {asks.healthCheck && <Radios label={HEALTH_OUTCOMES_FORM_LABELS.healthCheck} small inline options={YES_NO} {...field('healthCheck')} />}
      <Radios label={HEALTH_OUTCOMES_FORM_LABELS.immunisations} small inline options={YES_NO} {...field('immunisations')} />
      <Radios label={HEALTH_OUTCOMES_FORM_LABELS.teethCheck} small inline options={YES_NO} {...field('teethCheck')} />
      <Radios label={HEALTH_OUTCOMES_FORM_LABELS.healthAssessment} small inline options={YES_NO} {...field('healthAssessment')} />
      {asks.convicted && <Radios label={HEALTH_OUTCOMES_FORM_LABELS.convicted} small inline options={YES_NO} {...field('convicted')} />}
      <Radios label={HEALTH_OUTCOMES_FORM_LABELS.substanceMisuse} small inline options={YES_NO} {...field('substanceMisuse')} />
      {v.substanceMisuse === 'yes' && <Radios label={HEALTH_OUTCOMES_FORM_LABELS.interventionReceived} small inline options={YES_NO} {...field('interventionReceived')} />}
      {v.substanceMisuse === 'yes' && v.interventionReceived === 'no' && (
        <Radios label={HEALTH_OUTCOMES_FORM_LABELS.interventionOffered} small inline options={YES_NO} {...field('interventionOffered')} />
      )}
    </RecordFormPage>
  );
}
