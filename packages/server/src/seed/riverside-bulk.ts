import { PLAN_OPTIONS, type CategoryOfNeed, type PlacementType, type PlanOption, type PlanStatus } from '@forever-planning/shared';
import type { BuiltChild, PlanSpec } from './child-builder';
import { addAdvocacy, addChildMessage, addLifeStory, addNetwork, addViews } from './child-records';
import { journey, ROUTE_BY_OPTION, type LegalRoute } from './journeys';
import { ADULT_FIRST_NAMES, HERITAGES, UASC_HERITAGES, type Heritage } from './names';
import type { SeededRandom } from './random';
import { tellStory, type StoryContext } from './story';

/**
 * The rest of Riverside's children, generated from the seeded random stream:
 * every plan option in turn, with statuses cycling, so the caseload covers
 * every option and status in believable proportions.
 */

const AGES: Record<PlanOption, readonly [number, number]> = {
  REUNIFICATION: [0, 15],
  REMAIN_WITH_PARENTS: [2, 14],
  KINSHIP_CARE: [1, 15],
  SPECIAL_GUARDIANSHIP: [1, 13],
  CHILD_ARRANGEMENTS_ORDER: [2, 13],
  ADOPTION: [1, 5],
  EARLY_PERMANENCE: [0, 1],
  LONG_TERM_FOSTERING: [5, 16],
  RESIDENTIAL_CARE: [11, 17],
  STAYING_PUT: [16, 17],
  SUPPORTED_LODGINGS: [16, 17],
  SHARED_CARE: [5, 15],
};

const HOME_BY_OPTION: Record<PlanOption, PlacementType> = {
  REUNIFICATION: 'FOSTER_CARE',
  REMAIN_WITH_PARENTS: 'PARENTS',
  KINSHIP_CARE: 'CONNECTED_PERSON',
  SPECIAL_GUARDIANSHIP: 'CONNECTED_PERSON',
  CHILD_ARRANGEMENTS_ORDER: 'CONNECTED_PERSON',
  ADOPTION: 'FOSTER_CARE',
  EARLY_PERMANENCE: 'FOSTERING_FOR_ADOPTION',
  LONG_TERM_FOSTERING: 'LONG_TERM_FOSTER',
  RESIDENTIAL_CARE: 'RESIDENTIAL',
  STAYING_PUT: 'LONG_TERM_FOSTER',
  SUPPORTED_LODGINGS: 'SUPPORTED_LODGINGS',
  SHARED_CARE: 'FOSTER_CARE',
};

const CONTINGENCY: Record<PlanOption, readonly PlanOption[]> = {
  REUNIFICATION: ['KINSHIP_CARE', 'LONG_TERM_FOSTERING'],
  REMAIN_WITH_PARENTS: ['KINSHIP_CARE'],
  KINSHIP_CARE: ['SPECIAL_GUARDIANSHIP', 'LONG_TERM_FOSTERING'],
  SPECIAL_GUARDIANSHIP: ['LONG_TERM_FOSTERING'],
  CHILD_ARRANGEMENTS_ORDER: ['SPECIAL_GUARDIANSHIP'],
  ADOPTION: ['LONG_TERM_FOSTERING'],
  EARLY_PERMANENCE: ['ADOPTION'],
  LONG_TERM_FOSTERING: ['SPECIAL_GUARDIANSHIP'],
  RESIDENTIAL_CARE: ['LONG_TERM_FOSTERING'],
  STAYING_PUT: ['SUPPORTED_LODGINGS'],
  SUPPORTED_LODGINGS: ['STAYING_PUT'],
  SHARED_CARE: ['REMAIN_WITH_PARENTS'],
};

