import type { PlanOption } from '@forever-planning/shared';

/**
 * Words for generated plans, written the way Newham's workshop asks: an
 * outcome for the child, how we will know, what will be done, and by whom.
 * `{name}` is the child's first name.
 */
export interface OutcomeWording {
  outcome: string;
  measure: string;
  actions: string;
  byWhom: string;
}

export const OUTCOME_WORDING: Record<PlanOption, readonly OutcomeWording[]> = {
  REUNIFICATION: [
    {
      outcome: '{name} will go home to live with Mum and feel safe there',
      measure: 'Overnight stays at home go well, with no concerns from the safety network',
      actions: 'Increase family time to weekend overnights; family network meeting to agree the safety plan',
      byWhom: 'Mum, social worker, family support worker',
    },
    {
      outcome: '{name} will see Mum regularly and it will feel good, not worrying',
      measure: 'Mum attends every family time session on time and sober',
      actions: 'Mum to continue with her recovery worker and give tests before family time',
      byWhom: 'Mum and recovery worker',
    },
  ],
  REMAIN_WITH_PARENTS: [
    {
      outcome: '{name} will stay living at home with the right help',
      measure: 'Home visits find the house clean and {name} well cared for',
      actions: 'Family support worker twice weekly; parenting programme',
      byWhom: 'Parents and family support worker',
    },
    {
      outcome: 'The care order can end because {name} is safe at home',
      measure: 'Six months without safeguarding concerns; school attendance above 95%',
      actions: 'Prepare the discharge application and the support plan after the order',
      byWhom: 'Social worker and legal team',
    },
  ],
  KINSHIP_CARE: [
    {
      outcome: '{name} will grow up with family who know and love them',
      measure: 'The connected person assessment is positive and approved at fostering panel',
      actions: 'Complete the connected person assessment; support plan for the carers',
      byWhom: 'Fostering social worker',
    },
    {
      outcome: '{name} will keep in touch with Mum and Dad in a way that feels safe',
      measure: 'Family time happens as agreed and {name} says it feels OK',
      actions: 'Agree family time arrangements with the carers and parents',
      byWhom: 'Social worker and kinship carers',
    },
  ],
  SPECIAL_GUARDIANSHIP: [
    {
      outcome: '{name} will stay with their carers for good, without social workers in their life',
      measure: 'Special guardianship order granted with a support plan in place',
      actions: 'Special guardianship report to court; agree the support plan and allowance',
      byWhom: 'Social worker and kinship assessor',
    },
    {
      outcome: '{name} will understand why they live with their carers',
      measure: 'Life story book started and shared with {name}',
      actions: 'Life story work sessions each month',
      byWhom: 'Social worker and carers',
    },
  ],
  CHILD_ARRANGEMENTS_ORDER: [
    {
      outcome: '{name} will live with Dad under a child arrangements order',
      measure: 'Dad’s home assessed as suitable; order made by the court',
      actions: 'Parenting assessment of Dad; statement to court',
      byWhom: 'Social worker',
    },
  ],
  ADOPTION: [
    {
      outcome: '{name} will have a family for life through adoption',
      measure: 'A match with adopters is approved at adoption panel',
      actions: 'Family finding with the regional adoption agency; child permanence report',
      byWhom: 'Family finder and social worker',
    },
    {
      outcome: '{name} will know their story as they grow up',
      measure: 'Life story book and later-life letter written before the move',
      actions: 'Write the later-life letter; gather photos from the birth family',
      byWhom: 'Social worker',
    },
  ],
  EARLY_PERMANENCE: [
    {
      outcome: '{name} will stay with the same carers whatever the court decides',
      measure: 'Fostering for adoption carers approved and {name} placed with them',
      actions: 'Match with approved early permanence carers; explain concurrency to the parents',
      byWhom: 'Social worker and regional adoption agency',
    },
    {
      outcome: '{name} will keep a link with their birth parents while the court decides',
      measure: 'Family time three times a week goes ahead and is recorded',
      actions: 'Supervised family time at the family centre',
      byWhom: 'Family time workers',
    },
  ],
  LONG_TERM_FOSTERING: [
    {
      outcome: '{name} will know they can stay with their carers until they are grown up',
      measure: 'Long-term match approved at fostering panel and explained to {name}',
      actions: 'Matching report to fostering panel; talk with {name} about what it means',
      byWhom: 'Social worker and supervising social worker',
    },
    {
      outcome: '{name} will do well at school',
      measure: 'Personal education plan targets met; attendance above 95%',
      actions: 'Termly PEP meetings; tutoring funded by pupil premium plus',
      byWhom: 'Designated teacher and virtual school',
    },
    {
      outcome: '{name} will keep in touch with their brothers, sisters and family',
      measure: 'Family time happens as planned and {name} says it is enough',
      actions: 'Review the keeping-in-touch plan with {name} before each meeting',
      byWhom: 'Social worker',
    },
  ],
  RESIDENTIAL_CARE: [
    {
      outcome: '{name} will feel settled and safe where they live',
      measure: 'No missing episodes for three months; {name} says they feel safe',
      actions: 'Keyworker sessions weekly; return home interviews after any missing episode',
      byWhom: 'Keyworker and social worker',
    },
    {
      outcome: '{name} will move to a family when ready',
      measure: 'A foster family is found and introductions start',
      actions: 'Referral to the step-down fostering scheme',
      byWhom: 'Social worker and placements team',
    },
  ],
  STAYING_PUT: [
    {
      outcome: '{name} will stay with their carers after 18 under staying put',
      measure: 'Staying put agreement signed by {name} and the carers',
      actions: 'Pathway plan review; agree the staying put arrangement and finances',
      byWhom: 'Social worker and personal adviser',
    },
  ],
  SUPPORTED_LODGINGS: [
    {
      outcome: '{name} will learn the skills to live on their own',
      measure: 'Independence skills checklist completed: budgeting, cooking, bills',
      actions: 'Weekly sessions with the support worker; open a bank account',
      byWhom: 'Support worker and personal adviser',
    },
    {
      outcome: '{name} will be in education, training or work',
      measure: 'College place confirmed and attendance above 90%',
      actions: 'ESOL or college enrolment; bursary application',
      byWhom: 'Personal adviser and virtual school',
    },
  ],
  SHARED_CARE: [
    {
      outcome: '{name} will live at home with short breaks that work for the family',
      measure: 'Short breaks happen every other weekend and parents say they are coping',
      actions: 'Review the short breaks plan; occupational therapy assessment for home adaptations',
      byWhom: 'Social worker and disabled children’s team',
    },
  ],
};

