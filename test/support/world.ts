import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import { hashPassword } from '../../packages/server/src/modules/auth/password';
import { ChildEntity } from '../../packages/server/src/modules/children/child.entity';
import { CouncilEntity } from '../../packages/server/src/modules/councils/council.entity';
import { TeamEntity } from '../../packages/server/src/modules/councils/team.entity';
import { RoleAssignmentEntity } from '../../packages/server/src/modules/users/role-assignment.entity';
import { UserEntity } from '../../packages/server/src/modules/users/user.entity';
import { AdvocacyReferralEntity } from '../../packages/server/src/modules/advocacy/advocacy-referral.entity';
import { SiblingLinkEntity } from '../../packages/server/src/modules/siblings/sibling-link.entity';

export const PASSWORD = 'correct-horse-battery-staple';

let hashed: Promise<string> | null = null;
const passwordHash = () => (hashed ??= hashPassword(PASSWORD));

/** Factories: small records with sensible defaults, overridable field by field. */
export async function makeCouncil(m: EntityManager, name: string, laCode: string): Promise<CouncilEntity> {
  return m.save(m.create(CouncilEntity, { name, laCode }));
}

export async function makeTeam(m: EntityManager, council: CouncilEntity, name: string): Promise<TeamEntity> {
  return m.save(m.create(TeamEntity, { councilId: council.id, name }));
}

export async function makeUser(
  m: EntityManager,
  username: string,
  role: Role,
  council: CouncilEntity,
  extra: { team?: TeamEntity; child?: ChildEntity; firstName?: string } = {},
): Promise<UserEntity> {
  const user = await m.save(
    m.create(UserEntity, {
      councilId: council.id,
      username,
      passwordHash: await passwordHash(),
      firstName: extra.firstName ?? username.split('.')[0].replace(/^./, (c) => c.toUpperCase()),
      lastName: 'Tester',
      email: null,
      phone: null,
      passwordChangedAt: null,
      disabledAt: null,
    }),
  );
  await m.save(
    m.create(RoleAssignmentEntity, {
      userId: user.id,
      role,
      councilId: council.id,
      teamId: extra.team?.id ?? null,
      childId: extra.child?.id ?? null,
    }),
  );
  return user;
}

export async function makeChild(
  m: EntityManager,
  council: CouncilEntity,
  team: TeamEntity,
  fields: Partial<ChildEntity> = {},
): Promise<ChildEntity> {
  return m.save(
    m.create(ChildEntity, {
      councilId: council.id,
      teamId: team.id,
      localId: fields.localId ?? `L${Math.floor(Math.random() * 1e8)}`,
      legalFirstName: 'Child',
      legalLastName: 'Example',
      preferredName: null,
      dateOfBirth: '2014-05-10',
      gender: 'FEMALE',
      dateLookedAfter: '2024-01-15',
      uasc: false,
      ...fields,
    }),
  );
}

/**
 * A small world for access tests. Council A has two teams; council B one.
 *   a1 (team A1, worker swA1, IRO iroA, advocate with an ACTIVE referral, young person ypA1)
 *   a1sib (team A1, worker swA1b, brother of a1; young person ypA1sib)
 *   a2 (team A2, worker swA2)
 *   b1 (council B, worker swB)
 */
export interface World {
  councilA: CouncilEntity;
  councilB: CouncilEntity;
  teamA1: TeamEntity;
  teamA2: TeamEntity;
  teamB: TeamEntity;
  users: Record<
    'swA1' | 'swA1b' | 'swA2' | 'tmA1' | 'tmA2' | 'iroA' | 'iroA2' | 'advA' | 'advA2' | 'hosA' | 'adminA' | 'ypA1' | 'ypA1sib' | 'swB' | 'tmB' | 'iroB' | 'hosB',
    UserEntity
  >;
  children: Record<'a1' | 'a1sib' | 'a2' | 'b1', ChildEntity>;
}

/** The staff email domain of each council in the world (for linking accounts at a council's identity provider). */
export const STAFF_EMAIL_DOMAIN = { councilA: 'a.gov.uk', councilB: 'b.gov.uk' } as const;

/**
 * Options: `staffEmails` gives every staff account the email `<username>@<council's domain>` (none otherwise),
 * so a first sign-in through the council's provider links to it.
 */
