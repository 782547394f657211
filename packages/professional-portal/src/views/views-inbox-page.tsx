import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { MEETING_TYPE_LABELS, PORTAL_LANGUAGES, portalLanguage, VIEW_TOPIC_LABELS } from '@forever-planning/shared';
import { Button, ErrorSummary, Select, Tag, Textarea, UiLink } from '@forever-planning/ui';
import { formatDate, formatDayAndTime } from '../common/dates';
import { conflictMessage } from '../common/conflict-notice';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { MOOD_LABELS } from '../alerts/child-message-card';
import { say } from '../i18n/i18n';
import { MarkViewReadDocument, ReplyLinkChoicesDocument, ReplyToViewDocument, ViewsInboxDocument, type ReplyLinkChoicesQuery, type ViewsInboxQuery } from '../gql/graphql';

type View = ViewsInboxQuery['viewsInbox']['edges'][number]['node'];

/** Children's views addressed to me, unread first, each with a "you said, we did" reply the child will see. */
export function ViewsInboxPage() {
  usePageTitle(say('views.viewsInboxPage.viewsInbox'));
  const { data, loading, error, fetchMore } = useQuery(ViewsInboxDocument, { fetchPolicy: 'cache-and-network' });
  const inbox = data?.viewsInbox;
  return (
    <>
      <h1 className="govuk-heading-l">{say('views.viewsInboxPage.viewsInbox')}</h1>
      <p className="govuk-body">{say('views.viewsInboxPage.whatChildrenHaveTold')}</p>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      {loading && !inbox ? <Loading what={say('views.viewsInboxPage.loadingViews')} /> : null}
      {inbox && inbox.edges.length === 0 && <p className="govuk-body">{say('views.viewsInboxPage.noViewsHaveBeen')}</p>}
      {inbox?.edges.map(({ node }) => <ViewItem key={node.id} view={node} />)}
      {inbox?.pageInfo.hasNextPage && (
        <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: inbox.pageInfo.endCursor } })}>
          {say('views.viewsInboxPage.showMoreViews')}
        </Button>
      )}
    </>
  );
}

type Meeting = ReplyLinkChoicesQuery['child']['meetings'][number];
const meetingDay = (m: Meeting) => m.heldOn ?? m.scheduledFor ?? m.dueDate;
/** How many of the child's meetings, newest first, the reply may name. */
const RECENT_MEETINGS = 6;

/**
 * What a reply may say it changed: an outcome of the child's current plan and a
 * recent meeting (held or booked). Both optional; the child reads the outcome's
 * words and "at your review on 3 May".
 */
export function ReplyLinks({ childId, idPrefix, outcomeId, meetingId, onOutcome, onMeeting }: {
  childId: string;
  idPrefix: string;
  outcomeId: string;
  meetingId: string;
  onOutcome: (id: string) => void;
  onMeeting: (id: string) => void;
}) {
  const { data } = useQuery(ReplyLinkChoicesDocument, { variables: { childId } });
  if (!data) return null;
  const outcomes = data.child.currentPlan?.outcomes ?? [];
  const meetings = data.child.meetings.filter((m) => meetingDay(m)).slice(0, RECENT_MEETINGS);
  return (
    <>
      {outcomes.length > 0 && (
        <Select
          id={`${idPrefix}-outcome`}
          label={say('views.viewsInboxPage.whatChangedInThe')}
          hint={say('views.viewsInboxPage.theChildWillRead')}
          options={[{ value: '', label: say('views.viewsInboxPage.nothingInThePlan') }, ...outcomes.map((o) => ({ value: o.id, label: o.outcome }))]}
          value={outcomeId}
          onChange={onOutcome}
        />
      )}
      {meetings.length > 0 && (
        <Select
          id={`${idPrefix}-meeting`}
          label={say('views.viewsInboxPage.whereItWasDecided')}
          hint={say('views.viewsInboxPage.theChildWillRead2')}
          options={[{ value: '', label: say('views.viewsInboxPage.noMeeting') }, ...meetings.map((m) => ({ value: m.id, label: `${MEETING_TYPE_LABELS[m.type]}, ${formatDate(meetingDay(m))}` }))]}
          value={meetingId}
          onChange={onMeeting}
        />
      )}
    </>
  );
}

