import type { SecretBox } from '../second-factor/secret-box';
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import type { Clock } from '../../common/clock';
import { writeAudit } from '../audit/audit.service';
import type { AuthService, SignedIn } from '../auth/auth.service';
import type { SessionService } from '../auth/session.service';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { UserEntity } from '../users/user.entity';
import { IdentityProviderEntity } from './identity-provider.entity';
import { RoleMappingEntity } from './role-mapping.entity';
import { SignInAttemptEntity } from './sign-in-attempt.entity';
import type { SingleSignOnSettings, SingleSignOnSettingsInput } from './single-sign-on.types';
import type { Actor } from '../../common/actor';
import { badInput, versionConflict } from '../../common/errors';
import { isUuid } from '../../common/validation';
import { belongsToATeam, PROFESSIONAL_ROLES } from '@forever-planning/shared';
import { TeamEntity } from '../councils/team.entity';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Why a sign-in through a provider was refused; the portal words each one for the person. */
export type RefusalReason = 'failed' | 'expired' | 'email-domain' | 'mfa-required' | 'no-role' | 'disabled';

export class SignInRefused extends Error {
  constructor(readonly reason: RefusalReason, detail: string) {
    super(detail);
  }
}

/** What the sign-in page may know about a council's provider: nothing secret. */
export interface PublicProvider {
  id: string;
  name: string;
  councilName: string;
  localPasswordsAllowed: boolean;
}

const ATTEMPT_MINUTES = 10;
const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Only a path inside the professional portal: never another site. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 500 ? value : '/';
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Staff sign-in through the council's own OpenID Connect provider:
 * authorization code flow with PKCE, state and nonce (openid-client checks
 * the ID token's signature from the provider's JWKS, issuer, audience,
 * expiry and nonce), roles from the provider's groups or app roles, the
 * council's MFA policy, and back-channel logout for leavers.
 */