export async function buildWorld(ds: DataSource, options: { staffEmails?: boolean } = {}): Promise<World> {
  return ds.transaction(async (m) => {
    const councilA = await makeCouncil(m, 'Council A', '901');
    const councilB = await makeCouncil(m, 'Council B', '902');
    const teamA1 = await makeTeam(m, councilA, 'Team A1');
    const teamA2 = await makeTeam(m, councilA, 'Team A2');
    const teamB = await makeTeam(m, councilB, 'Team B');
    const swA1 = await makeUser(m, 'sw.a1', 'SOCIAL_WORKER', councilA, { team: teamA1 });
    const swA1b = await makeUser(m, 'sw.a1b', 'SOCIAL_WORKER', councilA, { team: teamA1 });
    const swA2 = await makeUser(m, 'sw.a2', 'SOCIAL_WORKER', councilA, { team: teamA2 });
    const tmA1 = await makeUser(m, 'tm.a1', 'TEAM_MANAGER', councilA, { team: teamA1 });
    const tmA2 = await makeUser(m, 'tm.a2', 'TEAM_MANAGER', councilA, { team: teamA2 });
    const iroA = await makeUser(m, 'iro.a', 'IRO', councilA);
    const iroA2 = await makeUser(m, 'iro.a2', 'IRO', councilA);
    const advA = await makeUser(m, 'adv.a', 'ADVOCATE', councilA);
    const advA2 = await makeUser(m, 'adv.a2', 'ADVOCATE', councilA);
    const hosA = await makeUser(m, 'hos.a', 'HEAD_OF_SERVICE', councilA);
    const adminA = await makeUser(m, 'admin.a', 'ADMINISTRATOR', councilA);
    const swB = await makeUser(m, 'sw.b', 'SOCIAL_WORKER', councilB, { team: teamB });
    const tmB = await makeUser(m, 'tm.b', 'TEAM_MANAGER', councilB, { team: teamB });
    const iroB = await makeUser(m, 'iro.b', 'IRO', councilB);
    const hosB = await makeUser(m, 'hos.b', 'HEAD_OF_SERVICE', councilB);

    const a1 = await makeChild(m, councilA, teamA1, {
      legalFirstName: 'Amira', legalLastName: 'Ahmed', socialWorkerId: swA1.id, iroId: iroA.id, dateOfBirth: '2014-03-02',
    });
    const a1sib = await makeChild(m, councilA, teamA1, {
      legalFirstName: 'Adam', legalLastName: 'Ahmed', socialWorkerId: swA1b.id, iroId: iroA2.id, dateOfBirth: '2016-07-19', gender: 'MALE',
    });
    const a2 = await makeChild(m, councilA, teamA2, {
      legalFirstName: 'Bella', legalLastName: 'Brown', socialWorkerId: swA2.id, iroId: iroA2.id, dateOfBirth: '2011-11-30',
    });
    const b1 = await makeChild(m, councilB, teamB, {
      legalFirstName: 'Cara', legalLastName: 'Clark', socialWorkerId: swB.id, iroId: iroB.id, dateOfBirth: '2013-01-31',
    });
    const [lo, hi] = a1.id < a1sib.id ? [a1, a1sib] : [a1sib, a1];
    await m.save(m.create(SiblingLinkEntity, { childAId: lo.id, childBId: hi.id, relationship: 'FULL', livingTogether: false }));
    await m.save(
      m.create(AdvocacyReferralEntity, {
        childId: a1.id, advocateId: advA.id, status: 'ACTIVE', requestedById: swA1.id, requestedByChild: false, reason: null,
        acceptedAt: new Date('2026-01-10T10:00:00Z'), closedAt: null,
      }),
    );
    if (options.staffEmails) {
      for (const user of [swA1, swA1b, swA2, tmA1, tmA2, iroA, iroA2, advA, advA2, hosA, adminA, swB, tmB, iroB, hosB]) {
        user.email = `${user.username}@${user.councilId === councilA.id ? STAFF_EMAIL_DOMAIN.councilA : STAFF_EMAIL_DOMAIN.councilB}`;
        await m.update(UserEntity, { id: user.id }, { email: user.email });
      }
    }
    const ypA1 = await makeUser(m, 'yp.a1', 'YOUNG_PERSON', councilA, { child: a1, firstName: 'Amira' });
    const ypA1sib = await makeUser(m, 'yp.a1sib', 'YOUNG_PERSON', councilA, { child: a1sib, firstName: 'Adam' });
    return {
      councilA, councilB, teamA1, teamA2, teamB,
      users: { swA1, swA1b, swA2, tmA1, tmA2, iroA, iroA2, advA, advA2, hosA, adminA, ypA1, ypA1sib, swB, tmB, iroB, hosB },
      children: { a1, a1sib, a2, b1 },
    };
  });
}
