import type { NotifyTemplateKey } from '../../config';
import type { NotificationChannel, NotificationEvent } from './notification.vocabulary';

/**
 * What each notification says. Nothing here receives a child's words, name
 * or date of birth: a notification says what happened, gives the case
 * reference and links to the portal, where the reader signs in to see more.
 * The inputs are typed so that nothing else can be passed in by mistake.
 */
export interface TemplateInput {
  recipientName: string;
  /** The council's case number, e.g. RB104037. */
  caseReference: string | null;
  link: string;
  /** When it happened, already written for people (London time). */
  when: string;
  /** Only for the escalation: how long nobody has acknowledged it. */
  waitedMinutes?: number;
  /** Only for the daily digest: lines built from case references and rule titles. */
  digestLines?: string[];
  /** Only for the daily digest: the day it covers, written for people. */
  day?: string;
}

export interface RenderedNotification {
  subject: string;
  body: string;
  /** The values a GOV.UK Notify template fills in: ((name)), ((subject)), ((body)), ((case_reference)), ((link)). */
  personalisation: Record<string, string>;
}

function caseOf(input: TemplateInput): string {
  return input.caseReference ? `case ${input.caseReference}` : 'a case';
}

const ACK = 'Sign in to read it and acknowledge it, so the others know you are dealing with it.';

type Renderer = (input: TemplateInput) => { subject: string; body: string };

const RENDERERS: Record<NotifyTemplateKey, Renderer> = {
  UNSAFE_EMAIL: (i) => ({
    subject: `Urgent: a child says they feel unsafe (${caseOf(i)})`,
    body: [
      `${i.recipientName},`,
      `At ${i.when} a child (${caseOf(i)}) told Forever Planning they feel unsafe. They were shown how to call 999 and Childline.`,
      `Act now. ${ACK}`,
      `Open the case: ${i.link}`,
      'For the child\'s privacy this message holds none of their words or details.',
    ].join('\n\n'),
  }),
  UNSAFE_SMS: (i) => ({
    subject: 'Urgent: a child feels unsafe',
    body: `Forever Planning URGENT: at ${i.when} a child (${caseOf(i)}) said they feel unsafe. Act now and acknowledge: ${i.link}`,
  }),
  UNSAFE_ESCALATION_EMAIL: (i) => ({
    subject: `Not acknowledged after ${i.waitedMinutes ?? 30} minutes: a child feels unsafe (${caseOf(i)})`,
    body: [
      `${i.recipientName},`,
      `At ${i.when} a child (${caseOf(i)}) told Forever Planning they feel unsafe. Nobody has acknowledged it after ${i.waitedMinutes ?? 30} minutes.`,
      `Make sure someone acts now. ${ACK}`,
      `Open the case: ${i.link}`,
      'For the child\'s privacy this message holds none of their words or details.',
    ].join('\n\n'),
  }),
  UNSAFE_ESCALATION_SMS: (i) => ({
    subject: 'Unsafe alert not acknowledged',
    body: `Forever Planning: a child (${caseOf(i)}) said they feel unsafe at ${i.when}; nobody has acknowledged it after ${i.waitedMinutes ?? 30} minutes. ${i.link}`,
  }),
  NOT_HAPPY_EMAIL: (i) => ({
    subject: `A child has sent you an "I'm not happy" message (${caseOf(i)})`,
    body: [
      `${i.recipientName},`,
      `At ${i.when} a child (${caseOf(i)}) sent you an "I'm not happy" message through Forever Planning.`,
      `Sign in to read it and reply: ${i.link}`,
      'For the child\'s privacy this message holds none of their words or details.',
    ].join('\n\n'),
  }),
  VIEW_SHARED_EMAIL: (i) => ({
    subject: `A child has shared their views with you (${caseOf(i)})`,
    body: [
      `${i.recipientName},`,
      `At ${i.when} a child (${caseOf(i)}) shared their wishes and feelings with you through Forever Planning.`,
      `Sign in to read them and reply: ${i.link}`,
      'For the child\'s privacy this message holds none of their words or details.',
    ].join('\n\n'),
  }),
  AUTHENTICATOR_RESET_EMAIL: (i) => ({
    subject: 'Forever Planning: your authenticator app was reset',
    body: [
      `${i.recipientName},`,
      `At ${i.when} an administrator reset the authenticator app you use to sign in to Forever Planning. Your recovery codes no longer work.`,
      'Next time you sign in you will set up an authenticator app again.',
      `If you did not ask for this, tell your council's administrator or information security team at once. Sign in: ${i.link}`,
    ].join('\n\n'),
  }),
  DAILY_DIGEST_EMAIL: (i) => ({
    subject: `Forever Planning: your summary for ${i.day ?? 'today'}`,
    body: [`${i.recipientName},`, 'Here is what needs you, by case reference.', ...(i.digestLines ?? []), `Sign in to see the details: ${i.link}`].join('\n\n'),
  }),
};

export function templateKey(event: NotificationEvent, channel: NotificationChannel): NotifyTemplateKey {
  const key = `${event}_${channel}` as NotifyTemplateKey;
  if (!(key in RENDERERS)) throw new Error(`No ${channel} template for ${event}.`);
  return key;
}

export function hasTemplate(event: NotificationEvent, channel: NotificationChannel): boolean {
  return `${event}_${channel}` in RENDERERS;
}

export function renderNotification(key: NotifyTemplateKey, input: TemplateInput): RenderedNotification {
  const { subject, body } = RENDERERS[key](input);
  return {
    subject,
    body,
    personalisation: { name: input.recipientName, subject, body, case_reference: input.caseReference ?? '', link: input.link },
  };
}

export const TEMPLATE_KEYS = Object.keys(RENDERERS) as NotifyTemplateKey[];
