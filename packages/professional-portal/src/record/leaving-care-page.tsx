import { useMemo } from 'react';
import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import {
  AFTER_EIGHTEEN,
  AFTER_EIGHTEEN_NAMES,
  CARE_LEAVER_AGES,
  OC3_ACCOMMODATION_KINDS,
  OC3_ACCOMMODATION_NAMES,
  OC3_ACTIVITY,
  OC3_ACTIVITY_NAMES,
  OC3_IN_TOUCH,
  OC3_IN_TOUCH_NAMES,
} from '@forever-planning/shared';
import { DateInput, Radios, Select, Textarea, TextInput } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { NotFoundPage } from '../common/page-states';
import { SaveCareLeaverBirthdayDocument, SaveLeavingCareDocument } from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import {
  CARE_LEAVER_BIRTHDAY_FORM_LABELS,
  careLeaverBirthdayInput,
  careLeaverBirthdayValidators,
  careLeaverBirthdayValues,
  LEAVING_CARE_FORM_LABELS,
  leavingCareInput,
  leavingCareValidators,
  leavingCareValues,
  type CareLeaverBirthdayValues,
  type LeavingCareValues,
} from './record-forms';
import { YES_NO } from './record-labels';

const SECTION = 'leaving-care';

/** A birthday, as ISO: the day the young person turns `age`. */
export const birthdayAt = (dateOfBirth: string, age: number) => `${Number(dateOfBirth.slice(0, 4)) + age}${dateOfBirth.slice(4)}`;

/** Birthdays (17 to 21) that have come, after the young person left care: the ones the return asks about (OC3). */
export function careLeaverBirthdaysDue(child: { dateOfBirth: string; dateCeasedLookedAfter?: string | null }, today: string): number[] {
  const left = child.dateCeasedLookedAfter;
  if (!left) return [];
  return CARE_LEAVER_AGES.filter((age) => {
    const day = birthdayAt(child.dateOfBirth, age);
    return day <= today && left < day;
  });
}

/** The leaving care record: the pathway plan (from 16), personal adviser, and what happens at 18 (Bolton 3.2, Telford 8.0). */
export function LeavingCarePage() {
  return <EditableRecord render={(props) => <LeavingCareForm {...props} />} />;
}

