import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Tag, Textarea, UiLink } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import {
  AcknowledgeChildMessageDocument,
  CloseChildMessageDocument,
  ReplyToChildMessageDocument,
  type ChildMessageDetailFragment,
  type Mood,
} from '../gql/graphql';

export const MOOD_LABELS: Record<Mood, string> = { VERY_SAD: 'Very sad', SAD: 'Sad', OK: 'OK', HAPPY: 'Happy', VERY_HAPPY: 'Very happy' };

const KIND_TITLES: Record<ChildMessageDetailFragment['kind'], string> = {
  UNSAFE: 'I feel unsafe',
  NOT_HAPPY: 'I’m not happy',
  CONCERN: 'Advocate’s concern',
};

const SENT_TO: Record<string, string> = { WORKER: 'their social worker', IRO: 'their IRO', ADVOCATE: 'their advocate' };

/** Where the message stands, in one tag: what the worker checks first. */
function statusOf(m: ChildMessageDetailFragment): { text: string; colour: 'red' | 'yellow' | 'green' | 'grey' } {
  if (m.kind === 'UNSAFE') {
    if (m.closedAt) return { text: 'Closed', colour: 'green' };
    return m.acknowledgedAt ? { text: 'Acknowledged, not closed', colour: 'yellow' } : { text: 'Not acknowledged', colour: 'red' };
  }
  if (m.repliedAt) return { text: 'Replied', colour: 'green' };
  return m.acknowledgedAt ? { text: 'Read, no reply yet', colour: 'yellow' } : { text: 'Unread', colour: 'red' };
}

/** A CONFLICT means someone else answered first: say so; the live update has refreshed the card. */
function errorText(error: unknown): string {
  const e = apiError(error);
  return e.code === 'CONFLICT' ? `Someone else changed this message first. Check it again below. (${e.message})` : e.message;
}

/**
 * One message from a child, as the staff it reached see it: the child's own
 * words, their mood, who saw it and when, and what the reader may do next.
 */
export function ChildMessageCard({ message: m, child }: { message: ChildMessageDetailFragment; child?: { id: string; displayName: string } }) {
  const status = statusOf(m);
  const id = `message-${m.id}`;
  const unsafe = m.kind === 'UNSAFE';
  return (
    <article className={unsafe && !m.closedAt ? 'fp-message fp-message--unsafe' : 'fp-message'} aria-labelledby={`${id}-title`} data-testid="child-message">
      <h3 className="govuk-heading-s fp-message__title" id={`${id}-title`}>
        {child ? (
          <>
            <UiLink href={`/children/${child.id}#messages`} className="govuk-link">
              {child.displayName}
            </UiLink>
            {`: “${KIND_TITLES[m.kind]}”`}
          </>
        ) : (
          `“${KIND_TITLES[m.kind]}”`
        )}
      </h3>
      <p className="govuk-body-s fp-message__meta">
        <Tag colour={status.colour}>{status.text}</Tag> Sent {formatDayAndTime(m.sentAt)}
        {m.sendTo && !unsafe ? ` to ${SENT_TO[m.sendTo]}` : unsafe ? ' to everyone on the case' : ''}
        {m.raisedBy ? ` by ${m.raisedBy.displayName}` : ''}
      </p>
      <dl className="govuk-summary-list govuk-summary-list--no-border fp-message__facts">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{m.raisedBy ? 'Their words' : 'The child’s words'}</dt>
          <dd className="govuk-summary-list__value fp-pre-line">{m.words ?? <span className="fp-secondary-text">No words: they pressed the button.</span>}</dd>
        </div>
        {m.mood && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">How they feel</dt>
            <dd className="govuk-summary-list__value">{MOOD_LABELS[m.mood]}</dd>
          </div>
        )}
        {m.acknowledgedAt && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{unsafe ? 'Acknowledged' : 'Read'}</dt>
            <dd className="govuk-summary-list__value">
              {`${m.acknowledgedBy?.displayName ?? 'Someone'}, ${formatDayAndTime(m.acknowledgedAt)}`}
            </dd>
          </div>
        )}
        {m.closedAt && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Closed</dt>
            <dd className="govuk-summary-list__value">
              {`${m.closedBy?.displayName ?? 'Someone'}, ${formatDayAndTime(m.closedAt)}`}
              {m.closingNote && <p className="govuk-body-s fp-pre-line">What was done: {m.closingNote}</p>}
            </dd>
          </div>
        )}
        {m.repliedAt && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Reply</dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body fp-pre-line">{m.reply}</p>
              <p className="govuk-body-s fp-secondary-text">{`${m.repliedBy?.displayName ?? 'Someone'}, ${formatDayAndTime(m.repliedAt)}`}</p>
            </dd>
          </div>
        )}
      </dl>
      {m.canRespond && <MessageActions message={m} />}
    </article>
  );
}

function MessageActions({ message: m }: { message: ChildMessageDetailFragment }) {
  const [acknowledge, ack] = useMutation(AcknowledgeChildMessageDocument);
  const [close, closing] = useMutation(CloseChildMessageDocument);
  const [reply, replying] = useMutation(ReplyToChildMessageDocument);
  const [note, setNote] = useState('');
  const [words, setWords] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const input = { id: m.id, expectedVersion: m.version };
  const unsafe = m.kind === 'UNSAFE';
  const busy = ack.loading || closing.loading || replying.loading;
  const run = async (action: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await action();
    } catch (error) {
      setFailure(errorText(error));
    }
  };
  const onClose = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length < 3) return setFieldError('Say what was done before closing the alert');
    setFieldError(undefined);
    void run(() => close({ variables: { input: { ...input, whatWasDone: note.trim() } } }));
  };
  const onReply = (event: FormEvent) => {
    event.preventDefault();
    if (!words.trim()) return setFieldError('Write a reply');
    setFieldError(undefined);
    void run(() => reply({ variables: { input: { ...input, reply: words.trim() } } }));
  };
  if (unsafe && m.closedAt) return null;
  if (!unsafe && m.repliedAt) return null;
  return (
    <div className="fp-message__actions">
      {failure && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failure}
        </p>
      )}
      {!m.acknowledgedAt && (
        <Button variant={unsafe ? 'warning' : 'secondary'} disabled={busy} onClick={() => void run(() => acknowledge({ variables: { input } }))}>
          {unsafe ? 'Acknowledge' : 'Mark as read'}
        </Button>
      )}
      {unsafe ? (
        <form noValidate onSubmit={onClose}>
          <Textarea
            id={`${m.id}-closing-note`}
            label="What was done"
            hint="For staff only: the child does not see this."
            rows={3}
            value={note}
            onChange={setNote}
            error={fieldError}
          />
          <Button type="submit" variant="secondary" disabled={busy}>
            Close alert
          </Button>
        </form>
      ) : (
        <form noValidate onSubmit={onReply}>
          <Textarea id={`${m.id}-reply`} label="Reply to the child" hint="They read this on their home page. Use plain words." rows={3} value={words} onChange={setWords} error={fieldError} />
          <Button type="submit" disabled={busy}>
            Send reply
          </Button>
        </form>
      )}
    </div>
  );
}
