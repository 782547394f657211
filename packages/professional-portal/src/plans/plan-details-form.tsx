import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Checkboxes, DateInput, ErrorSummary, NotificationBanner, Radios, Select, Textarea, TextInput, useForm } from '@forever-planning/ui';
import { FAMILY_AGREEMENT_LABELS, FAMILY_AGREEMENTS, FAMILY_CONSIDERED, FAMILY_CONSIDERED_LABELS, PLAN_OPTION_LABELS, PLAN_OPTIONS, PORTAL_LANGUAGES } from '@forever-planning/shared';
import { formatDayAndTime } from '../common/dates';
import { ConflictNotice } from '../common/conflict-notice';
import { apiError, type ApiError } from '../common/graphql-errors';
import { useAutosave, useRestoredDraft } from '../drafts/use-draft';
import { ChildWordsCheck } from './child-words-check';
import { UpdatePlanDocument, type PlanDetailFragment } from '../gql/graphql';
import {
  changedPlanFields,
  PLAN_FIELD_LABELS,
  planDetailsValidators,
  planFormField,
  planUpdateInput,
  planValues,
  reapplyPlan,
  type PlanDetailsValues,
} from './plan-forms';
import { say } from '../i18n/i18n';

const NO_NAMES: string[] = [];
const OPTION_CHOICES = PLAN_OPTIONS.map((value) => ({ value, label: PLAN_OPTION_LABELS[value] }));

export interface PlanDetailsFormProps {
  plan: PlanDetailFragment;
  userId: string;
  /** Fetches the plan as it is now on the server, after a CONFLICT. */
  reload: () => Promise<PlanDetailFragment | null>;
  onDirtyChange: (dirty: boolean) => void;
  /** The server's today, for the child's version: a date before it has passed. */
  today?: string;
  /** The child's names: the child's version talks to them, not about them. */
  childNames?: string[];
  /** The language the summary for the child starts in: their first language where the young-person portal has it, else English. */
  childLanguage?: string;
  /** After "Save and check before submitting" has saved every change: go on to the check page. */
  onContinue: () => void;
}

/**
 * A draft plan's options and words. Saves only what changed; a CONFLICT
 * (someone else saved the plan since) offers to reload and put my changes back.
 */