export const CHILD_WISHES_YOUNG = [
  '{name} is too young to say; the carers describe a settled, happy child who reaches for them when upset.',
  'Observed at family time: {name} is comfortable with Mum and settles quickly back with the carers.',
];

export const CHILD_WISHES = [
  '{name} wants to stay where they live now and not move again.',
  '{name} wants to see their brothers and sisters more often.',
  '{name} says they want to go home but understands Mum needs to get better first.',
  '{name} wants to stay at the same school and keep their friends.',
  '{name} wants to know how long they will live here.',
  '{name} wants to meet any new carer before moving, and wants family asked first.',
];

export const CHILD_FRIENDLY_SUMMARY: Record<PlanOption, string> = {
  REUNIFICATION: 'Your Forever Planning is about going home to Mum when it is safe. We will keep checking how things are going.',
  REMAIN_WITH_PARENTS: 'Your Forever Planning is that you stay living at home, with help for your family.',
  KINSHIP_CARE: 'Your Forever Planning is that you grow up living with your family.',
  SPECIAL_GUARDIANSHIP: 'Your Forever Planning is that you stay with your carers for good. A judge will make it official.',
  CHILD_ARRANGEMENTS_ORDER: 'Your Forever Planning is that you live with Dad. A judge will decide.',
  ADOPTION: 'Your Forever Planning is that you will have a new family for always.',
  EARLY_PERMANENCE: 'Your Forever Planning is that you stay with the same carers while the judge decides.',
  LONG_TERM_FOSTERING: 'Your Forever Planning is that you stay with your carers until you are grown up.',
  RESIDENTIAL_CARE: 'Your Forever Planning is that you stay at your home for now, and move to a family when you are ready.',
  STAYING_PUT: 'Your Forever Planning is that you can stay with your carers after you turn 18.',
  SUPPORTED_LODGINGS: 'Your Forever Planning is that you learn to live on your own, with help nearby.',
  SHARED_CARE: 'Your Forever Planning is that you live at home and have short breaks with your other carers.',
};

export function fill(text: string, name: string): string {
  return text.replace(/\{name\}/g, name);
}
