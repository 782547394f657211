import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  DateInput,
  dateParts,
  EMPTY_DATE,
  ErrorMessage,
  ErrorSummary,
  isDateEmpty,
  isoDate,
  Radios,
  Select,
  TextInput,
  Textarea,
  useForm,
  type DateParts,
  type Validators,
} from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import {
  AddLifeStoryItemDocument,
  LifeStoryDocument,
  SetLifeStoryAudienceDocument,
  UpdateLifeStoryItemDocument,
  type LifeStoryAudience,
  type LifeStoryItemFieldsFragment,
  type LifeStoryKind,
} from '../gql/graphql';
import { AUDIENCE_LABELS, LIFE_STORY_KIND_LABELS } from './life-story-labels';
import { uploadMedia } from './upload-media';

interface ItemValues {
  kind: string;
  title: string;
  occurredOn: DateParts;
  words: string;
  audience: string;
  releaseOn: DateParts;
  releaseAge: string;
}

const validators: Validators<ItemValues> = {
  title: (v) => (!v.trim() ? 'Enter a title' : v.trim().length > 200 ? 'The title must be 200 characters or fewer' : undefined),
  occurredOn: (v) => (isDateEmpty(v) || isoDate(v) ? undefined : 'The date must be a real date, like 27 3 2019'),
  words: (v) => (v.length > 10000 ? 'The words must be 10000 characters or fewer' : undefined),
  audience: (v) => (v ? undefined : 'Choose who sees it'),
  releaseOn: (v, all) => (all.audience === 'CHILD_FROM_DATE' && !isoDate(v) ? 'Enter the date the child will see it, like 1 9 2027' : undefined),
  releaseAge: (v, all) =>
    all.audience === 'CHILD_FROM_AGE' && !(/^\d{1,2}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 25)
      ? 'Enter the age the child will see it from, a whole number from 1 to 25'
      : undefined,
};


function valuesOf(item: LifeStoryItemFieldsFragment | null): ItemValues {
  return {
    kind: item?.kind ?? 'MEMORY',
    title: item?.title ?? '',
    occurredOn: item ? dateParts(item.occurredOn) : EMPTY_DATE,
    words: item?.words ?? '',
    audience: item?.audience ?? 'PROFESSIONALS_ONLY',
    releaseOn: item ? dateParts(item.releaseOn) : EMPTY_DATE,
    releaseAge: item?.releaseAge != null ? String(item.releaseAge) : '',
  };
}

const KEYS: (keyof ItemValues)[] = ['kind', 'title', 'occurredOn', 'words', 'audience', 'releaseOn', 'releaseAge'];

const newClientKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

