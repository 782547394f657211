import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Tag } from '@forever-planning/ui';
import { longDate, WorkerWords } from '../common/page';
import { MyMessagesDocument, type MyMessagesQuery } from '../gql/graphql';
import { ROLE_NAME_WORDS, WORDS } from '../words';

type Message = MyMessagesQuery['myMessages'][number];

/**
 * While a message just sent waits to be seen, check often: a child should not
 * have to reload to know. Only for half an hour, so an open page on a shared
 * phone does not keep the session alive for ever.
 */
const WAITING_POLL_MS = 10_000;
const WAIT_AT_MOST_MS = 30 * 60 * 1000;
/** A reply in the last week is new. */
const NEW_FOR_MS = 7 * 24 * 60 * 60 * 1000;

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' }).replace(' ', '');

/** "Sam has seen this at 10:32am on 3 December 2026": first name only. */
export function seenWords(m: Pick<Message, 'seenAt' | 'seenByFirstName'>): string {
  if (!m.seenAt) return WORDS.myMessages.notSeen;
  return `${m.seenByFirstName ?? WORDS.myMessages.someone} ${WORDS.myMessages.seenBy} at ${time(m.seenAt)} on ${longDate(m.seenAt)}.`;
}

function MessageStatus({ message: m, now }: { message: Message; now: number }) {
  return (
    <li className="yp-card" data-testid="my-message">
      {/* The child's own words are not repeated here: a shared phone shows only that a message was seen or answered. */}
      <p className="govuk-body-s yp-quiet">
        {WORDS.myMessages.message} {WORDS.myMessages.sentOn} {longDate(m.sentAt)}
      </p>
      <p className="govuk-body">{seenWords(m)}</p>
      {m.reply && (
        <div className="yp-reply">
          <h3 className="govuk-heading-s">
            {WORDS.myMessages.reply} {m.reply.fromFirstName}{' '}
            {now - new Date(m.reply.repliedAt).getTime() < NEW_FOR_MS && <Tag colour="green">{WORDS.myMessages.newReply}</Tag>}
          </h3>
          <WorkerWords words={m.reply.words} language={m.reply.language} />
          <p className="govuk-body-s yp-quiet">
            {m.reply.fromFirstName}, {ROLE_NAME_WORDS[m.reply.fromRoleName]}, {longDate(m.reply.repliedAt)}
          </p>
        </div>
      )}
    </li>
  );
}

/**
 * What happened to the messages I sent: who saw each and when, and any reply.
 * `kind` and `latest` narrow it to the message just sent on a help page.
 */
export function MyMessages({ kind, latest = 5, heading = true, watch = false }: { kind?: Message['kind']; latest?: number; heading?: boolean; watch?: boolean }) {
  const [poll, setPoll] = useState(watch ? WAITING_POLL_MS : 0);
  const { data } = useQuery(MyMessagesDocument, { fetchPolicy: 'cache-and-network', pollInterval: poll });
  const messages = (data?.myMessages ?? []).filter((m) => !kind || m.kind === kind).slice(0, latest);
  const now = Date.now();
  const waiting = messages.some((m) => !m.seenAt && now - new Date(m.sentAt).getTime() < WAIT_AT_MOST_MS);
  // Polls only while a message just sent is unseen; the first answer may come from the cache, so this follows every answer.
  useEffect(() => {
    if (data) setPoll(watch && waiting ? WAITING_POLL_MS : 0);
  }, [data, watch, waiting]);
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby="my-messages-title" className="yp-my-messages">
      <h2 className={heading ? 'govuk-heading-m' : 'govuk-visually-hidden'} id="my-messages-title">
        {WORDS.myMessages.title}
      </h2>
      <ul className="govuk-list" role="list">
        {messages.map((m) => (
          <MessageStatus key={m.id} message={m} now={now} />
        ))}
      </ul>
    </section>
  );
}
