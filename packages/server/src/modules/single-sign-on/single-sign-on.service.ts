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
import type { SingleSignOnSettings } from './single-sign-on.types';

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
      roleMappings: mappings.map((m) => ({ position: m.position, claimValue: m.claimValue, role: m.role, teamName: m.team?.name ?? null })),
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
        .discovery(new URL(provider.issuer), provider.clientId, undefined, oidc.ClientSecretPost(provider.clientSecret), {
          execute: insecure ? [oidc.allowInsecureRequests] : [],
        })
        .then((c) => c.serverMetadata());
      // A failed discovery is tried again next time.
      metadata.catch(() => this.metadata.delete(key));
      this.metadata.set(key, metadata);
    }
    const config = new oidc.Configuration(await metadata, provider.clientId, {
      [oidc.clockSkew]: Math.round((this.clock.now().getTime() - Date.now()) / 1000),
    }, oidc.ClientSecretPost(provider.clientSecret));
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
}
