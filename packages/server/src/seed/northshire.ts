import { newId } from './seed-rows';
import type { BuiltChild } from './child-builder';
import { addNetwork } from './child-records';
import { journey } from './journeys';
import { tellStory, type StoryContext } from './story';

/** Northshire's few children exist to show that one council never sees another's. */
export function seedNorthshireChildren(ctx: StoryContext): BuiltChild[] {
  const { rng, today } = ctx.seed;
  // Northshire works to Newham's profile: permanence panel within 10 days,
  // planning meetings within a month then monthly. Riverside keeps the national default.
  ctx.seed.rows.policyVersions.push({
    id: newId(), councilId: ctx.seed.councilId, baseProfile: 'newham', effectiveFrom: '2020-01-01', overrides: {}, createdById: ctx.user('noah.head'),
  });
  const base = { worker: 'nina.worker', iro: 'nell.iro', religion: 'No religion', language: 'English', ethnicity: 'White British' } as const;
  const children = [
    tellStory(ctx, {
      ...base, first: 'Ethan', last: 'Marsh', gender: 'MALE', age: 10, birthdayDaysAgo: 70, laDaysAgo: 800, legal: 'CARE_ORDER',
      school: 'Northshire Primary School',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'LONG_TERM_FOSTER', moves: 1 }),
      plans: [{ option: 'LONG_TERM_FOSTERING', status: 'ENDORSED', contingencies: ['SPECIAL_GUARDIANSHIP'] }],
    }),
    tellStory(ctx, {
      ...base, first: 'Isla', last: 'Brooks', gender: 'FEMALE', age: 7, birthdayDaysAgo: 200, laDaysAgo: 260, legal: 'CARE_ORDER',
      school: 'Northshire Primary School',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'CONNECTED_PERSON', moves: 1 }),
      plans: [{ option: 'KINSHIP_CARE', status: 'APPROVED', contingencies: ['LONG_TERM_FOSTERING'] }],
    }),
    tellStory(ctx, {
      ...base, first: 'Freya', last: 'Lawson', gender: 'FEMALE', age: 14, birthdayDaysAgo: 33, laDaysAgo: 500, legal: 'SECTION_20',
      ethnicity: 'Mixed - White and Asian', school: 'Northshire High School', reviewOverdue: true,
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'FOSTER_CARE', moves: 2 }),
      plans: [{ option: 'REUNIFICATION', status: 'PROPOSED', contingencies: ['LONG_TERM_FOSTERING'] }],
    }),
    tellStory(ctx, {
      ...base, first: 'Leon', last: 'Pike', gender: 'MALE', age: 16, birthdayDaysAgo: 150, laDaysAgo: 1400, legal: 'CARE_ORDER',
      school: 'Northshire College',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'SEMI_INDEPENDENT', moves: 2 }),
      plans: [{ option: 'SUPPORTED_LODGINGS', status: 'ENDORSED', contingencies: ['STAYING_PUT'] }],
    }),
  ];
  for (const child of children) addNetwork(ctx.seed, child, [{ kind: 'RELATIVE', name: `Karen ${child.spec.lastName}`, relationship: 'Mother' }]);
  return children;
}
