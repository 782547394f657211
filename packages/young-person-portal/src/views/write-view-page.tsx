import { useCallback, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, ButtonGroup, Checkboxes, ErrorSummary, Radios, Textarea, useForm, type Validators } from '@forever-planning/ui';
import { apiError } from '../common/api-error';
import { newClientKey } from '../common/client-key';
import { Loaded, longDate, Page } from '../common/page';
import {
  DeleteViewDraftDocument,
  MyViewsDocument,
  SaveViewDraftDocument,
  SendViewDocument,
  type Mood,
  type MyViewsQuery,
  type ViewReader,
  type ViewTopic,
} from '../gql/graphql';
import { meetingWords, WORDS } from '../words';
import { useAutosave, type SaveState } from './use-autosave';
import { isTopic, moodOptions, readerOptions, topicOptions } from './view-options';

export type ViewValues = { topic: ViewTopic | ''; words: string; mood: Mood | ''; readers: ViewReader[]; forMeeting: string[] };

/** Where the editor starts: the values and which server draft they belong to (none yet for a new view). */
export interface ViewDraftStart {
  values: ViewValues;
  id: string | null;
  version: number | null;
  clientKey: string;
}

const validators: Validators<ViewValues> = {
  topic: (v) => (!v ? WORDS.write.noTopic : undefined),
  words: (v) => (!v.trim() ? WORDS.write.noWords : undefined),
  readers: (v) => (v.length === 0 ? WORDS.write.noReaders : undefined),
};

const SAVE_WORDS: Record<SaveState, string> = { idle: '', saving: `${WORDS.write.saving}…`, saved: WORDS.write.saved, failed: WORDS.write.notSaved };

function Editor({ start, nextMeeting }: { start: ViewDraftStart; nextMeeting: MyViewsQuery['myNextMeeting'] }) {
  const navigate = useNavigate();
  const server = useRef({ id: start.id, version: start.version, clientKey: start.clientKey });
  const [saveDraft] = useMutation(SaveViewDraftDocument);
  const [sendView, { loading: sending }] = useMutation(SendViewDocument, { refetchQueries: [MyViewsDocument] });
  const [deleteDraft] = useMutation(DeleteViewDraftDocument, { refetchQueries: [MyViewsDocument] });
  const form = useForm<ViewValues>({ initialValues: start.values, validators });

  // Kept on the server only (a shared phone keeps nothing): a moment after typing stops, once there is a topic and words.
  const save = useCallback(
    async (values: ViewValues) => {
      if (!values.topic || !values.words.trim()) return false;
      const { id, version, clientKey } = server.current;
      const result = await saveDraft({
        variables: {
          input: {
            ...(id ? { id, expectedVersion: version } : { clientKey }),
            topic: values.topic,
            words: values.words,
            mood: values.mood || null,
            readers: values.readers,
            meetingId: values.forMeeting.length > 0 && nextMeeting ? nextMeeting.id : null,
          },
        },
      });
      const saved = result.data?.saveViewDraft;
      if (!saved) return false;
      if (!id) {
        // The new view has its id now: the address says which draft this is.
        window.history.replaceState(window.history.state, '', window.location.pathname.replace(/\/write$/, `/write/${saved.id}`));
      }
      server.current = { id: saved.id, version: saved.version, clientKey };
      return true;
    },
    [saveDraft, nextMeeting],
  );

  const autosave = useAutosave(form.values, form.dirty, save);

  const send = form.handleSubmit(async (values) => {
    try {
      await autosave.flush();
      if (!server.current.id || server.current.version === null) await save(values);
      const { id, version } = server.current;
      if (!id || version === null) throw new Error('not saved');
      await sendView({ variables: { viewId: id, expectedVersion: version } });
      navigate('/have-my-say', { state: { sent: true } });
    } catch (error) {
      const e = apiError(error);
      form.setServerErrors([e.field === 'readers' ? { field: 'readers', message: WORDS.write.noReaders } : { message: WORDS.write.notSaved }]);
    }
  });

  const throwAway = async () => {
    const { id } = server.current;
    if (id) await deleteDraft({ variables: { viewId: id } }).catch(() => undefined);
    navigate('/have-my-say', { state: { deleted: true } });
  };

  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      <form noValidate onSubmit={send}>
        <Radios label={WORDS.write.topic} options={topicOptions()} {...form.field('topic')} onChange={(v) => form.field('topic').onChange(v as ViewTopic)} />
        <Textarea label={WORDS.write.words} hint={WORDS.write.wordsHint} rows={8} {...form.field('words')} />
        <p className="govuk-body yp-save-state" role="status" aria-live="polite">
          {SAVE_WORDS[autosave.state]}
        </p>
        <Radios label={WORDS.write.mood} hint={WORDS.write.moodHint} options={moodOptions()} {...form.field('mood')} onChange={(v) => form.field('mood').onChange(v as Mood | '')} />
        <Checkboxes label={WORDS.write.readers} hint={WORDS.write.readersHint} options={readerOptions()} {...form.field('readers')} onChange={(v) => form.field('readers').onChange(v as ViewReader[])} />
        {nextMeeting && (
          <Checkboxes
            label={WORDS.write.meeting}
            hint={`${meetingWords(nextMeeting.type)}: ${longDate(nextMeeting.date)}`}
            options={[{ value: 'yes', label: WORDS.write.meetingYes }]}
            {...form.field('forMeeting')}
          />
        )}
        <p className="govuk-body">{WORDS.write.cannotChange}</p>
        <ButtonGroup>
          <Button type="submit" disabled={sending}>
            {WORDS.write.send}
          </Button>
          <Button variant="secondary" onClick={() => void throwAway()}>
            {WORDS.write.delete}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** Have my say: write a view, or carry on with a draft kept on the server. */
export function WriteViewPage() {
  const params = useParams();
  const [search] = useSearchParams();
  // The address changes when a new view gets its id; the editor stays as it is.
  const [startId] = useState(params.id ?? null);
  const { data, error } = useQuery(MyViewsDocument, { fetchPolicy: 'cache-first' });
  const [start, setStart] = useState<ViewDraftStart | null>(null);

  if (data && !start) {
    const onServer = startId ? data.myViews.find((v) => v.id === startId && v.status === 'DRAFT') : undefined;
    if (onServer) {
      setStart({
        id: onServer.id,
        version: onServer.version,
        clientKey: newClientKey(),
        values: { topic: onServer.topic, words: onServer.words, mood: onServer.mood ?? '', readers: onServer.readers, forMeeting: onServer.meetingId ? ['yes'] : [] },
      });
    } else {
      const topic = search.get('topic');
      setStart({
        id: null,
        version: null,
        clientKey: newClientKey(),
        values: { topic: isTopic(topic) ? topic : '', words: '', mood: '', readers: ['WORKER'], forMeeting: search.get('meeting') === 'next' ? ['yes'] : [] },
      });
    }
  }

  return (
    <Page title={WORDS.write.title}>
      <Loaded data={start ?? undefined} error={error}>
        {(s) => <Editor start={s} nextMeeting={data?.myNextMeeting ?? null} />}
      </Loaded>
    </Page>
  );
}
