import { dateParts, isDateEmpty, isoDate, type DateParts, type Validators } from '@forever-planning/ui';
import { isPermanenceAuthority, isPartialDate } from '@forever-planning/shared';
import { changedKeys, maxLength, reapplyChanges } from '../common/form-changes';
import type { ChildRecordFragment, UpdateChildInput } from '../gql/graphql';
import { say } from '../i18n/i18n';

/** The "edit details" form's values: what the boxes hold, as typed. */
export interface ChildDetailsValues {
  legalFirstName: string;
  legalLastName: string;
  preferredName: string;
  dateOfBirth: DateParts;
  gender: string;
  ethnicity: string;
  religion: string;
  firstLanguage: string;
  disability: string;
  healthNeeds: string;
  school: string;
  virtualSchool: string;
  upn: string;
  uasc: string;
  dateLookedAfter: DateParts;
  categoryOfNeed: string;
  previousPermanence: string;
  previousPermanenceLa: string;
  /** The DfE's partial date: the day, or the day and month, left blank when not known. */
  previousPermanenceDate: DateParts;
}

export type ChildDetailsField = keyof ChildDetailsValues;

export const FIELD_LABELS: Record<ChildDetailsField, string> = {
  legalFirstName: say('children.childDetailsForm.legalFirstName'),
  legalLastName: say('children.childDetailsForm.legalLastName'),
  preferredName: say('children.childDetailsForm.preferredName'),
  dateOfBirth: say('children.childDetailsForm.dateOfBirth'),
  gender: say('children.childDetailsForm.gender'),
  ethnicity: say('children.childDetailsForm.ethnicity'),
  religion: say('children.childDetailsForm.religion'),
  firstLanguage: say('children.childDetailsForm.firstLanguage'),
  disability: say('children.childDetailsForm.disability'),
  healthNeeds: say('children.childDetailsForm.healthNeeds'),
  school: say('children.childDetailsForm.school'),
  virtualSchool: say('children.childDetailsForm.virtualSchool'),
  upn: say('children.childDetailsForm.uniquePupilNumber'),
  uasc: say('children.childDetailsForm.unaccompaniedAsylumSeekingChild'),
  dateLookedAfter: say('children.childDetailsForm.dateBecameLookedAfter'),
  categoryOfNeed: say('children.childDetailsForm.categoryOfNeed'),
  previousPermanence: say('children.childDetailsForm.beforeThisTimeIn'),
  previousPermanenceLa: say('children.childDetailsForm.localAuthorityThatMade'),
  previousPermanenceDate: say('children.childDetailsForm.dateOfTheOrder'),
};

export function toValues(child: ChildRecordFragment): ChildDetailsValues {
  return {
    legalFirstName: child.legalFirstName,
    legalLastName: child.legalLastName,
    preferredName: child.preferredName ?? '',
    dateOfBirth: dateParts(child.dateOfBirth),
    gender: child.gender,
    ethnicity: child.ethnicity ?? '',
    religion: child.religion ?? '',
    firstLanguage: child.firstLanguage ?? '',
    disability: child.disability ?? '',
    healthNeeds: child.healthNeeds ?? '',
    school: child.school ?? '',
    virtualSchool: child.virtualSchool ?? '',
    upn: child.upn ?? '',
    uasc: child.uasc ? 'yes' : 'no',
    dateLookedAfter: dateParts(child.dateLookedAfter),
    categoryOfNeed: child.categoryOfNeed ?? '',
    previousPermanence: child.previousPermanence ?? '',
    previousPermanenceLa: child.previousPermanenceLa ?? '',
    previousPermanenceDate: partialDateParts(child.previousPermanenceDate),
  };
}

/** A held partial date (2019-06-ZZ) as the three boxes, the unknown parts blank. */
export function partialDateParts(value: string | null | undefined): DateParts {
  if (!value) return { day: '', month: '', year: '' };
  const [year, month, day] = value.split('-');
  return { day: day === 'ZZ' ? '' : String(Number(day)), month: month === 'ZZ' ? '' : String(Number(month)), year };
}

/** The boxes as the API's partial date (YYYY-MM-DD, ZZ for a blank day or month); null when all are blank. */
export function partialDateValue(v: DateParts): string | null {
  if (!v.day.trim() && !v.month.trim() && !v.year.trim()) return null;
  const two = (s: string) => (s.trim() ? s.trim().padStart(2, '0') : 'ZZ');
  return `${v.year.trim()}-${two(v.month)}-${two(v.day)}`;
}

const isOrder = (code: string) => /^P[1-4]$/.test(code);

const FIELDS = Object.keys(FIELD_LABELS) as ChildDetailsField[];

/** The fields whose values differ between two versions of the form. */
export const changedFields = (values: ChildDetailsValues, base: ChildDetailsValues) => changedKeys(values, base, FIELDS);

/** Puts the fields someone changed (mine against the version they started from) on top of a newer record. */
export const reapply = (mine: ChildDetailsValues, mineBase: ChildDetailsValues, fresh: ChildDetailsValues) => reapplyChanges(mine, mineBase, fresh, FIELDS);

const text = (v: string) => v.trim() || null;

