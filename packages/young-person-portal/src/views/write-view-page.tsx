import { useCallback, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, ButtonGroup, Checkboxes, ErrorSummary, NotificationBanner, Radios, Textarea, useForm, type Validators } from '@forever-planning/ui';
import { useMe } from '../app/session';
import { apiError } from '../common/api-error';
import { clearLocal, newClientKey, readLocal, writeLocal } from '../common/local-copy';
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
import { WORDS } from '../words';
import { useAutosave, type SaveState } from './use-autosave';
import { isTopic, moodOptions, readerOptions, topicOptions } from './view-options';

export type ViewValues = { topic: ViewTopic | ''; words: string; mood: Mood | ''; readers: ViewReader[]; forMeeting: string[] };

/** What is kept on the device while the child writes: the values and which server draft they belong to. */
export interface LocalViewDraft {
  values: ViewValues;
  id: string | null;
  version: number | null;
  clientKey: string;
}

/** The local copy's name: a new view until the server gives it an id. */
export const localName = (id: string | null | undefined) => `view:${id ?? 'new'}`;

const validators: Validators<ViewValues> = {
  topic: (v) => (!v ? WORDS.write.noTopic : undefined),
  words: (v) => (!v.trim() ? WORDS.write.noWords : undefined),
  readers: (v) => (v.length === 0 ? WORDS.write.noReaders : undefined),
};

const SAVE_WORDS: Record<SaveState, string> = { idle: '', saving: `${WORDS.write.saving}…`, saved: WORDS.write.saved, failed: WORDS.write.notSaved };

