import { FORMER_LOCAL_AUTHORITIES, isPreviousPermanence, LOCAL_AUTHORITIES, PERMANENCE_OUTSIDE_ENGLAND, permanenceAuthorityName, PREVIOUS_PERMANENCE_LABELS } from '@forever-planning/shared';
import type { CategoryOfNeed, Gender } from '../gql/graphql';
import { say } from '../i18n/i18n';

export const GENDER_LABELS: Record<Gender, string> = {
  FEMALE: say('children.childLabels.female'),
  MALE: say('children.childLabels.male'),
  OTHER: say('children.childLabels.other'),
  NOT_KNOWN: say('children.childLabels.notKnown'),
};

/** SSDA903 categories of need. */
export const CATEGORY_OF_NEED_LABELS: Record<CategoryOfNeed, string> = {
  N1: say('children.childLabels.n1AbuseOr'),
  N2: say('children.childLabels.n2ChildSDisability'),
  N3: say('children.childLabels.n3ParentalIllness'),
  N4: say('children.childLabels.n4FamilyIn'),
  N5: say('children.childLabels.n5FamilyDysfunction'),
  N6: say('children.childLabels.n6SociallyUnacceptable'),
  N7: say('children.childLabels.n7LowIncome'),
  N8: say('children.childLabels.n8AbsentParenting'),
};

export const yesNo = (value: boolean) => (value ? say('children.childLabels.yes') : say('children.childLabels.no'));

/** LA_PERM choices: England's authorities by name (with their DfE number), former ones for older orders, then outside England. */
export const PERMANENCE_AUTHORITY_OPTIONS: { value: string; label: string }[] = [
  ...[...LOCAL_AUTHORITIES].sort((a, b) => a.name.localeCompare(b.name)).map((a) => ({ value: a.la, label: `${a.name} (${a.la})` })),
  ...FORMER_LOCAL_AUTHORITIES.map((a) => ({ value: a.la, label: say('children.childLabels.beforeIt', { name: a.name, la: a.la }) })),
  ...Object.entries(PERMANENCE_OUTSIDE_ENGLAND).map(([value, label]) => ({ value, label: `${label} (${value})` })),
];

/** A held partial date (2019-06-ZZ) in words: "June 2019", "2015", or the full day. */
export function formatPartialDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const [y, m, d] = value.split('-');
  if (m === 'ZZ') return say('children.childLabels.dayAndMonth', { y });
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return d === 'ZZ' ? say('children.childLabels.dayNotKnown', { month, y }) : `${Number(d)} ${month} ${y}`;
}

/** Previous permanence on the record, in words. */
export function previousPermanenceRows(child: { previousPermanence?: string | null; previousPermanenceLa?: string | null; previousPermanenceDate?: string | null }) {
  const code = child.previousPermanence ?? null;
  return [
    { key: say('children.childLabels.beforeThisTimeIn'), value: code && isPreviousPermanence(code) ? PREVIOUS_PERMANENCE_LABELS[code] : say('children.childLabels.notRecorded') },
    ...(child.previousPermanenceLa || child.previousPermanenceDate
      ? [
          { key: say('children.childLabels.orderMadeBy'), value: child.previousPermanenceLa ? `${permanenceAuthorityName(child.previousPermanenceLa)} (${child.previousPermanenceLa})` : null },
          { key: say('children.childLabels.dateOfTheOrder'), value: formatPartialDate(child.previousPermanenceDate) },
        ]
      : []),
  ];
}
