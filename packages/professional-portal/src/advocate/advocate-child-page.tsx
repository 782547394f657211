import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { VIEW_TOPIC_LABELS } from '@forever-planning/shared';
import { BackLink, Button, Checkboxes, ErrorSummary, NotificationBanner, Radios, Select, SummaryCard, SummaryList, Tag, Textarea, useForm, type Validators } from '@forever-planning/ui';
import { formatDate, formatDayAndTime } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { useMe } from '../auth/session';
import { UnsavedChangesGuard } from '../common/unsaved-changes';
import { usePageTitle } from '../common/use-page-title';
import { clearDraft } from '../drafts/draft-store';
import { RestoredDraftBanner } from '../drafts/restored-draft-banner';
import { useAutosave, useRestoredDraft } from '../drafts/use-draft';
import { AdvocateChildDocument, RaiseConcernToIroDocument, WriteViewWithChildDocument, type Mood, type ViewReader, type ViewTopic } from '../gql/graphql';
import { say } from '../i18n/i18n';

const MOOD_LABELS: Record<Mood, string> = { VERY_SAD: say('advocate.advocateChildPage.verySad'), SAD: say('advocate.advocateChildPage.sad'), OK: 'OK', HAPPY: say('advocate.advocateChildPage.happy'), VERY_HAPPY: say('advocate.advocateChildPage.veryHappy') };
const READER_LABELS: Record<ViewReader, string> = { WORKER: say('advocate.advocateChildPage.theirSocialWorker'), IRO: say('advocate.advocateChildPage.theirIndependentReviewingOfficer'), ADVOCATE: say('advocate.advocateChildPage.youTheirAdvocate') };

/** The advocate's smaller view of one young person: review dates, the views shared with them, and what they can do. */
export function AdvocateChildPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(AdvocateChildDocument, { variables: { id } });
  const [done, setDone] = useState<string | null>(null);
  // One guard for the page's two forms: the router allows one blocker at a time.
  const [viewDirty, setViewDirty] = useState(false);
  const [concernDirty, setConcernDirty] = useState(false);
  const child = data?.advocateChild;
  usePageTitle(child ? say('advocate.advocateChildPage.advocacy', { firstName: child.firstName }) : say('advocate.advocateChildPage.advocacy2'));
  if (loading && !child) return <Loading what={say('advocate.advocateChildPage.loading')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('advocate.advocateChildPage.thisYoungPersonCould')} />;
  return (
    <>
      <UnsavedChangesGuard when={viewDirty || concernDirty} />
      <BackLink href="/">{say('advocate.advocateChildPage.backToYourYoung')}</BackLink>
      {done && <NotificationBanner type="success" heading={done} />}
      <span className="govuk-caption-l">{say('advocate.advocateChildPage.advocacy2')}</span>
      <h1 className="govuk-heading-l">{child.firstName}</h1>
      <SummaryList
        rows={[
          { key: say('advocate.advocateChildPage.age'), value: String(child.age) },
          { key: say('advocate.advocateChildPage.lastReview'), value: formatDate(child.lastReviewDate) },
          { key: say('advocate.advocateChildPage.nextReview'), value: formatDate(child.nextReviewDate) },
        ]}
      />
      <h2 className="govuk-heading-m">{say('advocate.advocateChildPage.viewsSharedWithYou', { firstName: child.firstName })}</h2>
      {child.sharedViews.length === 0 && <p className="govuk-body">{say('advocate.advocateChildPage.hasNotSharedAny', { firstName: child.firstName })}</p>}
      {child.sharedViews.map((v) => (
        <SummaryCard key={v.id} title={VIEW_TOPIC_LABELS[v.topic]}>
          {v.writtenWithMe && <Tag colour="blue">{say('advocate.advocateChildPage.writtenWithYou')}</Tag>}
          <p className="govuk-body fp-pre-line">{v.words}</p>
          <SummaryList
            rows={[
              { key: say('advocate.advocateChildPage.sent'), value: v.sentAt ? formatDayAndTime(v.sentAt) : say('advocate.advocateChildPage.notSent') },
              { key: say('advocate.advocateChildPage.howTheyFelt'), value: v.mood ? MOOD_LABELS[v.mood] : null },
              { key: say('advocate.advocateChildPage.replyTheyGot'), value: v.reply ? <span className="fp-pre-line">{v.reply}</span> : say('advocate.advocateChildPage.noReplyYet') },
            ]}
          />
        </SummaryCard>
      ))}
      <WriteViewForm
        childId={child.id}
        name={child.firstName}
        onDirtyChange={setViewDirty}
        onDone={() => setDone(say('advocate.advocateChildPage.theViewWrittenWith', { firstName: child.firstName }))}
      />
      <RaiseConcernForm
        childId={child.id}
        name={child.firstName}
        onDirtyChange={setConcernDirty}
        onDone={() => setDone(say('advocate.advocateChildPage.yourConcernHasBeen', { firstName: child.firstName }))}
      />
    </>
  );
}

interface ViewValues {
  topic: string;
  mood: string;
  words: string;
  readers: string[];
}

const viewValidators: Validators<ViewValues> = {
  words: (v) => (!v.trim() ? say('advocate.advocateChildPage.enterWhatTheYoung') : v.trim().length > 5000 ? say('advocate.advocateChildPage.theViewMustBe') : undefined),
  readers: (v) => (v.length === 0 ? say('advocate.advocateChildPage.chooseWhoTheYoung') : undefined),
};
const EMPTY_VIEW: ViewValues = { topic: 'WHERE_I_LIVE', mood: '', words: '', readers: ['WORKER', 'IRO'] };
const viewIds = { topic: 'view-topic', mood: 'view-mood', words: 'view-words', readers: 'view-readers' };

