import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
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
  NotificationBanner,
  Radios,
  Select,
  TextInput,
  Textarea,
  useForm,
  type DateParts,
  type Validators,
} from '@forever-planning/ui';
import { useMe } from '../auth/session';
import { ConflictNotice } from '../common/conflict-notice';
import { changedKeys, reapplyChanges } from '../common/form-changes';
import { apiError, type ApiError } from '../common/graphql-errors';
import { UnsavedChangesGuard } from '../common/unsaved-changes';
import { clearDraft, readDraft } from '../drafts/draft-store';
import { RestoredDraftBanner } from '../drafts/restored-draft-banner';
import { useAutosave, useRestoredDraft, type FormDraft } from '../drafts/use-draft';
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
import { say } from '../i18n/i18n';

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
  title: (v) => (!v.trim() ? say('lifeStory.lifeStoryItemForm.enterATitle') : v.trim().length > 200 ? say('lifeStory.lifeStoryItemForm.theTitleMustBe') : undefined),
  occurredOn: (v) => (isDateEmpty(v) || isoDate(v) ? undefined : say('lifeStory.lifeStoryItemForm.theDateMustBe')),
  words: (v) => (v.length > 10000 ? say('lifeStory.lifeStoryItemForm.theWordsMustBe') : undefined),
  audience: (v) => (v ? undefined : say('lifeStory.lifeStoryItemForm.chooseWhoSeesIt')),
  releaseOn: (v, all) => (all.audience === 'CHILD_FROM_DATE' && !isoDate(v) ? say('lifeStory.lifeStoryItemForm.enterTheDateThe') : undefined),
  releaseAge: (v, all) =>
    all.audience === 'CHILD_FROM_AGE' && !(/^\d{1,2}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 25)
      ? say('lifeStory.lifeStoryItemForm.enterTheAgeThe')
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
const FIELD_LABELS: Record<keyof ItemValues, string> = {
  kind: 'what kind of item it is', title: say('lifeStory.lifeStoryItemForm.theTitle'), occurredOn: say('lifeStory.lifeStoryItemForm.whenItHappened'), words: say('lifeStory.lifeStoryItemForm.theWords'),
  audience: say('lifeStory.lifeStoryItemForm.whoSeesIt'), releaseOn: say('lifeStory.lifeStoryItemForm.theDateTheChild'), releaseAge: say('lifeStory.lifeStoryItemForm.theAgeTheChild'),
};

/** Where a life story form keeps its unsaved words on this device: one draft per item, one for a new item per child. */
export const lifeStoryDraftKey = (childId: string, itemId: string | null) => (itemId ? `life-story:item:${itemId}` : `life-story:${childId}:new`);

/**
 * The life story form this user left unsaved on this device (a new item first,
 * then an item of this child), so the page can open it again with their words.
 */
export function lifeStoryFormWithDraft(userId: string, childId: string, itemIds: readonly string[]): 'new' | string | null {
  const hasDraft = (key: string) => {
    const draft = readDraft<FormDraft<ItemValues>>(userId, key);
    return draft !== null && changedKeys(draft.values.mine, draft.values.base, KEYS).length > 0;
  };
  if (hasDraft(lifeStoryDraftKey(childId, null))) return 'new';
  return itemIds.find((id) => hasDraft(lifeStoryDraftKey(childId, id))) ?? null;
}

const newClientKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

/**
 * Add a life story item, or change one: what it is, a photo, and who sees it
 * from when. The words are kept on this device as they are typed and put back
 * if the form is left unsaved (a photo has to be chosen again); leaving the
 * page with unsaved changes asks first; a CONFLICT says who changed the item
 * and offers to reload it with my changes on top.
 */
