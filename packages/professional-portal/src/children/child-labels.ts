import { FORMER_LOCAL_AUTHORITIES, isPreviousPermanence, LOCAL_AUTHORITIES, PERMANENCE_OUTSIDE_ENGLAND, permanenceAuthorityName, PREVIOUS_PERMANENCE_LABELS } from '@forever-planning/shared';
import type { CategoryOfNeed, Gender } from '../gql/graphql';

export const GENDER_LABELS: Record<Gender, string> = {
  FEMALE: 'Female',
  MALE: 'Male',
  OTHER: 'Other',
  NOT_KNOWN: 'Not known',
};

/** SSDA903 categories of need. */
export const CATEGORY_OF_NEED_LABELS: Record<CategoryOfNeed, string> = {
  N1: 'N1 – Abuse or neglect',
  N2: 'N2 – Child’s disability',
  N3: 'N3 – Parental illness or disability',
  N4: 'N4 – Family in acute stress',
  N5: 'N5 – Family dysfunction',
  N6: 'N6 – Socially unacceptable behaviour',
  N7: 'N7 – Low income',
  N8: 'N8 – Absent parenting',
};

export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** LA_PERM choices: England's authorities by name (with their DfE number), former ones for older orders, then outside England. */
export const PERMANENCE_AUTHORITY_OPTIONS: { value: string; label: string }[] = [
  ...[...LOCAL_AUTHORITIES].sort((a, b) => a.name.localeCompare(b.name)).map((a) => ({ value: a.la, label: `${a.name} (${a.la})` })),
  ...FORMER_LOCAL_AUTHORITIES.map((a) => ({ value: a.la, label: `${a.name}, before it was reorganised (${a.la})` })),
  ...Object.entries(PERMANENCE_OUTSIDE_ENGLAND).map(([value, label]) => ({ value, label: `${label} (${value})` })),
];

/** A held partial date (2019-06-ZZ) in words: "June 2019", "2015", or the full day. */
export function formatPartialDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const [y, m, d] = value.split('-');
  if (m === 'ZZ') return `${y} (day and month not known)`;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return d === 'ZZ' ? `${month} ${y} (day not known)` : `${Number(d)} ${month} ${y}`;
}

/** Previous permanence on the record, in words. */
export function previousPermanenceRows(child: { previousPermanence?: string | null; previousPermanenceLa?: string | null; previousPermanenceDate?: string | null }) {
  const code = child.previousPermanence ?? null;
  return [
    { key: 'Before this time in care', value: code && isPreviousPermanence(code) ? PREVIOUS_PERMANENCE_LABELS[code] : 'Not recorded' },
    ...(child.previousPermanenceLa || child.previousPermanenceDate
      ? [
          { key: 'Order made by', value: child.previousPermanenceLa ? `${permanenceAuthorityName(child.previousPermanenceLa)} (${child.previousPermanenceLa})` : null },
          { key: 'Date of the order', value: formatPartialDate(child.previousPermanenceDate) },
        ]
      : []),
  ];
}
