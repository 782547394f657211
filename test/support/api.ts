import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { ManualClock, type Clock } from '../../packages/server/src/common/clock';
import { loadConfig } from '../../packages/server/src/config';
import { createApp, type RunningApp } from '../../packages/server/src/server';
import { createServices, type Services } from '../../packages/server/src/services';
import type { ThrottleSettings } from '../../packages/server/src/modules/auth/sign-in-throttle';
import { PASSWORD } from './world';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

/** A browser-like client: keeps the session cookie between requests, sends the CSRF-safe JSON content type. */
export class ApiClient {
  cookie: string | null = null;
  constructor(readonly baseUrl: string, readonly ip = '127.0.0.1') {}

  async raw(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: JSON.stringify(body),
    });
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const res = await this.raw({ query, variables });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const match = /fp_session=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[1] ? `fp_session=${match[1]}` : null;
    }
    return (await res.json()) as GraphQLResponse<T>;
  }

  /** Data or a thrown error listing the GraphQL errors: for steps that must succeed. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async signIn(username: string, password: string): Promise<GraphQLResponse> {
    return this.gql(`mutation($input: SignInInput!) { signIn(input: $input) { id role displayName } }`, { input: { username, password } });
  }
}

export function errorCode(res: GraphQLResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

export interface TestApi {
  baseUrl: string;
  services: Services;
  clock: ManualClock;
  running: RunningApp;
  client(): ApiClient;
  /** A client signed in as this person; a refused sign-in fails the test at once. */
  signedIn(username: string, password?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/** The real API (Express, Apollo, PostgreSQL) on a free port, with a clock the test controls. */
export async function startTestApi(
  dataSource: DataSource,
  options: { now?: Date; throttle?: Partial<ThrottleSettings>; env?: NodeJS.ProcessEnv; clock?: ManualClock; queue?: boolean } = {},
): Promise<TestApi> {
  const clock = options.clock ?? new ManualClock(options.now ?? new Date('2026-11-24T10:00:00Z'));
  const config = { ...loadConfig({ ...options.env }), port: 0 };
  const services = createServices(dataSource, config, clock as Clock, { throttle: options.throttle });
  const running = await createApp(services);
  await new Promise<void>((resolve) => running.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = running.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  // As main.ts does: the job queue runs with the server (only where a test asks for it).
  if (options.queue) await services.queue.start();
  return {
    baseUrl,
    services,
    clock,
    running,
    client: () => new ApiClient(baseUrl),
    signedIn: async (username, password = PASSWORD) => {
      const client = new ApiClient(baseUrl);
      const res = await client.signIn(username, password);
      if (res.errors) throw new Error(`${username} could not sign in: ${JSON.stringify(res.errors)}`);
      return client;
    },
    close: async () => {
      await running.apollo.stop();
      await services.queue.stop();
      await services.reportingReads.stop();
      // An uploaded return still being checked or imported finishes before the database goes.
      await services.ssda903Uploads.idle();
    },
  };
}

/**
 * One signed-in client per API and person, signed in on first use and kept for the suite
 * (a refused sign-in fails the test at once).
 */
export function signedInClients(): (api: TestApi, username: string) => Promise<ApiClient> {
  const clients = new Map<string, Promise<ApiClient>>();
  return (api, username) => {
    const key = `${api.baseUrl} ${username}`;
    let client = clients.get(key);
    if (!client) {
      client = api.signedIn(username);
      clients.set(key, client);
    }
    return client;
  };
}