function Editor({ start, restored, nextMeeting }: { start: LocalViewDraft; restored: boolean; nextMeeting: MyViewsQuery['myNextMeeting'] }) {
  const me = useMe();
  const navigate = useNavigate();
  const server = useRef({ id: start.id, version: start.version, clientKey: start.clientKey });
  const [saveDraft] = useMutation(SaveViewDraftDocument);
  const [sendView, { loading: sending }] = useMutation(SendViewDocument, { refetchQueries: [MyViewsDocument] });
  const [deleteDraft] = useMutation(DeleteViewDraftDocument, { refetchQueries: [MyViewsDocument] });
  const blank: ViewValues = { topic: '', words: '', mood: '', readers: [], forMeeting: [] };
  const form = useForm<ViewValues>({ initialValues: restored ? blank : start.values, startValues: start.values, validators });

  const keepLocal = useCallback(
    (values: ViewValues) => {
      const { id, version, clientKey } = server.current;
      writeLocal<LocalViewDraft>(me.id, localName(id), { values, id, version, clientKey });
    },
    [me.id],
  );

  const save = useCallback(
    async (values: ViewValues) => {
      keepLocal(values);
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
        // The new view has its id now: the local copy moves with it, and the address says which draft this is.
        clearLocal(me.id, localName(null));
        window.history.replaceState(window.history.state, '', window.location.pathname.replace(/\/write$/, `/write/${saved.id}`));
      }
      server.current = { id: saved.id, version: saved.version, clientKey };
      keepLocal(values);
      return true;
    },
    [keepLocal, saveDraft, me.id, nextMeeting],
  );

  // Every keystroke is kept on the device at once; the server copy follows a moment later.
  const autosave = useAutosave(form.values, form.dirty, save);
  const setAndKeep = <K extends keyof ViewValues>(key: K) => {
    const field = form.field(key);
    return {
      ...field,
      onChange: (value: ViewValues[K]) => {
        keepLocal({ ...form.values, [key]: value });
        field.onChange(value);
      },
    };
  };

  const send = form.handleSubmit(async (values) => {
    try {
      await autosave.flush();
      if (!server.current.id || server.current.version === null) await save(values);
      const { id, version } = server.current;
      if (!id || version === null) throw new Error('not saved');
      await sendView({ variables: { viewId: id, expectedVersion: version } });
      clearLocal(me.id, localName(id));
      navigate('/have-my-say', { state: { sent: true } });
    } catch (error) {
      const e = apiError(error);
      form.setServerErrors([e.field === 'readers' ? { field: 'readers', message: WORDS.write.noReaders } : { message: WORDS.write.notSaved }]);
    }
  });

  const throwAway = async () => {
    const { id } = server.current;
    if (id) await deleteDraft({ variables: { viewId: id } }).catch(() => undefined);
    clearLocal(me.id, localName(id));
    clearLocal(me.id, localName(null));
    navigate('/have-my-say', { state: { deleted: true } });
  };

  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      {restored && <NotificationBanner title={WORDS.write.title}>{<p className="govuk-body">{WORDS.write.restored}</p>}</NotificationBanner>}
      <form noValidate onSubmit={send}>
        <Radios label={WORDS.write.topic} options={topicOptions} {...setAndKeep('topic')} onChange={(v) => setAndKeep('topic').onChange(v as ViewTopic)} />
        <Textarea label={WORDS.write.words} hint={WORDS.write.wordsHint} rows={8} {...setAndKeep('words')} />
        <p className="govuk-body yp-save-state" role="status" aria-live="polite">
          {SAVE_WORDS[autosave.state]}
        </p>
        <Radios label={WORDS.write.mood} hint={WORDS.write.moodHint} options={moodOptions} {...setAndKeep('mood')} onChange={(v) => setAndKeep('mood').onChange(v as Mood | '')} />
        <Checkboxes label={WORDS.write.readers} hint={WORDS.write.readersHint} options={readerOptions} {...setAndKeep('readers')} onChange={(v) => setAndKeep('readers').onChange(v as ViewReader[])} />
        {nextMeeting && (
          <Checkboxes
            label={WORDS.write.meeting}
            hint={`${nextMeeting.what}: ${longDate(nextMeeting.date)}`}
            options={[{ value: 'yes', label: WORDS.write.meetingYes }]}
            {...setAndKeep('forMeeting')}
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

/** Have my say: write a view. Starts from the device's copy when there is one, so nothing typed is lost. */
export function WriteViewPage() {
  const me = useMe();
  const params = useParams();
  const [search] = useSearchParams();
  // The address changes when a new view gets its id; the editor stays as it is.
  const [startId] = useState(params.id ?? null);
  const { data, error } = useQuery(MyViewsDocument, { fetchPolicy: 'cache-first' });
  const [start, setStart] = useState<{ draft: LocalViewDraft; restored: boolean } | null>(null);

  if (data && !start) {
    const local = readLocal<LocalViewDraft>(me.id, localName(startId));
    const onServer = startId ? data.myViews.find((v) => v.id === startId && v.status === 'DRAFT') : undefined;
    if (local && local.values.words.trim()) {
      setStart({ draft: local, restored: true });
    } else if (onServer) {
      setStart({
        draft: {
          id: onServer.id,
          version: onServer.version,
          clientKey: newClientKey(),
          values: { topic: onServer.topic, words: onServer.words, mood: onServer.mood ?? '', readers: onServer.readers, forMeeting: onServer.meetingId ? ['yes'] : [] },
        },
        restored: false,
      });
    } else {
      const topic = search.get('topic');
      setStart({
        draft: {
          id: null,
          version: null,
          clientKey: newClientKey(),
          values: { topic: isTopic(topic) ? topic : '', words: '', mood: '', readers: ['WORKER'], forMeeting: search.get('meeting') === 'next' ? ['yes'] : [] },
        },
        restored: false,
      });
    }
  }

  return (
    <Page title={WORDS.write.title}>
      <Loaded data={start ?? undefined} error={error}>
        {(s) => <Editor start={s.draft} restored={s.restored} nextMeeting={data?.myNextMeeting ?? null} />}
      </Loaded>
    </Page>
  );
}