/** What the plan usually was before it changed, for plan histories. */
const EARLIER_OPTION: Record<PlanOption, PlanOption> = {
  REUNIFICATION: 'REUNIFICATION',
  REMAIN_WITH_PARENTS: 'REUNIFICATION',
  KINSHIP_CARE: 'REUNIFICATION',
  SPECIAL_GUARDIANSHIP: 'KINSHIP_CARE',
  CHILD_ARRANGEMENTS_ORDER: 'REUNIFICATION',
  ADOPTION: 'REUNIFICATION',
  EARLY_PERMANENCE: 'REUNIFICATION',
  LONG_TERM_FOSTERING: 'REUNIFICATION',
  RESIDENTIAL_CARE: 'LONG_TERM_FOSTERING',
  STAYING_PUT: 'LONG_TERM_FOSTERING',
  SUPPORTED_LODGINGS: 'LONG_TERM_FOSTERING',
  SHARED_CARE: 'REMAIN_WITH_PARENTS',
};

const STATUS_CYCLE: readonly PlanStatus[] = ['ENDORSED', 'DRAFT', 'ENDORSED', 'PROPOSED', 'APPROVED', 'ENDORSED', 'RECOMMENDED_BY_PANEL', 'ACHIEVED'];
/** Plans that are achieved while the child stays looked after. */
const ACHIEVABLE: readonly PlanOption[] = ['LONG_TERM_FOSTERING', 'STAYING_PUT', 'KINSHIP_CARE', 'REMAIN_WITH_PARENTS', 'SHARED_CARE', 'RESIDENTIAL_CARE', 'SUPPORTED_LODGINGS'];
const ENDORSED: readonly PlanStatus[] = ['ENDORSED', 'ACHIEVED'];
const NEEDS: readonly CategoryOfNeed[] = ['N1', 'N1', 'N1', 'N1', 'N4', 'N5', 'N5', 'N3', 'N6', 'N7'];
const HEALTH = ['Asthma.', 'Eczema.', 'Dental treatment outstanding.', 'ADHD: medication each morning.', 'Speech and language therapy.', 'Anxiety: CAMHS referral made.'];
const MOVE_COUNTS = [0, 0, 0, 1, 1, 1, 2, 2, 3];

export function weighted(rng: SeededRandom, list: readonly Heritage[]): Heritage {
  const total = list.reduce((sum, h) => sum + h.weight, 0);
  let at = rng.next() * total;
  for (const h of list) {
    at -= h.weight;
    if (at < 0) return h;
  }
  return list[list.length - 1];
}