interface AdvocateFormProps {
  childId: string;
  name: string;
  onDone: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * A form that starts empty and keeps what is typed on this device until it is
 * sent: put back (with a banner to discard it) when the advocate comes back.
 */
function useDraftedForm<V extends object>(draftKey: string, empty: V, options: Omit<Parameters<typeof useForm<V>>[0], 'initialValues' | 'startValues'>, onDirtyChange: (dirty: boolean) => void) {
  const me = useMe();
  const restored = useRestoredDraft<V>(me.id, draftKey, empty);
  const form = useForm<V>({ ...options, initialValues: empty, startValues: restored?.values.mine });
  const [showRestored, setShowRestored] = useState(restored !== null);
  useAutosave(me.id, draftKey, form.values, empty, form.dirty);
  useEffect(() => onDirtyChange(form.dirty), [form.dirty, onDirtyChange]);
  const restoredBanner =
    restored && showRestored && form.dirty ? (
      <RestoredDraftBanner
        id={`${draftKey.replace(/[^a-z0-9]+/gi, '-')}-restored`}
        savedAt={restored.savedAt}
        onDiscard={() => {
          form.reset(empty);
          setShowRestored(false);
        }}
      />
    ) : null;
  /** After sending: the form is empty again and the draft is gone. */
  const sent = () => {
    clearDraft(me.id, draftKey);
    form.reset(empty);
    setShowRestored(false);
  };
  return { form, restoredBanner, sent };
}

function WriteViewForm({ childId, name, onDone, onDirtyChange }: AdvocateFormProps) {
  const { form, restoredBanner, sent } = useDraftedForm(`advocate:${childId}:view`, EMPTY_VIEW, { validators: viewValidators, fieldIds: viewIds }, onDirtyChange);
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  const [write, { loading }] = useMutation(WriteViewWithChildDocument, { refetchQueries: [{ query: AdvocateChildDocument, variables: { id: childId } }] });
  const submit = form.handleSubmit(async (v) => {
    try {
      await write({
        variables: {
          input: { childId, clientKey, topic: v.topic as ViewTopic, mood: v.mood ? (v.mood as Mood) : null, words: v.words.trim(), readers: v.readers as ViewReader[] },
        },
      });
      sent();
      setClientKey(crypto.randomUUID());
      onDone();
    } catch (e) {
      const err = apiError(e);
      const field = (['topic', 'mood', 'words', 'readers'] as const).find((k) => k === err.field);
      form.setServerErrors([{ field, message: err.message }]);
    }
  });
  return (
    <form noValidate onSubmit={submit} aria-labelledby="write-view">
      <h2 className="govuk-heading-m" id="write-view">
        {say('advocate.advocateChildPage.writeAViewWith', { name })}
      </h2>
      <p className="govuk-body">{say('advocate.advocateChildPage.writeItTogetherIn', { name })}</p>
      {restoredBanner}
      <ErrorSummary errors={form.summary} />
      <Select {...form.field('topic')} label={say('advocate.advocateChildPage.whatIsItAbout')} options={Object.entries(VIEW_TOPIC_LABELS).map(([value, label]) => ({ value, label }))} />
      <Radios {...form.field('mood')} label={say('advocate.advocateChildPage.howDoTheyFeel')} small options={Object.entries(MOOD_LABELS).map(([value, label]) => ({ value, label }))} />
      <Textarea {...form.field('words')} label={say('advocate.advocateChildPage.whatWantsToSay', { name })} rows={6} />
      <Checkboxes {...form.field('readers')} label={say('advocate.advocateChildPage.whoShouldReadIt')} hint={say('advocate.advocateChildPage.chooses', { name })} options={Object.entries(READER_LABELS).map(([value, label]) => ({ value, label }))} />
      <Button type="submit" disabled={loading}>
        {say('advocate.advocateChildPage.sendTheView')}
      </Button>
    </form>
  );
}

const EMPTY_CONCERN = { words: '' };

function RaiseConcernForm({ childId, name, onDone, onDirtyChange }: AdvocateFormProps) {
  const { form, restoredBanner, sent } = useDraftedForm(
    `advocate:${childId}:concern`,
    EMPTY_CONCERN,
    {
      validators: { words: (v: string) => (!v.trim() ? say('advocate.advocateChildPage.enterYourConcern') : v.trim().length > 5000 ? say('advocate.advocateChildPage.theConcernMustBe') : undefined) },
      fieldIds: { words: 'concern-words' },
    },
    onDirtyChange,
  );
  const [raise, { loading }] = useMutation(RaiseConcernToIroDocument);
  const submit = form.handleSubmit(async (v) => {
    try {
      await raise({ variables: { input: { childId, words: v.words.trim() } } });
      sent();
      onDone();
    } catch (e) {
      const err = apiError(e);
      form.setServerErrors([{ field: err.field === 'words' ? 'words' : undefined, message: err.message }]);
    }
  });
  return (
    <form noValidate onSubmit={submit} aria-labelledby="raise-concern">
      <h2 className="govuk-heading-m" id="raise-concern">
        {say('advocate.advocateChildPage.raiseAConcernWith', { name })}
      </h2>
      {restoredBanner}
      <ErrorSummary errors={form.summary} />
      <Textarea {...form.field('words')} label={say('advocate.advocateChildPage.yourConcern')} hint={say('advocate.advocateChildPage.theIndependentReviewingOfficer')} />
      <Button type="submit" variant="secondary" disabled={loading}>
        {say('advocate.advocateChildPage.sendToTheIro')}
      </Button>
    </form>
  );
}
