import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, ButtonGroup, ErrorSummary, NotificationBanner, UiLink, useForm, type Validators } from '@forever-planning/ui';
import { useMe } from '../auth/session';
import { formatDayAndTime } from '../common/dates';
import { changedKeys, reapplyChanges } from '../common/form-changes';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, MessagePage, NotFoundPage } from '../common/page-states';
import { UnsavedChangesGuard } from '../common/unsaved-changes';
import { usePageTitle } from '../common/use-page-title';
import { useAutosave, useRestoredDraft } from '../drafts/use-draft';
import { ChildRecordSectionsDocument, type ChildRecordSectionsQuery } from '../gql/graphql';
import { say } from '../i18n/i18n';

export type RecordChild = NonNullable<ChildRecordSectionsQuery['child']>;

/** Where a record form goes back to: the record page, at the section it changed. */
export const recordPath = (childId: string, section?: string) => `/children/${childId}/record${section ? `#${section}` : ''}`;

export interface EditableRecordProps {
  child: RecordChild;
  userId: string;
  /** Today in England, from the server's clock. */
  today: string;
  /** The record as it is now on the server (after a CONFLICT). */
  reload: () => Promise<RecordChild | null>;
}

/**
 * Loads the child's record sections fresh for a form, with the page states
 * every form shares; a role that may not change the case is told so plainly.
 */
