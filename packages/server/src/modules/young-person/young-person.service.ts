import { In, IsNull, type DataSource } from 'typeorm';
import { DEFAULT_PORTAL_LANGUAGE, effectivePortalLanguage, PORTAL_LANGUAGE_CODES, PORTAL_LANGUAGES, type MeetingType } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { ownChildId } from '../../policies/child-record';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { ageOn } from '../../common/dates';
import { badInput } from '../../common/errors';
import { advocacyAges, isOfAdvocacyAge } from '../../rules';
import { writeAudit } from '../audit/audit.service';
import { activeAdvocateIdOf, openReferralOf, saveReferralAskedByChild } from '../advocacy/advocacy.queries';
import type { PolicyService } from '../policy/policy.service';
import { ChildEntity } from '../children/child.entity';
import { CouncilEntity } from '../councils/council.entity';
import { nextMeetingOfChild } from '../meetings/meetings.queries';
import { placementOn } from '../placements/placements.queries';
import { contingenciesOfPlan, currentPlanSharedWithChild, outcomesOfPlan } from '../plans/plans.queries';
import { groupLinksAndShareablePlans, siblingGroupOf } from '../siblings/siblings.queries';
import { UserEntity } from '../users/user.entity';
import { namedForChild } from '../views/views.people';
import {
  contingencyWords,
  FAMILY_TIME_WORDS,
  FILE_PARTS,
  type FilePart,
  firstNamesOf,
  MEETING_WORDS,
  partsOfFile,
  partWords,
  PLAN_OPTION_WORDS,
  WHERE_I_LIVE_WORDS,
} from './child-words';
import type { MyAdvocateRequest, MyBrotherOrSister, MyFileLook, MyLanguage, MyLeavingCare, MyMeeting, MyPerson, MyPlan, MyProfile, PortalLanguageOption, YoungPersonLanguageSetting } from './young-person.types';
import { leavingCareOf } from '../leaving-care/leaving-care.queries';
import { trustedAdultsShownToChild } from '../network/network.queries';
import { AFTER_EIGHTEEN_CHILD_WORDS, type AfterEighteen } from '@forever-planning/shared';
import { actingAs, lockChild } from '../../policies/child-record';
import type { ScreenRequest } from '../children/children.screen-query';
import { youngPersonHomeScreen, type HomeField, type HomeRead } from './young-person-home.screen-query';

/** The young person's home as one statement for this request (young-person-home.screen-query.ts). */
export interface HomeRequest extends Pick<ScreenRequest, 'session'> {
  fields: readonly HomeField[];
}

const PROFESSIONAL_READERS = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE', 'ADVOCATE'];
const LOOKS_WINDOW_DAYS = 90;

