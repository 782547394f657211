import { createHash, randomInt } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/clock';
import { badInput, conflict, notFound, unauthenticated } from '../../common/errors';
import { isoDateInLondon } from '../../common/clock';
import { oldEnoughForOwnAccess } from '../../rules';
import type { PolicyService } from '../policy/policy.service';
import { can } from '../../policies/child.policy';
import { ChildEntity } from '../children/child.entity';
import { CouncilEntity } from '../councils/council.entity';
import { TeamEntity } from '../councils/team.entity';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { UserEntity } from '../users/user.entity';
import { writeAudit } from '../audit/audit.service';
import { InvitationEntity } from './invitation.entity';
import { hashPassword, verifyPassword } from './password';
import { passwordProblem } from './password-policy';
import { PasswordAuthenticator } from './password-authenticator';
import { SessionService } from './session.service';
import type { SignInMethod } from './session.entity';
import { SignInThrottle } from './sign-in-throttle';
import type { Me, YoungPersonInvitation } from './auth.types';
import { secondFactorRequired, type SecondFactorService } from '../second-factor/second-factor.service';

const INVITATION_DAYS = 7;
// No 0/O, 1/I/L: codes are read aloud and typed by children.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const SIGN_IN_FAILED = 'The username or password is not right.';

export interface SignedIn {
  token: string;
  actor: Actor;
  expiresAt: Date;
}

function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function hashCode(code: string): string {
  return createHash('sha256').update(normaliseCode(code)).digest('hex');
}

