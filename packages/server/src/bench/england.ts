import {
  LIFE_STORY_KINDS,
  LOCAL_AUTHORITIES,
  PARTICIPATION_CODES,
  VIEW_TOPICS,
  type LegalStatusKind,
  type PlacementType,
  type PlanOption,
  type PlanStatus,
} from '@forever-planning/shared';
import { ADULT_FIRST_NAMES, CARER_SURNAMES, HERITAGES, type Heritage } from '../seed/names';
import { demoUpn, demoUrn } from '../seed/child-builder';
import { demoHealthOutcomes } from '../seed/health-outcomes';
import type { IsoDate } from '../database/columns';
import { demoSocialWorkerEpisodes, FORMER_WORKERS } from '../seed/social-worker-episodes';
import { COUNCIL_POSTCODES, IN_AREA_POSTCODES, OUT_OF_AREA_POSTCODES } from '../seed/postcodes';
import { addYears } from '../rules/iso-date';
import { weighted } from '../seed/riverside-bulk';
import { SeededRandom } from '../seed/random';
import { CopyBuffer } from './copy-writer';
import { CASELOAD_RANGE, CHILDREN_PER_ADVOCATE, councilSizes, dayOf, IRO_CASELOAD, isoDay, stamp, uuidFrom, WORKERS_PER_TEAM } from './england-shape';

/**
 * A deterministic synthetic England, written straight into COPY buffers: the
 * same seed gives the same councils, people and records, byte for byte.
 * Open children are allocated to social workers (16 to 20 each), teams of
 * eight workers with a manager, IROs with about 60 children, and as many
 * closed cases (date ceased looked after set, no allocated worker) as open.
 */
export interface EnglandOptions {
  children: number;
  councils: number;
  seed: number;
  /** The day the data is written as of (fixed, so the data does not depend on the run date). */
  today: string;
  passwordHash: string;
}

export interface EnglandTables {
  councils: CopyBuffer;
  teams: CopyBuffer;
  users: CopyBuffer;
  roleAssignments: CopyBuffer;
  children: CopyBuffer;
  legalStatuses: CopyBuffer;
  placements: CopyBuffer;
  plans: CopyBuffer;
  planContingencies: CopyBuffer;
  planOutcomes: CopyBuffer;
  planOutcomeActions: CopyBuffer;
  meetings: CopyBuffer;
  views: CopyBuffer;
  lifeStory: CopyBuffer;
  siblingLinks: CopyBuffer;
  advocacyReferrals: CopyBuffer;
  healthOutcomes: CopyBuffer;
  careLeaverBirthdays: CopyBuffer;
  socialWorkerPlaceholders: CopyBuffer;
  socialWorkerEpisodes: CopyBuffer;
}