export class SingleSignOnService {
  /** Discovery documents, read once per provider version. */
  private readonly metadata = new Map<string, Promise<oidc.ServerMetadata>>();
  private readonly jwks = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    /** Seals the client secret at rest (AES-256-GCM, the FP_TOTP_KEY key): a copy of the database alone does not give it away. */
    private readonly box: SecretBox,
  ) {}

  async publicProviders(): Promise<PublicProvider[]> {
    const rows: { id: string; name: string; council_name: string; local_passwords_allowed: boolean }[] = await this.dataSource.query(
      `SELECT p.id, p.name, c.name AS council_name, p.local_passwords_allowed
         FROM identity_providers p JOIN councils c ON c.id = p.council_id ORDER BY c.name`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, councilName: r.council_name, localPasswordsAllowed: r.local_passwords_allowed }));
  }

  /** Whether any council's staff (or young people's workers' councils without a provider) may still use a local password. */
  async localSignInAvailable(): Promise<boolean> {
    const [row]: { available: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM councils c LEFT JOIN identity_providers p ON p.council_id = c.id
                       WHERE p.id IS NULL OR p.local_passwords_allowed) AS available`,
    );
    return row.available;
  }

  /** An administrator's view of their own council's provider: never the secret. */
  async settingsFor(councilId: string): Promise<SingleSignOnSettings | null> {
    const provider = await this.dataSource.getRepository(IdentityProviderEntity).findOneBy({ councilId });
    if (!provider) return null;
    const mappings = await this.dataSource
      .getRepository(RoleMappingEntity)
      .find({ where: { identityProviderId: provider.id }, relations: { team: true }, order: { position: 'ASC', createdAt: 'ASC' } });
    return {
      providerName: provider.name,
      issuer: provider.issuer,
      clientId: provider.clientId,
      allowedEmailDomains: provider.allowedEmailDomains,
      localPasswordsAllowed: provider.localPasswordsAllowed,
      mfaRequired: provider.mfaRequired,
      mfaAcrValues: provider.mfaAcrValues,
      roleMappings: mappings.map((m) => ({ position: m.position, claimValue: m.claimValue, role: m.role, teamId: m.teamId, teamName: m.team?.name ?? null })),
      disableAfterIdleDays: provider.disableAfterIdleDays,
      version: provider.version,
    };
  }

  private async provider(id: string): Promise<IdentityProviderEntity | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return this.dataSource
      .getRepository(IdentityProviderEntity)
      .createQueryBuilder('p')
      .addSelect('p.clientSecret')
      .where('p.id = :id', { id })
      .getOne();
  }

  /** The client for one provider, with the server's clock as the time tokens are checked against. */
  private async configuration(provider: IdentityProviderEntity): Promise<oidc.Configuration> {
    const key = `${provider.id}:${provider.version}`;
    const issuerUrl = new URL(provider.issuer);
    // Plain HTTP only for a provider on this machine (tests, local trials); anywhere else openid-client refuses it.
    const insecure = issuerUrl.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuerUrl.hostname);
    let metadata = this.metadata.get(key);
    if (!metadata) {
      metadata = oidc
        .discovery(new URL(provider.issuer), provider.clientId, undefined, oidc.ClientSecretPost(this.box.open(provider.clientSecret)), {
          execute: insecure ? [oidc.allowInsecureRequests] : [],
        })
        .then((c) => c.serverMetadata());
      // A failed discovery is tried again next time.
      metadata.catch(() => this.metadata.delete(key));
      this.metadata.set(key, metadata);
    }
    const config = new oidc.Configuration(await metadata, provider.clientId, {
      [oidc.clockSkew]: Math.round((this.clock.now().getTime() - Date.now()) / 1000),
    }, oidc.ClientSecretPost(this.box.open(provider.clientSecret)));
    if (insecure) oidc.allowInsecureRequests(config);
    // Check the ID token's signature against the provider's JWKS too, not only its claims.
    oidc.enableNonRepudiationChecks(config);
    return config;
  }

  /** Step 1: remember state, nonce and PKCE verifier; the browser goes to the provider. */
  async start(providerId: string, redirectUri: string, returnTo: string): Promise<{ url: URL; state: string } | null> {
    const provider = await this.provider(providerId);
    if (!provider) return null;
    const config = await this.configuration(provider);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    // Attempts a day past their expiry are of no use to anyone: the table stays small.
    await this.dataSource.query(`DELETE FROM oidc_sign_in_attempts WHERE expires_at < $1`, [new Date(this.clock.now().getTime() - 86_400_000)]);
    await this.dataSource.getRepository(SignInAttemptEntity).insert({
      stateHash: hash(state),
      identityProviderId: provider.id,
      nonce,
      codeVerifier,
      returnTo: safeReturnTo(returnTo),
      expiresAt: new Date(this.clock.now().getTime() + ATTEMPT_MINUTES * 60_000),
      usedAt: null,
    });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid profile email',
      response_type: 'code',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      // The MFA policy reads these; some providers only send them when asked.
      claims: JSON.stringify({ id_token: { amr: null, acr: null } }),
    });
    return { url, state };
  }

  /**
   * Step 2: the provider sends the browser back with a code. The attempt is
   * used up first (a replayed callback finds it used), then the code is
   * exchanged and the ID token validated by openid-client.
   */
  async finish(callbackUrl: URL, browserState: string | undefined, ip: string, previousToken?: string): Promise<{ signed: SignedIn; returnTo: string }> {
    const state = callbackUrl.searchParams.get('state');
    if (!state || !browserState || state !== browserState) throw new SignInRefused('failed', 'state missing or not this browser’s');
    const used: [SignInAttemptEntity[], number] = await this.dataSource.query(
      `UPDATE oidc_sign_in_attempts SET used_at = $2 WHERE state_hash = $1 AND used_at IS NULL
        RETURNING identity_provider_id AS "identityProviderId", nonce, code_verifier AS "codeVerifier", return_to AS "returnTo", expires_at AS "expiresAt"`,
      [hash(state), this.clock.now()],
    );
    const attempt = used[0][0];
    if (!attempt) throw new SignInRefused('failed', 'unknown or already used state');
    if (new Date(attempt.expiresAt).getTime() <= this.clock.now().getTime()) throw new SignInRefused('expired', 'sign-in attempt too old');
    const provider = await this.provider(attempt.identityProviderId);
    if (!provider) throw new SignInRefused('failed', 'provider removed');
    let claims: oidc.IDToken;
    try {
      const config = await this.configuration(provider);
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
    } catch (error) {
      await writeAudit(this.dataSource.manager, null, ip, [{ action: 'SIGN_IN_FAILED', attemptedUsername: null }]);
      throw new SignInRefused('failed', (error as Error).message);
    }
    const userId = await this.accountFor(provider, claims, ip);
    const signed = await this.auth.startSession(userId, ip, previousToken, {
      method: 'OIDC',
      providerSessionId: typeof claims.sid === 'string' ? claims.sid : null,
    });
    return { signed, returnTo: attempt.returnTo };
  }

  /** The council's rules on the validated claims, then the account: found, linked or made just in time. */
  private async accountFor(provider: IdentityProviderEntity, claims: oidc.IDToken, ip: string): Promise<string> {
    const email = String(claims.email ?? claims.preferred_username ?? claims.upn ?? '').trim().toLowerCase();
    const refuse = async (reason: RefusalReason, detail: string): Promise<never> => {
      await writeAudit(this.dataSource.manager, null, ip, [{ action: 'SIGN_IN_FAILED', attemptedUsername: email || claims.sub }]);
      throw new SignInRefused(reason, detail);
    };
    const domain = email.split('@')[1] ?? '';
    if (!email.includes('@') || (provider.allowedEmailDomains.length > 0 && !provider.allowedEmailDomains.includes(domain))) {
      return refuse('email-domain', `email domain "${domain}" not allowed`);
    }
    if (provider.mfaRequired) {
      const amr = stringList(claims.amr);
      const acr = typeof claims.acr === 'string' ? claims.acr : '';
      if (!amr.includes('mfa') && !provider.mfaAcrValues.includes(acr)) return refuse('mfa-required', `no MFA: amr ${amr.join(',')}, acr ${acr}`);
    }
    const sent = new Set([...stringList(claims.groups), ...stringList(claims.roles)]);
    const mapping = (
      await this.dataSource.getRepository(RoleMappingEntity).find({ where: { identityProviderId: provider.id }, order: { position: 'ASC', createdAt: 'ASC' } })
    ).find((m) => sent.has(m.claimValue));
    if (!mapping) return refuse('no-role', `no mapping for ${[...sent].join(',')}`);

    const subject = String(claims.sub);
    const objectId = typeof claims.oid === 'string' ? claims.oid : null;
    const outcome = await this.dataSource.transaction(async (manager) => {
      let user = await manager
        .createQueryBuilder(UserEntity, 'u')
        .where('u.identity_provider_id = :p AND u.external_subject IN (:...ids)', { p: provider.id, ids: objectId ? [subject, objectId] : [subject] })
        .setLock('pessimistic_write')
        .getOne();
      // A pre-created account of this council, found by email, is linked on first sign-in.
      user ??= await manager
        .createQueryBuilder(UserEntity, 'u')
        .where('u.council_id = :c AND u.identity_provider_id IS NULL AND (lower(u.email) = :e OR u.username = :e)', { c: provider.councilId, e: email })
        .setLock('pessimistic_write')
        .getOne();
      if (user?.disabledAt) return { refused: 'disabled' as const, userId: user.id };
      const first = String(claims.given_name ?? (claims.name as string | undefined)?.split(' ')[0] ?? email.split('@')[0]).slice(0, 100);
      const last = String(claims.family_name ?? (claims.name as string | undefined)?.split(' ').slice(1).join(' ') ?? '').slice(0, 100);
      if (!user) {
        if (await manager.findOne(UserEntity, { where: { username: email }, select: { id: true } })) return { refused: 'failed' as const, userId: null };
        user = await manager.save(
          manager.create(UserEntity, {
            councilId: provider.councilId,
            username: email,
            passwordHash: null,
            firstName: first,
            lastName: last,
            email,
            phone: null,
            passwordChangedAt: null,
            disabledAt: null,
            identityProviderId: provider.id,
            externalSubject: subject,
          }),
        );
        await writeAudit(manager, null, ip, [{ action: 'ACCOUNT_CREATED', actorUserId: user.id, actorRole: mapping.role, recordType: 'User', recordId: user.id }]);
      } else if (user.identityProviderId !== provider.id) {
        await manager.update(UserEntity, { id: user.id }, { identityProviderId: provider.id, externalSubject: subject });
        await writeAudit(manager, null, ip, [{ action: 'ACCOUNT_LINKED', actorUserId: user.id, recordType: 'User', recordId: user.id }]);
      }
      await this.syncRole(manager, user.id, provider.councilId, mapping.role, mapping.teamId, ip);
      // The provider vouched for them today: the idle-account job counts from here.
      await manager.update(UserEntity, { id: user.id }, { lastProviderSignInAt: this.clock.now() });
      return { refused: null, userId: user.id };
    });
    if (outcome.refused) return refuse(outcome.refused, 'account cannot sign in');
    return outcome.userId!;
  }

  /** The provider is the source of truth for a staff member's role and team: their assignment follows it. */
  private async syncRole(manager: EntityManager, userId: string, councilId: string, role: Role, teamId: string | null, ip: string): Promise<void> {
    const assignments = await manager.find(RoleAssignmentEntity, { where: { userId }, order: { createdAt: 'ASC' } });
    const current = assignments[0];
    if (current && current.role === role && current.teamId === teamId && current.councilId === councilId) return;
    if (current) {
      await manager.update(RoleAssignmentEntity, { id: current.id }, { role, teamId, councilId, childId: null });
    } else {
      await manager.insert(RoleAssignmentEntity, { userId, role, councilId, teamId, childId: null });
    }
    // Sessions held under the old role end with the change.
    await this.sessions.revokeAllForUser(manager, userId);
    await writeAudit(manager, null, ip, [
      {
        action: 'ROLE_FROM_PROVIDER',
        actorUserId: userId,
        recordType: 'User',
        recordId: userId,
        changes: { role: { before: current?.role ?? null, after: role }, teamId: { before: current?.teamId ?? null, after: teamId } },
      },
    ]);
  }

  /**
   * OpenID Connect Back-Channel Logout 1.0: the provider posts a signed
   * logout token when the person signs out there or their account is closed.
   * Every session it names (by sid, or all of the subject's) ends.
   */
  async backChannelLogout(providerId: string, logoutToken: string, ip: string): Promise<number> {
    const provider = await this.provider(providerId);
    if (!provider) throw new SignInRefused('failed', 'unknown provider');
    const metadata = await (await this.configuration(provider)).serverMetadata();
    if (!metadata.jwks_uri) throw new SignInRefused('failed', 'provider has no jwks_uri');
    let jwks = this.jwks.get(metadata.jwks_uri);
    if (!jwks) this.jwks.set(metadata.jwks_uri, (jwks = createRemoteJWKSet(new URL(metadata.jwks_uri))));
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(logoutToken, jwks, {
        issuer: metadata.issuer,
        audience: provider.clientId,
        currentDate: this.clock.now(),
        maxTokenAge: '10 minutes',
        // Two machines' clocks: a minute either way.
        clockTolerance: 60,
        requiredClaims: ['iat', 'jti'],
      }));
    } catch (error) {
      throw new SignInRefused('failed', `logout token: ${(error as Error).message}`);
    }
    const events = payload.events as Record<string, unknown> | undefined;
    if (!events || typeof events[BACKCHANNEL_EVENT] !== 'object' || 'nonce' in payload || (!payload.sub && !payload.sid)) {
      throw new SignInRefused('failed', 'not a logout token');
    }
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string; user_id: string }[], number] = await manager.query(
        `UPDATE sessions s SET revoked_at = $4
          WHERE s.revoked_at IS NULL AND (
                (s.provider_session_id = $2 AND s.user_id IN (SELECT id FROM users WHERE identity_provider_id = $1))
             OR ($2::text IS NULL AND s.user_id IN (SELECT id FROM users WHERE identity_provider_id = $1 AND external_subject = $3)))
          RETURNING s.id, s.user_id`,
        [provider.id, (payload.sid as string | undefined) ?? null, payload.sub ?? null, this.clock.now()],
      );
      const users = [...new Set(rows.map((r) => r.user_id))];
      await writeAudit(manager, null, ip, users.map((userId) => ({ action: 'SIGN_OUT_BY_PROVIDER', actorUserId: userId, recordType: 'User', recordId: userId })));
      return rows.length;
    });
  }

  /**
   * An administrator sets up or changes their council's provider. Checked
   * first (issuer https except on this machine, domains well formed, each
   * mapping to a role and a team of this council), then saved with its
   * mappings in one transaction and audited; the client secret is
   * write-only and never in the audit.
   */
  async saveSettings(actor: Actor, input: SingleSignOnSettingsInput, ip: string | null): Promise<SingleSignOnSettings> {
    if (!input.providerName.trim()) throw badInput('Enter the name staff will see on the sign-in button.', 'providerName');
    if (!input.clientId.trim()) throw badInput('Enter the client ID the provider gave you.', 'clientId');
    let issuer: URL;
    try {
      issuer = new URL(input.issuer.trim());
    } catch {
      throw badInput('Enter the issuer as a web address, for example https://login.microsoftonline.com/<tenant id>/v2.0', 'issuer');
    }
    const local = LOCAL_HOSTS.includes(issuer.hostname);
    if (issuer.href.length > 500) throw badInput('The issuer must be at most 500 characters.', 'issuer');
    if (!(issuer.protocol === 'https:' || (issuer.protocol === 'http:' && local)) || issuer.search || issuer.hash || issuer.username) {
      throw badInput('The issuer must be an https:// address (http:// only for a provider on this machine), with no query or fragment.', 'issuer');
    }
    const domains = [...new Set(input.allowedEmailDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean))];
    const badDomain = domains.find((d) => !DOMAIN.test(d));
    if (badDomain) throw badInput(`"${badDomain}" is not an email domain. Enter domains like council.gov.uk, one per line.`, 'allowedEmailDomains');
    const acr = [...new Set(input.mfaAcrValues.map((v) => v.trim()).filter(Boolean))];
    if (acr.some((v) => v.length > 200)) throw badInput('Each acr value must be at most 200 characters.', 'mfaAcrValues');
    const clientSecret = input.clientSecret?.trim() || null;
    const seen = new Set<string>();
    const mappings = input.roleMappings.map((m, position) => {
      const claimValue = m.claimValue.trim();
      const field = `roleMappings.${position}`;
      if (!claimValue) throw badInput('Each mapping needs the group or app role the provider sends.', `${field}.claimValue`);
      if (seen.has(claimValue)) throw badInput(`"${claimValue}" is mapped twice. Keep one mapping for it.`, `${field}.claimValue`);
      seen.add(claimValue);
      if (!(PROFESSIONAL_ROLES as readonly string[]).includes(m.role)) throw badInput('A provider can only give staff roles.', `${field}.role`);
      const teamId = m.teamId || null;
      if (belongsToATeam(m.role) && !teamId) throw badInput('Choose the team for social workers and team managers.', `${field}.teamId`);
      if (teamId && !isUuid(teamId)) throw badInput('Choose a team of your council.', `${field}.teamId`);
      return { claimValue, role: m.role, teamId, position };
    });

    await this.dataSource.transaction(async (manager) => {
      // One save per council at a time: two administrators setting up a provider at once get one provider and a CONFLICT.
      await manager.query(`SELECT id FROM councils WHERE id = $1 FOR UPDATE`, [actor.councilId]);
      const teamIds = [...new Set(mappings.map((m) => m.teamId).filter((t): t is string => !!t))];
      if (teamIds.length) {
        const teams = await manager.find(TeamEntity, { where: teamIds.map((id) => ({ id, councilId: actor.councilId })), select: { id: true } });
        const missing = mappings.find((m) => m.teamId && !teams.some((t) => t.id === m.teamId));
        if (missing) throw badInput('Choose a team of your council.', `roleMappings.${missing.position}.teamId`);
      }
      const current = await manager
        .createQueryBuilder(IdentityProviderEntity, 'p')
        .addSelect('p.clientSecret')
        .where('p.council_id = :c', { c: actor.councilId })
        .setLock('pessimistic_write')
        .getOne();
      if (current && input.expectedVersion !== current.version) throw versionConflict(current, 'sign-in setting');
      if (!current && input.expectedVersion != null) throw badInput('There is no provider to change: reload the page.', 'expectedVersion');
      if (!current && !clientSecret) throw badInput('Enter the client secret the provider gave you.', 'clientSecret');
      const before = current ? await this.settingsFor(actor.councilId) : null;
      const values = {
        name: input.providerName.trim(),
        issuer: issuer.href.replace(/\/$/, ''),
        clientId: input.clientId.trim(),
        allowedEmailDomains: domains,
        localPasswordsAllowed: input.localPasswordsAllowed,
        mfaRequired: input.mfaRequired,
        mfaAcrValues: acr,
        disableAfterIdleDays: input.disableAfterIdleDays ?? null,
        updatedById: actor.userId,
      };
      let providerId: string;
      if (current) {
        providerId = current.id;
        await manager.update(IdentityProviderEntity, { id: current.id }, { ...values, ...(clientSecret ? { clientSecret: this.box.seal(clientSecret) } : {}), version: current.version + 1 });
        await manager.delete(RoleMappingEntity, { identityProviderId: current.id });
      } else {
        const created = await manager.save(manager.create(IdentityProviderEntity, { ...values, councilId: actor.councilId, clientSecret: this.box.seal(clientSecret!) }));
        providerId = created.id;
      }
      if (mappings.length) await manager.insert(RoleMappingEntity, mappings.map((m) => ({ ...m, identityProviderId: providerId })));
      const after = { ...values, roleMappings: mappings.map((m) => `${m.claimValue} → ${m.role}${m.teamId ? ` (${m.teamId})` : ''}`) };
      const was: Record<string, unknown> = before
        ? {
            name: before.providerName,
            issuer: before.issuer,
            clientId: before.clientId,
            allowedEmailDomains: before.allowedEmailDomains,
            localPasswordsAllowed: before.localPasswordsAllowed,
            mfaRequired: before.mfaRequired,
            mfaAcrValues: before.mfaAcrValues,
            disableAfterIdleDays: before.disableAfterIdleDays,
            roleMappings: before.roleMappings.map((m) => `${m.claimValue} → ${m.role}${m.teamId ? ` (${m.teamId})` : ''}`),
          }
        : {};
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const [key, value] of Object.entries(after)) {
        if (key === 'updatedById') continue;
        if (JSON.stringify(was[key] ?? null) !== JSON.stringify(value)) changes[key] = { before: was[key] ?? null, after: value };
      }
      // The secret itself is never written to the audit: only that it changed.
      if (clientSecret && (!current || clientSecret !== this.box.open(current.clientSecret))) changes.clientSecret = { before: current ? 'set' : null, after: 'changed' };
      await writeAudit(manager, actor, ip, [{ action: current ? 'SIGN_IN_PROVIDER_CHANGED' : 'SIGN_IN_PROVIDER_SET_UP', recordType: 'IdentityProvider', recordId: providerId, changes }]);
    });
    return (await this.settingsFor(actor.councilId))!;
  }

  /**
   * Leavers: an account the council's provider has not vouched for within
   * the council's idle limit (counted from its last sign-in through the
   * provider, or its creation) is disabled and its sessions end. Run daily
   * by the job queue.
   */
  async disableIdleAccounts(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string; days: number; last_seen: Date | null }[], number] = await manager.query(
        `UPDATE users u SET disabled_at = $1
           FROM identity_providers p
          WHERE u.identity_provider_id = p.id AND p.disable_after_idle_days IS NOT NULL AND u.disabled_at IS NULL
            AND COALESCE(u.last_provider_sign_in_at, u.created_at) < $1::timestamptz - make_interval(days => p.disable_after_idle_days)
          RETURNING u.id, p.disable_after_idle_days AS days, u.last_provider_sign_in_at AS last_seen`,
        [now],
      );
      for (const row of rows) await this.sessions.revokeAllForUser(manager, row.id);
      await writeAudit(
        manager,
        null,
        null,
        rows.map((r) => ({
          action: 'ACCOUNT_DISABLED_IDLE',
          recordType: 'User',
          recordId: r.id,
          changes: { disabledAt: { before: null, after: now.toISOString() }, lastSeenAtProvider: { before: r.last_seen, after: r.last_seen }, idleDaysLimit: { before: r.days, after: r.days } },
        })),
      );
      return rows.length;
    });
  }
}
