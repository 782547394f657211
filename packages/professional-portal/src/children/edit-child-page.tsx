import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import {
  BackLink,
  Button,
  ButtonGroup,
  DateInput,
  ErrorSummary,
  NotificationBanner,
  Radios,
  Select,
  TextInput,
  Textarea,
  UiLink,
  useForm,
} from '@forever-planning/ui';
import { useMe } from '../auth/session';
import { formatDayAndTime } from '../common/dates';
import { ConflictNotice } from '../common/conflict-notice';
import { apiError, hasCode, type ApiError } from '../common/graphql-errors';
import { ErrorPage, Loading, MessagePage, NotFoundPage } from '../common/page-states';
import { UnsavedChangesGuard } from '../common/unsaved-changes';
import { usePageTitle } from '../common/use-page-title';
import { clearDraft, readDraft, writeDraft } from '../drafts/draft-store';
import { ChildDocument, UpdateChildDocument, type ChildRecordFragment } from '../gql/graphql';
import { PREVIOUS_PERMANENCE_CODES, PREVIOUS_PERMANENCE_LABELS } from '@forever-planning/shared';
import { CATEGORY_OF_NEED_LABELS, GENDER_LABELS, PERMANENCE_AUTHORITY_OPTIONS } from './child-labels';
import {
  changedFields,
  changesInput,
  childDetailsValidators,
  FIELD_LABELS,
  formField,
  reapply,
  toValues,
  type ChildDetailsValues,
} from './child-details-form';

export function EditChildPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(ChildDocument, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading what="Loading the record" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!data?.child) return <ErrorPage message={error ? apiError(error).message : 'The record could not be loaded.'} />;
  if (!data.child.abilities.canEdit) {
    return (
      <MessagePage title="You cannot change this record">
        <p className="govuk-body">Your role can read this child’s record but not change their details.</p>
      </MessagePage>
    );
  }
  return <EditChildForm child={data.child} userId={me.id} reload={async () => (await refetch()).data?.child ?? null} />;
}

/** What a draft keeps: my values and the record they started from, so they can be put on top of a newer one. */
interface DetailsDraft {
  mine: ChildDetailsValues;
  base: ChildDetailsValues;
}

