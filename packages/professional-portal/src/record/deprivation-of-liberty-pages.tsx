import { useMemo } from 'react';
import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DOLO_AUTHORISED_BY, DOLO_AUTHORISED_BY_LABELS } from '@forever-planning/shared';
import { DateInput, Radios } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { NotFoundPage } from '../common/page-states';
import { RecordDeprivationOfLibertyOrderDocument, UpdateDeprivationOfLibertyOrderDocument, type DeprivationOfLibertyOrderFieldsFragment } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps, type RecordFormState } from './record-form';
import { DOLO_LABELS, doloChanges, doloValidators, doloValues, EMPTY_DOLO, newDoloInput, type DoloValues } from './record-forms';
import { say } from '../i18n/i18n';

const SECTION = 'deprivation-of-liberty';
const COURTS = DOLO_AUTHORISED_BY.map((value) => ({ value, label: DOLO_AUTHORISED_BY_LABELS[value] }));

function Fields({ state }: { state: RecordFormState<DoloValues> }) {
  const field = state.form.field;
  return (
    <>
      <Radios label={DOLO_LABELS.authorisedBy} small options={COURTS} {...field('authorisedBy')} />
      <DateInput label={DOLO_LABELS.startDate} hint={say('record.deprivationOfLibertyPages.theDayTheOrder')} {...field('startDate')} />
      <DateInput label={say('record.deprivationOfLibertyPages.leaveEmptyWhileIt', { endDate: DOLO_LABELS.endDate })} hint={say('record.deprivationOfLibertyPages.forExample299')} {...field('endDate')} />
    </>
  );
}

/** Records a deprivation of liberty order (SSDA903 DoLo, from 2026/27). */
export function RecordDoloPage() {
  return <EditableRecord render={(props) => <RecordDoloForm {...props} />} />;
}

function RecordDoloForm({ child, userId }: EditableRecordProps) {
  const validators = useMemo(() => doloValidators({ dateOfBirth: child.dateOfBirth, dateLookedAfter: child.dateLookedAfter ?? null }), [child.dateOfBirth, child.dateLookedAfter]);
  const [record] = useMutation(RecordDeprivationOfLibertyOrderDocument);
  const state = useRecordForm<DoloValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:dolo`,
    initial: EMPTY_DOLO,
    labels: DOLO_LABELS,
    validators,
    section: SECTION,
    save: (v) => record({ variables: { input: newDoloInput(child.id, v) } }),
    savedMessage: () => say('record.deprivationOfLibertyPages.theDeprivationOfLiberty'),
  });
  return (
    <RecordFormPage child={child} state={state} section={SECTION} title={say('record.deprivationOfLibertyPages.recordADeprivationOf')} submitLabel={say('record.deprivationOfLibertyPages.recordTheOrder')}>
      <Fields state={state} />
    </RecordFormPage>
  );
}

/** Changes a recorded order: it has ended, or a date or the court was wrong. */
export function DoloPage() {
  const { orderId = '' } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const order = props.child.deprivationOfLibertyOrders.find((o) => o.id === orderId);
        return order ? <DoloForm key={order.id} order={order} {...props} /> : <NotFoundPage />;
      }}
    />
  );
}

function DoloForm({ child, userId, reload, order }: EditableRecordProps & { order: DeprivationOfLibertyOrderFieldsFragment }) {
  const validators = useMemo(() => doloValidators({ dateOfBirth: child.dateOfBirth, dateLookedAfter: child.dateLookedAfter ?? null }), [child.dateOfBirth, child.dateLookedAfter]);
  const [update] = useMutation(UpdateDeprivationOfLibertyOrderDocument);
  const state = useRecordForm<DoloValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:dolo:${order.id}`,
    initial: doloValues(order),
    version: order.version,
    labels: DOLO_LABELS,
    validators,
    section: SECTION,
    save: async (v, base) => {
      const changes = doloChanges(v, base.values);
      if (Object.keys(changes).length > 0) await update({ variables: { input: { id: order.id, expectedVersion: base.version!, ...changes } } });
    },
    reload: async () => {
      const fresh = (await reload())?.deprivationOfLibertyOrders.find((o) => o.id === order.id);
      return fresh ? { values: doloValues(fresh), version: fresh.version } : null;
    },
    savedMessage: () => say('record.deprivationOfLibertyPages.theDeprivationOfLiberty2'),
  });
  return (
    <RecordFormPage child={child} state={state} section={SECTION} title={say('record.deprivationOfLibertyPages.deprivationOfLibertyOrder', { startDate: formatDate(order.startDate) })} submitLabel={say('record.deprivationOfLibertyPages.saveTheOrder')}>
      <Fields state={state} />
    </RecordFormPage>
  );
}