function LeavingCareForm({ child, userId, reload }: EditableRecordProps) {
  const saved = child.leavingCare ?? null;
  const validators = useMemo(() => leavingCareValidators(child.dateOfBirth), [child.dateOfBirth]);
  const [save] = useMutation(SaveLeavingCareDocument);
  const state = useRecordForm<LeavingCareValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:leaving-care`,
    initial: leavingCareValues(saved),
    version: saved?.version ?? null,
    labels: LEAVING_CARE_FORM_LABELS,
    validators,
    section: SECTION,
    save: (v, base) => save({ variables: { input: leavingCareInput(child.id, v, base.version) } }),
    reload: async () => {
      const fresh = (await reload())?.leavingCare ?? null;
      return { values: leavingCareValues(fresh), version: fresh?.version ?? null };
    },
    savedMessage: () => 'The leaving care record has been saved.',
  });
  const field = state.form.field;
  const due = child.pathwayPlanDue;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title="Leaving care"
      submitLabel="Save leaving care record"
      intro={
        <>
          <p className="govuk-body">From 16, the needs assessment and the pathway plan are the young person’s permanence plan. The plan is reviewed at least every six months.</p>
          {due && (
            <div className="govuk-inset-text">
              {`${due.label} is ${due.overdue ? 'overdue: it was due by' : 'due by'} ${formatDate(due.dueDate)}.`}
            </div>
          )}
        </>
      }
    >
      <h2 className="govuk-heading-m">Pathway plan</h2>
      <DateInput label={LEAVING_CARE_FORM_LABELS.needsAssessmentOn} hint="Leave blank if not done yet, for example 27 3 2026" {...field('needsAssessmentOn')} />
      <DateInput label={LEAVING_CARE_FORM_LABELS.pathwayPlanAgreedOn} hint="Leave blank if not agreed yet" {...field('pathwayPlanAgreedOn')} />
      <DateInput label={LEAVING_CARE_FORM_LABELS.pathwayPlanReviewedOn} hint="Leave blank if not reviewed since it was agreed" {...field('pathwayPlanReviewedOn')} />
      <h2 className="govuk-heading-m">Personal adviser</h2>
      <TextInput label={LEAVING_CARE_FORM_LABELS.personalAdviserName} hint="Leave blank until one is allocated" autoComplete="off" {...field('personalAdviserName')} />
      <TextInput label={LEAVING_CARE_FORM_LABELS.personalAdviserPhone} type="tel" autoComplete="off" width="20" {...field('personalAdviserPhone')} />
      <TextInput label={LEAVING_CARE_FORM_LABELS.personalAdviserEmail} type="email" autoComplete="off" spellCheck={false} {...field('personalAdviserEmail')} />
      <h2 className="govuk-heading-m">After 18</h2>
      <Radios label={LEAVING_CARE_FORM_LABELS.afterEighteen} small options={AFTER_EIGHTEEN.map((a) => ({ value: a, label: AFTER_EIGHTEEN_NAMES[a] }))} {...field('afterEighteen')} />
      <Textarea label={LEAVING_CARE_FORM_LABELS.afterEighteenDetails} hint="Who, where, and when it was agreed" {...field('afterEighteenDetails')} />
      <Textarea
        label={LEAVING_CARE_FORM_LABELS.planInMyWords}
        hint="The young person sees this on their “When I’m 18” page. Write it with them, in their words: plain, kind and short."
        {...field('planInMyWords')}
      />
    </RecordFormPage>
  );
}

/** One birthday after leaving care: in touch, activity, accommodation (the return's OC3 table). */
export function CareLeaverBirthdayPage() {
  const { age = '' } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const n = Number(age);
        return careLeaverBirthdaysDue(props.child, props.today).includes(n) ? <CareLeaverBirthdayForm key={n} age={n} {...props} /> : <NotFoundPage />;
      }}
    />
  );
}

function CareLeaverBirthdayForm({ child, userId, reload, age }: EditableRecordProps & { age: number }) {
  const saved = child.careLeaverBirthdays.find((b) => b.age === age) ?? null;
  const validators = useMemo(() => careLeaverBirthdayValidators(age), [age]);
  const [save] = useMutation(SaveCareLeaverBirthdayDocument);
  const state = useRecordForm<CareLeaverBirthdayValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:care-leaver:${age}`,
    initial: careLeaverBirthdayValues(saved),
    version: saved?.version ?? null,
    labels: CARE_LEAVER_BIRTHDAY_FORM_LABELS,
    validators,
    section: SECTION,
    serverFields: { accommodation: 'accommodationKind' },
    save: (v, base) => save({ variables: { input: careLeaverBirthdayInput(child.id, age, v, base.version) } }),
    reload: async () => {
      const fresh = (await reload())?.careLeaverBirthdays.find((b) => b.age === age) ?? null;
      return { values: careLeaverBirthdayValues(fresh), version: fresh?.version ?? null };
    },
    savedMessage: () => `The ${age}th birthday has been saved.`,
  });
  const field = state.form.field;
  const v = state.form.values;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={`Care leaver: ${age}th birthday, ${formatDate(birthdayAt(child.dateOfBirth, age))}`}
      submitLabel="Save birthday"
      intro={<p className="govuk-body">For the children looked after return (care leavers, OC3): the council’s contact with the young person around their birthday.</p>}
    >
      <Radios label={CARE_LEAVER_BIRTHDAY_FORM_LABELS.inTouch} small options={OC3_IN_TOUCH.map((c) => ({ value: c, label: OC3_IN_TOUCH_NAMES[c] }))} {...field('inTouch')} />
      {v.inTouch === 'YES' && (
        <>
          <Select label={CARE_LEAVER_BIRTHDAY_FORM_LABELS.activity} options={[{ value: '', label: 'Select' }, ...OC3_ACTIVITY.map((c) => ({ value: c, label: OC3_ACTIVITY_NAMES[c] }))]} {...field('activity')} />
          <Select
            label={CARE_LEAVER_BIRTHDAY_FORM_LABELS.accommodationKind}
            options={[{ value: '', label: 'Select' }, ...OC3_ACCOMMODATION_KINDS.map((c) => ({ value: c, label: OC3_ACCOMMODATION_NAMES[c] }))]}
            {...field('accommodationKind')}
          />
          {v.accommodationKind && !['S', 'X'].includes(v.accommodationKind) && <Radios label={CARE_LEAVER_BIRTHDAY_FORM_LABELS.suitable} small inline options={YES_NO} {...field('suitable')} />}
        </>
      )}
    </RecordFormPage>
  );
}