export function ViewItem({ view }: { view: View }) {
  const [reply, setReply] = useState('');
  const [language, setLanguage] = useState('en');
  const [outcomeId, setOutcomeId] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [replyError, setReplyError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [markRead] = useMutation(MarkViewReadDocument);
  const [sendReply, { loading }] = useMutation(ReplyToViewDocument, { refetchQueries: [{ query: ViewsInboxDocument }] });
  const headingId = `view-${view.id}`;
  const submit = async () => {
    if (!reply.trim()) return setReplyError(say('views.viewsInboxPage.enterYourReplyTo'));
    if (reply.trim().length > 5000) return setReplyError(say('views.viewsInboxPage.yourReplyMustBe'));
    setReplyError(undefined);
    setFormError(null);
    try {
      await sendReply({ variables: { input: { viewId: view.id, expectedVersion: view.version, reply: reply.trim(), language, outcomeId: outcomeId || null, meetingId: meetingId || null } } });
      setOpen(false);
    } catch (e) {
      const err = apiError(e);
      if (err.code === 'BAD_USER_INPUT') setReplyError(err.message);
      else setFormError(err.code === 'CONFLICT' ? conflictMessage(err, 'view') : err.message);
    }
  };
  return (
    <section className="govuk-summary-card" aria-labelledby={headingId}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={headingId}>
          {view.childFirstName}: {VIEW_TOPIC_LABELS[view.topic]} {!view.readByMe && <Tag colour="blue">{say('views.viewsInboxPage.unread')}</Tag>}
        </h2>
        <div className="govuk-summary-card__actions">
          <UiLink href={`/children/${view.childId}`} className="govuk-link">
            {say('views.viewsInboxPage.record')}<span className="govuk-visually-hidden">{' '}{say('views.viewsInboxPage.of', { childFirstName: view.childFirstName })}</span>
          </UiLink>
        </div>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body-s fp-secondary-text">
          {view.sentAt ? say('views.viewsInboxPage.sent', { sentAt: formatDayAndTime(view.sentAt) }) : ''}
          {view.writtenWithAdvocate ? say('views.viewsInboxPage.writtenWithTheir') : ''}
          {/* The mood the child picked: the worker reads how they feel, not only what they said. */}
          {view.mood ? say('views.viewsInboxPage.howTheyFeel', { value: MOOD_LABELS[view.mood] }) : ''}
        </p>
        <blockquote className="govuk-inset-text fp-pre-line">{view.words}</blockquote>
        {!view.readByMe && (
          <Button variant="secondary" onClick={() => void markRead({ variables: { viewId: view.id } })}>
            {say('views.viewsInboxPage.markAsRead')}<span className="govuk-visually-hidden">{' '}{say('views.viewsInboxPage.sView', { childFirstName: view.childFirstName })}</span>
          </Button>
        )}
        {view.reply ? (
          <>
            <h3 className="govuk-heading-s">{say('views.viewsInboxPage.youSaidWeDid')}</h3>
            <p className="govuk-body fp-pre-line" lang={view.replyLanguage ?? undefined} dir={portalLanguage(view.replyLanguage)?.dir}>
              {view.reply}
            </p>
            <p className="govuk-body-s fp-secondary-text">
              {view.repliedBy?.displayName}
              {view.repliedAt ? `, ${formatDayAndTime(view.repliedAt)}` : ''}
              {view.replyLanguage ? say('views.viewsInboxPage.in', { value: portalLanguage(view.replyLanguage)?.englishName ?? view.replyLanguage }) : ''}
            </p>
            {(view.replyOutcomeId || view.replyMeetingId) && (
              <p className="govuk-body-s fp-secondary-text">
                {view.replyOutcomeId && view.replyMeetingId
                  ? say('views.viewsInboxPage.linkedToOutcomeAndMeeting')
                  : view.replyOutcomeId
                    ? say('views.viewsInboxPage.linkedToOutcome')
                    : say('views.viewsInboxPage.linkedToMeeting')}
              </p>
            )}
          </>
        ) : open ? (
          <form
            noValidate
            aria-label={say('views.viewsInboxPage.replyTo', { childFirstName: view.childFirstName })}
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            {formError && <ErrorSummary errors={[{ message: formError }]} />}
            <Textarea
              id={`reply-${view.id}`}
              label={say('views.viewsInboxPage.youSaidWeDid')}
              hint={say('views.viewsInboxPage.willReadThis', { childFirstName: view.childFirstName })}
              rows={4}
              value={reply}
              onChange={(v) => {
                setReply(v);
                if (replyError && v.trim()) setReplyError(undefined);
              }}
              error={replyError}
            />
            <Select
              id={`reply-language-${view.id}`}
              label={say('reply.language')}
              hint={say('reply.languageHint')}
              options={PORTAL_LANGUAGES.map((l) => ({ value: l.code, label: l.code === 'en' ? l.englishName : `${l.englishName} (${l.ownName})` }))}
              value={language}
              onChange={setLanguage}
            />
            <ReplyLinks childId={view.childId} idPrefix={`reply-${view.id}`} outcomeId={outcomeId} meetingId={meetingId} onOutcome={setOutcomeId} onMeeting={setMeetingId} />
            <Button type="submit" disabled={loading}>
              {say('views.viewsInboxPage.sendReply')}
            </Button>
          </form>
        ) : (
          <Button onClick={() => setOpen(true)}>
            {say('views.viewsInboxPage.reply2')}<span className="govuk-visually-hidden">{' '}{say('views.viewsInboxPage.to', { childFirstName: view.childFirstName })}</span>
          </Button>
        )}
      </div>
    </section>
  );
}