export class AuthService {
  private readonly passwords: PasswordAuthenticator;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
    private readonly secondFactor: SecondFactorService,
  ) {
    this.passwords = new PasswordAuthenticator(dataSource);
  }

  async signIn(usernameRaw: string, password: string, ip: string, previousToken?: string): Promise<SignedIn> {
    const username = usernameRaw.trim().toLowerCase();
    await this.throttle.assertAllowed(username, ip);
    const result = await this.passwords.authenticate({ username, password });
    if (!result) {
      await this.throttle.recordFailure(username, ip);
      const known = await this.dataSource.getRepository(UserEntity).findOne({ where: { username }, select: { id: true } });
      await writeAudit(this.dataSource.manager, null, ip, [
        { action: 'SIGN_IN_FAILED', actorUserId: known?.id ?? null, attemptedUsername: username },
      ]);
      throw unauthenticated(SIGN_IN_FAILED);
    }
    await this.throttle.recordSuccess(username);
    await this.assertLocalPasswordAllowed(result.userId);
    // Where the council requires it (or the person has set one up), a code from their authenticator comes next.
    const step = await this.secondFactor.stepFor(result.userId);
    if (step) throw secondFactorRequired(step, await this.secondFactor.challenge(result.userId));
    return this.startSession(result.userId, ip, previousToken);
  }

  /** Staff of a council that signs in only through its own provider may not use a local password. */
  private async assertLocalPasswordAllowed(userId: string): Promise<void> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT p.name FROM role_assignments ra JOIN identity_providers p ON p.council_id = ra.council_id
        WHERE ra.user_id = $1 AND ra.role <> 'YOUNG_PERSON' AND NOT p.local_passwords_allowed LIMIT 1`,
      [userId],
    );
    if (rows[0]) throw unauthenticated(`Your council signs you in with ${rows[0].name}. Use the “Sign in with ${rows[0].name}” button.`);
  }

  /** A new session for a user (rotated: any session the browser already had is revoked). */
  async startSession(
    userId: string,
    ip: string,
    previousToken?: string,
    how: { method: SignInMethod; providerSessionId?: string | null } = { method: 'PASSWORD' },
  ): Promise<SignedIn> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(RoleAssignmentEntity, { where: { userId }, order: { createdAt: 'ASC' } });
      const user = await manager.findOneOrFail(UserEntity, { where: { id: userId } });
      if (!assignment) throw unauthenticated(SIGN_IN_FAILED);
      if (previousToken) await this.sessions.revokeByToken(manager, previousToken);
      const { token, session } = await this.sessions.create(manager, userId, assignment.id, assignment.role, ip, how);
      const actor: Actor = {
        userId,
        sessionId: session.id,
        role: assignment.role,
        councilId: assignment.councilId,
        teamId: assignment.teamId,
        childId: assignment.childId,
        firstName: user.firstName,
        lastName: user.lastName,
      };
      await writeAudit(manager, actor, ip, [{ action: 'SIGN_IN', childId: assignment.childId }]);
      const expiresAt = new Date(
        Math.min(
          session.lastSeenAt.getTime() + session.idleMinutes * 60_000,
          session.absoluteExpiresAt.getTime(),
        ),
      );
      return { token, actor, expiresAt };
    });
  }

  async signOut(actor: Actor, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(manager, actor.sessionId);
      await writeAudit(manager, actor, ip, [{ action: 'SIGN_OUT' }]);
    });
  }

  async me(actor: Actor, sessionExpiresAt: Date): Promise<Me> {
    const [council, team] = await Promise.all([
      this.dataSource.getRepository(CouncilEntity).findOneByOrFail({ id: actor.councilId }),
      actor.teamId ? this.dataSource.getRepository(TeamEntity).findOneBy({ id: actor.teamId }) : null,
    ]);
    return {
      id: actor.userId,
      firstName: actor.firstName,
      lastName: actor.lastName,
      displayName: `${actor.firstName} ${actor.lastName}`,
      role: actor.role,
      councilName: council.name,
      teamName: team?.name ?? null,
      sessionExpiresAt,
    };
  }

  /**
   * A social worker (or their team manager) makes a single-use code for a
   * child in their caseload. It creates the young person's account on first use.
   */
  async createYoungPersonInvitation(actor: Actor, childId: string, username: string, ip: string | null): Promise<YoungPersonInvitation> {
    return this.dataSource.transaction(async (manager) => {
      const child = await manager.findOne(ChildEntity, { where: { id: childId } });
      if (!can(actor, 'editCase', child) || !child) throw notFound('Child');
      // Younger children are helped by their carer or worker: no account of their own (council policy).
      const policy = await this.policy.versions(child.councilId);
      if (!oldEnoughForOwnAccess(child.dateOfBirth, isoDateInLondon(this.clock.now()), policy)) {
        throw conflict('This child is younger than the age at which the council gives children their own account.');
      }
      const assignment = await manager.findOne(RoleAssignmentEntity, { where: { childId: child.id, role: 'YOUNG_PERSON' } });
      let userId: string;
      if (assignment) {
        userId = assignment.userId;
        const existing = await manager.findOneByOrFail(UserEntity, { id: userId });
        if (existing.username !== username) {
          throw badInput(`This young person already has the username "${existing.username}".`, 'username');
        }
      } else {
        // Usernames are unique across councils (sign-in takes no council), so the refusal says nothing
        // about whom, or which council, a taken name belongs to.
        const taken = await manager.findOne(UserEntity, { where: { username } });
        if (taken) throw badInput('That username cannot be used. Choose another, for example with a number or their initials.', 'username');
        const user = await manager.save(
          manager.create(UserEntity, {
            councilId: child.councilId,
            username,
            passwordHash: null,
            firstName: child.preferredName ?? child.legalFirstName,
            lastName: child.legalLastName,
            email: null,
            phone: null,
            passwordChangedAt: null,
            disabledAt: null,
          }),
        );
        userId = user.id;
        await manager.save(
          manager.create(RoleAssignmentEntity, { userId, role: 'YOUNG_PERSON', councilId: child.councilId, teamId: null, childId: child.id }),
        );
      }
      // A new code replaces any unused one.
      await manager.update(InvitationEntity, { childId: child.id, usedAt: IsNull() }, { expiresAt: this.clock.now() });
      const raw = Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      const code = `${raw.slice(0, 5)}-${raw.slice(5)}`;
      const expiresAt = new Date(this.clock.now().getTime() + INVITATION_DAYS * 86_400_000);
      await manager.insert(InvitationEntity, { codeHash: hashCode(code), childId: child.id, userId, createdById: actor.userId, expiresAt, usedAt: null });
      await writeAudit(manager, actor, ip, [{ action: 'INVITATION_CREATED', childId: child.id, recordType: 'User', recordId: userId }]);
      return { code, username, expiresAt };
    });
  }

  /** The young person sets their own password with their code, and is signed in. */
  async redeemInvitation(code: string, password: string, ip: string): Promise<SignedIn> {
    await this.throttle.assertInvitationAllowed(ip);
    const userId = await this.redeem(code, password, ip).catch(async (error: unknown) => {
      // Counted after the transaction has given its connection back: counting inside it would need a
      // second connection, and enough wrong codes at once would leave none (the pool would deadlock).
      if ((error as { extensions?: { field?: string } }).extensions?.field === 'code') await this.throttle.recordInvitationFailure(ip);
      throw error;
    });
    return this.startSession(userId, ip, undefined, { method: 'INVITATION' });
  }

  private redeem(code: string, password: string, ip: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .createQueryBuilder(InvitationEntity, 'i')
        .setLock('pessimistic_write')
        .where('i.code_hash = :hash', { hash: hashCode(code) })
        .getOne();
      if (!invitation || invitation.usedAt || invitation.expiresAt.getTime() <= this.clock.now().getTime()) {
        throw badInput('That code does not work. It may have been used already or be more than 7 days old. Ask your worker for a new one.', 'code');
      }
      const { username } = await manager.findOneByOrFail(UserEntity, { id: invitation.userId });
      const problem = passwordProblem(password, { username });
      if (problem) throw badInput(problem, 'password');
      await manager.update(InvitationEntity, { id: invitation.id }, { usedAt: this.clock.now() });
      await manager.update(UserEntity, { id: invitation.userId }, { passwordHash: await hashPassword(password), passwordChangedAt: this.clock.now() });
      await this.sessions.revokeAllForUser(manager, invitation.userId);
      await writeAudit(manager, null, ip, [
        { action: 'INVITATION_USED', actorUserId: invitation.userId, actorRole: 'YOUNG_PERSON', childId: invitation.childId },
      ]);
      return invitation.userId;
    });
  }

  /**
   * A signed-in person changes their password. The current one is checked (and
   * wrong guesses count towards sign-in throttling); every other session of
   * theirs is revoked, so a stolen session ends with the change.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOneOrFail();
    await this.throttle.assertAllowed(user.username, ip);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(user.username, ip);
      throw badInput('Your current password is not right.', 'currentPassword');
    }
    const problem = passwordProblem(newPassword, { username: user.username });
    if (problem) throw badInput(problem, 'newPassword');
    if (newPassword === currentPassword) throw badInput('Choose a password different from your current one.', 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, passwordChangedAt: this.clock.now() });
      await this.sessions.revokeAllForUser(manager, user.id, actor.sessionId);
      await writeAudit(manager, actor, ip, [{ action: 'PASSWORD_CHANGED', recordType: 'User', recordId: user.id }]);
    });
  }
}