/** In foreign-key order: each COPY only refers to rows already loaded. */
export function englandTables(): EnglandTables {
  return {
    councils: new CopyBuffer('councils', ['id', 'name', 'la_code']),
    teams: new CopyBuffer('teams', ['id', 'council_id', 'name']),
    users: new CopyBuffer('users', ['id', 'council_id', 'username', 'password_hash', 'first_name', 'last_name', 'swe_number']),
    children: new CopyBuffer('children', [
      'id', 'council_id', 'team_id', 'social_worker_id', 'iro_id', 'iro_allocated_on', 'local_id', 'legal_first_name', 'legal_last_name',
      'preferred_name', 'date_of_birth', 'gender', 'ethnicity', 'religion', 'first_language', 'school', 'virtual_school', 'home_postcode',
      'date_looked_after', 'date_ceased_looked_after', 'category_of_need', 'uasc', 'advocacy_offered_on',
      'upn', 'mother', 'adoption_decision_on', 'adoption_decision_ceased_on', 'adoption_decision_ceased_reason',
    ]),
    roleAssignments: new CopyBuffer('role_assignments', ['id', 'user_id', 'role', 'council_id', 'team_id', 'child_id']),
    legalStatuses: new CopyBuffer('legal_statuses', ['id', 'child_id', 'status', 'start_date', 'end_date']),
    placements: new CopyBuffer('placements', [
      'id', 'child_id', 'type', 'carer_name', 'start_date', 'end_date', 'in_area', 'postcode', 'provider', 'reason_new_episode', 'reason_for_change', 'end_reason', 'weekly_cost', 'urn',
    ]),
    plans: new CopyBuffer('plans', [
      'id', 'child_id', 'plan_number', 'status', 'primary_option', 'child_wishes', 'bottom_lines', 'child_friendly_summary', 'shared_with_child_at',
      'created_by_id', 'created_at', 'submitted_at', 'approved_by_id', 'approved_at', 'panel_recommendation', 'panel_recommended_at',
      'endorsed_by_id', 'endorsed_at', 'achieved_at', 'ended_at', 'end_reason',
    ]),
    planContingencies: new CopyBuffer('plan_contingencies', ['id', 'plan_id', 'option', 'position']),
    planOutcomes: new CopyBuffer('plan_outcomes', ['id', 'plan_id', 'position', 'outcome', 'measure', 'progress', 'completed']),
    planOutcomeActions: new CopyBuffer('plan_outcome_actions', ['id', 'outcome_id', 'position', 'action', 'by_whom', 'due_date', 'progress', 'completed']),
    meetings: new CopyBuffer('meetings', [
      'id', 'child_id', 'type', 'due_date', 'scheduled_for', 'held_on', 'chair_id', 'attendees', 'decisions', 'participation', 'signed_off_at', 'signed_off_by_id', 'shared_with_child_at',
    ]),
    views: new CopyBuffer('views', ['id', 'child_id', 'topic', 'words', 'mood', 'readers', 'status', 'sent_at', 'reply', 'replied_by_id', 'replied_at', 'created_at']),
    lifeStory: new CopyBuffer('life_story_items', [
      'id', 'child_id', 'kind', 'title', 'occurred_on', 'words', 'added_by_id', 'audience', 'release_on', 'release_age', 'audience_set_by_id', 'created_at',
    ]),
    siblingLinks: new CopyBuffer('sibling_links', ['id', 'child_a_id', 'child_b_id', 'relationship', 'living_together']),
    advocacyReferrals: new CopyBuffer('advocacy_referrals', ['id', 'child_id', 'advocate_id', 'status', 'requested_by_id', 'reason', 'accepted_at']),
    healthOutcomes: new CopyBuffer('health_outcomes', [
      'id', 'child_id', 'year', 'sdq_score', 'sdq_reason', 'convicted', 'health_check', 'immunisations', 'teeth_check', 'health_assessment',
      'substance_misuse', 'intervention_received', 'intervention_offered',
    ]),
    careLeaverBirthdays: new CopyBuffer('care_leaver_birthdays', ['id', 'child_id', 'age', 'in_touch', 'activity', 'accommodation']),
    socialWorkerPlaceholders: new CopyBuffer('social_worker_placeholders', ['id', 'council_id', 'swe_number', 'name']),
    socialWorkerEpisodes: new CopyBuffer('social_worker_episodes', ['id', 'child_id', 'worker_id', 'placeholder_id', 'start_date', 'end_date', 'reason']),
  };
}

const SWE_REGISTERED_ROLES = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'];

/** Ages of children looked after in England (DfE, 31 March): under 1, 1–4, 5–9, 10–15, 16–17. */
const AGE_BANDS: readonly [number, number, number][] = [
  [0, 0, 5],
  [1, 4, 13],
  [5, 9, 17],
  [10, 15, 39],
  [16, 17, 26],
];
const LEGAL_PATHS: readonly (readonly LegalStatusKind[])[] = [
  ['SECTION_20'],
  ['INTERIM_CARE_ORDER', 'FULL_CARE_ORDER'],
  ['INTERIM_CARE_ORDER', 'FULL_CARE_ORDER'],
  ['SECTION_20', 'INTERIM_CARE_ORDER', 'FULL_CARE_ORDER'],
  ['INTERIM_CARE_ORDER', 'PLACEMENT_ORDER'],
];
const PLACEMENT_PATH: readonly PlacementType[] = ['FOSTER_CARE', 'FOSTER_CARE', 'CONNECTED_PERSON', 'LONG_TERM_FOSTER', 'RESIDENTIAL', 'FOSTER_CARE'];
/**
 * Who provides each kind of placement (SSDA903 PLACE_PROVIDER), as the demo
 * records them: foster care by the council or an agency, children's homes and
 * supported accommodation by private or voluntary providers; never PR0
 * (parents, only with P1: rule 550) or PR3 (another public body: rule 529).
 */
