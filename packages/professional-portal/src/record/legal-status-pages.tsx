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
import { say } from '../i18n/i18n';

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
    savedMessage: (v) => say('record.legalStatusPages.theChangeToHas', { status: LEGAL_STATUS_LABELS[v.status as keyof typeof LEGAL_STATUS_LABELS].toLowerCase() }),
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.legalStatusPages.recordAChangeIn')}
      submitLabel={say('record.legalStatusPages.recordTheChange')}
      intro={
        current && (
          <div className="govuk-inset-text">{say('record.legalStatusPages.theCurrentLegalStatus', { label: current.label.toLowerCase(), startDate: formatDate(current.startDate) })}</div>
        )
      }
    >
      <Radios label={LEGAL_STATUS_FORM_LABELS.status} small options={optionsOf(LEGAL_STATUS_LABELS)} {...field('status')} />
      <DateInput label={LEGAL_STATUS_FORM_LABELS.startDate} hint={say('record.legalStatusPages.theDateOfThe')} {...field('startDate')} />
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
    savedMessage: () => say('record.legalStatusPages.theLegalStatusHas'),
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.legalStatusPages.correctALegalStatus')}
      submitLabel={say('record.legalStatusPages.saveTheCorrection')}
      intro={<p className="govuk-body">{say('record.legalStatusPages.startedToRecordA', { startDate: formatDate(status.startDate) })}</p>}
    >
      <Radios label={LEGAL_STATUS_CORRECTION_LABELS.status} small options={optionsOf(LEGAL_STATUS_LABELS)} {...field('status')} />
      <DateInput
        label={isLatest ? say('record.legalStatusPages.optional', { endDate: LEGAL_STATUS_CORRECTION_LABELS.endDate }) : LEGAL_STATUS_CORRECTION_LABELS.endDate}
        hint={isLatest ? say('record.legalStatusPages.leaveItEmptyWhile') : say('record.legalStatusPages.forExample273')}
        {...field('endDate')}
      />
    </RecordFormPage>
  );
}
