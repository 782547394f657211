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
import { say } from '../i18n/i18n';

export const MOOD_LABELS: Record<Mood, string> = { VERY_SAD: say('alerts.childMessageCard.verySad'), SAD: say('alerts.childMessageCard.sad'), OK: 'OK', HAPPY: say('alerts.childMessageCard.happy'), VERY_HAPPY: say('alerts.childMessageCard.veryHappy') };

const KIND_TITLES: Record<ChildMessageDetailFragment['kind'], string> = {
  UNSAFE: say('alerts.childMessageCard.iFeelUnsafe'),
  NOT_HAPPY: say('alerts.childMessageCard.iMNotHappy'),
  CONCERN: say('alerts.childMessageCard.advocateSConcern'),
};

const SENT_TO: Record<string, string> = { WORKER: say('alerts.childMessageCard.theirSocialWorker'), IRO: say('alerts.childMessageCard.theirIro'), ADVOCATE: say('alerts.childMessageCard.theirAdvocate') };

/** Where the message stands, in one tag: what the worker checks first. */
function statusOf(m: ChildMessageDetailFragment): { text: string; colour: 'red' | 'yellow' | 'green' | 'grey' } {
  if (m.kind === 'UNSAFE') {
    if (m.closedAt) return { text: say('alerts.childMessageCard.closed'), colour: 'green' };
    return m.acknowledgedAt ? { text: say('alerts.childMessageCard.acknowledgedNotClosed'), colour: 'yellow' } : { text: say('alerts.childMessageCard.notAcknowledged'), colour: 'red' };
  }
  if (m.repliedAt) return { text: say('alerts.childMessageCard.replied'), colour: 'green' };
  return m.acknowledgedAt ? { text: say('alerts.childMessageCard.readNoReplyYet'), colour: 'yellow' } : { text: say('alerts.childMessageCard.unread'), colour: 'red' };
}

/** A CONFLICT means someone else answered first: say so; the live update has refreshed the card. */
function errorText(error: unknown): string {
  const e = apiError(error);
  return e.code === 'CONFLICT' ? say('alerts.childMessageCard.someoneElseChangedThis', { message: e.message }) : e.message;
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
        <Tag colour={status.colour}>{status.text}</Tag>{' '}{say('alerts.childMessageCard.sent', { sentAt: formatDayAndTime(m.sentAt) })}
        {m.sendTo && !unsafe ? say('alerts.childMessageCard.to', { value: String(SENT_TO[m.sendTo]) }) : unsafe ? say('alerts.childMessageCard.toEveryoneOnThe') : ''}
        {m.raisedBy ? say('alerts.childMessageCard.by', { displayName: m.raisedBy.displayName }) : ''}
      </p>
      <dl className="govuk-summary-list govuk-summary-list--no-border fp-message__facts">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{m.raisedBy ? say('alerts.childMessageCard.theirWords') : say('alerts.childMessageCard.theChildSWords')}</dt>
          <dd className="govuk-summary-list__value fp-pre-line">{m.words ?? <span className="fp-secondary-text">{say('alerts.childMessageCard.noWordsTheyPressed')}</span>}</dd>
        </div>
        {m.mood && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{say('alerts.childMessageCard.howTheyFeel')}</dt>
            <dd className="govuk-summary-list__value">{MOOD_LABELS[m.mood]}</dd>
          </div>
        )}
        {m.acknowledgedAt && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{unsafe ? say('alerts.childMessageCard.acknowledged') : say('alerts.childMessageCard.read')}</dt>
            <dd className="govuk-summary-list__value">
              {`${m.acknowledgedBy?.displayName ?? say('alerts.childMessageCard.someone')}, ${formatDayAndTime(m.acknowledgedAt)}`}
            </dd>
          </div>
        )}
        {m.closedAt && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{say('alerts.childMessageCard.closed')}</dt>
            <dd className="govuk-summary-list__value">
              {`${m.closedBy?.displayName ?? say('alerts.childMessageCard.someone')}, ${formatDayAndTime(m.closedAt)}`}
              {m.closingNote && <p className="govuk-body-s fp-pre-line">{say('alerts.childMessageCard.whatWasDone', { closingNote: m.closingNote })}</p>}
            </dd>
          </div>
        )}
        {m.repliedAt && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{say('alerts.childMessageCard.reply')}</dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body fp-pre-line">{m.reply}</p>
              <p className="govuk-body-s fp-secondary-text">{`${m.repliedBy?.displayName ?? say('alerts.childMessageCard.someone')}, ${formatDayAndTime(m.repliedAt)}`}</p>
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
    if (note.trim().length < 3) return setFieldError(say('alerts.childMessageCard.sayWhatWasDone'));
    setFieldError(undefined);
    void run(() => close({ variables: { input: { ...input, whatWasDone: note.trim() } } }));
  };
  const onReply = (event: FormEvent) => {
    event.preventDefault();
    if (!words.trim()) return setFieldError(say('alerts.childMessageCard.writeAReply'));
    setFieldError(undefined);
    void run(() => reply({ variables: { input: { ...input, reply: words.trim() } } }));
  };
  if (unsafe && m.closedAt) return null;
  if (!unsafe && m.repliedAt) return null;
  return (
    <div className="fp-message__actions">
      {failure && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{say('alerts.childMessageCard.error')}</span> {failure}
        </p>
      )}
      {!m.acknowledgedAt && (
        <Button variant={unsafe ? 'warning' : 'secondary'} disabled={busy} onClick={() => void run(() => acknowledge({ variables: { input } }))}>
          {unsafe ? say('alerts.childMessageCard.acknowledge') : say('alerts.childMessageCard.markAsRead')}
        </Button>
      )}
      {unsafe ? (
        <form noValidate onSubmit={onClose}>
          <Textarea
            id={`${m.id}-closing-note`}
            label={say('alerts.childMessageCard.whatWasDone2')}
            hint={say('alerts.childMessageCard.forStaffOnlyThe')}
            rows={3}
            value={note}
            onChange={setNote}
            error={fieldError}
          />
          <Button type="submit" variant="secondary" disabled={busy}>
            {say('alerts.childMessageCard.closeAlert')}
          </Button>
        </form>
      ) : (
        <form noValidate onSubmit={onReply}>
          <Textarea id={`${m.id}-reply`} label={say('alerts.childMessageCard.replyToTheChild')} hint={say('alerts.childMessageCard.theyReadThisOn')} rows={3} value={words} onChange={setWords} error={fieldError} />
          <Button type="submit" disabled={busy}>
            {say('alerts.childMessageCard.sendReply')}
          </Button>
        </form>
      )}
    </div>
  );
}