const PROVIDERS: Partial<Record<PlacementType, readonly string[]>> = {
  FOSTER_CARE: ['PR1', 'PR1', 'PR4'],
  CONNECTED_PERSON: ['PR1'],
  LONG_TERM_FOSTER: ['PR1', 'PR4'],
  RESIDENTIAL: ['PR1', 'PR4', 'PR5'],
  SUPPORTED_LODGINGS: ['PR4', 'PR5'],
};
/** The LA numbers of the generated councils: Richmond upon Thames first (the demo's real postcodes are in and around it), then the DfE's list. */
const COUNCIL_LA_CODES = ['318', ...LOCAL_AUTHORITIES.map((a) => a.la).filter((la) => la !== '318')];
/**
 * Out of the council's area, its own provision (PR1) can only be a foster or
 * adoptive placement (rule 1015): a children's home or supported accommodation
 * there is run by a private or voluntary provider.
 */
const PROVIDERS_OUT_OF_AREA: Partial<Record<PlacementType, readonly string[]>> = {
  ...PROVIDERS,
  RESIDENTIAL: ['PR4', 'PR5'],
  SUPPORTED_LODGINGS: ['PR4', 'PR5'],
};
/** Homes of children's families, and placements: real postcodes (the demo's), never a home at a placement's postcode. */
const HOME_POSTCODES = [...COUNCIL_POSTCODES.RIVERSIDE, ...COUNCIL_POSTCODES.NORTHSHIRE];
const PLACEMENT_POSTCODES = { in: IN_AREA_POSTCODES, out: OUT_OF_AREA_POSTCODES } as const;
const OPEN_STATUSES: readonly PlanStatus[] = ['ENDORSED', 'DRAFT', 'ENDORSED', 'PROPOSED', 'APPROVED', 'ENDORSED', 'RECOMMENDED_BY_PANEL', 'ACHIEVED'];
const RANK: Record<PlanStatus, number> = { DRAFT: 0, PROPOSED: 1, APPROVED: 2, RECOMMENDED_BY_PANEL: 3, ENDORSED: 4, ACHIEVED: 5, ENDED: 6 };
const OPTIONS_BY_AGE: readonly [number, readonly PlanOption[]][] = [
  [4, ['ADOPTION', 'REUNIFICATION', 'KINSHIP_CARE', 'SPECIAL_GUARDIANSHIP', 'EARLY_PERMANENCE']],
  [11, ['LONG_TERM_FOSTERING', 'REUNIFICATION', 'SPECIAL_GUARDIANSHIP', 'KINSHIP_CARE', 'CHILD_ARRANGEMENTS_ORDER', 'SHARED_CARE']],
  [15, ['LONG_TERM_FOSTERING', 'REUNIFICATION', 'RESIDENTIAL_CARE', 'REMAIN_WITH_PARENTS', 'KINSHIP_CARE']],
  [99, ['LONG_TERM_FOSTERING', 'STAYING_PUT', 'SUPPORTED_LODGINGS', 'RESIDENTIAL_CARE']],
];
const CONTINGENCY_POOL: readonly PlanOption[] = ['LONG_TERM_FOSTERING', 'SPECIAL_GUARDIANSHIP', 'KINSHIP_CARE', 'REUNIFICATION', 'ADOPTION', 'STAYING_PUT'];
const OUTCOMES = [
  ['Feels settled and safe where they live', 'Says so at each visit; no unplanned moves', 'Carer support plan in place', 'Social worker'],
  ['Attends school every day', 'Attendance above 95%', 'Personal education plan reviewed each term', 'Virtual school'],
  ['Keeps in touch with brothers, sisters and family', 'Family time happens as agreed', 'Family time plan agreed and reviewed', 'Social worker'],
  ['Health needs are met', 'Health assessment up to date', 'Annual health assessment booked', 'Health visitor'],
] as const;
const VIEW_WORDS = ['I like living here.', 'I want to see my brother more.', 'School is OK but maths is hard.', 'I miss my mum.', 'Can I stay here?', 'I want to go to football club.'];
const MOODS = ['VERY_SAD', 'SAD', 'OK', 'HAPPY', 'VERY_HAPPY'] as const;
const STORY_TITLES = ['First day at school', 'My birthday party', 'A photo with my carers', 'Letter from Nan', 'Holiday at the seaside', 'My first tooth', 'Sports day'];

function pickAge(rng: SeededRandom): number {
  let at = rng.next() * 100;
  for (const [lo, hi, weight] of AGE_BANDS) {
    at -= weight;
    if (at < 0) return rng.int(lo, hi);
  }
  return 17;
}

