import axios, { isAxiosError } from 'axios';
import nodemailer, { type Transporter, type TransportOptions } from 'nodemailer';
import { NotifyClient } from 'notifications-node-client';
import type { NotificationsConfig, NotifyTemplateKey } from '../../config';
import type { NotificationChannel, NotificationVia } from './notification.vocabulary';

export interface OutgoingMessage {
  /** Our row id: sent to Notify as its reference, to SMTP as a header, so a delivery can be traced. */
  id: string;
  channel: NotificationChannel;
  address: string;
  template: NotifyTemplateKey;
  subject: string;
  body: string;
  personalisation: Record<string, string>;
}

/**
 * The address was refused (not a mobile number, not an email address):
 * trying again cannot help, so the message falls back at once.
 */
export class AddressRefusedError extends Error {}

export interface Sender {
  via: NotificationVia;
  /** What it can carry: SMTP has no text messages. */
  channels: readonly NotificationChannel[];
  send(message: OutgoingMessage): Promise<{ reference: string | null }>;
  close(): Promise<void>;
}

const SEND_TIMEOUT_MS = 15_000;

/** GOV.UK Notify through its official client. */
export class NotifySender implements Sender {
  readonly via = 'NOTIFY' as const;
  readonly channels = ['EMAIL', 'SMS'] as const;
  private readonly client: NotifyClient;

  constructor(private readonly config: NonNullable<NotificationsConfig['notify']>) {
    this.client = new NotifyClient(config.baseUrl, config.apiKey);
    // The client's default axios has no timeout: a hung connection would hold the job forever.
    this.client.setClient(axios.create({ timeout: SEND_TIMEOUT_MS }));
  }

  async send(m: OutgoingMessage): Promise<{ reference: string | null }> {
    const templateId = this.config.templates[m.template];
    try {
      const response =
        m.channel === 'SMS'
          ? await this.client.sendSms(templateId, m.address, { personalisation: m.personalisation, reference: m.id })
          : await this.client.sendEmail(templateId, m.address, { personalisation: m.personalisation, reference: m.id });
      return { reference: response.data.id };
    } catch (error) {
      throw notifyError(error);
    }
  }

  async close(): Promise<void> {}
}

/** Notify answers 400 ValidationError for a bad number or address; anything else may pass, so it is retried. */
function notifyError(error: unknown): Error {
  if (isAxiosError(error)) {
    const status = error.response?.status;
    const errors = (error.response?.data as { errors?: { error: string; message: string }[] } | undefined)?.errors ?? [];
    const detail = errors.map((e) => `${e.error}: ${e.message}`).join('; ');
    if (status === 400 && errors.some((e) => e.error === 'ValidationError' && /phone_number|email_address|mobile|email/i.test(e.message))) {
      return new AddressRefusedError(`GOV.UK Notify refused the address: ${detail}`);
    }
    if (status) return new Error(`GOV.UK Notify answered ${status}${detail ? `: ${detail}` : ''}`);
    return new Error(`GOV.UK Notify could not be reached: ${error.code ?? error.message}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Email through the council's own mail server. */
export class SmtpSender implements Sender {
  readonly via = 'SMTP' as const;
  readonly channels = ['EMAIL'] as const;
  private readonly transport: Transporter;

  constructor(private readonly config: NonNullable<NotificationsConfig['smtp']>) {
    this.transport = nodemailer.createTransport(config.url, {
      connectionTimeout: SEND_TIMEOUT_MS,
      greetingTimeout: SEND_TIMEOUT_MS,
      socketTimeout: SEND_TIMEOUT_MS,
    } as TransportOptions);
  }

  async send(m: OutgoingMessage): Promise<{ reference: string | null }> {
    try {
      const info = await this.transport.sendMail({
        from: this.config.from,
        to: m.address,
        subject: m.subject,
        text: m.body,
        headers: { 'X-Forever-Planning-Notification': m.id },
      });
      return { reference: info.messageId ?? null };
    } catch (error) {
      const e = error as { responseCode?: number; message?: string; code?: string };
      // 550/553: the server refused the mailbox itself.
      if (e.responseCode === 550 || e.responseCode === 553 || e.code === 'EENVELOPE') {
        throw new AddressRefusedError(`The mail server refused the address: ${e.message}`, { cause: error });
      }
      throw new Error(`The mail server could not take the message: ${e.code ?? ''} ${e.message ?? ''}`.trim(), { cause: error });
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/** Neither service configured: the row in the outbox is the message, for the administrator's screen and the demo. */
export class OutboxOnlySender implements Sender {
  readonly via = 'OUTBOX' as const;
  readonly channels = ['EMAIL', 'SMS'] as const;
  async send(): Promise<{ reference: string | null }> {
    return { reference: null };
  }
  async close(): Promise<void> {}
}

export function senderFor(config: NotificationsConfig): Sender {
  if (config.notify) return new NotifySender(config.notify);
  if (config.smtp) return new SmtpSender(config.smtp);
  return new OutboxOnlySender();
}

/** A UK mobile number, as Notify accepts one (spaces, brackets and dashes ignored). */
export function isUkMobile(number: string): boolean {
  return /^(?:\+44|0044|0)7\d{9}$/.test(number.replace(/[\s()-]/g, ''));
}