export function seedGeneratedChildren(ctx: StoryContext, count: number, workers: Map<string, number>, takenNames: Set<string>): BuiltChild[] {
  const { seed } = ctx;
  const { rng, today } = seed;
  const iroLoad = new Map([['ira.iro', 0], ['ivan.iro', 0]]);
  const built: BuiltChild[] = [];
  for (let i = 0; i < count; i++) {
    const option = PLAN_OPTIONS[i % PLAN_OPTIONS.length];
    let status = STATUS_CYCLE[i % STATUS_CYCLE.length];
    if (status === 'ACHIEVED' && !ACHIEVABLE.includes(option)) status = 'ENDORSED';
    const endorsed = ENDORSED.includes(status);
    const versions = endorsed && option !== 'EARLY_PERMANENCE' ? (i % 7 === 0 ? 3 : i % 3 === 0 ? 2 : 1) : 1;
    const unstable = option === 'RESIDENTIAL_CARE' && i % 24 === 20;

    const [minAge, maxAge] = AGES[option];
    let age = rng.int(minAge, maxAge);
    const minLa = versions > 1 ? 520 : endorsed ? 220 : status === 'DRAFT' ? 25 : 100;
    const maxLa = status === 'DRAFT' ? 160 : versions > 1 ? 1800 : 1100;
    let birthday = rng.int(10, 350);
    if (age * 365 + birthday - 2 < minLa) age = Math.ceil((minLa + 2 - birthday) / 365);
    let laDaysAgo = rng.int(minLa, Math.max(minLa, Math.min(maxLa, age * 365 + birthday - 2)));
    if (age === 0) birthday = Math.max(birthday, laDaysAgo + 2);

    const uasc = age >= 15 && (option === 'SUPPORTED_LODGINGS' || option === 'STAYING_PUT') && rng.chance(0.6);
    // Unaccompanied children stay under section 20; keep them under two years so Mihai stays the drift example.
    if (uasc && laDaysAgo > 690) laDaysAgo = Math.max(minLa, 690 - rng.int(0, 100));
    const heritage = weighted(rng, uasc ? UASC_HERITAGES : HERITAGES);
    const gender = uasc ? (rng.chance(0.9) ? 'MALE' : 'FEMALE') : rng.chance(0.5) ? 'MALE' : 'FEMALE';
    let first: string;
    let last: string;
    do {
      first = rng.pick(gender === 'MALE' ? heritage.male : heritage.female);
      last = rng.pick(heritage.surnames);
    } while (takenNames.has(`${first} ${last}`));
    takenNames.add(`${first} ${last}`);

    let route: LegalRoute = uasc ? 'SECTION_20' : rng.pick(ROUTE_BY_OPTION[option]);
    if (route === 'INTERIM_ONLY' && laDaysAgo > 200) route = option === 'ADOPTION' ? 'PLACEMENT_ORDER' : 'CARE_ORDER';
    // Long section 20 stays are the exception that Mihai's story shows; keep generated ones under two years.
    if (route === 'SECTION_20' && laDaysAgo > 700 && !uasc) route = 'CARE_ORDER';

    const worker = [...workers.entries()].sort((a, b) => b[1] - a[1])[0][0];
    workers.set(worker, (workers.get(worker) ?? 0) - 1);
    const iro = (iroLoad.get('ira.iro') ?? 0) <= (iroLoad.get('ivan.iro') ?? 0) ? 'ira.iro' : 'ivan.iro';
    iroLoad.set(iro, (iroLoad.get(iro) ?? 0) + 1);

    const contingencies = i % 10 === 4 && status !== 'DRAFT' ? [] : CONTINGENCY[option];
    const plans: PlanSpec[] = [];
    for (let v = 1; v < versions; v++) plans.push({ option: EARLIER_OPTION[option], status: 'ENDED', contingencies: [option] });
    plans.push({ option, status, contingencies, shareWithChild: endorsed && age >= 8 && rng.chance(0.6) });

    const home = status === 'ACHIEVED' && option === 'REUNIFICATION' ? 'PARENTS' : HOME_BY_OPTION[option];
    const child = tellStory(ctx, {
      first, last, gender, age, birthdayDaysAgo: birthday,
      ethnicity: heritage.ethnicity, religion: rng.pick(heritage.religions), language: rng.pick(heritage.languages),
      uasc, worker, iro, laDaysAgo,
      categoryOfNeed: uasc ? 'N8' : option === 'SHARED_CARE' ? 'N2' : rng.pick(NEEDS),
      legal: route,
      placements: (la) => journey(rng, {
        lookedAfter: la, today, finalType: home,
        moves: unstable ? 5 : Math.min(rng.pick(MOVE_COUNTS), Math.floor(laDaysAgo / 120)),
        recentMoves: unstable ? 4 : 0,
      }),
      plans,
      reviewOverdue: i % 6 === 1,
      disability: option === 'SHARED_CARE' ? rng.pick(['Cerebral palsy; uses a wheelchair.', 'Autism; non-verbal, uses PECS.', 'Profound and multiple learning disability.']) : undefined,
      healthNeeds: rng.chance(0.3) ? rng.pick(HEALTH) : undefined,
    });
    addGeneratedRecords(ctx, child, i);
    built.push(child);
  }
  return built;
}

