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
import { say } from '../i18n/i18n';

export function EditChildPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(ChildDocument, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading what={say('children.editChildPage.loadingTheRecord')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!data?.child) return <ErrorPage message={error ? apiError(error).message : say('children.editChildPage.theRecordCouldNot')} />;
  if (!data.child.abilities.canEdit) {
    return (
      <MessagePage title={say('children.editChildPage.youCannotChangeThis')}>
        <p className="govuk-body">{say('children.editChildPage.yourRoleCanRead')}</p>
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
  usePageTitle(say('children.editChildPage.changeSDetails', { displayName: child.displayName }), form.summary.length > 0 || conflict !== null);

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
    setTheirChanges({ who: conflict?.changedBy ?? say('children.editChildPage.theOtherPerson'), fields: changedFields(freshValues, base.values).map((k) => FIELD_LABELS[k]) });
    const merged = reapply(form.values, base.values, freshValues);
    setBase({ values: freshValues, version: fresh.version });
    form.reset(freshValues, merged);
    setConflict(null);
  };

  const field = form.field;
  return (
    <>
      <UnsavedChangesGuard when={form.dirty && !saved} />
      <BackLink href={`/children/${child.id}`}>{say('children.editChildPage.backToSRecord', { displayName: child.displayName })}</BackLink>
      {conflict ? (
        <ConflictNotice conflict={conflict} what={say('children.editChildPage.record')} onReload={() => void reloadAndReapply()} />
      ) : (
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      )}
      {theirChanges && (
        <NotificationBanner title={say('children.editChildPage.recordReloaded')}>
          <p className="govuk-body">
            {theirChanges.fields.length > 0
              ? say('children.editChildPage.changedYourChangesPutBack', { who: theirChanges.who, fields: theirChanges.fields.join(', ') })
              : say('children.editChildPage.yourChangesHaveBeen')}
          </p>
        </NotificationBanner>
      )}
      {restored && !theirChanges && (
        <NotificationBanner title={say('children.editChildPage.unsavedChangesRestored')}>
          <p className="govuk-body">
            {say('children.editChildPage.wePutBackChanges', { savedAt: formatDayAndTime(restored.savedAt) })}{' '}
            <button type="button" className="fp-link-button govuk-body" onClick={() => form.reset(base.values)}>
              {say('children.editChildPage.discardThem')}
            </button>
            .
          </p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('children.editChildPage.changeDetails')}</h1>
      <form noValidate onSubmit={submit}>
        <h2 className="govuk-heading-m">{say('children.editChildPage.personalDetails')}</h2>
        <TextInput label={FIELD_LABELS.legalFirstName} autoComplete="off" width="two-thirds" {...field('legalFirstName')} />
        <TextInput label={FIELD_LABELS.legalLastName} autoComplete="off" width="two-thirds" {...field('legalLastName')} />
        <TextInput label={FIELD_LABELS.preferredName} hint={say('children.editChildPage.theNameTheyWant')} autoComplete="off" width="two-thirds" {...field('preferredName')} />
        <DateInput label={FIELD_LABELS.dateOfBirth} hint={say('children.editChildPage.forExample273')} {...field('dateOfBirth')} />
        <Radios
          label={FIELD_LABELS.gender}
          small
          options={Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label }))}
          {...field('gender')}
        />
        <TextInput label={FIELD_LABELS.ethnicity} width="two-thirds" {...field('ethnicity')} />
        <TextInput label={FIELD_LABELS.religion} width="two-thirds" {...field('religion')} />
        <TextInput label={FIELD_LABELS.firstLanguage} width="two-thirds" {...field('firstLanguage')} />
        <h2 className="govuk-heading-m">{say('children.editChildPage.healthAndDisability')}</h2>
        <Textarea label={FIELD_LABELS.disability} {...field('disability')} />
        <Textarea label={FIELD_LABELS.healthNeeds} {...field('healthNeeds')} />
        <h2 className="govuk-heading-m">{say('children.editChildPage.education')}</h2>
        <TextInput label={FIELD_LABELS.school} width="two-thirds" {...field('school')} />
        <TextInput label={FIELD_LABELS.virtualSchool} width="two-thirds" {...field('virtualSchool')} />
        <TextInput label={FIELD_LABELS.upn} hint={say('children.editChildPage.n13CharactersForExample')} width="20" spellCheck={false} {...field('upn')} />
        <h2 className="govuk-heading-m">{say('children.editChildPage.beingLookedAfter')}</h2>
        <DateInput label={FIELD_LABELS.dateLookedAfter} hint={say('children.editChildPage.forExample151')} {...field('dateLookedAfter')} />
        <Select
          label={FIELD_LABELS.categoryOfNeed}
          options={[{ value: '', label: say('children.editChildPage.notRecorded') }, ...Object.entries(CATEGORY_OF_NEED_LABELS).map(([value, label]) => ({ value, label }))]}
          {...field('categoryOfNeed')}
        />
        <Radios
          label={FIELD_LABELS.uasc}
          small
          inline
          options={[
            { value: 'yes', label: say('children.editChildPage.yes') },
            { value: 'no', label: say('children.editChildPage.no') },
          ]}
          {...field('uasc')}
        />
        <h2 className="govuk-heading-m">{say('children.editChildPage.previousPermanence')}</h2>
        <Select
          label={FIELD_LABELS.previousPermanence}
          hint={say('children.editChildPage.whetherBeforeThisTime')}
          options={[{ value: '', label: say('children.editChildPage.notRecordedYet') }, ...PREVIOUS_PERMANENCE_CODES.map((value) => ({ value, label: PREVIOUS_PERMANENCE_LABELS[value] }))]}
          {...field('previousPermanence')}
        />
        <Select
          label={FIELD_LABELS.previousPermanenceLa}
          hint={say('children.editChildPage.onlyForAnAdoption')}
          options={[{ value: '', label: say('children.editChildPage.notRecorded') }, ...PERMANENCE_AUTHORITY_OPTIONS]}
          {...field('previousPermanenceLa')}
        />
        <DateInput
          label={FIELD_LABELS.previousPermanenceDate}
          hint={say('children.editChildPage.onlyForAnAdoption2')}
          {...field('previousPermanenceDate')}
        />
        <ButtonGroup>
          <Button type="submit" disabled={saving || conflict !== null}>
            {say('children.editChildPage.saveChanges')}
          </Button>
          <UiLink href={`/children/${child.id}`} className="govuk-link">
            {say('children.editChildPage.cancel')}
          </UiLink>
        </ButtonGroup>
      </form>
    </>
  );
}