export function EditableRecord({ render }: { render: (props: EditableRecordProps) => ReactNode }) {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(ChildRecordSectionsDocument, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading what={say('record.recordForm.loadingTheRecord')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!data?.child) return <ErrorPage message={error ? apiError(error).message : say('record.recordForm.theRecordCouldNot')} />;
  if (!data.child.abilities.canEdit) {
    return (
      <MessagePage title={say('record.recordForm.youCannotChangeThis')}>
        <p className="govuk-body">{say('record.recordForm.yourRoleCanRead')}</p>
        <p className="govuk-body">
          <UiLink href={recordPath(id)} className="govuk-link">
            {say('record.recordForm.backToTheRecord')}
          </UiLink>
        </p>
      </MessagePage>
    );
  }
  return <>{render({ child: data.child, userId: me.id, today: data.today, reload: async () => (await refetch()).data?.child ?? null })}</>;
}

interface Base<V> {
  values: V;
  version: number | null;
}

export interface RecordFormOptions<V extends object> {
  childId: string;
  userId: string;
  /** Unique per form and record, e.g. "record:child-1:placement:p-1"; drafts live under it. */
  draftKey: string;
  /** The record's values now, or empty values for a new one. */
  initial: V;
  /** The version the change is based on, for records that have one. */
  version?: number | null;
  labels: Record<keyof V, string>;
  validators: Validators<V>;
  /** Prefixes field ids when a page has more than one form. */
  idPrefix?: string;
  /** Sends the values (with the record's values and version they were based on); throws the API's error. */
  save: (values: V, base: Base<V>) => Promise<unknown>;
  /** The record's values and version now, after a CONFLICT; null when it has gone. */
  reload?: () => Promise<Base<V> | null>;
  /** The section of the record page to return to, and the success message shown there. */
  section: string;
  savedMessage: (values: V) => string;
  /** API input fields that are named differently from the form's. */
  serverFields?: Record<string, keyof V>;
}

/**
 * A record form's behaviour, shared by every form on the record: GOV.UK
 * validation (useForm), a draft kept on this device as the user types and put
 * back on top of the record as it is now, server errors on their fields, and a
 * CONFLICT answered by reloading the record and reapplying my changes.
 */
export function useRecordForm<V extends object>(options: RecordFormOptions<V>) {
  const { childId, userId, draftKey, labels, validators, idPrefix, save, reload, section, savedMessage, serverFields } = options;
  const navigate = useNavigate();
  const keys = useMemo(() => Object.keys(labels) as (keyof V)[], [labels]);
  const fieldIds = useMemo(() => (idPrefix ? (Object.fromEntries(keys.map((k) => [k, `${idPrefix}-${String(k)}`])) as Record<keyof V, string>) : undefined), [idPrefix, keys]);
  const [base, setBase] = useState<Base<V>>(() => ({ values: options.initial, version: options.version ?? null }));
  const draft = useRestoredDraft<V>(userId, draftKey, base.values);
  // A draft goes back on top of the record as it is now: only the fields I had changed.
  const [restored] = useState(() => {
    if (!draft) return null;
    const merged = reapplyChanges(draft.values.mine, draft.values.base, base.values, keys);
    return changedKeys(merged, base.values, keys).length > 0 ? { values: merged, savedAt: draft.savedAt } : null;
  });
  const form = useForm<V>({ initialValues: base.values, startValues: restored?.values, validators, fieldIds });
  useAutosave(userId, draftKey, form.values, base.values, form.dirty, base.version ?? undefined);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [theirChanges, setTheirChanges] = useState<string[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  // Leave once the saved values are the form's baseline, so the unsaved-changes guard stays quiet.
  useEffect(() => {
    if (saved !== null && !form.dirty) navigate(recordPath(childId, section), { state: { saved } });
  }, [saved, form.dirty, navigate, childId, section]);

  const toField = (apiField: string | undefined): keyof V | undefined => {
    const last = apiField?.split('.').at(-1);
    if (!last) return undefined;
    if (serverFields?.[last]) return serverFields[last];
    return keys.includes(last as keyof V) ? (last as keyof V) : undefined;
  };

  const submit = form.handleSubmit(async (values) => {
    setSaving(true);
    try {
      await save(values, base);
      form.reset(values);
      setSaved(savedMessage(values));
    } catch (error) {
      const e = apiError(error);
      if (e.code === 'CONFLICT' && reload) setConflict(true);
      else form.setServerErrors([{ field: e.code === 'BAD_USER_INPUT' ? toField(e.field) : undefined, message: e.message }]);
    } finally {
      setSaving(false);
    }
  });

  const reloadAndReapply = async () => {
    const fresh = await reload?.();
    if (!fresh) {
      form.setServerErrors([{ message: say('record.recordForm.thisRecordCouldNot') }]);
      setConflict(false);
      return;
    }
    setTheirChanges(changedKeys(fresh.values, base.values, keys).map((k) => labels[k]));
    const merged = reapplyChanges(form.values, base.values, fresh.values, keys);
    setBase(fresh);
    form.reset(fresh.values, merged);
    setConflict(false);
  };

  return { form, submit, saving, conflict, theirChanges, restored, saved: saved !== null, base, reloadAndReapply, discard: () => form.reset(base.values) };
}

export type RecordFormState<V extends object> = ReturnType<typeof useRecordForm<V>>;

/** The page around a record form: back link, error summary or conflict, restored-draft banner, heading, buttons. */
export function RecordFormPage<V extends object>({
  child,
  state,
  title,
  section,
  submitLabel,
  intro,
  children,
}: {
  child: RecordChild;
  state: RecordFormState<V>;
  title: string;
  section: string;
  submitLabel: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { form, conflict, theirChanges, restored } = state;
  usePageTitle(`${title} – ${child.displayName}`, form.summary.length > 0 || conflict);
  const back = recordPath(child.id, section);
  return (
    <>
      <UnsavedChangesGuard when={form.dirty && !state.saved} />
      <BackLink href={back}>{say('record.recordForm.backToPlacementsFamily')}</BackLink>
      {conflict ? (
        <>
          <ErrorSummary
            title={say('record.recordForm.someoneElseChangedThis')}
            errors={[{ message: say('record.recordForm.someoneElseSavedChanges') }]}
          />
          <p className="govuk-body">{say('record.recordForm.reloadTheRecordTo')}</p>
          <Button onClick={() => void state.reloadAndReapply()}>{say('record.recordForm.reloadAndReapplyMy')}</Button>
        </>
      ) : (
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      )}
      {theirChanges && (
        <NotificationBanner title={say('record.recordForm.recordReloaded')}>
          <p className="govuk-body">
            {theirChanges.length > 0 ? say('record.recordForm.theOtherPersonChanged', { join: theirChanges.join(', ') }) : ''}{say('record.recordForm.yourChangesHaveBeen')}
          </p>
        </NotificationBanner>
      )}
      {restored && !theirChanges && form.dirty && (
        <NotificationBanner title={say('record.recordForm.unsavedChangesRestored')}>
          <p className="govuk-body">
            {say('record.recordForm.wePutBackChanges', { savedAt: formatDayAndTime(restored.savedAt) })}
            <button type="button" className="fp-link-button govuk-body" onClick={state.discard}>
              {say('record.recordForm.discardThem')}
            </button>
            .
          </p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {intro}
      <form noValidate onSubmit={state.submit}>
        {children}
        <ButtonGroup>
          <Button type="submit" disabled={state.saving || conflict}>
            {submitLabel}
          </Button>
          <UiLink href={back} className="govuk-link">
            {say('record.recordForm.cancel')}
          </UiLink>
        </ButtonGroup>
      </form>
    </>
  );
}