/** Only the changed fields, as the API wants them: empty optional text is null. */
export function changesInput(values: ChildDetailsValues, base: ChildDetailsValues): Omit<UpdateChildInput, 'id' | 'expectedVersion'> {
  const input: Record<string, unknown> = {};
  for (const k of changedFields(values, base)) {
    const v = values[k];
    if (k === 'dateOfBirth' || k === 'dateLookedAfter') input[k] = isoDate(v as DateParts);
    else if (k === 'previousPermanence' || k === 'previousPermanenceLa' || k === 'previousPermanenceDate') {
      // The three go together: an order's authority and date only with P1 to P4 (DfE rules 630, 635).
      const order = isOrder(values.previousPermanence);
      input.previousPermanence = values.previousPermanence || null;
      input.previousPermanenceLa = order ? values.previousPermanenceLa || null : null;
      input.previousPermanenceDate = order ? partialDateValue(values.previousPermanenceDate) : null;
    }
    else if (k === 'uasc') input[k] = v === 'yes';
    else if (k === 'upn') input[k] = text((v as string).toUpperCase());
    else if (k === 'legalFirstName' || k === 'legalLastName' || k === 'gender') input[k] = (v as string).trim();
    else input[k] = text(v as string);
  }
  return input as Omit<UpdateChildInput, 'id' | 'expectedVersion'>;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

function requiredName(label: string) {
  return (v: string) => (!v.trim() ? say('children.childDetailsForm.enterTheChildS', { label: label.toLowerCase() }) : maxLength(label, 100)(v));
}

function dateRule(label: string, required: boolean) {
  return (v: DateParts): string | undefined => {
    if (isDateEmpty(v)) return required ? say('children.childDetailsForm.enterThe', { label: label.toLowerCase() }) : undefined;
    const iso = isoDate(v);
    if (!iso) return say('children.childDetailsForm.mustBeA', { label });
    if (iso > todayIso()) return say('children.childDetailsForm.mustBeToday', { label });
    return undefined;
  };
}

export const childDetailsValidators: Validators<ChildDetailsValues> = {
  legalFirstName: requiredName(say('children.childDetailsForm.legalFirstName')),
  legalLastName: requiredName(say('children.childDetailsForm.legalLastName')),
  preferredName: maxLength(say('children.childDetailsForm.preferredName'), 100),
  dateOfBirth: dateRule(say('children.childDetailsForm.dateOfBirth'), true),
  gender: (v) => (v ? undefined : say('children.childDetailsForm.selectTheChildSGender')),
  ethnicity: maxLength(say('children.childDetailsForm.ethnicity'), 100),
  religion: maxLength(say('children.childDetailsForm.religion'), 100),
  firstLanguage: maxLength(say('children.childDetailsForm.firstLanguage'), 100),
  disability: maxLength(say('children.childDetailsForm.disability'), 2000),
  healthNeeds: maxLength(say('children.childDetailsForm.healthNeeds'), 2000),
  school: maxLength(say('children.childDetailsForm.school'), 100),
  virtualSchool: maxLength(say('children.childDetailsForm.virtualSchool'), 100),
  upn: (v) =>
    v.trim() && !/^([A-Z][0-9]{11}[0-9A-Z]|UN[2-5])$/.test(v.trim().toUpperCase())
      ? say('children.childDetailsForm.uniquePupilNumberMust')
      : undefined,
  previousPermanenceLa: (v, all) =>
    isOrder(all.previousPermanence) && !v ? say('children.childDetailsForm.selectTheLocalAuthority') : v && !isPermanenceAuthority(v) ? say('children.childDetailsForm.selectALocalAuthority') : undefined,
  previousPermanenceDate: (v, all) => {
    if (!isOrder(all.previousPermanence)) return undefined;
    if (!v.year.trim()) return say('children.childDetailsForm.enterAtLeastThe');
    if (v.day.trim() && !v.month.trim()) return say('children.childDetailsForm.enterTheMonthOf');
    const value = partialDateValue(v);
    if (!value || !/^\d{4}-/.test(value) || !isPartialDate(value)) return say('children.childDetailsForm.dateOfTheOrder2');
    const looked = isoDate(all.dateLookedAfter);
    const [y, m] = value.split('-');
    const latest = m === 'ZZ' ? `${y}-12-31` : value.endsWith('ZZ') ? `${y}-${m}-31` : value;
    if (looked && latest >= looked) return say('children.childDetailsForm.dateOfTheOrder3');
    return undefined;
  },
  dateLookedAfter: (v, all) => {
    const basic = dateRule(say('children.childDetailsForm.dateBecameLookedAfter'), false)(v);
    if (basic || isDateEmpty(v)) return basic;
    const dob = isoDate(all.dateOfBirth);
    return dob && isoDate(v)! < dob ? say('children.childDetailsForm.dateBecameLookedAfter2') : undefined;
  },
};

/** A server error's field ("input.dateOfBirth" or "dateOfBirth") as one of the form's fields. */
export function formField(field: string | undefined): ChildDetailsField | undefined {
  const last = field?.split('.').at(-1);
  return last && last in FIELD_LABELS ? (last as ChildDetailsField) : undefined;
}
