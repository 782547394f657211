import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { NOTIFY_TEMPLATE_KEYS } from '../../packages/server/src/config';

/** What the stand-in took: exactly the JSON the client posted. */
export interface NotifyRequest {
  type: 'email' | 'sms';
  templateId: string;
  to: string;
  personalisation: Record<string, string>;
  reference?: string;
  raw: string;
}

/**
 * A local HTTP server speaking GOV.UK Notify's API for sending
 * (POST /v2/notifications/email and /v2/notifications/sms). It checks the
 * JWT the official client signs as Notify does: HS256 with the key's secret,
 * iss = the service id, iat within 30 seconds. It can refuse numbers or go
 * down, to test the faults.
 */
export class NotifyStandIn {
  readonly serviceId = randomUUID();
  readonly secret = randomUUID();
  /** A key as Notify issues them: <name>-<service id>-<secret>. */
  readonly apiKey = `forever_planning_test-${this.serviceId}-${this.secret}`;
  readonly received: NotifyRequest[] = [];
  readonly refused: { status: number; reason: string }[] = [];
  /** Numbers Notify says are not mobile numbers. */
  readonly invalidNumbers = new Set<string>();
  /** While true, every request gets a 503 (Notify down). */
  down = false;
  private server = http.createServer((req, res) => void this.handle(req, res));
  baseUrl = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const match = /^\/v2\/notifications\/(email|sms)$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return this.answer(res, 404, { status_code: 404, errors: [{ error: 'NotFound', message: 'Not found' }] });
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    try {
      if (!token) throw new Error('no token');
      const claims = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: this.serviceId }) as jwt.JwtPayload;
      if (typeof claims.iat !== 'number' || Math.abs(Date.now() / 1000 - claims.iat) > 30) throw new Error('iat out of range');
    } catch (error) {
      this.refused.push({ status: 403, reason: (error as Error).message });
      return this.answer(res, 403, { status_code: 403, errors: [{ error: 'AuthError', message: `Invalid token: ${(error as Error).message}` }] });
    }
    if (this.down) return this.answer(res, 503, { status_code: 503, errors: [{ error: 'ServiceUnavailable', message: 'down for the test' }] });
    const body = JSON.parse(raw) as { template_id: string; email_address?: string; phone_number?: string; personalisation?: Record<string, string>; reference?: string };
    const type = match[1] as 'email' | 'sms';
    const to = (type === 'email' ? body.email_address : body.phone_number) ?? '';
    if (type === 'sms' && this.invalidNumbers.has(to)) {
      return this.answer(res, 400, { status_code: 400, errors: [{ error: 'ValidationError', message: 'phone_number Not a UK mobile number' }] });
    }
    this.received.push({ type, templateId: body.template_id, to, personalisation: body.personalisation ?? {}, reference: body.reference, raw });
    const id = randomUUID();
    return this.answer(res, 201, {
      id,
      reference: body.reference ?? null,
      content: type === 'email' ? { subject: body.personalisation?.subject ?? '', body: body.personalisation?.body ?? '', from_email: 'test@notify.invalid' } : { body: body.personalisation?.body ?? '', from_number: 'GOVUK' },
      uri: `${this.baseUrl}/v2/notifications/${id}`,
      template: { id: body.template_id, version: 1, uri: `${this.baseUrl}/v2/template/${body.template_id}` },
    });
  }

  /** Waits until the stand-in holds at least `count` messages matching, or fails after the time. */
  async waitFor(predicate: (r: NotifyRequest) => boolean, count: number, timeoutMs: number): Promise<NotifyRequest[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.filter(predicate);
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`Notify stand-in: ${found.length} of ${count} expected messages after ${timeoutMs} ms; received ${JSON.stringify(this.received.map((r) => [r.type, r.to]))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** One template id per message, as a council sets them up in Notify. */
export function notifyEnv(standIn: NotifyStandIn): NodeJS.ProcessEnv {
  // Every template the server asks for (config.ts), so a new message cannot be missed here.
  const keys = NOTIFY_TEMPLATE_KEYS;
  return {
    FP_NOTIFY_API_KEY: standIn.apiKey,
    FP_NOTIFY_BASE_URL: standIn.baseUrl,
    ...Object.fromEntries(keys.map((k) => [`FP_NOTIFY_TEMPLATE_${k}`, `template-${k.toLowerCase().replace(/_/g, '-')}`])),
  };
}
