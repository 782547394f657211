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

const MOOD_LABELS: Record<Mood, string> = { VERY_SAD: 'Very sad', SAD: 'Sad', OK: 'OK', HAPPY: 'Happy', VERY_HAPPY: 'Very happy' };
const READER_LABELS: Record<ViewReader, string> = { WORKER: 'Their social worker', IRO: 'Their Independent Reviewing Officer', ADVOCATE: 'You, their advocate' };

/** The advocate's smaller view of one young person: review dates, the views shared with them, and what they can do. */
export function AdvocateChildPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(AdvocateChildDocument, { variables: { id } });
  const [done, setDone] = useState<string | null>(null);
  // One guard for the page's two forms: the router allows one blocker at a time.
  const [viewDirty, setViewDirty] = useState(false);
  const [concernDirty, setConcernDirty] = useState(false);
  const child = data?.advocateChild;
  usePageTitle(child ? `${child.firstName} – advocacy` : 'Advocacy');
  if (loading && !child) return <Loading what="Loading" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'This young person could not be loaded.'} />;
  return (
    <>
      <UnsavedChangesGuard when={viewDirty || concernDirty} />
      <BackLink href="/">Back to your young people</BackLink>
      {done && <NotificationBanner type="success" heading={done} />}
      <span className="govuk-caption-l">Advocacy</span>
      <h1 className="govuk-heading-l">{child.firstName}</h1>
      <SummaryList
        rows={[
          { key: 'Age', value: String(child.age) },
          { key: 'Last review', value: formatDate(child.lastReviewDate) },
          { key: 'Next review', value: formatDate(child.nextReviewDate) },
        ]}
      />
      <h2 className="govuk-heading-m">Views {child.firstName} shared with you</h2>
      {child.sharedViews.length === 0 && <p className="govuk-body">{child.firstName} has not shared any views with you.</p>}
      {child.sharedViews.map((v) => (
        <SummaryCard key={v.id} title={VIEW_TOPIC_LABELS[v.topic]}>
          {v.writtenWithMe && <Tag colour="blue">Written with you</Tag>}
          <p className="govuk-body fp-pre-line">{v.words}</p>
          <SummaryList
            rows={[
              { key: 'Sent', value: v.sentAt ? formatDayAndTime(v.sentAt) : 'Not sent' },
              { key: 'How they felt', value: v.mood ? MOOD_LABELS[v.mood] : null },
              { key: 'Reply they got', value: v.reply ? <span className="fp-pre-line">{v.reply}</span> : 'No reply yet' },
            ]}
          />
        </SummaryCard>
      ))}
      <WriteViewForm
        childId={child.id}
        name={child.firstName}
        onDirtyChange={setViewDirty}
        onDone={() => setDone(`The view written with ${child.firstName} has been sent.`)}
      />
      <RaiseConcernForm
        childId={child.id}
        name={child.firstName}
        onDirtyChange={setConcernDirty}
        onDone={() => setDone(`Your concern has been sent to ${child.firstName}’s Independent Reviewing Officer.`)}
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
  words: (v) => (!v.trim() ? 'Enter what the young person wants to say' : v.trim().length > 5000 ? 'The view must be 5000 characters or fewer' : undefined),
  readers: (v) => (v.length === 0 ? 'Choose who the young person wants to read it' : undefined),
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
        Write a view with {name}
      </h2>
      <p className="govuk-body">Write it together, in {name}’s words. It is marked as written with you.</p>
      {restoredBanner}
      <ErrorSummary errors={form.summary} />
      <Select {...form.field('topic')} label="What is it about?" options={Object.entries(VIEW_TOPIC_LABELS).map(([value, label]) => ({ value, label }))} />
      <Radios {...form.field('mood')} label="How do they feel about it? (optional)" small options={Object.entries(MOOD_LABELS).map(([value, label]) => ({ value, label }))} />
      <Textarea {...form.field('words')} label={`What ${name} wants to say`} rows={6} />
      <Checkboxes {...form.field('readers')} label="Who should read it?" hint={`${name} chooses`} options={Object.entries(READER_LABELS).map(([value, label]) => ({ value, label }))} />
      <Button type="submit" disabled={loading}>
        Send the view
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
      validators: { words: (v: string) => (!v.trim() ? 'Enter your concern' : v.trim().length > 5000 ? 'The concern must be 5000 characters or fewer' : undefined) },
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
        Raise a concern with {name}’s IRO
      </h2>
      {restoredBanner}
      <ErrorSummary errors={form.summary} />
      <Textarea {...form.field('words')} label="Your concern" hint="The Independent Reviewing Officer will see it and who raised it" />
      <Button type="submit" variant="secondary" disabled={loading}>
        Send to the IRO
      </Button>
    </form>
  );
}
