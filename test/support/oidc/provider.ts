import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, importJWK, type JWK } from 'jose';
import { freePort } from '../free-port';

export interface TestProviderUser {
  password: string;
  /** Claims in the ID token: email, given_name, family_name, groups, roles, oid. */
  claims: Record<string, unknown>;
  /** Authentication methods the provider reports: ["pwd"] or ["pwd", "mfa"]. */
  amr: string[];
  acr?: string;
}

export interface TestProviderClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  backchannel_logout_uri?: string;
  backchannel_logout_session_required?: boolean;
}

export interface TestProvider {
  issuer: string;
  /** Changes the ID token of the next token responses; null puts things right again. */
  tamper(setting: { mode: 'signature' } | { mode: 'claims'; claims: Record<string, unknown> } | null): Promise<void>;
  /** Closes a user's account at the provider (a leaver): it refuses their sign-in, even with a live provider session. */
  disable(sub: string): Promise<void>;
  /** Signs a JWT with the provider's own key (for logout tokens). */
  sign(claims: Record<string, unknown>, typ?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the real oidc-provider (test/support/oidc/provider-process.mjs) on a free port. */
export async function startTestProvider(options: { users: Record<string, TestProviderUser>; clients: TestProviderClient[] }): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://localhost:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'provider-process.mjs')], {
    env: { ...process.env, FP_TEST_OIDC: JSON.stringify({ issuer, port, jwk, ...options }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      if (String(d).includes('ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`The test OpenID provider exited (${code}): ${stderr}`)));
  });
  const key = await importJWK(jwk, 'RS256');
  return {
    issuer,
    async tamper(setting) {
      await fetch(`${issuer}/__test/tamper`, { method: 'POST', body: new URLSearchParams({ json: setting ? JSON.stringify(setting) : '' }) });
    },
    async disable(sub) {
      await fetch(`${issuer}/__test/disable`, { method: 'POST', body: new URLSearchParams({ sub }) });
    },
    sign: (claims, typ = 'logout+jwt') => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ }).sign(key),
    async stop() {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
