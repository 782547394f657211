import { dateParts, isDateEmpty, isoDate, type DateParts, type Validators } from '@forever-planning/ui';
import { isPermanenceAuthority, isPartialDate } from '@forever-planning/shared';
import { changedKeys, maxLength, reapplyChanges } from '../common/form-changes';
import type { ChildRecordFragment, UpdateChildInput } from '../gql/graphql';

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
  legalFirstName: 'Legal first name',
  legalLastName: 'Legal last name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  gender: 'Gender',
  ethnicity: 'Ethnicity',
  religion: 'Religion',
  firstLanguage: 'First language',
  disability: 'Disability',
  healthNeeds: 'Health needs',
  school: 'School',
  virtualSchool: 'Virtual school',
  upn: 'Unique pupil number',
  uasc: 'Unaccompanied asylum-seeking child',
  dateLookedAfter: 'Date became looked after',
  categoryOfNeed: 'Category of need',
  previousPermanence: 'Before this time in care',
  previousPermanenceLa: 'Local authority that made the order',
  previousPermanenceDate: 'Date of the order',
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
  return (v: string) => (!v.trim() ? `Enter the child’s ${label.toLowerCase()}` : maxLength(label, 100)(v));
}

function dateRule(label: string, required: boolean) {
  return (v: DateParts): string | undefined => {
    if (isDateEmpty(v)) return required ? `Enter the ${label.toLowerCase()}` : undefined;
    const iso = isoDate(v);
    if (!iso) return `${label} must be a real date`;
    if (iso > todayIso()) return `${label} must be today or in the past`;
    return undefined;
  };
}

export const childDetailsValidators: Validators<ChildDetailsValues> = {
  legalFirstName: requiredName('Legal first name'),
  legalLastName: requiredName('Legal last name'),
  preferredName: maxLength('Preferred name', 100),
  dateOfBirth: dateRule('Date of birth', true),
  gender: (v) => (v ? undefined : 'Select the child’s gender'),
  ethnicity: maxLength('Ethnicity', 100),
  religion: maxLength('Religion', 100),
  firstLanguage: maxLength('First language', 100),
  disability: maxLength('Disability', 2000),
  healthNeeds: maxLength('Health needs', 2000),
  school: maxLength('School', 100),
  virtualSchool: maxLength('Virtual school', 100),
  upn: (v) =>
    v.trim() && !/^([A-Z][0-9]{11}[0-9A-Z]|UN[2-5])$/.test(v.trim().toUpperCase())
      ? 'Unique pupil number must be a letter, 11 numbers, then a letter or number, like A12345678901B, or UN2 to UN5 if it is not known'
      : undefined,
  previousPermanenceLa: (v, all) =>
    isOrder(all.previousPermanence) && !v ? 'Select the local authority that made the order, or Wales, Scotland, Northern Ireland or outside the UK' : v && !isPermanenceAuthority(v) ? 'Select a local authority from the list' : undefined,
  previousPermanenceDate: (v, all) => {
    if (!isOrder(all.previousPermanence)) return undefined;
    if (!v.year.trim()) return 'Enter at least the year of the order; leave the day, or the day and month, blank if they are not known';
    if (v.day.trim() && !v.month.trim()) return 'Enter the month of the order, or leave the day blank too';
    const value = partialDateValue(v);
    if (!value || !/^\d{4}-/.test(value) || !isPartialDate(value)) return 'Date of the order must be a real date';
    const looked = isoDate(all.dateLookedAfter);
    const [y, m] = value.split('-');
    const latest = m === 'ZZ' ? `${y}-12-31` : value.endsWith('ZZ') ? `${y}-${m}-31` : value;
    if (looked && latest >= looked) return 'Date of the order must be before the child became looked after (if only the year is known and it is the same year, add the month)';
    return undefined;
  },
  dateLookedAfter: (v, all) => {
    const basic = dateRule('Date became looked after', false)(v);
    if (basic || isDateEmpty(v)) return basic;
    const dob = isoDate(all.dateOfBirth);
    return dob && isoDate(v)! < dob ? 'Date became looked after must be on or after the date of birth' : undefined;
  },
};

/** A server error's field ("input.dateOfBirth" or "dateOfBirth") as one of the form's fields. */
export function formField(field: string | undefined): ChildDetailsField | undefined {
  const last = field?.split('.').at(-1);
  return last && last in FIELD_LABELS ? (last as ChildDetailsField) : undefined;
}