export function PlanDetailsForm({ plan, userId, reload, onDirtyChange, onContinue, today, childNames = NO_NAMES, childLanguage = 'en' }: PlanDetailsFormProps) {
  const draftKey = `plan:${plan.id}:details`;
  const fromServer = useMemo(() => planValues(plan, childLanguage), [plan, childLanguage]);
  const [base, setBase] = useState(fromServer);
  const restored = useRestoredDraft<PlanDetailsValues>(userId, draftKey, base);
  const startValues = restored ? reapplyPlan(restored.values.mine, restored.values.base, base) : undefined;
  const form = useForm<PlanDetailsValues>({ initialValues: base, startValues, validators: planDetailsValidators });
  useAutosave(userId, draftKey, form.values, base, form.dirty, plan.version);
  useEffect(() => onDirtyChange(form.dirty), [form.dirty, onDirtyChange]);
  const [updatePlan] = useMutation(UpdatePlanDocument);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  // Which button submitted the form: both save the same way, one then goes on to check and submit.
  const intent = useRef<'save' | 'continue'>('save');
  const [notice, setNotice] = useState<string | null>(restored ? say('plans.planDetailsForm.wePutBackChanges', { savedAt: formatDayAndTime(restored.savedAt) }) : null);

  // A "saved" banner is stale once the form changes again.
  useEffect(() => {
    if (form.dirty) setNotice((n) => (n === say('plans.planDetailsForm.thePlanHasBeen') ? null : n));
  }, [form.dirty]);

  // The plan changed on the server through another of my saves (an outcome): a clean form follows it.
  const { reset, dirty } = form;
  useEffect(() => {
    if (!dirty && JSON.stringify(fromServer) !== JSON.stringify(base)) {
      setBase(fromServer);
      reset(fromServer);
    }
  }, [fromServer, base, dirty, reset]);

  const submit = form.handleSubmit(async (values) => {
    setSaving(true);
    setNotice(null);
    try {
      // One request: the primary option and the contingencies are checked against each other as saved.
      const changes = planUpdateInput(values, base);
      if (changes) await updatePlan({ variables: { input: { planId: plan.id, expectedVersion: plan.version, ...changes } } });
      setBase(values);
      form.reset(values);
      if (intent.current === 'continue') onContinue();
      else setNotice(say('plans.planDetailsForm.thePlanHasBeen'));
    } catch (error) {
      setNotice(null);
      const e = apiError(error);
      if (e.code === 'CONFLICT') setConflict(e);
      else form.setServerErrors([{ field: e.code === 'BAD_USER_INPUT' ? planFormField(e.field) : undefined, message: e.message }]);
    } finally {
      setSaving(false);
    }
  });

  const reloadAndReapply = async () => {
    const fresh = await reload();
    if (!fresh) return;
    const freshValues = planValues(fresh, childLanguage);
    const theirs = changedPlanFields(freshValues, base).map((k) => PLAN_FIELD_LABELS[k]);
    const merged = reapplyPlan(form.values, base, freshValues);
    setBase(freshValues);
    form.reset(freshValues, merged);
    setConflict(null);
    setNotice(say('plans.planDetailsForm.yourChangesHaveBeen', { whoChanged: theirs.length > 0 ? say('plans.planDetailsForm.changed', { who: conflict?.changedBy ?? say('plans.planDetailsForm.theOtherPerson'), fields: theirs.join(', ') }) : '' }));
  };

  const field = form.field;
  return (
    <form noValidate onSubmit={submit} aria-label={say('plans.planDetailsForm.thePlan')}>
      {conflict ? (
        <ConflictNotice conflict={conflict} what={say('plans.planDetailsForm.plan')} onReload={() => void reloadAndReapply()} />
      ) : (
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      )}
      {notice && (
        <NotificationBanner type={notice === say('plans.planDetailsForm.thePlanHasBeen') ? 'success' : 'important'} title={say('plans.planDetailsForm.plan2')}>
          <p className="govuk-body">{notice}</p>
        </NotificationBanner>
      )}
      <h2 className="govuk-heading-m">{say('plans.planDetailsForm.options')}</h2>
      <Select
        label={PLAN_FIELD_LABELS.primaryOption}
        hint={say('plans.planDetailsForm.whereAndWithWhom')}
        options={[{ value: '', label: say('plans.planDetailsForm.notChosenYet') }, ...OPTION_CHOICES]}
        {...field('primaryOption')}
        onChange={(value) => {
          // The new primary option stops being a contingency: its box is no longer shown, so it could not be unticked.
          form.setValues((v) => ({ ...v, primaryOption: value, contingencies: v.contingencies.filter((c) => c !== value) }));
        }}
      />
      <Checkboxes
        label={PLAN_FIELD_LABELS.contingencies}
        hint={say('plans.planDetailsForm.everyPlanNeedsAt')}
        small
        options={OPTION_CHOICES.filter((o) => o.value !== form.values.primaryOption)}
        {...field('contingencies')}
      />
      <h2 className="govuk-heading-m">{say('plans.planDetailsForm.theChildsWishes')}</h2>
      <Textarea label={PLAN_FIELD_LABELS.childWishes} hint={say('plans.planDetailsForm.whatTheChildHas')} rows={4} {...field('childWishes')} />
      <h2 className="govuk-heading-m">{say('plans.planDetailsForm.bottomLines')}</h2>
      <p className="govuk-body">{say('plans.planDetailsForm.theConditionsOfHow')}</p>
      <Textarea label={PLAN_FIELD_LABELS.safetyPeople} hint={say('plans.planDetailsForm.whoTheChildCan')} rows={2} {...field('safetyPeople')} />
      <Textarea label={PLAN_FIELD_LABELS.monitoringPeople} rows={2} {...field('monitoringPeople')} />
      <Textarea label={PLAN_FIELD_LABELS.peopleToAvoid} rows={2} {...field('peopleToAvoid')} />
      <TextInput label={PLAN_FIELD_LABELS.safetyPlanLasts} hint={say('plans.planDetailsForm.forExampleUntilThe')} {...field('safetyPlanLasts')} />
      <TextInput
        label={PLAN_FIELD_LABELS.wordsAndPicturesAge}
        hint={say('plans.planDetailsForm.inWholeYearsThe')}
        width="2"
        inputMode="numeric"
        {...field('wordsAndPicturesAge')}
      />
      <Textarea label={PLAN_FIELD_LABELS.bottomLines} hint={say('plans.planDetailsForm.anyOtherConditionsAnd')} rows={3} {...field('bottomLines')} />
      <Textarea label={PLAN_FIELD_LABELS.consequenceOfNoChange} hint={say('plans.planDetailsForm.whatWillHappenIf')} rows={3} {...field('consequenceOfNoChange')} />
      <h2 className="govuk-heading-m">{say('plans.planDetailsForm.theFamilysAgreement')}</h2>
      <Radios
        label={PLAN_FIELD_LABELS.familyAgreement}
        options={[...FAMILY_AGREEMENTS.map((value) => ({ value, label: FAMILY_AGREEMENT_LABELS[value] })), { value: '', label: say('plans.planDetailsForm.notAskedYet') }]}
        {...field('familyAgreement')}
      />
      <Textarea label={PLAN_FIELD_LABELS.familyComments} hint={say('plans.planDetailsForm.whatTheFamilySaid')} rows={3} {...field('familyComments')} />
      <h2 className="govuk-heading-m">{say('plans.planDetailsForm.familyFirst')}</h2>
      <p className="govuk-body">
        {say('plans.planDetailsForm.childrenAskedForTheir')}
      </p>
      <Radios
        label={PLAN_FIELD_LABELS.familyConsidered}
        small
        options={[...FAMILY_CONSIDERED.map((value) => ({ value, label: FAMILY_CONSIDERED_LABELS[value] })), { value: '', label: say('plans.planDetailsForm.notRecordedYet') }]}
        {...field('familyConsidered')}
      />
      <Textarea
        label={PLAN_FIELD_LABELS.familyConsideredInChildWords}
        hint={say('plans.planDetailsForm.writeToTheChild')}
        rows={3}
        {...field('familyConsideredInChildWords')}
      />
      <h2 className="govuk-heading-m">{say('plans.planDetailsForm.timescale')}</h2>
      <DateInput label={PLAN_FIELD_LABELS.permanenceTargetDate} hint={say('plans.planDetailsForm.whenTheChildShould')} {...field('permanenceTargetDate')} />
      <h2 className="govuk-heading-m">{say('plans.planDetailsForm.forTheChild')}</h2>
      <Textarea
        label={PLAN_FIELD_LABELS.childFriendlySummary}
        hint={say('plans.planDetailsForm.whatTheChildReads')}
        rows={4}
        {...field('childFriendlySummary')}
      />
      <Select
        label={PLAN_FIELD_LABELS.childFriendlySummaryLanguage}
        hint={say('plans.planDetailsForm.theChildsPagesMark')}
        options={PORTAL_LANGUAGES.map((l) => ({ value: l.code, label: l.englishName }))}
        {...field('childFriendlySummaryLanguage')}
      />
      <ChildWordsCheck
        id="childFriendlySummary-check"
        text={form.values.childFriendlySummary ?? ''}
        today={today}
        childNames={childNames}
        language={form.values.childFriendlySummaryLanguage || undefined}
      />
      <ButtonGroup>
        <Button type="submit" disabled={saving || conflict !== null} onClick={() => (intent.current = 'continue')}>
          {say('plans.planDetailsForm.saveAndCheckBefore')}
        </Button>
        <Button type="submit" variant="secondary" disabled={saving || conflict !== null} onClick={() => (intent.current = 'save')}>
          {say('plans.planDetailsForm.saveThePlan')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
