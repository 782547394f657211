import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { Button, DateInput, ErrorMessage, ErrorSummary, EMPTY_DATE, isDateEmpty, isoDate, TextInput, Textarea, useForm, type DateParts, type Validators } from '@forever-planning/ui';
import { newClientKey } from '../common/client-key';
import { Loaded, Page } from '../common/page';
import { useServerDraft } from '../drafts/use-server-draft';
import { AddMyMemoryDocument, MyLifeStoryDocument } from '../gql/graphql';
import { WORDS } from '../words';
import { ACCEPTED_FILES, uploadMyFile } from './upload';

type Values = { title: string; words: string; when: DateParts };
type Kept = { values: Values; clientKey: string };
const DRAFT = 'memory:new';
const EMPTY: Values = { title: '', words: '', when: EMPTY_DATE };

const validators: Validators<Values> = {
  title: (v) => (!v.trim() ? WORDS.lifeStory.noTitle : undefined),
  words: (v) => (!v.trim() ? WORDS.lifeStory.noWords : undefined),
  when: (v) => (!isDateEmpty(v) && !isoDate(v) ? WORDS.lifeStory.badDate : undefined),
};

const PHOTO_ID = 'photo';

/** Add my own memory, with a photo if I like. The words are kept on the server as they are written (never on the device); a file is not. */
export function AddMemoryPage() {
  const draft = useServerDraft<Kept>(DRAFT);
  return (
    <Loaded data={draft.start} error={draft.error}>
      {(start) => <MemoryForm local={start.value ?? { values: EMPTY, clientKey: newClientKey() }} draft={draft} />}
    </Loaded>
  );
}

function MemoryForm({ local, draft }: { local: Kept; draft: ReturnType<typeof useServerDraft<Kept>> }) {
  const navigate = useNavigate();
  const [add, { loading }] = useMutation(AddMyMemoryDocument, { refetchQueries: [MyLifeStoryDocument] });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  // A retry after the memory failed reuses the file already sent, rather than sending it again.
  const [sent, setSent] = useState<{ file: File; mediaId: string } | null>(null);
  const form = useForm<Values>({ initialValues: local.values, validators });
  const kept = <K extends keyof Values>(key: K) => {
    const field = form.field(key);
    return {
      ...field,
      onChange: (value: Values[K]) => {
        draft.keep({ values: { ...form.values, [key]: value }, clientKey: local.clientKey });
        field.onChange(value);
      },
    };
  };

  const submit = form.handleSubmit(async (values) => {
    setFileError(undefined);
    // Upload first: the memory names the file it holds, so a refused file adds nothing.
    let mediaId = file && sent?.file === file ? sent.mediaId : undefined;
    if (file && !mediaId) {
      setSending(true);
      const uploaded = await uploadMyFile(file);
      setSending(false);
      if ('refused' in uploaded) {
        setFileError(uploaded.refused);
        return;
      }
      mediaId = uploaded.mediaId;
      setSent({ file, mediaId });
    }
    try {
      await add({
        variables: {
          input: { kind: 'MEMORY', title: values.title.trim(), words: values.words, occurredOn: isoDate(values.when), clientKey: local.clientKey, mediaId },
        },
      });
      await draft.discard();
      navigate('/life-story', { state: { added: true } });
    } catch {
      form.setServerErrors([{ message: WORDS.site.problem }]);
    }
  });

  const summary = fileError ? [...form.summary, { message: fileError, fieldId: PHOTO_ID }] : form.summary;

  return (
    <Page title={WORDS.lifeStory.addTitle} hasErrors={summary.length > 0}>
      <ErrorSummary errors={summary} focusKey={`${form.submitCount}:${fileError ?? ''}`} title={WORDS.site.problemTitle} />
      <form noValidate onSubmit={submit}>
        <TextInput label={WORDS.lifeStory.memoryTitle} {...kept('title')} />
        <Textarea label={WORDS.lifeStory.memoryWords} rows={6} {...kept('words')} />
        <DateInput label={WORDS.lifeStory.memoryWhen} hint={WORDS.lifeStory.memoryWhenHint} {...kept('when')} />
        <div className={fileError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
          <label className="govuk-label" htmlFor={PHOTO_ID}>
            {WORDS.lifeStory.photo}
          </label>
          <div id={`${PHOTO_ID}-hint`} className="govuk-hint">
            {WORDS.lifeStory.photoHint}
          </div>
          <ErrorMessage id={PHOTO_ID} error={fileError} />
          <input
            id={PHOTO_ID}
            name={PHOTO_ID}
            type="file"
            accept={ACCEPTED_FILES}
            className={fileError ? 'govuk-file-upload govuk-file-upload--error yp-file-input' : 'govuk-file-upload yp-file-input'}
            aria-describedby={fileError ? `${PHOTO_ID}-hint ${PHOTO_ID}-error` : `${PHOTO_ID}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(undefined);
            }}
          />
        </div>
        <p className="govuk-body" role="status">
          {sending ? WORDS.lifeStory.sending : ''}
        </p>
        <Button type="submit" disabled={loading || sending}>
          {WORDS.lifeStory.addButton}
        </Button>
      </form>
    </Page>
  );
}