/** "3 May" */
const dayWords = (isoDate: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/**
 * The young person's own pages. Every method takes the child from the session
 * (actor.childId), never from input, and answers in the child's own types.
 */
export class YoungPersonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
  ) {}

  private today(): string {
    return isoDateInLondon(this.clock.now());
  }

  /**
   * The young person's own child record, read once per request: the actor
   * object is made afresh for each request from the session, so the home
   * page's profile, plan, meeting and views share one read.
   */
  private readonly own = new WeakMap<Actor, Promise<ChildEntity>>();

  private me(actor: Actor): Promise<ChildEntity> {
    let child = this.own.get(actor);
    if (!child) {
      child = this.dataSource.getRepository(ChildEntity).findOneByOrFail({ id: ownChildId(actor), councilId: actor.councilId });
      this.own.set(actor, child);
    }
    return child;
  }

  /** The home statement, run once per request (each home field's resolver asks for it); null when it found no child. */
  private readonly homeReads = new WeakMap<Actor, Promise<HomeRead | null>>();

  home(actor: Actor, ip: string | null, request: HomeRequest): Promise<HomeRead | null> {
    let read = this.homeReads.get(actor);
    if (!read) {
      read = youngPersonHomeScreen(this.dataSource, actor, ownChildId(actor), request.fields, ip, this.today(), request);
      this.homeReads.set(actor, read);
    }
    return read;
  }

  private audit(actor: Actor, childId: string, part: string, ip: string | null): Promise<void> {
    return writeAudit(this.dataSource.manager, actor, ip, [{ action: 'READ', childId, recordType: 'Child', recordId: childId, parts: [part] }]);
  }

  async profile(actor: Actor, ip: string | null, home?: HomeRequest): Promise<MyProfile> {
    const read = home ? await this.home(actor, ip, home) : null;
    if (read?.profile) return this.presentProfile(actor, read.child, read.profile.advocateId, read.profile.users, read.profile.trusted);
    const child = await this.me(actor);
    const advocateId = await activeAdvocateIdOf(this.dataSource.manager, child.id);
    const ids = [child.socialWorkerId, child.iroId, advocateId].filter((id): id is string => id !== null);
    const [users, trusted] = await Promise.all([
      this.dataSource.getRepository(UserEntity).find({ where: { id: In(ids), councilId: child.councilId, disabledAt: IsNull() } }),
      trustedAdultsShownToChild(this.dataSource.manager, child.id),
    ]);
    await this.audit(actor, child.id, 'myProfile', ip);
    return this.presentProfile(actor, child, advocateId, users, trusted);
  }

  private async presentProfile(
    actor: Actor,
    child: ChildEntity,
    advocateId: string | null,
    users: Pick<UserEntity, 'id' | 'firstName' | 'phone' | 'email'>[],
    trusted: Awaited<ReturnType<typeof trustedAdultsShownToChild>>,
  ): Promise<MyProfile> {
    const person = (id: string | null, role: string): MyPerson | null => {
      const u = users.find((x) => x.id === id);
      return u ? { firstName: u.firstName, role, phone: u.phone, email: u.email } : null;
    };
    const policy = await this.policy.versions(actor.councilId);
    const { fromAge, untilAge } = advocacyAges(policy, this.today());
    return {
      firstName: child.preferredName ?? child.legalFirstName,
      age: ageOn(child.dateOfBirth, this.today()),
      mayAskForAdvocate: isOfAdvocacyAge(child.dateOfBirth, this.today(), policy),
      advocacyFromAge: fromAge,
      advocacyUntilAge: untilAge,
      myWorker: person(child.socialWorkerId, 'my worker'),
      myIro: person(child.iroId, 'my IRO'),
      myAdvocate: person(advocateId, 'my advocate'),
      // The name as the worker wrote it for the child ("Miss Jones"): that is what children call a teacher.
      trustedAdults: trusted.map((t) => ({ firstName: t.name.trim(), role: t.role })),
    };
  }

  /** What happens when I am 18: my pathway plan, my personal adviser and where I will live, in my words. */
  async leavingCare(actor: Actor, ip: string | null): Promise<MyLeavingCare> {
    const child = await this.me(actor);
    const record = await leavingCareOf(this.dataSource.manager, child.id);
    await this.audit(actor, child.id, 'myLeavingCare', ip);
    const after = (record?.afterEighteen ?? 'NOT_DECIDED') as AfterEighteen;
    const lookedAt = record?.pathwayPlanReviewedOn ?? record?.pathwayPlanAgreedOn ?? null;
    return {
      age: ageOn(child.dateOfBirth, this.today()),
      hasPathwayPlan: Boolean(record?.pathwayPlanAgreedOn),
      planLookedAtOn: lookedAt ? dayWords(lookedAt) : null,
      planLookedAtDate: lookedAt,
      planInMyWords: record?.planInMyWords ?? null,
      after18: AFTER_EIGHTEEN_CHILD_WORDS[after],
      afterEighteen: after,
      stayingPut: after === 'STAYING_PUT',
      personalAdviser: record?.personalAdviserName
        ? { firstName: record.personalAdviserName.split(' ')[0], role: 'my personal adviser', phone: record.personalAdviserPhone, email: record.personalAdviserEmail }
        : null,
    };
  }

  /** My plan, only once a professional has shared the current plan with me. */
  async plan(actor: Actor, ip: string | null, home?: HomeRequest): Promise<MyPlan | null> {
    const read = home ? await this.home(actor, ip, home) : null;
    if (read?.plan) {
      const { shared, placement } = read.plan;
      return shared ? this.presentPlan(shared.plan, placement, shared.contingencies, shared.outcomes) : null;
    }
    const child = await this.me(actor);
    const plan = await currentPlanSharedWithChild(this.dataSource.manager, child.id);
    await this.audit(actor, child.id, 'myPlan', ip);
    if (!plan) return null;
    const today = this.today();
    const manager = this.dataSource.manager;
    const [placement, contingencies, outcomes] = await Promise.all([
      placementOn(manager, child.id, today),
      contingenciesOfPlan(manager, plan.id),
      outcomesOfPlan(manager, plan.id),
    ]);
    return this.presentPlan(plan, placement, contingencies, outcomes);
  }

  private presentPlan(
    plan: NonNullable<Awaited<ReturnType<typeof currentPlanSharedWithChild>>>,
    placement: Awaited<ReturnType<typeof placementOn>>,
    contingencies: Awaited<ReturnType<typeof contingenciesOfPlan>>,
    outcomes: Awaited<ReturnType<typeof outcomesOfPlan>>,
  ): MyPlan {
    const today = this.today();
    return {
      whereILive: placement ? WHERE_I_LIVE_WORDS[placement.type] : null,
      placementType: placement?.type ?? null,
      carerFirstName: placement ? firstNamesOf(placement.carerName) : null,
      whatIsBeingDecided: plan.childFriendlySummary,
      whatIsBeingDecidedLanguage: plan.childFriendlySummaryLanguage ?? DEFAULT_PORTAL_LANGUAGE,
      mainPlan: plan.primaryOption ? PLAN_OPTION_WORDS[plan.primaryOption] : null,
      mainPlanOption: plan.primaryOption ?? null,
      backUpPlans: contingencies.map((c) => contingencyWords(c.option)),
      backUpPlanOptions: contingencies.map((c) => c.option),
      // A date already passed is left out: the plan editor asks staff to give a new one (packages/shared child-words).
      outcomes: outcomes.map((o) => ({ whatWeWant: o.outcome, byWhen: o.dueDate && o.dueDate >= today ? o.dueDate : null })),
      // Children asked to be told about a move first: the portal says nothing of one until the worker has told them.
      moving:
        placement?.movePlannedFor && placement.childToldOfMoveOn && placement.movePlannedFor >= today
          ? {
              plannedFor: placement.movePlannedFor,
              newCarerFirstName: placement.moveToCarerName?.trim() || null,
              newCarerAlreadyKnown: placement.newCarerAlreadyKnown,
              metNewCarerOn: placement.childMetNewCarerOn,
            }
          : null,
      howLong: placement?.intendedDuration
        ? { duration: placement.intendedDuration, until: placement.intendedUntil, inMyWords: placement.durationInChildWords }
        : null,
      familyFirst: plan.familyConsidered ? { answer: plan.familyConsidered, inMyWords: plan.familyConsideredInChildWords } : null,
    };
  }

  async nextMeeting(actor: Actor, ip: string | null, home?: HomeRequest): Promise<MyMeeting | null> {
    const read = home ? await this.home(actor, ip, home) : null;
    let meeting: Awaited<ReturnType<typeof nextMeetingOfChild>>;
    if (read && read.meeting !== undefined) meeting = read.meeting;
    else {
      const child = await this.me(actor);
      meeting = await nextMeetingOfChild(this.dataSource.manager, child.id, this.today());
      await this.audit(actor, child.id, 'myNextMeeting', ip);
    }
    if (!meeting) return null;
    return { id: meeting.id, date: (meeting.scheduledFor ?? meeting.dueDate)!, what: MEETING_WORDS[meeting.type as MeetingType], type: meeting.type as MeetingType };
  }

  /**
   * My whole group of brothers and sisters (linked to me directly or through
   * each other), oldest first, by first name only: whether we live together
   * (the link says so; for a brother or sister linked through others, whether
   * we live with the same carer today) and the keeping-in-touch plans staff
   * marked shareable with me.
   */
  async brothersAndSisters(actor: Actor, ip: string | null): Promise<MyBrotherOrSister[]> {
    const child = await this.me(actor);
    const manager = this.dataSource.manager;
    const group = (await siblingGroupOf(manager, child.id)).filter((m) => m.id !== child.id);
    const { links, plans } = await groupLinksAndShareablePlans(manager, [child.id, ...group.map((m) => m.id)]);
    const today = this.today();
    const carerOf = async (id: string) => (await placementOn(manager, id, today))?.carerName.trim().toLowerCase() ?? null;
    const myCarer = await carerOf(child.id);
    await this.audit(actor, child.id, 'myBrothersAndSisters', ip);
    return Promise.all(
      group.map(async (m) => {
        const direct = links.find((l) => [l.childAId, l.childBId].includes(child.id) && [l.childAId, l.childBId].includes(m.id));
        const livingTogether = direct ? direct.livingTogether : myCarer !== null && (await carerOf(m.id)) === myCarer;
        return {
          firstName: m.firstName,
          livingTogether,
          keepingInTouch: direct ? plans.filter((p) => p.siblingLinkId === direct.id).map((p) => ({ how: FAMILY_TIME_WORDS[p.kind], kind: p.kind, howOften: p.frequency })) : [],
        };
      }),
    );
  }

  /** Professionals' reads of my record in the last 90 days, one line per person per day, newest first. */
  async whoLookedAtMyFile(actor: Actor, ip: string | null): Promise<MyFileLook[]> {
    const child = await this.me(actor);
    const since = new Date(this.clock.now().getTime() - LOOKS_WINDOW_DAYS * 24 * 3600 * 1000);
    const rows: { actor_user_id: string; day: string; record_type: string | null; parts: string[] }[] = await this.dataSource.query(
      `SELECT a.actor_user_id, to_char(a.occurred_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS day, a.record_type, a.parts
         FROM audit_events a
        WHERE a.child_id = $1 AND a.action = 'READ' AND a.actor_role = ANY($2) AND a.occurred_at >= $3 AND a.actor_user_id IS NOT NULL
        ORDER BY a.occurred_at DESC`,
      [child.id, PROFESSIONAL_READERS, since],
    );
    const people = await namedForChild(this.dataSource.manager, child, rows.map((r) => r.actor_user_id));
    const looks = new Map<string, { userId: string; day: string; what: Set<string>; parts: Set<FilePart> }>();
    for (const r of rows) {
      const key = `${r.actor_user_id}|${r.day}`;
      const look = looks.get(key) ?? { userId: r.actor_user_id, day: r.day, what: new Set<string>(), parts: new Set<FilePart>() };
      for (const w of partWords(r.record_type, r.parts)) look.what.add(w);
      for (const p of partsOfFile(r.record_type, r.parts)) look.parts.add(p);
      looks.set(key, look);
    }
    await this.audit(actor, child.id, 'whoLookedAtMyFile', ip);
    return [...looks.values()].flatMap((l) => {
      const person = people.get(l.userId);
      if (!person) return [];
      const what = [...l.what].sort();
      const list = what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1)}` : what[0];
      const parts = FILE_PARTS.filter((p) => l.parts.has(p));
      return [{ who: person.firstName, role: person.role, roleName: person.roleName, what, parts, when: l.day, sentence: `${person.firstName}, ${person.role}, looked at ${list} on ${dayWords(l.day)}` }];
    });
  }

  /** Children of the ages the council's policy sets (nationally 7 to 18) may ask for an advocate themselves. */
  async requestAdvocate(actor: Actor, reason: string | null, ip: string | null): Promise<MyAdvocateRequest> {
    if (reason && reason.length > 2000) throw badInput('reason can be up to 2000 characters.', 'reason');
    const child = await this.me(actor);
    const policy = await this.policy.versions(actor.councilId);
    if (!isOfAdvocacyAge(child.dateOfBirth, this.today(), policy)) {
      const { fromAge, untilAge } = advocacyAges(policy, this.today());
      throw badInput(`Advocates are for young people aged ${fromAge} to ${untilAge}. Your worker can help you find someone to talk to.`, 'age');
    }
    return this.dataSource.transaction(async (manager) => {
      await lockChild(manager, actor, child.id, null, { finds: 'own' });
      const open = await openReferralOf(manager, child.id);
      if (open) {
        return open.status === 'ACTIVE'
          ? { outcome: 'ALREADY_HAVE_ONE', message: 'You already have an advocate.' }
          : { outcome: 'ALREADY_ASKED', message: 'You have already asked for an advocate. Someone will be in touch soon.' };
      }
      const saved = await saveReferralAskedByChild(manager, child.id, actor.userId, reason);
      await writeAudit(manager, actor, ip, [
        { action: 'CREATE', childId: child.id, recordType: 'AdvocacyReferral', recordId: saved.id, changes: { status: { before: null, after: 'REQUESTED' }, requestedByChild: { before: null, after: true } } },
      ]);
      return { outcome: 'ASKED', message: 'Thank you. We have asked for an advocate for you. Someone will be in touch soon.' };
    });
  }

  private async switchedOn(councilId: string): Promise<string[]> {
    const council = await this.dataSource.getRepository(CouncilEntity).findOneByOrFail({ id: councilId });
    return council.youngPersonLanguages;
  }

  /** My portal's language, and the ones my council lets me choose. */
  async myLanguage(actor: Actor): Promise<MyLanguage> {
    const child = await this.me(actor);
    const on = await this.switchedOn(actor.councilId);
    return {
      language: effectivePortalLanguage(child.portalLanguage, child.firstLanguage, on),
      chosen: child.portalLanguage,
      languages: PORTAL_LANGUAGES.filter((l) => l.code === DEFAULT_PORTAL_LANGUAGE || on.includes(l.code)).map(option),
    };
  }

  /**
   * The child chooses the language of their pages; kept on their record, so it
   * follows them to any phone. Only the child's own preference column changes
   * (not the record's version: a worker editing the record is not stopped by it).
   */
  async setMyLanguage(actor: Actor, code: string, ip: string | null): Promise<MyLanguage> {
    const child = await this.me(actor);
    await this.dataSource.transaction(async (manager) => {
      await lockChild(manager, actor, child.id, null, { finds: 'own' });
      const council = await manager.findOneOrFail(CouncilEntity, { where: { id: actor.councilId }, lock: { mode: 'pessimistic_read' } });
      if (code !== DEFAULT_PORTAL_LANGUAGE && !council.youngPersonLanguages.includes(code)) throw badInput('That language is not switched on.', 'language');
      const before = child.portalLanguage;
      await manager.query(`UPDATE children SET portal_language = $1 WHERE id = $2 AND council_id = $3`, [code, child.id, actor.councilId]);
      child.portalLanguage = code;
      await writeAudit(manager, actor, ip, [
        { action: 'UPDATE', childId: child.id, recordType: 'Child', recordId: child.id, changes: { portalLanguage: { before, after: code } } },
      ]);
    });
    return this.myLanguage(actor);
  }

  /**
   * Before sign-in nobody's council is known: the sign-in pages offer English and
   * every language some council on this server has switched on, so a child can
   * read how to sign in (and how to get help) in their own language first.
   */
  async signInLanguages(): Promise<PortalLanguageOption[]> {
    const rows: Array<{ code: string }> = await this.dataSource.query(`SELECT DISTINCT unnest(young_person_languages) AS code FROM councils`);
    const on = rows.map((r) => r.code);
    return PORTAL_LANGUAGES.filter((l) => l.code === DEFAULT_PORTAL_LANGUAGE || on.includes(l.code)).map(option);
  }

  /** Administrator: every portal language and whether this council has it on. */
  async languageSettings(councilId: string): Promise<YoungPersonLanguageSetting[]> {
    const on = await this.switchedOn(councilId);
    return PORTAL_LANGUAGES.map((l) => ({ ...option(l), switchedOn: l.code === DEFAULT_PORTAL_LANGUAGE || on.includes(l.code) }));
  }

  /** Administrator: switch portal languages on or off. English is always on. */
  async setLanguages(actor: Actor, codes: string[], ip: string | null): Promise<YoungPersonLanguageSetting[]> {
    const unknown = codes.filter((c) => !PORTAL_LANGUAGE_CODES.includes(c));
    if (unknown.length) throw badInput(`Unknown language: ${unknown.join(', ')}.`, 'languages');
    const next = PORTAL_LANGUAGE_CODES.filter((c) => c === DEFAULT_PORTAL_LANGUAGE || codes.includes(c));
    await this.dataSource.transaction(async (manager) => {
      await actingAs(manager, actor);
      const council = await manager.findOneOrFail(CouncilEntity, { where: { id: actor.councilId }, lock: { mode: 'pessimistic_write' } });
      const before = council.youngPersonLanguages;
      if (before.length === next.length && before.every((c) => next.includes(c))) return;
      await manager.update(CouncilEntity, { id: council.id }, { youngPersonLanguages: next, updatedById: actor.userId });
      await writeAudit(manager, actor, ip, [
        { action: 'YOUNG_PERSON_LANGUAGES_CHANGED', recordType: 'Council', recordId: council.id, changes: { youngPersonLanguages: { before, after: next } } },
      ]);
    });
    return this.languageSettings(actor.councilId);
  }
}

function option(l: (typeof PORTAL_LANGUAGES)[number]): PortalLanguageOption {
  return { code: l.code, englishName: l.englishName, ownName: l.ownName, dir: l.dir };
}