function EditChildForm({ child, userId, reload }: { child: ChildRecordFragment; userId: string; reload: () => Promise<ChildRecordFragment | null> }) {
  const navigate = useNavigate();
  const draftKey = `child:${child.id}:details`;
  const [base, setBase] = useState(() => ({ values: toValues(child), version: child.version }));
  // A draft left by a timeout or a closed tab is put back on top of the record as it is now.
  const [restored] = useState(() => {
    const draft = readDraft<DetailsDraft>(userId, draftKey);
    if (!draft) return null;
    const merged = reapply(draft.values.mine, draft.values.base, base.values);
    return changedFields(merged, base.values).length > 0 ? { values: merged, savedAt: draft.savedAt } : null;
  });
  const form = useForm<ChildDetailsValues>({ initialValues: base.values, startValues: restored?.values, validators: childDetailsValidators });
  const [update, { loading: saving }] = useMutation(UpdateChildDocument);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [theirChanges, setTheirChanges] = useState<{ who: string; fields: string[] } | null>(null);
  const [saved, setSaved] = useState(false);
  usePageTitle(`Change ${child.displayName}’s details`, form.summary.length > 0 || conflict !== null);

  useEffect(() => {
    if (form.dirty) writeDraft<DetailsDraft>(userId, draftKey, { mine: form.values, base: base.values }, base.version);
    else clearDraft(userId, draftKey);
  }, [form.values, form.dirty, base, userId, draftKey]);

  // Leave only once the saved values are the form's new baseline, so the unsaved-changes guard stays quiet.
  useEffect(() => {
    if (saved && !form.dirty) navigate(`/children/${child.id}`, { state: { saved: true } });
  }, [saved, form.dirty, navigate, child.id]);

  const submit = form.handleSubmit(async (values) => {
    const changes = changesInput(values, base.values);
    if (Object.keys(changes).length === 0) {
      setSaved(true);
      return;
    }
    try {
      await update({ variables: { input: { id: child.id, expectedVersion: base.version, ...changes } } });
      clearDraft(userId, draftKey);
      form.reset(values);
      setSaved(true);
    } catch (error) {
      const e = apiError(error);
      if (e.code === 'CONFLICT') setConflict(e);
      else form.setServerErrors([{ field: e.code === 'BAD_USER_INPUT' ? formField(e.field) : undefined, message: e.message }]);
    }
  });

  const reloadAndReapply = async () => {
    const fresh = await reload();
    if (!fresh) return;
    const freshValues = toValues(fresh);
    setTheirChanges({ who: conflict?.changedBy ?? 'The other person', fields: changedFields(freshValues, base.values).map((k) => FIELD_LABELS[k]) });
    const merged = reapply(form.values, base.values, freshValues);
    setBase({ values: freshValues, version: fresh.version });
    form.reset(freshValues, merged);
    setConflict(null);
  };

  const field = form.field;
  return (
    <>
      <UnsavedChangesGuard when={form.dirty && !saved} />
      <BackLink href={`/children/${child.id}`}>{`Back to ${child.displayName}’s record`}</BackLink>
      {conflict ? (
        <ConflictNotice conflict={conflict} what="record" onReload={() => void reloadAndReapply()} />
      ) : (
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      )}
      {theirChanges && (
        <NotificationBanner title="Record reloaded">
          <p className="govuk-body">
            {theirChanges.fields.length > 0 ? `${theirChanges.who} changed: ${theirChanges.fields.join(', ')}. ` : ''}Your changes have been put back. Check them and save.
          </p>
        </NotificationBanner>
      )}
      {restored && !theirChanges && (
        <NotificationBanner title="Unsaved changes restored">
          <p className="govuk-body">
            We put back changes you had not saved, from {formatDayAndTime(restored.savedAt)}. Check them and save, or{' '}
            <button type="button" className="fp-link-button govuk-body" onClick={() => form.reset(base.values)}>
              discard them
            </button>
            .
          </p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Change details</h1>
      <form noValidate onSubmit={submit}>
        <h2 className="govuk-heading-m">Personal details</h2>
        <TextInput label={FIELD_LABELS.legalFirstName} autoComplete="off" width="two-thirds" {...field('legalFirstName')} />
        <TextInput label={FIELD_LABELS.legalLastName} autoComplete="off" width="two-thirds" {...field('legalLastName')} />
        <TextInput label={FIELD_LABELS.preferredName} hint="The name they want to be called, if it is different" autoComplete="off" width="two-thirds" {...field('preferredName')} />
        <DateInput label={FIELD_LABELS.dateOfBirth} hint="For example, 27 3 2014" {...field('dateOfBirth')} />
        <Radios
          label={FIELD_LABELS.gender}
          small
          options={Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label }))}
          {...field('gender')}
        />
        <TextInput label={FIELD_LABELS.ethnicity} width="two-thirds" {...field('ethnicity')} />
        <TextInput label={FIELD_LABELS.religion} width="two-thirds" {...field('religion')} />
        <TextInput label={FIELD_LABELS.firstLanguage} width="two-thirds" {...field('firstLanguage')} />
        <h2 className="govuk-heading-m">Health and disability</h2>
        <Textarea label={FIELD_LABELS.disability} {...field('disability')} />
        <Textarea label={FIELD_LABELS.healthNeeds} {...field('healthNeeds')} />
        <h2 className="govuk-heading-m">Education</h2>
        <TextInput label={FIELD_LABELS.school} width="two-thirds" {...field('school')} />
        <TextInput label={FIELD_LABELS.virtualSchool} width="two-thirds" {...field('virtualSchool')} />
        <TextInput label={FIELD_LABELS.upn} hint="13 characters, for example A12345678901B. If it is not known: UN2 never been to school in England, UN3 educated outside England, UN4 newly arrived, UN5 not known for another reason. Leave it blank for a child not yet of school age." width="20" spellCheck={false} {...field('upn')} />
        <h2 className="govuk-heading-m">Being looked after</h2>
        <DateInput label={FIELD_LABELS.dateLookedAfter} hint="For example, 15 1 2024" {...field('dateLookedAfter')} />
        <Select
          label={FIELD_LABELS.categoryOfNeed}
          options={[{ value: '', label: 'Not recorded' }, ...Object.entries(CATEGORY_OF_NEED_LABELS).map(([value, label]) => ({ value, label }))]}
          {...field('categoryOfNeed')}
        />
        <Radios
          label={FIELD_LABELS.uasc}
          small
          inline
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          {...field('uasc')}
        />
        <h2 className="govuk-heading-m">Previous permanence</h2>
        <Select
          label={FIELD_LABELS.previousPermanence}
          hint="Whether, before this time in care, the child was adopted or lived with someone under a special guardianship, residence or child arrangements order. The DfE asks this for every child who starts a period of care."
          options={[{ value: '', label: 'Not recorded yet' }, ...PREVIOUS_PERMANENCE_CODES.map((value) => ({ value, label: PREVIOUS_PERMANENCE_LABELS[value] }))]}
          {...field('previousPermanence')}
        />
        <Select
          label={FIELD_LABELS.previousPermanenceLa}
          hint="Only for an adoption or an order (P1 to P4)"
          options={[{ value: '', label: 'Not recorded' }, ...PERMANENCE_AUTHORITY_OPTIONS]}
          {...field('previousPermanenceLa')}
        />
        <DateInput
          label={FIELD_LABELS.previousPermanenceDate}
          hint="Only for an adoption or an order. For example, 12 3 2019. Leave the day, or the day and month, blank if they are not known."
          {...field('previousPermanenceDate')}
        />
        <ButtonGroup>
          <Button type="submit" disabled={saving || conflict !== null}>
            Save changes
          </Button>
          <UiLink href={`/children/${child.id}`} className="govuk-link">
            Cancel
          </UiLink>
        </ButtonGroup>
      </form>
    </>
  );
}
