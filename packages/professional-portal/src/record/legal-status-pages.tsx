import { useMemo } from 'react';
import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LEGAL_STATUS_LABELS } from '@forever-planning/shared';
import { DateInput, Radios } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { NotFoundPage } from '../common/page-states';
import { RecordLegalStatusDocument, UpdateLegalStatusDocument, type LegalStatusFieldsFragment } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import {
  EMPTY_LEGAL_STATUS,
  LEGAL_STATUS_CORRECTION_LABELS,
  LEGAL_STATUS_FORM_LABELS,
  legalStatusCorrectionInput,
  legalStatusCorrectionValidators,
  legalStatusCorrectionValues,
  legalStatusInput,
  legalStatusValidators,
  type LegalStatusCorrectionValues,
  type LegalStatusValues,
} from './record-forms';
import { optionsOf } from './record-labels';

const SECTION = 'legal-status';
const byStart = (statuses: readonly LegalStatusFieldsFragment[]) => [...statuses].sort((a, b) => a.startDate.localeCompare(b.startDate));

/** A change in legal status: the open status ends on the day the new one starts. */
export function RecordLegalStatusPage() {
  return <EditableRecord render={(props) => <RecordLegalStatusForm {...props} />} />;
}

function RecordLegalStatusForm({ child, userId }: EditableRecordProps) {
  const current = child.legalStatuses.find((s) => s.id === child.currentLegalStatus?.id) ?? null;
  const latest = byStart(child.legalStatuses).at(-1) ?? null;
  const validators = useMemo(() => legalStatusValidators({ dateOfBirth: child.dateOfBirth, current: latest }), [child.dateOfBirth, latest]);
  const [record] = useMutation(RecordLegalStatusDocument);
  const state = useRecordForm<LegalStatusValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:legal-status`,
    initial: EMPTY_LEGAL_STATUS,
    labels: LEGAL_STATUS_FORM_LABELS,
    validators,
    section: SECTION,
    save: (v) => record({ variables: { input: legalStatusInput(child.id, v) } }),
    savedMessage: (v) => `The change to ${LEGAL_STATUS_LABELS[v.status as keyof typeof LEGAL_STATUS_LABELS].toLowerCase()} has been recorded.`,
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title="Record a change in legal status"
      submitLabel="Record the change"
      intro={
        current && (
          <div className="govuk-inset-text">{`The current legal status is ${current.label.toLowerCase()}, since ${formatDate(current.startDate)}. It ends on the day the new status starts.`}</div>
        )
      }
    >
      <Radios label={LEGAL_STATUS_FORM_LABELS.status} small options={optionsOf(LEGAL_STATUS_LABELS)} {...field('status')} />
      <DateInput label={LEGAL_STATUS_FORM_LABELS.startDate} hint="The date of the order or of the section 20 agreement, for example 27 3 2026" {...field('startDate')} />
    </RecordFormPage>
  );
}

/** Corrects a legal status entered wrongly: its kind, or the day it ended. */
export function LegalStatusCorrectionPage() {
  const { statusId = '' } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const status = props.child.legalStatuses.find((s) => s.id === statusId);
        return status ? <LegalStatusCorrectionForm key={status.id} status={status} {...props} /> : <NotFoundPage />;
      }}
    />
  );
}

function LegalStatusCorrectionForm({ child, userId, reload, status }: EditableRecordProps & { status: LegalStatusFieldsFragment }) {
  const isLatest = byStart(child.legalStatuses).at(-1)?.id === status.id;
  const validators = useMemo(() => legalStatusCorrectionValidators(status.startDate, isLatest), [status.startDate, isLatest]);
  const [update] = useMutation(UpdateLegalStatusDocument);
  const state = useRecordForm<LegalStatusCorrectionValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:legal-status:${status.id}`,
    initial: legalStatusCorrectionValues(status),
    version: status.version,
    labels: LEGAL_STATUS_CORRECTION_LABELS,
    validators,
    section: SECTION,
    save: async (v, base) => {
      const changes = legalStatusCorrectionInput(v, base.values);
      if (Object.keys(changes).length > 0) await update({ variables: { input: { id: status.id, expectedVersion: base.version!, ...changes } } });
    },
    reload: async () => {
      const fresh = (await reload())?.legalStatuses.find((s) => s.id === status.id);
      return fresh ? { values: legalStatusCorrectionValues(fresh), version: fresh.version } : null;
    },
    savedMessage: () => 'The legal status has been corrected.',
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title="Correct a legal status"
      submitLabel="Save the correction"
      intro={<p className="govuk-body">{`Started ${formatDate(status.startDate)}. To record a new order, go back and record a change in legal status instead.`}</p>}
    >
      <Radios label={LEGAL_STATUS_CORRECTION_LABELS.status} small options={optionsOf(LEGAL_STATUS_LABELS)} {...field('status')} />
      <DateInput
        label={isLatest ? `${LEGAL_STATUS_CORRECTION_LABELS.endDate} (optional)` : LEGAL_STATUS_CORRECTION_LABELS.endDate}
        hint={isLatest ? 'Leave it empty while the status still applies' : 'For example, 27 3 2026'}
        {...field('endDate')}
      />
    </RecordFormPage>
  );
}
