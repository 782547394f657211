import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PORTAL_LANGUAGES, portalLanguage, VIEW_TOPIC_LABELS } from '@forever-planning/shared';
import { Button, ErrorSummary, Select, Tag, Textarea, UiLink } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { conflictMessage } from '../common/conflict-notice';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { MOOD_LABELS } from '../alerts/child-message-card';
import { say } from '../i18n/i18n';
import { MarkViewReadDocument, ReplyToViewDocument, ViewsInboxDocument, type ViewsInboxQuery } from '../gql/graphql';

type View = ViewsInboxQuery['viewsInbox']['edges'][number]['node'];

/** Children's views addressed to me, unread first, each with a "you said, we did" reply the child will see. */
export function ViewsInboxPage() {
  usePageTitle('Views inbox');
  const { data, loading, error, fetchMore } = useQuery(ViewsInboxDocument, { fetchPolicy: 'cache-and-network' });
  const inbox = data?.viewsInbox;
  return (
    <>
      <h1 className="govuk-heading-l">Views inbox</h1>
      <p className="govuk-body">What children have told you, unread first. Your reply is shown to the child as “you said, we did”.</p>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      {loading && !inbox ? <Loading what="Loading views" /> : null}
      {inbox && inbox.edges.length === 0 && <p className="govuk-body">No views have been sent to you.</p>}
      {inbox?.edges.map(({ node }) => <ViewItem key={node.id} view={node} />)}
      {inbox?.pageInfo.hasNextPage && (
        <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: inbox.pageInfo.endCursor } })}>
          Show more views
        </Button>
      )}
    </>
  );
}

function ViewItem({ view }: { view: View }) {
  const [reply, setReply] = useState('');
  const [language, setLanguage] = useState('en');
  const [replyError, setReplyError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [markRead] = useMutation(MarkViewReadDocument);
  const [sendReply, { loading }] = useMutation(ReplyToViewDocument, { refetchQueries: [{ query: ViewsInboxDocument }] });
  const headingId = `view-${view.id}`;
  const submit = async () => {
    if (!reply.trim()) return setReplyError('Enter your reply to the child');
    if (reply.trim().length > 5000) return setReplyError('Your reply must be 5000 characters or fewer');
    setReplyError(undefined);
    setFormError(null);
    try {
      await sendReply({ variables: { input: { viewId: view.id, expectedVersion: view.version, reply: reply.trim(), language } } });
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
          {view.childFirstName}: {VIEW_TOPIC_LABELS[view.topic]} {!view.readByMe && <Tag colour="blue">Unread</Tag>}
        </h2>
        <div className="govuk-summary-card__actions">
          <UiLink href={`/children/${view.childId}`} className="govuk-link">
            Record<span className="govuk-visually-hidden"> of {view.childFirstName}</span>
          </UiLink>
        </div>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body-s fp-secondary-text">
          {view.sentAt ? `Sent ${formatDayAndTime(view.sentAt)}` : ''}
          {view.writtenWithAdvocate ? ', written with their advocate' : ''}
          {/* The mood the child picked: the worker reads how they feel, not only what they said. */}
          {view.mood ? `. How they feel: ${MOOD_LABELS[view.mood]}` : ''}
        </p>
        <blockquote className="govuk-inset-text fp-pre-line">{view.words}</blockquote>
        {!view.readByMe && (
          <Button variant="secondary" onClick={() => void markRead({ variables: { viewId: view.id } })}>
            Mark as read<span className="govuk-visually-hidden"> {view.childFirstName}’s view</span>
          </Button>
        )}
        {view.reply ? (
          <>
            <h3 className="govuk-heading-s">You said, we did</h3>
            <p className="govuk-body fp-pre-line" lang={view.replyLanguage ?? undefined} dir={portalLanguage(view.replyLanguage)?.dir}>
              {view.reply}
            </p>
            <p className="govuk-body-s fp-secondary-text">
              {view.repliedBy?.displayName}
              {view.repliedAt ? `, ${formatDayAndTime(view.repliedAt)}` : ''}
              {view.replyLanguage ? `, in ${portalLanguage(view.replyLanguage)?.englishName ?? view.replyLanguage}` : ''}
            </p>
          </>
        ) : open ? (
          <form
            noValidate
            aria-label={`Reply to ${view.childFirstName}`}
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            {formError && <ErrorSummary errors={[{ message: formError }]} />}
            <Textarea
              id={`reply-${view.id}`}
              label="You said, we did"
              hint={`${view.childFirstName} will read this. Use short sentences and their words.`}
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
            <Button type="submit" disabled={loading}>
              Send reply
            </Button>
          </form>
        ) : (
          <Button onClick={() => setOpen(true)}>
            Reply<span className="govuk-visually-hidden"> to {view.childFirstName}</span>
          </Button>
        )}
      </div>
    </section>
  );
}