export function LifeStoryItemForm({ childId, item, onDone }: { childId: string; item: LifeStoryItemFieldsFragment | null; onDone: (title: string) => void }) {
  const me = useMe();
  const client = useApolloClient();
  const idPrefix = item ? `edit-${item.id}` : 'new-item';
  const draftKey = lifeStoryDraftKey(childId, item?.id ?? null);
  // The version my changes are based on: the item as opened, or as reloaded after a CONFLICT.
  const [baseItem, setBaseItem] = useState(item);
  const [base, setBase] = useState(() => valuesOf(item));
  const restored = useRestoredDraft<ItemValues>(me.id, draftKey, base);
  // Ids unique on the page (a list of items, each may open its form), so error summary links land right.
  const [fieldIds] = useState(() => Object.fromEntries(KEYS.map((k) => [k, `${idPrefix}-${k}`])) as Record<keyof ItemValues, string>);
  const form = useForm<ItemValues>({
    initialValues: base,
    startValues: restored ? reapplyChanges(restored.values.mine, restored.values.base, base, KEYS) : undefined,
    validators,
    fieldIds,
  });
  useAutosave(me.id, draftKey, form.values, base, form.dirty, baseItem?.version);
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [theirChanges, setTheirChanges] = useState<string | null>(null);
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
      if (!baseItem) {
        await add({ variables: { input: { childId, clientKey, audience, ...release, ...content } } });
      } else {
        const updated = await update({ variables: { input: { id: baseItem.id, expectedVersion: baseItem.version, ...content } } });
        const version = updated.data?.updateLifeStoryItem.version ?? baseItem.version;
        const audienceChanged =
          audience !== baseItem.audience || release.releaseOn !== (baseItem.releaseOn ?? null) || release.releaseAge !== (baseItem.releaseAge ?? null);
        if (audienceChanged) await setAudience({ variables: { input: { id: baseItem.id, expectedVersion: version, audience, ...release } } });
      }
      clearDraft(me.id, draftKey);
      form.reset(v);
      onDone(v.title.trim());
    } catch (e) {
      const err = apiError(e);
      const fieldName = KEYS.find((k) => k === err.field);
      if (err.field === 'mediaId') setFileError(err.message);
      else if (err.code === 'CONFLICT') setConflict(err);
      else form.setServerErrors([{ field: fieldName, message: err.message }]);
    } finally {
      setSaving(false);
    }
  });

  /** After a CONFLICT: the item as it is now, with the fields I changed put back on top. */
  const reloadAndReapply = async () => {
    if (!baseItem) return;
    const { data } = await client.query({ query: LifeStoryDocument, variables: { id: childId }, fetchPolicy: 'network-only' });
    const fresh = data?.child?.lifeStory.find((i) => i.id === baseItem.id);
    if (!fresh) return;
    const freshValues = valuesOf(fresh);
    const theirs = changedKeys(freshValues, base, KEYS);
    const merged = reapplyChanges(form.values, base, freshValues, KEYS);
    setBaseItem(fresh);
    setBase(freshValues);
    form.reset(freshValues, merged);
    setConflict(null);
    setTheirChanges(say('lifeStory.lifeStoryItemForm.changedYourChangesHave', { value: String(conflict?.changedBy ?? say('lifeStory.lifeStoryItemForm.theOtherPerson')), value2: String(theirs.length > 0 ? theirs.map((k) => FIELD_LABELS[k]).join(', ') : say('lifeStory.lifeStoryItemForm.nothingYouCanSee')) }));
  };

  const cancel = () => {
    // Cancel is a choice to throw the changes away: the draft goes too.
    clearDraft(me.id, draftKey);
    form.reset(base);
    onDone('');
  };

  const summary = fileError ? [...form.summary, { message: fileError, fieldId: fileId }] : form.summary;
  return (
    <form noValidate onSubmit={submit} className="fp-card-form govuk-summary-card" aria-label={item ? say('lifeStory.lifeStoryItemForm.change', { title: item.title }) : say('lifeStory.lifeStoryItemForm.addALifeStory')}>
      <UnsavedChangesGuard when={form.dirty} />
      <h2 className="govuk-heading-m">{item ? say('lifeStory.lifeStoryItemForm.change2', { title: item.title }) : say('lifeStory.lifeStoryItemForm.addALifeStory')}</h2>
      {conflict ? (
        <ConflictNotice conflict={conflict} what={say('lifeStory.lifeStoryItemForm.lifeStoryItem')} onReload={() => void reloadAndReapply()} />
      ) : (
        <ErrorSummary errors={summary} />
      )}
      {theirChanges && (
        <NotificationBanner title={say('lifeStory.lifeStoryItemForm.itemReloaded')}>
          <p className="govuk-body">{theirChanges}</p>
        </NotificationBanner>
      )}
      {restored && showRestored && !theirChanges && (
        <RestoredDraftBanner
          savedAt={restored.savedAt}
          onDiscard={() => {
            form.reset(base);
            setShowRestored(false);
          }}
        />
      )}
      <Select {...field('kind')} label={say('lifeStory.lifeStoryItemForm.whatKindOfItem')} options={Object.entries(LIFE_STORY_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
      <TextInput {...field('title')} label={say('lifeStory.lifeStoryItemForm.title')} hint={say('lifeStory.lifeStoryItemForm.aFewWordsThe')} />
      <DateInput {...field('occurredOn')} label={say('lifeStory.lifeStoryItemForm.whenDidItHappen')} hint={say('lifeStory.lifeStoryItemForm.forExample273')} />
      <Textarea {...field('words')} label={say('lifeStory.lifeStoryItemForm.wordsOptional')} hint={say('lifeStory.lifeStoryItemForm.tellTheStoryAs')} />
      <div className={fileError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <label className="govuk-label" htmlFor={fileId}>
          {item?.media ? say('lifeStory.lifeStoryItemForm.replaceThePhotoOptional') : say('lifeStory.lifeStoryItemForm.photoOptional')}
        </label>
        <div id={`${fileId}-hint`} className="govuk-hint">
          {say('lifeStory.lifeStoryItemForm.aJpegPngOr')}
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
       
        label={say('lifeStory.lifeStoryItemForm.whoSeesIt2')}
        hint={say('lifeStory.lifeStoryItemForm.professionalsAlwaysSeeIt')}
        options={Object.entries(AUDIENCE_LABELS).map(([value, label]) => ({ value, label }))}
      />
      {values.audience === 'CHILD_FROM_DATE' && (
        <DateInput {...field('releaseOn')} label={say('lifeStory.lifeStoryItemForm.theDateTheChild2')} hint={say('lifeStory.lifeStoryItemForm.forExample19')} />
      )}
      {values.audience === 'CHILD_FROM_AGE' && (
        <TextInput {...field('releaseAge')} label={say('lifeStory.lifeStoryItemForm.theAgeTheChild2')} width="2" inputMode="numeric" />
      )}
      <ButtonGroup>
        <Button type="submit" disabled={saving || conflict !== null}>
          {item ? say('lifeStory.lifeStoryItemForm.saveChanges') : say('lifeStory.lifeStoryItemForm.addItem')}
        </Button>
        <Button variant="secondary" onClick={cancel}>
          {say('lifeStory.lifeStoryItemForm.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