/** Add a life story item, or change one: what it is, a photo, and who sees it from when. */
export function LifeStoryItemForm({ childId, item, onDone }: { childId: string; item: LifeStoryItemFieldsFragment | null; onDone: (title: string) => void }) {
  const idPrefix = item ? `edit-${item.id}` : 'new-item';
  // Ids unique on the page (a list of items, each may open its form), so error summary links land right.
  const [fieldIds] = useState(() => Object.fromEntries(KEYS.map((k) => [k, `${idPrefix}-${k}`])) as Record<keyof ItemValues, string>);
  const form = useForm<ItemValues>({ initialValues: valuesOf(item), validators, fieldIds });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  // One key per new item, so pressing save twice (or a retry) adds it once.
  const [clientKey] = useState(newClientKey);
  const refetchQueries = [{ query: LifeStoryDocument, variables: { id: childId } }];
  const [add] = useMutation(AddLifeStoryItemDocument, { refetchQueries });
  const [update] = useMutation(UpdateLifeStoryItemDocument, { refetchQueries });
  const [setAudience] = useMutation(SetLifeStoryAudienceDocument, { refetchQueries });
  const { field, values } = form;
  const fileId = `${idPrefix}-photo`;

  const submit = form.handleSubmit(async (v) => {
    setSaving(true);
    setFileError(undefined);
    try {
      let mediaId: string | undefined;
      if (file) {
        const uploaded = await uploadMedia(childId, file);
        if ('error' in uploaded) {
          setFileError(uploaded.error);
          return;
        }
        mediaId = uploaded.mediaId;
      }
      const audience = v.audience as LifeStoryAudience;
      const release = {
        releaseOn: audience === 'CHILD_FROM_DATE' ? isoDate(v.releaseOn) : null,
        releaseAge: audience === 'CHILD_FROM_AGE' ? Number(v.releaseAge) : null,
      };
      const content = { kind: v.kind as LifeStoryKind, title: v.title.trim(), occurredOn: isoDate(v.occurredOn), words: v.words.trim() || null, mediaId };
      if (!item) {
        await add({ variables: { input: { childId, clientKey, audience, ...release, ...content } } });
      } else {
        const updated = await update({ variables: { input: { id: item.id, expectedVersion: item.version, ...content } } });
        const version = updated.data?.updateLifeStoryItem.version ?? item.version;
        const audienceChanged = audience !== item.audience || release.releaseOn !== (item.releaseOn ?? null) || release.releaseAge !== (item.releaseAge ?? null);
        if (audienceChanged) await setAudience({ variables: { input: { id: item.id, expectedVersion: version, audience, ...release } } });
      }
      onDone(v.title.trim());
    } catch (e) {
      const err = apiError(e);
      const fieldName = KEYS.find((k) => k === err.field);
      if (err.field === 'mediaId') setFileError(err.message);
      else if (err.code === 'CONFLICT') form.setServerErrors([{ message: 'Someone else changed this item since you opened it. Cancel and open it again to see their changes.' }]);
      else form.setServerErrors([{ field: fieldName, message: err.message }]);
    } finally {
      setSaving(false);
    }
  });

  const summary = fileError ? [...form.summary, { message: fileError, fieldId: fileId }] : form.summary;
  return (
    <form noValidate onSubmit={submit} className="fp-card-form govuk-summary-card" aria-label={item ? `Change ${item.title}` : 'Add a life story item'}>
      <h2 className="govuk-heading-m">{item ? `Change “${item.title}”` : 'Add a life story item'}</h2>
      <ErrorSummary errors={summary} />
      <Select {...field('kind')} label="What kind of item is it?" options={Object.entries(LIFE_STORY_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
      <TextInput {...field('title')} label="Title" hint="A few words the child will understand" />
      <DateInput {...field('occurredOn')} label="When did it happen? (optional)" hint="For example, 27 3 2019" />
      <Textarea {...field('words')} label="Words (optional)" hint="Tell the story as you would to the child" />
      <div className={fileError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <label className="govuk-label" htmlFor={fileId}>
          {item?.media ? 'Replace the photo (optional)' : 'Photo (optional)'}
        </label>
        <div id={`${fileId}-hint`} className="govuk-hint">
          A JPEG, PNG or PDF
        </div>
        <ErrorMessage id={fileId} error={fileError} />
        <input
          className="govuk-file-upload"
          id={fileId}
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFileError(undefined);
          }}
        />
      </div>
      <Radios
        {...field('audience')}
       
        label="Who sees it?"
        hint="Professionals always see it. Choose when the child sees it on their own portal."
        options={Object.entries(AUDIENCE_LABELS).map(([value, label]) => ({ value, label }))}
      />
      {values.audience === 'CHILD_FROM_DATE' && (
        <DateInput {...field('releaseOn')} label="The date the child will see it" hint="For example, 1 9 2027" />
      )}
      {values.audience === 'CHILD_FROM_AGE' && (
        <TextInput {...field('releaseAge')} label="The age the child will see it from" width="2" inputMode="numeric" />
      )}
      <ButtonGroup>
        <Button type="submit" disabled={saving}>
          {item ? 'Save changes' : 'Add item'}
        </Button>
        <Button variant="secondary" onClick={() => onDone('')}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
