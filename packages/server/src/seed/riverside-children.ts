import type { PlacementStep } from './child-builder';
import { addMeeting, recordPreviousPermanence, type BuiltChild } from './child-builder';
import {
  addAdvocacy,
  addChildMessage,
  addLifeStory,
  addMatching,
  addNetwork,
  addViews,
  linkSiblings,
} from './child-records';
import { addDays } from './dates';
import { newId } from './seed-rows';
import { journey, placementStep } from './journeys';
import { tellStory, type StoryContext } from './story';
import { addDeprivationOfLiberty } from './deprivation-of-liberty';

/**
 * The Riverside children a demo is walked through: each one shows a
 * situation the service must notice (see the README's demo children).
 */
export interface StoryChildren {
  amira: BuiltChild;
  jordan: BuiltChild;
  all: BuiltChild[];
}

/** Brothers and sisters placed together share one placement history: build it once. */
function sharedHome(build: (lookedAfter: string) => PlacementStep[]): (lookedAfter: string) => PlacementStep[] {
  let steps: PlacementStep[] | undefined;
  return (lookedAfter) => (steps ??= build(lookedAfter));
}

const PAKISTANI = { ethnicity: 'Asian - Pakistani', religion: 'Muslim', language: 'English' } as const;
const WHITE_BRITISH = { ethnicity: 'White British', religion: 'No religion', language: 'English' } as const;

