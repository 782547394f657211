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