/** Cut [from, to] into `parts` ordered days: the starts of each part. */
function cuts(rng: SeededRandom, from: number, to: number, parts: number): number[] {
  const starts = [from];
  for (let i = 1; i < parts; i++) starts.push(from + Math.floor(((to - from) * (i + rng.next() * 0.5)) / parts));
  return starts.map((d, i) => Math.max(d, i > 0 ? starts[i - 1] : d));
}

export interface EnglandSummary {
  councils: number;
  largestCouncil: number;
  users: number;
  rows: Record<string, number>;
}

interface Family {
  size: number;
  open: boolean;
  heritage: Heritage;
  surname: string;
  baseAge: number;
}

/** Generates every council in turn; `flush` is called whenever enough rows are buffered (and at the end). */
export async function generateEngland(settings: EnglandOptions, tables: EnglandTables, flush: () => Promise<void>): Promise<EnglandSummary> {
  const rng = new SeededRandom(settings.seed);
  const id = () => uuidFrom(rng);
  const today = dayOf(settings.today);
  const sizes = councilSizes(settings.children, settings.councils);
  const t = tables;
  let users = 0;
  // Registered staff hold a Social Work England number (made up, the right shape; numbered in turn so no two are the same).
  let sweNumbers = 0;
  const user = (councilId: string, username: string, first: string, last: string, role: string, teamId: string | null, childId: string | null = null) => {
    const userId = id();
    const sweNumber = SWE_REGISTERED_ROLES.includes(role) ? `SW${100_000 + sweNumbers++}` : null;
    t.users.add(userId, councilId, username, settings.passwordHash, first, last, sweNumber);
    t.roleAssignments.add(id(), userId, role, councilId, teamId, childId);
    users++;
    return userId;
  };
  const adult = () => [rng.pick(ADULT_FIRST_NAMES), rng.pick(CARER_SURNAMES)] as const;

  for (let ci = 0; ci < sizes.length; ci++) {
    const n = sizes[ci];
    // Real LA numbers (England's children's services authorities); made-up ones only past the 153 real ones.
    const la = COUNCIL_LA_CODES[ci] ?? String(100 + ci);
    // The council's placeholder records for workers who have left, by Social Work England number.
    const placeholders = new Map<string, string>();
    // Only Richmond's (318) placements can be in its own area: the postcodes the product ships are Richmond's and its neighbours'.
    const ownArea = la === '318';
    const councilId = id();
    t.councils.add(councilId, `Synthetic council ${la}`, la);

    // Families first: a quarter of families are two to five brothers and sisters, so about half the children are in one.
    const families: Family[] = [];
    for (let placed = 0; placed < n; ) {
      const size = Math.min(n - placed, rng.chance(0.25) ? rng.int(2, 5) : 1);
      const heritage = weighted(rng, HERITAGES);
      families.push({ size, open: rng.chance(0.5), heritage, surname: rng.pick(heritage.surnames), baseAge: pickAge(rng) });
      placed += size;
    }
    const open = families.filter((f) => f.open).reduce((s, f) => s + f.size, 0);

    // Workers take open children in family order (brothers and sisters usually share a worker).
    const workerLoads: number[] = [];
    for (let left = open; left > 0; ) {
      const load = Math.min(left, rng.int(CASELOAD_RANGE[0], CASELOAD_RANGE[1]));
      workerLoads.push(load);
      left -= load;
    }
    const teamCount = Math.max(1, Math.ceil(workerLoads.length / WORKERS_PER_TEAM));
    const teams = Array.from({ length: teamCount }, (_, k) => {
      const teamId = id();
      t.teams.add(teamId, councilId, `Children in care team ${k + 1}`);
      const [f, l] = adult();
      return { teamId, managerId: user(councilId, `tm.${la}.${k + 1}`, f, l, 'TEAM_MANAGER', teamId) };
    });
    const workers = workerLoads.map((load, k) => {
      const team = teams[Math.floor(k / WORKERS_PER_TEAM)];
      const [f, l] = adult();
      return { load, team, userId: user(councilId, `sw.${la}.${k + 1}`, f, l, 'SOCIAL_WORKER', team.teamId) };
    });
    const iros = Array.from({ length: Math.max(1, Math.ceil(open / IRO_CASELOAD)) }, (_, k) => {
      const [f, l] = adult();
      return user(councilId, `iro.${la}.${k + 1}`, f, l, 'IRO', null);
    });
    const advocates = Array.from({ length: Math.max(1, Math.ceil(n / CHILDREN_PER_ADVOCATE)) }, (_, k) => {
      const [f, l] = adult();
      return user(councilId, `adv.${la}.${k + 1}`, f, l, 'ADVOCATE', null);
    });
    {
      const [f, l] = adult();
      user(councilId, `hos.${la}`, f, l, 'HEAD_OF_SERVICE', null);
      const [g, m] = adult();
      user(councilId, `admin.${la}`, g, m, 'ADMINISTRATOR', null);
    }

    let workerIndex = 0;
    let workerTaken = 0;
    let openIndex = 0;
    let childNumber = 0;
    let youngPeople = 0;
    for (const family of families) {
      // Let the previous batch's COPY stream out while this council is made.
      if (childNumber % 100 < family.size) await new Promise((resolve) => setImmediate(resolve));
      const memberIds: string[] = [];
      const together = rng.chance(0.6);
      for (let m = 0; m < family.size; m++) {
        childNumber++;
        const childId = id();
        memberIds.push(childId);
        let worker: (typeof workers)[number] | null = null;
        let iroId: string | null = null;
        let team = teams[rng.int(0, teams.length - 1)];
        if (family.open) {
          if (workerTaken >= workers[workerIndex].load) {
            workerIndex++;
            workerTaken = 0;
          }
          worker = workers[workerIndex];
          workerTaken++;
          team = worker.team;
          iroId = iros[Math.floor(openIndex / IRO_CASELOAD) % iros.length];
          openIndex++;
        }
        const age = Math.max(0, Math.min(17, family.baseAge + (m === 0 ? 0 : rng.int(-4, 4))));
        const dob = today - age * 365 - rng.int(1, 364);
        const female = rng.chance(0.45);
        const first = rng.pick(female ? family.heritage.female : family.heritage.male);
        let lookedAfter: number;
        let ceased: number | null = null;
        if (family.open) {
          lookedAfter = Math.max(dob + 1, today - rng.int(20, 2200));
        } else {
          lookedAfter = Math.max(dob + 1, today - rng.int(500, 3200));
          ceased = Math.min(today - 1, lookedAfter + rng.int(120, 1400));
          if (ceased < lookedAfter) ceased = lookedAfter;
        }
        const end = ceased ?? today;
        // Legal status history: the last one open while the child is looked after.
        let path = rng.pick(LEGAL_PATHS);
        let legalStarts = cuts(rng, lookedAfter, end, path.length);
        // No care or placement order for a young person of 17 (Children Act 1989 s31(3)): accommodated under section 20 instead.
        const seventeen = dayOf(addYears(isoDay(dob), 17));
        if (path.some((status, k) => status !== 'SECTION_20' && legalStarts[k] >= seventeen)) {
          path = ['SECTION_20'];
          legalStarts = [lookedAfter];
        }
        // A placement order comes with the agency's decision that the child should be placed for adoption, four weeks before (rule 553).
        const orderAt = path.indexOf('PLACEMENT_ORDER');
        const adoptionDecision = orderAt >= 0 ? isoDay(Math.max(lookedAfter, legalStarts[orderAt] - 28)) : null;
        const ownerId = worker?.userId ?? team.managerId;
        const uasc = age >= 15 && family.size === 1 && rng.chance(0.08);
        t.children.add(
          childId, councilId, team.teamId, worker?.userId ?? null, iroId, iroId ? isoDay(lookedAfter + 5) : null, `${la}-${childNumber}`,
          first, family.surname, rng.chance(0.1) ? first.slice(0, 3) : null, isoDay(dob), female ? 'FEMALE' : 'MALE', family.heritage.ethnicity,
          rng.pick(family.heritage.religions), rng.pick(family.heritage.languages), age >= 4 ? `School ${rng.int(1, 40)}` : null,
          `Virtual School ${la}`, HOME_POSTCODES[rng.int(0, HOME_POSTCODES.length - 1)], isoDay(lookedAfter), ceased === null ? null : isoDay(ceased),
          rng.pick(['N1', 'N1', 'N1', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N8']), uasc, age >= 7 ? isoDay(lookedAfter + 10) : null,
          // As the demo seed records them: a UPN from school age, whether a girl is a mother, the decision to place for adoption.
          demoUpn(la, `${la}-${childNumber}`, isoDay(dob), settings.today), female ? false : null, adoptionDecision,
          // Care that ended other than in adoption ends the decision too (rule 557): RD4, any other reason.
          adoptionDecision !== null && ceased !== null ? isoDay(ceased) : null, adoptionDecision !== null && ceased !== null ? 'RD4' : null,
        );

        path.forEach((status, k) => {
          const stop = k + 1 < path.length ? legalStarts[k + 1] : ceased;
          t.legalStatuses.add(id(), childId, status, isoDay(legalStarts[k]), stop === null ? null : isoDay(stop));
        });

        // Placements: one to four homes, moves end one and start the next on the same day.
        const moves = rng.int(1, 4);
        const placeStarts = cuts(rng, lookedAfter, end, moves);
        for (let k = 0; k < moves; k++) {
          const last = k + 1 === moves;
          const stop = last ? ceased : placeStarts[k + 1];
          // Supported accommodation only from 16 (rule 371): the last home of a young person who moved there at 16 or over.
          const sixteen = isoDay(placeStarts[k]) >= addYears(isoDay(dob), 16);
          const type = sixteen && last ? 'SUPPORTED_LODGINGS' : PLACEMENT_PATH[(k + childNumber) % PLACEMENT_PATH.length];
          const [cf, cl] = adult();
          const carer = type === 'RESIDENTIAL' ? `${cl} House` : `${cf} ${cl}`;
          const inArea = rng.chance(0.7) && ownArea;
          const providers = (inArea ? PROVIDERS : PROVIDERS_OUT_OF_AREA)[type] ?? ['PR4'];
          const postcodes = PLACEMENT_POSTCODES[inArea ? 'in' : 'out'];
          t.placements.add(
            id(), childId, type, carer, isoDay(placeStarts[k]), stop === null ? null : isoDay(stop),
            inArea, postcodes[rng.int(0, postcodes.length - 1)], providers[rng.int(0, providers.length - 1)], k === 0 ? 'S' : null,
            last ? null : 'CARPL', stop === null ? null : last ? 'E13' : 'X1', rng.int(400, 5000), demoUrn(carer),
          );
        }

        // Reviews: 20 working days (about 28 days), 3 months, then every 6 months; the next one pending while open.
        const chairId = iroId ?? iros[childNumber % iros.length];
        let due = lookedAfter + 28;
        let reviewNo = 0;
        let lastHeld: number | null = null;
        while (due <= end && reviewNo < 14) {
          const held = Math.max(lookedAfter, Math.min(end, due - rng.int(0, 10)));
          const signed = rng.chance(0.9);
          t.meetings.add(
            id(), childId, reviewNo === 0 ? 'FIRST_REVIEW' : reviewNo === 1 ? 'SECOND_REVIEW' : 'SUBSEQUENT_REVIEW', isoDay(due), null, isoDay(held),
            chairId, [`${first} ${family.surname}`, 'Social worker', 'Carer'], 'The plan was reviewed and remains right for now.',
            // PN0 for a child under 4 at the review, and only then (rules 440, 441).
            held < dayOf(addYears(isoDay(dob), 4)) ? 'PN0' : PARTICIPATION_CODES[rng.int(1, 7)], signed ? stamp(held + 5) : null, signed ? team.managerId : null, signed && age >= 8 ? stamp(held + 7) : null,
          );
          lastHeld = held;
          due = reviewNo === 0 ? due + 91 : due + 182;
          reviewNo++;
        }
        if (ceased === null) {
          const overdue = rng.chance(0.1);
          const pending = overdue ? today - rng.int(1, 30) : Math.max(due, today + rng.int(1, 120));
          t.meetings.add(
            id(), childId, reviewNo === 0 ? 'FIRST_REVIEW' : reviewNo === 1 ? 'SECOND_REVIEW' : 'SUBSEQUENT_REVIEW', isoDay(pending),
            overdue ? null : isoDay(pending - rng.int(0, 7)), null, chairId, [], null, null, null, null, null,
          );
        }
        if (rng.chance(0.5) && lookedAfter + 120 < end) {
          t.meetings.add(id(), childId, 'PERMANENCE_PLANNING_MEETING', isoDay(lookedAfter + 120), null, isoDay(lookedAfter + 118), team.managerId, ['Social worker', 'Team manager'], 'Permanence options considered.', null, null, null, null);
        }

        // Social worker episodes (sw_episodes), as the demo seed draws them: a former worker (a placeholder record) for some;
        // a closed case had a worker who has since left, from the day care began (left open, as the demo's are: the DfE's SW17
        // wants the child's last episode open on 31 March).
        const placeholderFor = (former: (typeof FORMER_WORKERS)[number]) => {
          let placeholderId = placeholders.get(former.sweNumber);
          if (!placeholderId) {
            placeholderId = id();
            placeholders.set(former.sweNumber, placeholderId);
            t.socialWorkerPlaceholders.add(placeholderId, councilId, former.sweNumber, former.name);
          }
          return placeholderId;
        };
        const episodes = worker
          ? demoSocialWorkerEpisodes(
              { id: childId, localId: `${la}-${childNumber}`, dateLookedAfter: isoDay(lookedAfter), dateCeasedLookedAfter: ceased === null ? null : isoDay(ceased) },
              worker.userId,
              placeholderFor,
              settings.today as IsoDate,
            )
          : [{ workerId: null, placeholderId: placeholderFor(FORMER_WORKERS[childNumber % FORMER_WORKERS.length]), startDate: isoDay(lookedAfter), endDate: null, reason: 'FCONTA' }];
        for (const e of episodes) t.socialWorkerEpisodes.add(id(), childId, e.workerId ?? null, e.placeholderId ?? null, e.startDate, e.endDate ?? null, e.reason);

        // Health outcomes (OC2) for each year looked after from 1 April to 31 March, as the demo seed fills them.
        for (const h of demoHealthOutcomes({ id: childId, localId: `${la}-${childNumber}`, dateOfBirth: isoDay(dob), dateLookedAfter: isoDay(lookedAfter), dateCeasedLookedAfter: ceased === null ? null : isoDay(ceased) }, settings.today)) {
          t.healthOutcomes.add(
            id(), childId, h.year, h.sdqScore ?? null, h.sdqReason ?? null, h.convicted ?? null, h.healthCheck ?? null, h.immunisations, h.teethCheck, h.healthAssessment,
            h.substanceMisuse, h.interventionReceived ?? null, h.interventionOffered ?? null,
          );
        }

        // Care leavers (OC3): each 17th to 21st birthday after care ended, up to today, in touch, in education and semi-independent living (as the demo's).
        if (ceased !== null) {
          for (const years of [17, 18, 19, 20, 21]) {
            const birthday = dayOf(addYears(isoDay(dob), years));
            if (birthday > ceased && birthday <= today) t.careLeaverBirthdays.add(id(), childId, years, 'YES', 'F2', 'E1');
          }
        }

        // Plans: one to three versions; earlier versions ENDED when replaced.
        const options = OPTIONS_BY_AGE.find(([maxAge]) => age <= maxAge)![1];
        const versions = rng.chance(0.6) ? 1 : rng.chance(0.75) ? 2 : 3;
        const planStarts = cuts(rng, lookedAfter + 14 <= end ? lookedAfter + 14 : lookedAfter, end, versions);
        const latestStatus: PlanStatus = family.open ? OPEN_STATUSES[childNumber % OPEN_STATUSES.length] : rng.chance(0.6) ? 'ACHIEVED' : 'ENDED';
        for (let v = 0; v < versions; v++) {
          const current = v + 1 === versions;
          const status: PlanStatus = current ? latestStatus : 'ENDED';
          const option = rng.pick(options);
          const created = planStarts[v];
          const stopAt = current ? (status === 'ENDED' ? end : null) : planStarts[v + 1];
          const window = Math.max(0, (stopAt ?? end) - created);
          const step = (k: number) => created + Math.floor((window * k) / 6);
          const reached = (s: PlanStatus) => status === 'ENDED' || RANK[status] >= RANK[s];
          const planId = id();
          const shared = reached('PROPOSED') && age >= 5;
          const panel = reached('RECOMMENDED_BY_PANEL') && (status === 'RECOMMENDED_BY_PANEL' || option === 'ADOPTION' || option === 'LONG_TERM_FOSTERING');
          t.plans.add(
            planId, childId, v + 1, status, option, age >= 5 ? 'I want to stay where I am and see my family.' : null, 'Safe, stable care.',
            shared ? `Your plan is about where you will grow up: ${option.toLowerCase().replace(/_/g, ' ')}.` : null, shared ? stamp(step(1) + 1) : null,
            ownerId, stamp(created), reached('PROPOSED') ? stamp(step(1)) : null, reached('APPROVED') ? team.managerId : null,
            reached('APPROVED') ? stamp(step(2)) : null, panel ? 'The panel recommends the plan.' : null, panel ? stamp(step(3)) : null,
            reached('ENDORSED') ? chairId : null, reached('ENDORSED') ? stamp(lastHeld !== null && lastHeld >= created ? lastHeld : step(4)) : null,
            status === 'ACHIEVED' ? stamp(step(5)) : null, status === 'ENDED' ? stamp(stopAt ?? end) : null,
            status === 'ENDED' ? (current ? 'The child ceased to be looked after.' : `Replaced by plan ${v + 2}.`) : null,
          );
          const contingencies = CONTINGENCY_POOL.filter((o) => o !== option);
          const first1 = rng.int(0, contingencies.length - 1);
          const picked = rng.chance(0.5) ? [contingencies[first1]] : [contingencies[first1], contingencies[(first1 + 1) % contingencies.length]];
          picked.forEach((o, k) => t.planContingencies.add(id(), planId, o, k));
          for (let k = 0; k < 3; k++) {
            const [outcome, measure, actions, byWhom] = OUTCOMES[(k + v) % OUTCOMES.length];
            const progressed = reached('ENDORSED');
            const outcomeId = id();
            const done = progressed && rng.chance(0.3);
            t.planOutcomes.add(outcomeId, planId, k, outcome, measure, progressed ? 'Going well.' : null, done);
            t.planOutcomeActions.add(id(), outcomeId, 0, actions, byWhom, isoDay(created + 90 + k * 60), null, done);
          }
        }

        // The child's voice: ten views, most sent, half of those answered.
        for (let k = 0; k < 10; k++) {
          const sent = k < 8;
          const day = Math.min(today, lookedAfter + Math.floor(((end - lookedAfter) * (k + 1)) / 11));
          const replied = sent && rng.chance(0.5);
          t.views.add(
            id(), childId, VIEW_TOPICS[(k + childNumber) % VIEW_TOPICS.length], rng.pick(VIEW_WORDS), MOODS[rng.int(0, 4)], ['WORKER', 'IRO'],
            sent ? 'SENT' : 'DRAFT', sent ? stamp(day, 16) : null, replied ? 'Thank you for telling us. We have talked to your carer.' : null,
            replied ? ownerId : null, replied ? stamp(Math.min(today, day + 3), 11) : null, stamp(day, 15),
          );
        }

        // Life story: fifteen items, most shared with the child now, some kept for later.
        for (let k = 0; k < 15; k++) {
          const r = rng.next();
          const audience = r < 0.5 ? 'CHILD_NOW' : r < 0.8 ? 'PROFESSIONALS_ONLY' : r < 0.9 ? 'CHILD_FROM_AGE' : 'CHILD_FROM_DATE';
          const occurred = dob + Math.floor(((today - dob) * (k + 1)) / 16);
          t.lifeStory.add(
            id(), childId, LIFE_STORY_KINDS[(k + childNumber) % LIFE_STORY_KINDS.length], rng.pick(STORY_TITLES), isoDay(Math.min(occurred, today)),
            'Written with the carer.', ownerId, audience, audience === 'CHILD_FROM_DATE' ? isoDay(today + rng.int(30, 900)) : null,
            audience === 'CHILD_FROM_AGE' ? 16 : null, ownerId, stamp(Math.max(lookedAfter, Math.min(occurred, end))),
          );
        }

        if (family.open && age >= 7) {
          const r = rng.next();
          if (r < 0.08) t.advocacyReferrals.add(id(), childId, rng.pick(advocates), 'ACTIVE', ownerId, 'Wants help to say what they think at reviews.', stamp(today - rng.int(10, 200)));
          else if (r < 0.1) t.advocacyReferrals.add(id(), childId, null, 'REQUESTED', ownerId, 'Asked for an advocate.', null);
        }
        if (family.open && age >= 11 && rng.chance(0.05)) {
          youngPeople++;
          user(councilId, `yp.${la}.${youngPeople}`, first, family.surname, 'YOUNG_PERSON', null, childId);
        }
      }
      for (let a = 0; a < memberIds.length; a++) {
        for (let b = a + 1; b < memberIds.length; b++) {
          const [lo, hi] = memberIds[a] < memberIds[b] ? [memberIds[a], memberIds[b]] : [memberIds[b], memberIds[a]];
          t.siblingLinks.add(id(), lo, hi, rng.chance(0.8) ? 'FULL' : 'HALF', together && rng.chance(0.9));
        }
      }
    }
    if (Object.values(t).reduce((sum: number, b: CopyBuffer) => sum + b.rows, 0) > 150_000) await flush();
  }
  await flush();
  return {
    councils: sizes.length,
    largestCouncil: sizes[0],
    users,
    rows: Object.fromEntries(Object.values(t).map((b: CopyBuffer) => [b.table, b.total])),
  };
}