export function seedStoryChildren(ctx: StoryContext, youngPeople: { amira: string; jordan: string }): StoryChildren {
  const { seed } = ctx;
  const { rng, today } = seed;
  const sam = ctx.user('sam.worker');
  const ada = ctx.user('ada.advocate');
  const all: BuiltChild[] = [];
  const told = (child: BuiltChild): BuiltChild => {
    all.push(child);
    return child;
  };

  // Amira, Zayn and Layla: the sisters live apart, Amira and Zayn together with long-term carers.
  const qureshiFirstHome = placementStep(rng, 'FOSTER_CARE', addDays(today, -1830), {
    carerName: 'Rachel Dunn', inArea: true, postcode: 'TW11 8DW', provider: 'PR1', weeklyCost: 420, reasonForChange: 'CARPL',
    changeNotes: 'Moved to long-term carers as planned; Layla moved separately at her request.',
  });
  const qureshiTogether = sharedHome((la) => [
    { ...qureshiFirstHome, start: la },
    placementStep(rng, 'LONG_TERM_FOSTER', addDays(la, 400), {
      carerName: 'Nasreen and Imran Aziz', inArea: true, postcode: 'TW2 7TE', provider: 'PR1', weeklyCost: 560,
    }),
  ]);
  const amira = told(
    tellStory(ctx, {
      first: 'Amira', last: 'Qureshi', gender: 'FEMALE', age: 12, birthdayDaysAgo: 140, ...PAKISTANI,
      worker: 'sam.worker', iro: 'ira.iro', laDaysAgo: 1830, placements: qureshiTogether, legal: 'CARE_ORDER',
      school: 'Oakwood Academy', healthNeeds: 'Asthma: inhaler in school bag.',
      plans: [
        { option: 'REUNIFICATION', status: 'ENDED', contingencies: ['KINSHIP_CARE'], endReason: 'Mum could not make the changes needed in time; Nani’s assessment was negative.' },
        {
          option: 'LONG_TERM_FOSTERING', status: 'ENDORSED', contingencies: ['SPECIAL_GUARDIANSHIP'], shareWithChild: true,
          childWishes: 'Amira wants to stay with Nasreen and Imran with Zayn, and to see Layla and Nani more.',
          childFriendlySummary:
            'Your Forever Planning: you and Zayn will stay with Nasreen and Imran until you are grown up. ' +
            'This is your forever home. Layla lives in a different home, but you will keep having family time with her every month, ' +
            'and video calls on Sundays. Your brothers and sisters will always be part of your life. ' +
            'If you want to change something, you can tell your worker, your IRO or Ada, your advocate, before your next meeting.',
        },
      ],
    }),
  );
  const zayn = told(
    tellStory(ctx, {
      first: 'Zayn', last: 'Qureshi', gender: 'MALE', age: 9, birthdayDaysAgo: 60, ...PAKISTANI,
      worker: 'sam.worker', iro: 'ira.iro', laDaysAgo: 1830, placements: qureshiTogether, legal: 'CARE_ORDER',
      plans: [
        { option: 'REUNIFICATION', status: 'ENDED', contingencies: ['KINSHIP_CARE'] },
        { option: 'LONG_TERM_FOSTERING', status: 'ENDORSED', contingencies: ['SPECIAL_GUARDIANSHIP'], shareWithChild: true },
      ],
    }),
  );
  const layla = told(
    tellStory(ctx, {
      first: 'Layla', last: 'Qureshi', gender: 'FEMALE', age: 15, birthdayDaysAgo: 300, ...PAKISTANI,
      worker: 'priya.worker', iro: 'ira.iro', laDaysAgo: 1830, legal: 'CARE_ORDER',
      placements: (la) => [
        { ...qureshiFirstHome, start: la, reasonForChange: 'CHILD' },
        placementStep(rng, 'LONG_TERM_FOSTER', addDays(la, 400), { carerName: 'Beverley and Winston Powell', inArea: true }),
      ],
      plans: [{ option: 'LONG_TERM_FOSTERING', status: 'ENDORSED', contingencies: ['STAYING_PUT'], shareWithChild: true }],
    }),
  );
  const together = { outcome: 'TOGETHER', reasons: 'Amira and Zayn are very close; their carers can meet both children’s needs.', daysAgo: 1420 } as const;
  const apart = {
    outcome: 'APART',
    reasons: 'Layla asked to live separately after a long period of conflict with Amira; both sisters want regular family time.',
    daysAgo: 1440,
  } as const;
  const monthly = {
    kind: 'DIRECT', frequency: 'Once a month, plus a video call every Sunday',
    agreedBy: 'Amira, Zayn, Layla, both sets of carers, and the IRO at the review',
    arrangements: 'Carers take turns to host; the first Saturday of the month, usually at the park or cinema.',
    shareableWithChild: true,
  } as const;
  linkSiblings(seed, amira, zayn, { relationship: 'FULL', livingTogether: true, assessment: together });
  linkSiblings(seed, amira, layla, { relationship: 'FULL', livingTogether: false, assessment: apart, keepingInTouch: monthly });
  linkSiblings(seed, zayn, layla, { relationship: 'FULL', livingTogether: false, assessment: apart, keepingInTouch: monthly });
  addNetwork(seed, amira, [
    { kind: 'RELATIVE', name: 'Shabana Qureshi', relationship: 'Maternal grandmother (Nani)', consideredAsCarer: true, carerAssessmentOutcome: 'Viability assessment negative: her health means she cannot care full time. Family time monthly.' },
    { kind: 'RELATIVE', name: 'Samina Qureshi', relationship: 'Mother' },
    { kind: 'LIFELONG_LINK', name: 'Rachel Dunn', relationship: 'First foster carer; sends birthday cards' },
    { kind: 'TRUSTED_ADULT', name: 'Mr Gareth Evans', relationship: 'Form teacher (Amira chose him)' },
    { kind: 'TRUSTED_ADULT', name: 'Jo Barnes', relationship: 'Youth club worker' },
  ]);
  addLifeStory(seed, amira, [
    { kind: 'PHOTO', title: 'Me and Zayn at the seaside', words: 'We went to the beach with Nasreen and Imran. Zayn got sand in his sandwich!', occurredDaysAgo: 300, audience: 'CHILD_NOW', byChildUserId: youngPeople.amira },
    { kind: 'MEMORY', title: 'My 12th birthday', words: 'I had a cake with stars on it and Layla came.', occurredDaysAgo: 140, audience: 'CHILD_NOW', byChildUserId: youngPeople.amira },
    { kind: 'PLACE', title: 'The hospital where you were born', words: 'You were born at Riverside General Hospital in the morning.', occurredDaysAgo: 4520, audience: 'CHILD_NOW' },
    { kind: 'PERSON', title: 'Nani', words: 'Your Nani, Shabana, loves cooking with you and tells the best stories.', occurredDaysAgo: 2000, audience: 'CHILD_NOW' },
    { kind: 'MILESTONE', title: 'Learning to ride a bike', words: 'You learned to ride your bike with Imran in the park.', occurredDaysAgo: 700, audience: 'CHILD_FROM_DATE', releaseInDays: -30 },
    { kind: 'LETTER', title: 'A letter from Mum', words: 'Mum wrote to you about when you were little. Your worker will share it with you after your next meeting.', occurredDaysAgo: 60, audience: 'CHILD_FROM_DATE', releaseInDays: 60 },
    { kind: 'DOCUMENT', title: 'Why I came into care: the court’s reasons', words: 'Summary of the final hearing judgment, to share when Amira is older.', occurredDaysAgo: 1640, audience: 'CHILD_FROM_AGE', releaseAge: 16 },
    { kind: 'DOCUMENT', title: 'Chronology before care', words: 'Professional chronology: referrals, child protection plan and the reasons for proceedings.', occurredDaysAgo: 1900, audience: 'PROFESSIONALS_ONLY' },
  ], sam);
  const amiraNext = amira.nextReview?.id;
  addViews(seed, amira, [
    {
      topic: 'BROTHERS_AND_SISTERS', words: 'I miss Layla. Can we see her more than once a month?', mood: 'SAD', readers: ['WORKER', 'IRO'],
      sentDaysAgo: 45, reply: { words: 'You said you wanted to see Layla more. We agreed video calls every Sunday as well as family time each month.', byId: sam, afterDays: 4 },
    },
    { topic: 'MY_MEETING', words: 'At my meeting I want to talk about going on the school trip to France.', mood: 'HAPPY', readers: ['WORKER', 'IRO', 'ADVOCATE'], sentDaysAgo: 3, meetingId: amiraNext },
    { topic: 'SCHOOL', words: 'I like art and science. I don’t like', readers: ['WORKER'] },
  ]);
  addAdvocacy(seed, amira, { status: 'ACTIVE', advocateId: ada, requestedById: youngPeople.amira, byChild: true, reason: 'Amira wants help to say what she thinks about family time at her meeting.', daysAgo: 50 });

  // Damian and Poppy: Newham's worked example plan, twin-tracked with their aunt Lisa Brown.
  const carterHome = sharedHome((la) => [placementStep(rng, 'FOSTER_CARE', la, { carerName: 'Denise and Paul Ashworth', inArea: true, provider: 'PR1', weeklyCost: 470 })]);
  const carterLegal = (la: string) => [{ status: 'INTERIM_CARE_ORDER' as const, start: la }];
  const damianDue = (weeks: number) => addDays(today, weeks * 7 - 14);
  const damian = told(
    tellStory(ctx, {
      first: 'Damian', last: 'Carter', gender: 'MALE', age: 4, birthdayDaysAgo: 200, ...WHITE_BRITISH,
      worker: 'sam.worker', iro: 'ira.iro', laDaysAgo: 45, placements: carterHome, legal: carterLegal, categoryOfNeed: 'N1',
      school: 'Millbrook Infant and Junior School',
      plans: [
        {
          option: 'REUNIFICATION', status: 'APPROVED', contingencies: ['KINSHIP_CARE', 'ADOPTION'],
          childWishes: 'Damian is 4. He asks for Mummy at bedtime and is excited before family time. He is settled with Denise and Paul.',
          bottomLines: 'Angie will not use drugs when caring for Damian or Poppy, and no drugs or equipment will be in the home. Damian will not be left with anyone who is not an agreed safety person.',
          consequenceOfNoChange: 'If Angie cannot stay drug free, the plan will change to Damian and Poppy living with their aunt Lisa Brown, or with other permanent carers.',
          outcomes: [
            { outcome: 'Damian will feel safe and not worry about Mum as he sees her not under the influence of drugs', measure: 'Angie is drug free when spending time with Damian', actions: 'Angie will get to contact sessions with Damian on time and not take drugs before contact', byWhom: 'Angie', dueDate: damianDue(4), progress: 'Angie has arrived on time for 5 of 6 sessions; all tests clear.', completed: false },
            { outcome: 'Damian will more often receive Angie’s best care; he will feel safe', measure: 'Angie is more in control of her drug use so that she can limit use to times when Damian is in the safe care of an agreed safety person', actions: 'Angie will develop strategies with her substance misuse worker to manage her cocaine use so she can have care of the children drug free', byWhom: 'Angie and drugs worker', dueDate: damianDue(6), progress: 'Weekly sessions with the recovery service started.', completed: false },
            { outcome: 'Damian will be kept clean and have a good diet and show weight gain. He will not ingest drugs', measure: 'Angie is keeping her home clean and free of drugs and equipment. She is buying food', actions: 'Angie will keep her home clean and will not have drugs in the home or use them in her home. Angie will have help to develop a routine', byWhom: 'Angie and family support worker', dueDate: damianDue(6), progress: null, completed: false },
            { outcome: 'If Damian cannot be cared for by his mother he has alternative permanent carers', measure: 'Damian has a permanent carer', actions: 'SW to progress viability assessment of Lisa Brown', byWhom: 'Social worker', dueDate: damianDue(6), progress: 'Permanence planning meeting booked; viability assessment of Lisa Brown under way.', completed: false,
              moreActions: [
                { action: 'SW to commence life story work for Damian', byWhom: 'Social worker, fostering worker', dueDate: damianDue(6) },
                { action: 'SW to book permanence planning meeting', byWhom: 'Social worker', dueDate: addDays(today, 10) },
              ] },
          ],
        },
      ],
    }),
  );
  const poppy = told(
    tellStory(ctx, {
      first: 'Poppy', last: 'Carter', gender: 'FEMALE', age: 1, birthdayDaysAgo: 90, ...WHITE_BRITISH,
      worker: 'sam.worker', iro: 'ira.iro', laDaysAgo: 45, placements: carterHome, legal: carterLegal,
      plans: [{ option: 'REUNIFICATION', status: 'APPROVED', contingencies: ['KINSHIP_CARE', 'ADOPTION'] }],
    }),
  );
  linkSiblings(seed, damian, poppy, { relationship: 'FULL', livingTogether: true, assessment: { outcome: 'TOGETHER', reasons: 'Young siblings with a strong bond; one carer can meet both their needs.', daysAgo: 40 } });
  for (const child of [damian, poppy]) {
    addNetwork(seed, child, [
      { kind: 'RELATIVE', name: 'Angie Carter', relationship: 'Mother' },
      { kind: 'RELATIVE', name: 'Lisa Brown', relationship: 'Maternal aunt', consideredAsCarer: true, carerAssessmentOutcome: 'Viability assessment under way.' },
    ]);
    addMeeting(seed, child.id, 'PLO_MEETING', addDays(today, -75), ctx.user('tess.manager'), 'Pre-proceedings letter issued; Angie to engage with the recovery service.');
    addMeeting(seed, child.id, 'PERMANENCE_PLANNING_MEETING', addDays(today, 16), ctx.user('tess.manager'), null);
  }
  addNetwork(seed, damian, [{ kind: 'TRUSTED_ADULT', name: 'Miss Kavita Patel', relationship: 'Nursery key person (Damian’s favourite)' }]);

  // Harvey: aged 9 and never offered an advocate.
  told(
    tellStory(ctx, {
      first: 'Harvey', last: 'Bennett', gender: 'MALE', age: 9, birthdayDaysAgo: 20, ...WHITE_BRITISH,
      worker: 'sam.worker', iro: 'ira.iro', laDaysAgo: 1100, legal: 'CARE_ORDER', advocacyOffered: false,
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'LONG_TERM_FOSTER', moves: 1 }),
      plans: [{ option: 'LONG_TERM_FOSTERING', status: 'ENDORSED', contingencies: ['SPECIAL_GUARDIANSHIP'] }],
    }),
  );

  // Ellie-May: placed with her mother under a care order for over 12 months.
  told(
    tellStory(ctx, {
      first: 'Ellie-May', last: 'Hughes', gender: 'FEMALE', age: 6, birthdayDaysAgo: 250, ...WHITE_BRITISH,
      worker: 'sam.worker', iro: 'ira.iro', laDaysAgo: 900, legal: 'CARE_ORDER',
      placements: (la) => [
        placementStep(rng, 'FOSTER_CARE', la, { reasonForChange: 'CARPL', changeNotes: 'Returned to Mum under the placement with parents regulations.' }),
        placementStep(rng, 'PARENTS', addDays(today, -430), { carerName: 'Mother, Michelle Hughes' }),
      ],
      plans: [{ option: 'REMAIN_WITH_PARENTS', status: 'ENDORSED', contingencies: ['KINSHIP_CARE'] }],
    }),
  );

  // Tyler and Kai: half-brothers living apart, never assessed, no keeping-in-touch plan; Tyler's review is overdue.
  const tyler = told(
    tellStory(ctx, {
      first: 'Tyler', last: 'Walsh', gender: 'MALE', age: 10, birthdayDaysAgo: 77, ...WHITE_BRITISH,
      worker: 'sam.worker', iro: 'ivan.iro', laDaysAgo: 610, legal: 'CARE_ORDER', reviewOverdue: true,
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'FOSTER_CARE', moves: 2 }),
      plans: [{ option: 'LONG_TERM_FOSTERING', status: 'PROPOSED', contingencies: ['SPECIAL_GUARDIANSHIP'] }],
    }),
  );
  const kai = told(
    tellStory(ctx, {
      first: 'Kai', last: 'Fletcher', gender: 'MALE', age: 7, birthdayDaysAgo: 180, ...WHITE_BRITISH,
      worker: 'priya.worker', iro: 'ivan.iro', laDaysAgo: 610, legal: 'CARE_ORDER',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'LONG_TERM_FOSTER', moves: 1 }),
      plans: [{ option: 'LONG_TERM_FOSTERING', status: 'RECOMMENDED_BY_PANEL', contingencies: ['SPECIAL_GUARDIANSHIP'] }],
    }),
  );
  linkSiblings(seed, tyler, kai, { relationship: 'HALF', livingTogether: false });
  // Ivan escalated Tyler's drift six weeks ago; nobody has resolved it (20 working days).
  seed.rows.iroEscalations.push({
    id: newId(), childId: tyler.id, raisedById: ctx.user('ivan.iro'), raisedOn: addDays(today, -42),
    concern: 'Tyler has waited over a year for a decision on long-term fostering and his review is now overdue.',
    resolvedOn: null, resolution: null,
  });

  // Jordan: the second young person's account; a view unanswered for weeks and an "I'm not happy" message.
  const omar = ctx.user('omar.worker');
  const jordan = told(
    tellStory(ctx, {
      first: 'Jordan', last: 'Campbell', gender: 'MALE', age: 16, birthdayDaysAgo: 45,
      ethnicity: 'Mixed - White and Black Caribbean', religion: 'Christian', language: 'English',
      worker: 'omar.worker', iro: 'ivan.iro', laDaysAgo: 1500, legal: 'CARE_ORDER', school: 'Kingsmead School',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'LONG_TERM_FOSTER', moves: 2 }),
      plans: [{ option: 'LONG_TERM_FOSTERING', status: 'ENDORSED', contingencies: ['STAYING_PUT'], shareWithChild: true }],
    }),
  );
  addViews(seed, jordan, [
    { topic: 'FAMILY_TIME', words: 'Can I see my dad at the weekend instead of Wednesdays?', mood: 'OK', readers: ['WORKER'], sentDaysAgo: 90, reply: { words: 'You asked for weekend family time. Dad agreed: it is now every other Saturday.', byId: omar, afterDays: 6 } },
    { topic: 'WHERE_I_LIVE', words: 'I want to know if I can stay here after I am 18. Nobody has told me.', mood: 'SAD', readers: ['WORKER', 'IRO'], sentDaysAgo: 24 },
  ]);
  // To his worker, who has not answered: it waits on Omar's home page, with Jordan's mood.
  addChildMessage(seed, jordan, { kind: 'NOT_HAPPY', sendTo: 'WORKER', words: 'Nobody answered my message about staying here after 18.', mood: 'SAD', daysAgo: 2 });
  addLifeStory(seed, jordan, [
    { kind: 'PHOTO', title: 'My first football trophy', words: 'Under 14s cup final. We won 3-1.', occurredDaysAgo: 420, audience: 'CHILD_NOW', byChildUserId: youngPeople.jordan },
    { kind: 'MEMORY', title: 'Holiday in Wales', words: 'Went to Tenby with my carers.', occurredDaysAgo: 250, audience: 'CHILD_NOW', byChildUserId: youngPeople.jordan },
  ], omar);
  addNetwork(seed, jordan, [
    { kind: 'RELATIVE', name: 'Dean Campbell', relationship: 'Father' },
    { kind: 'TRUSTED_ADULT', name: 'Coach Marcus Reid', relationship: 'Football coach (Jordan named him)' },
  ]);
  addAdvocacy(seed, jordan, { status: 'ACTIVE', advocateId: ctx.user('aled.advocate'), requestedById: omar, reason: 'Support to take part in his pathway planning.', daysAgo: 120 });

  // Kayden: five homes, four of them in the last year; residential out of area with no contingency plan.
  const kayden = told(
    tellStory(ctx, {
      first: 'Kayden', last: 'Price', gender: 'MALE', age: 14, birthdayDaysAgo: 33, ...WHITE_BRITISH,
      worker: 'omar.worker', iro: 'ivan.iro', laDaysAgo: 1000, legal: 'CARE_ORDER', categoryOfNeed: 'N6',
      healthNeeds: 'ADHD: medication each morning. CAMHS appointment outstanding.',
      placements: (la) => journey(rng, {
        lookedAfter: la, today, finalType: 'RESIDENTIAL', moves: 5, recentMoves: 4,
        final: { carerName: 'Willow Lodge', inArea: false, postcode: 'KT11 3PZ', provider: 'PR4', weeklyCost: 4850 },
      }),
      plans: [{ option: 'RESIDENTIAL_CARE', status: 'RECOMMENDED_BY_PANEL', contingencies: [] }],
    }),
  );
  addMeeting(seed, kayden.id, 'PLACEMENT_STABILITY_PANEL', addDays(today, -30), ctx.user('harriet.head'), 'More than three moves in 12 months: residential placement agreed; step-down plan in six months.');
  addAdvocacy(seed, kayden, { status: 'ACTIVE', advocateId: ada, requestedById: omar, reason: 'Kayden wants his say about where he lives.', daysAgo: 70 });
  // The High Court authorised restrictions at Willow Lodge that deprive him of his liberty (the SSDA903 DoLo table from 2026/27).
  addDeprivationOfLiberty(seed, kayden);
  addViews(seed, kayden, [
    { topic: 'WHERE_I_LIVE', words: 'I don’t want to move again. I want to go to a school near here and stay.', mood: 'VERY_SAD', readers: ['WORKER', 'IRO', 'ADVOCATE'], sentDaysAgo: 8, writtenWithAdvocateId: ada },
  ]);

  // Chloe: told us she feels unsafe; nobody has acknowledged it yet.
  const lucy = ctx.user('lucy.worker');
  const chloe = told(
    tellStory(ctx, {
      first: 'Chloe', last: 'Murphy', gender: 'FEMALE', age: 13, birthdayDaysAgo: 210,
      ethnicity: 'White - Irish', religion: 'Christian', language: 'English',
      worker: 'lucy.worker', iro: 'ira.iro', laDaysAgo: 800, legal: 'CARE_ORDER',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'LONG_TERM_FOSTER', moves: 1 }),
      plans: [{ option: 'LONG_TERM_FOSTERING', status: 'ENDORSED', contingencies: ['SPECIAL_GUARDIANSHIP'] }],
    }),
  );
  addChildMessage(seed, chloe, { kind: 'UNSAFE', sendTo: 'WORKER', words: 'Some older boys keep waiting for me after school and say they will hurt me. I don’t feel safe walking home.', daysAgo: 1 });
  addAdvocacy(seed, chloe, { status: 'REQUESTED', advocateId: null, requestedById: lucy, reason: 'Chloe asked for someone to help her speak at her meeting.', daysAgo: 5 });

  // Mihai: accommodated under section 20 for over two years with no plan for an order.
  const mihai = told(
    tellStory(ctx, {
      first: 'Mihai', last: 'Popescu', gender: 'MALE', age: 13, birthdayDaysAgo: 95,
      ethnicity: 'White - any other White background', religion: 'Christian', language: 'Romanian',
      worker: 'omar.worker', iro: 'ivan.iro', laDaysAgo: 960, legal: 'SECTION_20', categoryOfNeed: 'N4',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'FOSTER_CARE', moves: 1 }),
      plans: [{ option: 'LONG_TERM_FOSTERING', status: 'PROPOSED', contingencies: ['SPECIAL_GUARDIANSHIP'] }],
    }),
  );
  addAdvocacy(seed, mihai, { status: 'ACTIVE', advocateId: ada, requestedById: omar, reason: 'Mihai’s views on his mother’s request for him to return to Romania.', daysAgo: 40 });

  // Precious: both reviews held and still no permanence plan; proceedings past 26 weeks.
  const precious = told(
    tellStory(ctx, {
      first: 'Precious', last: 'Adeyemi', gender: 'FEMALE', age: 11, birthdayDaysAgo: 160,
      ethnicity: 'Black - African', religion: 'Christian', language: 'English',
      worker: 'ben.worker', iro: 'ira.iro', laDaysAgo: 170, legal: 'INTERIM_ONLY',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'FOSTER_CARE', moves: 0 }),
      plans: [],
    }),
  );

  seed.rows.caseFacts.push({ childId: precious.id, courtProceedingsStartedOn: addDays(today, -200), jointFunding: true });
  // She came into care when the special guardianship order her grandmother held, made by Hounslow four years before, broke down.
  recordPreviousPermanence(seed, precious, 'P2', '313', 4);

  // Oliver and Ahmad: newly looked after, no IRO allocated yet.
  const oliver = told(
    tellStory(ctx, {
      first: 'Oliver', last: 'Grant', gender: 'MALE', age: 0, birthdayDaysAgo: 40, ...WHITE_BRITISH,
      worker: 'grace.worker', iro: null, laDaysAgo: 12, legal: 'INTERIM_ONLY',
      placements: (la) => [placementStep(rng, 'FOSTERING_FOR_ADOPTION', la, { carerName: 'Karen and Steve Hartley' })],
      plans: [{ option: 'EARLY_PERMANENCE', status: 'DRAFT', contingencies: ['ADOPTION'] }],
    }),
  );
  seed.rows.caseFacts.push({ childId: oliver.id, courtProceedingsStartedOn: addDays(today, -10) });
  // Oliver's court record: issued 10 days ago, a direction already missed and the final hearing listed after the 26 weeks;
  // Precious: a family-finding referral whose search has not been reviewed in 12 weeks.
  const olivers = { id: newId(), childId: oliver.id, legalGatewayOn: addDays(today, -14), legalGatewayDecision: 'ISSUE_PROCEEDINGS' as const, issuedOn: addDays(today, -10), court: 'Family Court at Riverside' };
  seed.rows.courtProceedings.push(olivers);
  const cmh = { id: newId(), childId: oliver.id, proceedingsId: olivers.id, kind: 'CASE_MANAGEMENT' as const, hearingOn: addDays(today, -5) };
  seed.rows.courtHearings.push(cmh, { id: newId(), childId: oliver.id, proceedingsId: olivers.id, kind: 'FINAL' as const, hearingOn: addDays(today, 200) });
  seed.rows.courtDirections.push({ id: newId(), childId: oliver.id, hearingId: cmh.id, description: 'Local authority to file the viability assessment of the paternal aunt', dueOn: addDays(today, -2), doneOn: null });
  seed.rows.familyFindingReferrals.push({ id: newId(), childId: precious.id, team: 'FAMILY_FINDING', agencyName: null, referredOn: addDays(today, -100), status: 'SEARCHING', statusOn: addDays(today, -100) });
  addMeeting(seed, oliver.id, 'GATEWAY_PANEL', addDays(today, -14), ctx.user('harriet.head'), 'Agreed: emergency looked after at birth; early permanence placement.');
  const ahmad = told(
    tellStory(ctx, {
      first: 'Ahmad', last: 'Noori', gender: 'MALE', age: 16, birthdayDaysAgo: 120,
      ethnicity: 'Asian - any other Asian background', religion: 'Muslim', language: 'Pashto', uasc: true,
      worker: 'lucy.worker', iro: null, laDaysAgo: 16, legal: 'SECTION_20', school: 'Riverside College (ESOL)',
      placements: (la) => [placementStep(rng, 'SUPPORTED_LODGINGS', la)],
      plans: [],
    }),
  );
  // Ahmad arrived in an emergency and has not been to the gateway panel (Bolton 2.4).
  seed.rows.caseFacts.push({ childId: ahmad.id, lookedAfterInEmergency: true });
  told(
    tellStory(ctx, {
      first: 'Yonas', last: 'Tesfay', gender: 'MALE', age: 17, birthdayDaysAgo: 30,
      ethnicity: 'Black - African', religion: 'Christian', language: 'Tigrinya', uasc: true,
      worker: 'lucy.worker', iro: 'ivan.iro', laDaysAgo: 700, legal: 'SECTION_20', school: 'Riverside College (ESOL)',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'SUPPORTED_LODGINGS', moves: 1 }),
      plans: [{ option: 'SUPPORTED_LODGINGS', status: 'ENDORSED', contingencies: ['STAYING_PUT'], shareWithChild: true }],
    }),
  );

  // Ruby: matching with adopters.
  const ruby = told(
    tellStory(ctx, {
      first: 'Ruby', last: 'Ward', gender: 'FEMALE', age: 3, birthdayDaysAgo: 100, ...WHITE_BRITISH,
      worker: 'grace.worker', iro: 'ira.iro', laDaysAgo: 600, legal: 'PLACEMENT_ORDER',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'FOSTER_CARE', moves: 0 }),
      plans: [
        { option: 'REUNIFICATION', status: 'ENDED', contingencies: ['ADOPTION'] },
        { option: 'ADOPTION', status: 'RECOMMENDED_BY_PANEL', contingencies: ['LONG_TERM_FOSTERING'] },
      ],
    }),
  );
  addMatching(seed, ruby, {
    VIEWS_WISHES_WORRIES: { childViews: 'Ruby is 3; she talks about “my mummy Janet” (her foster carer) and likes routines.', needs: 'Careful introductions at her pace.', currentSupport: 'Foster carer prepares her with a picture book.', carerPotential: 'Adopters have read her book and recorded a video.', inSupportPlan: true },
    HEALTH: { childViews: null, needs: 'Eczema; hearing test follow-up.', currentSupport: 'GP and audiology.', carerPotential: 'Adopters registered with a local GP.', inSupportPlan: true },
    EDUCATION: { childViews: null, needs: 'Nursery place for 15 hours.', currentSupport: 'Attends Little Acorns nursery.', carerPotential: 'Nursery identified near adopters.', inSupportPlan: false },
    EMOTIONAL_BEHAVIOURAL: { childViews: null, needs: 'Unsettled at bedtime after family time.', currentSupport: 'Consistent bedtime routine.', carerPotential: 'Adopters completed therapeutic parenting training.', inSupportPlan: true },
    IDENTITY: { childViews: null, needs: 'White British; no religion; English.', currentSupport: 'Life story book started.', carerPotential: 'Adopters will continue the life story book.', inSupportPlan: false },
    FAMILY_SOCIAL_RELATIONSHIPS: { childViews: null, needs: 'Letterbox contact with birth mother.', currentSupport: 'Twice-yearly letters.', carerPotential: 'Adopters agree to letterbox contact.', inSupportPlan: true },
    SOCIAL_PRESENTATION_INTERESTS: { childViews: 'Loves the swings and singing.', needs: 'Outdoor play.', currentSupport: 'Weekly toddler group.', carerPotential: 'Large garden, park nearby.', inSupportPlan: false },
    SELF_CARE: { childViews: null, needs: 'Toilet training started.', currentSupport: 'Carer-led routine.', carerPotential: 'Adopters will continue the same routine.', inSupportPlan: false },
    CONTACT: { childViews: null, needs: 'Goodbye visit with birth mother before the move.', currentSupport: 'Monthly supervised family time.', carerPotential: 'Adopters will meet birth mother once if she wishes.', inSupportPlan: true },
  });
  addMeeting(seed, ruby.id, 'ADOPTION_PANEL', addDays(today, 21), ctx.user('harriet.head'), null);

  // Alfie: long-term fostering under five waits for the head of service.
  told(
    tellStory(ctx, {
      first: 'Alfie', last: 'Turner', gender: 'MALE', age: 3, birthdayDaysAgo: 250, ...WHITE_BRITISH,
      worker: 'priya.worker', iro: 'ivan.iro', laDaysAgo: 300, legal: 'CARE_ORDER', disability: 'Global developmental delay',
      placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'FOSTER_CARE', moves: 0 }),
      plans: [{ option: 'LONG_TERM_FOSTERING', status: 'APPROVED', contingencies: ['SPECIAL_GUARDIANSHIP'], headOfServiceApproved: false }],
    }),
  );

  // The Osei children: three living together with their aunt, heading for special guardianship.
  const oseiHome = sharedHome((la) => [
    placementStep(rng, 'FOSTER_CARE', la, { reasonForChange: 'CARPL' }),
    placementStep(rng, 'CONNECTED_PERSON', addDays(la, 70), { carerName: 'Maternal aunt, Abena Osei-Mensah', inArea: true }),
  ]);
  const oseiFamily = { ethnicity: 'Black - African', religion: 'Christian', language: 'English', worker: 'ben.worker', laDaysAgo: 730, legal: 'CARE_ORDER' as const, placements: oseiHome };
  const oseiPlan = [{ option: 'SPECIAL_GUARDIANSHIP' as const, status: 'ENDORSED' as const, contingencies: ['LONG_TERM_FOSTERING' as const] }];
  const osei = [
    tellStory(ctx, { first: 'Kwame', last: 'Osei', gender: 'MALE', age: 8, birthdayDaysAgo: 12, iro: 'ira.iro', plans: oseiPlan, ...oseiFamily }),
    tellStory(ctx, { first: 'Ama', last: 'Osei', gender: 'FEMALE', age: 6, birthdayDaysAgo: 222, iro: 'ira.iro', plans: oseiPlan, ...oseiFamily }),
    tellStory(ctx, { first: 'Kofi', last: 'Osei', gender: 'MALE', age: 3, birthdayDaysAgo: 66, iro: 'ira.iro', plans: oseiPlan, ...oseiFamily }),
  ];
  all.push(...osei);
  const oseiTogether = { outcome: 'TOGETHER', reasons: 'All three children are attached to each other and to their aunt, who can care for them all.', daysAgo: 650 } as const;
  linkSiblings(seed, osei[0], osei[1], { relationship: 'FULL', livingTogether: true, assessment: oseiTogether });
  linkSiblings(seed, osei[0], osei[2], { relationship: 'FULL', livingTogether: true, assessment: oseiTogether });
  linkSiblings(seed, osei[1], osei[2], { relationship: 'FULL', livingTogether: true, assessment: oseiTogether });
  for (const child of osei) {
    addMeeting(seed, child.id, 'FAMILY_GROUP_CONFERENCE', addDays(today, -700), null, 'Maternal aunt offered to care for all three children.');
    addNetwork(seed, child, [{ kind: 'RELATIVE', name: 'Abena Osei-Mensah', relationship: 'Maternal aunt (carer)', consideredAsCarer: true, carerAssessmentOutcome: 'Approved as connected person foster carer.' }]);
  }

  // Zofia and Maja: assessed to live apart, but nothing agreed about keeping in touch.
  const novak = { ethnicity: 'White - any other White background', religion: 'Christian', language: 'Polish', worker: 'lucy.worker', iro: 'ivan.iro', laDaysAgo: 1150, legal: 'CARE_ORDER' as const };
  const zofia = told(tellStory(ctx, {
    first: 'Zofia', last: 'Nowak', gender: 'FEMALE', age: 14, birthdayDaysAgo: 190, ...novak,
    placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'LONG_TERM_FOSTER', moves: 1 }),
    plans: [{ option: 'LONG_TERM_FOSTERING', status: 'ENDORSED', contingencies: ['STAYING_PUT'] }],
  }));
  const maja = told(tellStory(ctx, {
    first: 'Maja', last: 'Nowak', gender: 'FEMALE', age: 11, birthdayDaysAgo: 40, ...novak,
    placements: (la) => journey(rng, { lookedAfter: la, today, finalType: 'LONG_TERM_FOSTER', moves: 1 }),
    plans: [{ option: 'LONG_TERM_FOSTERING', status: 'ACHIEVED', contingencies: ['SPECIAL_GUARDIANSHIP'] }],
  }));
  linkSiblings(seed, zofia, maja, { relationship: 'FULL', livingTogether: false, assessment: { outcome: 'APART', reasons: 'Zofia’s needs are met best in a home without younger children; both carers are committed long term.', daysAgo: 300 } });

  // Riley and Mason: together in foster care; their together-or-apart assessment was never done.
  const cooperHome = sharedHome((la) => journey(rng, { lookedAfter: la, today, finalType: 'FOSTER_CARE', moves: 0 }));
  const riley = told(tellStory(ctx, {
    first: 'Riley', last: 'Cooper', gender: 'MALE', age: 5, birthdayDaysAgo: 150, ...WHITE_BRITISH,
    worker: 'grace.worker', iro: 'ira.iro', laDaysAgo: 240, legal: 'CARE_ORDER', placements: cooperHome,
    plans: [{ option: 'KINSHIP_CARE', status: 'PROPOSED', contingencies: ['ADOPTION'] }],
  }));
  const mason = told(tellStory(ctx, {
    first: 'Mason', last: 'Cooper', gender: 'MALE', age: 3, birthdayDaysAgo: 80, ...WHITE_BRITISH,
    worker: 'grace.worker', iro: 'ira.iro', laDaysAgo: 240, legal: 'CARE_ORDER', placements: cooperHome,
    plans: [{ option: 'KINSHIP_CARE', status: 'PROPOSED', contingencies: ['ADOPTION'] }],
  }));
  linkSiblings(seed, riley, mason, { relationship: 'FULL', livingTogether: true });

  return { amira, jordan, all };
}