/** A little network, life story and voice for each generated child, so no record looks empty. */
function addGeneratedRecords(ctx: StoryContext, child: BuiltChild, i: number): void {
  const { seed } = ctx;
  const { rng } = seed;
  const workerId = child.spec.socialWorkerId ?? ctx.user('harriet.head');
  const last = child.spec.lastName;
  const name = child.spec.firstName;
  addNetwork(seed, child, [
    { kind: 'RELATIVE', name: `${rng.pick(ADULT_FIRST_NAMES)} ${last}`, relationship: 'Mother' },
    {
      kind: 'RELATIVE', name: `${rng.pick(ADULT_FIRST_NAMES)} ${last}`, relationship: rng.pick(['Maternal grandmother', 'Paternal grandfather', 'Paternal aunt', 'Maternal uncle']),
      consideredAsCarer: i % 3 === 0, carerAssessmentOutcome: i % 3 === 0 ? rng.pick(['Viability assessment negative.', 'Withdrew from assessment.', 'Approved as connected person.']) : undefined,
    },
    ...(child.age >= 5
      ? [{ kind: 'TRUSTED_ADULT' as const, name: `${rng.pick(['Mr', 'Ms', 'Mrs'])} ${rng.pick(['Ahmed', 'Clarke', 'Lewis', 'Okonjo', 'Fraser', 'Begum'])}`, relationship: child.spec.placements.some((p) => p.type === 'RESIDENTIAL') ? `Key worker (${name} chose them)` : `Teacher (${name} named them)` }]
      : []),
    ...(child.spec.placements.length > 2 ? [{ kind: 'LIFELONG_LINK' as const, name: child.spec.placements[0].carerName, relationship: 'Former foster carer' }] : []),
  ]);
  addLifeStory(seed, child, [
    { kind: 'PHOTO', title: `${name} on their first day at school`, words: 'A photo from the carers.', occurredDaysAgo: rng.int(60, 600), audience: 'CHILD_NOW' },
    ...(i % 4 === 0 ? [{ kind: 'LETTER' as const, title: 'Later-life letter', words: `A letter for ${name} explaining why they came into care.`, occurredDaysAgo: 90, audience: 'CHILD_FROM_AGE' as const, releaseAge: Math.max(child.age + 2, 12) }] : []),
    ...(i % 5 === 2 ? [{ kind: 'DOCUMENT' as const, title: 'Assessment summary', words: 'Parenting assessment summary.', occurredDaysAgo: 200, audience: 'PROFESSIONALS_ONLY' as const }] : []),
  ], workerId);
  if (child.age >= 8 && i % 3 === 1) {
    addViews(seed, child, [
      { topic: rng.pick(['SCHOOL', 'FAMILY_TIME', 'HEALTH', 'PEOPLE_I_TRUST'] as const), words: 'I want to keep going to my club on Thursdays.', mood: 'HAPPY', readers: ['WORKER', 'IRO'], sentDaysAgo: rng.int(20, 120), reply: { words: 'You said you want to keep going to your club. We have arranged transport with your carers.', byId: workerId, afterDays: rng.int(2, 9) } },
    ]);
  }
  if (i === 7) addAdvocacy(seed, child, { status: 'CLOSED', advocateId: ctx.user('ada.advocate'), requestedById: workerId, reason: 'Support at a review.', daysAgo: 300 });
  if (i === 13) addAdvocacy(seed, child, { status: 'CLOSED', advocateId: ctx.user('aled.advocate'), requestedById: workerId, reason: 'Complaint about family time.', daysAgo: 200 });
  if (i === 19) addAdvocacy(seed, child, { status: 'REQUESTED', advocateId: null, requestedById: workerId, byChild: true, reason: 'Asked for an advocate through the portal.', daysAgo: 3 });
  if (i === 9) addChildMessage(seed, child, { kind: 'NOT_HAPPY', sendTo: 'WORKER', words: 'I am not happy that my family time was cancelled again.', daysAgo: 30, acknowledgedById: workerId });
  if (i === 10) addAdvocacy(seed, child, { status: 'ACTIVE', advocateId: ctx.user('aled.advocate'), requestedById: workerId, reason: 'Support to share views about staying put.', daysAgo: 60 });
}
