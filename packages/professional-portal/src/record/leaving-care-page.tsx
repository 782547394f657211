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
import { say } from '../i18n/i18n';

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
    savedMessage: () => say('record.leavingCarePage.theLeavingCareRecord'),
  });
  const field = state.form.field;
  const due = child.pathwayPlanDue;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.leavingCarePage.leavingCare')}
      submitLabel={say('record.leavingCarePage.saveLeavingCareRecord')}
      intro={
        <>
          <p className="govuk-body">{say('record.leavingCarePage.from16TheNeeds')}</p>
          {due && (
            <div className="govuk-inset-text">
              {say('record.leavingCarePage.is', { label: due.label, due: due.overdue ? say('record.leavingCarePage.overdueItWasDue') : say('record.leavingCarePage.dueBy'), dueDate: formatDate(due.dueDate) })}
            </div>
          )}
        </>
      }
    >
      <h2 className="govuk-heading-m">{say('record.leavingCarePage.pathwayPlan')}</h2>
      <DateInput label={LEAVING_CARE_FORM_LABELS.needsAssessmentOn} hint={say('record.leavingCarePage.leaveBlankIfNot')} {...field('needsAssessmentOn')} />
      <DateInput label={LEAVING_CARE_FORM_LABELS.pathwayPlanAgreedOn} hint={say('record.leavingCarePage.leaveBlankIfNot2')} {...field('pathwayPlanAgreedOn')} />
      <DateInput label={LEAVING_CARE_FORM_LABELS.pathwayPlanReviewedOn} hint={say('record.leavingCarePage.leaveBlankIfNot3')} {...field('pathwayPlanReviewedOn')} />
      <h2 className="govuk-heading-m">{say('record.leavingCarePage.personalAdviser')}</h2>
      <TextInput label={LEAVING_CARE_FORM_LABELS.personalAdviserName} hint={say('record.leavingCarePage.leaveBlankUntilOne')} autoComplete="off" {...field('personalAdviserName')} />
      <TextInput label={LEAVING_CARE_FORM_LABELS.personalAdviserPhone} type="tel" autoComplete="off" width="20" {...field('personalAdviserPhone')} />
      <TextInput label={LEAVING_CARE_FORM_LABELS.personalAdviserEmail} type="email" autoComplete="off" spellCheck={false} {...field('personalAdviserEmail')} />
      <h2 className="govuk-heading-m">{say('record.leavingCarePage.after18')}</h2>
      <Radios label={LEAVING_CARE_FORM_LABELS.afterEighteen} small options={AFTER_EIGHTEEN.map((a) => ({ value: a, label: AFTER_EIGHTEEN_NAMES[a] }))} {...field('afterEighteen')} />
      <Textarea label={LEAVING_CARE_FORM_LABELS.afterEighteenDetails} hint={say('record.leavingCarePage.whoWhereAndWhen')} {...field('afterEighteenDetails')} />
      <Textarea
        label={LEAVING_CARE_FORM_LABELS.planInMyWords}
        hint={say('record.leavingCarePage.theYoungPersonSees')}
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
    savedMessage: () => say('record.leavingCarePage.theThBirthdayHas', { age: String(age) }),
  });
  const field = state.form.field;
  const v = state.form.values;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.leavingCarePage.careLeaverThBirthday', { age: String(age), birthdayAt: formatDate(birthdayAt(child.dateOfBirth, age)) })}
      submitLabel={say('record.leavingCarePage.saveBirthday')}
      intro={<p className="govuk-body">{say('record.leavingCarePage.forTheChildrenLooked')}</p>}
    >
      <Radios label={CARE_LEAVER_BIRTHDAY_FORM_LABELS.inTouch} small options={OC3_IN_TOUCH.map((c) => ({ value: c, label: OC3_IN_TOUCH_NAMES[c] }))} {...field('inTouch')} />
      {v.inTouch === 'YES' && (
        <>
          <Select label={CARE_LEAVER_BIRTHDAY_FORM_LABELS.activity} options={[{ value: '', label: say('record.leavingCarePage.select') }, ...OC3_ACTIVITY.map((c) => ({ value: c, label: OC3_ACTIVITY_NAMES[c] }))]} {...field('activity')} />
          <Select
            label={CARE_LEAVER_BIRTHDAY_FORM_LABELS.accommodationKind}
            options={[{ value: '', label: say('record.leavingCarePage.select') }, ...OC3_ACCOMMODATION_KINDS.map((c) => ({ value: c, label: OC3_ACCOMMODATION_NAMES[c] }))]}
            {...field('accommodationKind')}
          />
          {v.accommodationKind && !['S', 'X'].includes(v.accommodationKind) && <Radios label={CARE_LEAVER_BIRTHDAY_FORM_LABELS.suitable} small inline options={YES_NO} {...field('suitable')} />}
        </>
      )}
    </RecordFormPage>
  );
}
