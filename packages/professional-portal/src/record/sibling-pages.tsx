import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useParams } from 'react-router';
import { Button, DateInput, Radios, Textarea, TextInput } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { NotFoundPage } from '../common/page-states';
import {
  BrotherOrSisterCandidatesDocument,
  LinkBrotherOrSisterDocument,
  RecordTogetherApartAssessmentDocument,
  SetKeepingInTouchPlanDocument,
  UpdateBrotherOrSisterLinkDocument,
  type BrotherOrSisterFieldsFragment,
  type KeepingInTouchPlanFieldsFragment,
} from '../gql/graphql';
import { EditableRecord, RecordFormPage, useRecordForm, type EditableRecordProps } from './record-form';
import {
  ASSESSMENT_LABELS,
  assessmentInput,
  assessmentValidators,
  EMPTY_ASSESSMENT,
  EMPTY_KEEPING_IN_TOUCH,
  EMPTY_SIBLING_LINK,
  KEEPING_IN_TOUCH_LABELS,
  keepingInTouchInput,
  keepingInTouchValidators,
  keepingInTouchValues,
  SIBLING_LINK_CHANGE_LABELS,
  SIBLING_LINK_LABELS,
  siblingLinkChangeInput,
  siblingLinkChangeValidators,
  siblingLinkInput,
  siblingLinkValidators,
  type AssessmentValues,
  type KeepingInTouchValues,
  type SiblingLinkChangeValues,
  type SiblingLinkValues,
} from './record-forms';
import { FAMILY_TIME_LABELS, optionsOf, SIBLING_RELATIONSHIP_LABELS, TOGETHER_APART_LABELS, YES_NO } from './record-labels';
import { say } from '../i18n/i18n';

const SECTION = 'siblings';
const RELATIONSHIPS = optionsOf(SIBLING_RELATIONSHIP_LABELS);

/** Finds the page's brother-or-sister link, or says it is not there. */
function WithLink({ render }: { render: (props: EditableRecordProps & { link: BrotherOrSisterFieldsFragment }) => ReactNode }) {
  const { linkId = '' } = useParams();
  return (
    <EditableRecord
      render={(props) => {
        const link = props.child.brothersAndSisters.find((s) => s.id === linkId);
        return link ? render({ ...props, link }) : <NotFoundPage />;
      }}
    />
  );
}

const who = (link: BrotherOrSisterFieldsFragment) => `${link.child.firstName}, ${link.child.age}`;

/** Links a brother or sister the signed-in person can see, found by name. */
export function LinkSiblingPage() {
  return <EditableRecord render={(props) => <LinkSiblingForm {...props} />} />;
}

function LinkSiblingForm({ child, userId }: EditableRecordProps) {
  const [link] = useMutation(LinkBrotherOrSisterDocument);
  const [search, setSearch] = useState('');
  const [find, found] = useLazyQuery(BrotherOrSisterCandidatesDocument, { fetchPolicy: 'network-only' });
  const state = useRecordForm<SiblingLinkValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:sibling-link`,
    initial: EMPTY_SIBLING_LINK,
    labels: SIBLING_LINK_LABELS,
    validators: siblingLinkValidators,
    section: SECTION,
    save: (v) => link({ variables: { input: siblingLinkInput(child.id, v) } }),
    savedMessage: (v) => say('record.siblingPages.hasBeenLinkedAs', { otherChildName: v.otherChildName, displayName: child.displayName }),
  });
  const { form } = state;
  const linked = new Set(child.brothersAndSisters.map((s) => s.child.id));
  const candidates = (found.data?.children.edges ?? []).map((e) => e.node).filter((c) => c.id !== child.id && !linked.has(c.id));
  const options = candidates.map((c) => ({ value: c.id, label: `${c.displayName}, ${c.age}` }));
  if (form.values.otherChildId && !options.some((o) => o.value === form.values.otherChildId)) {
    options.unshift({ value: form.values.otherChildId, label: form.values.otherChildName });
  }
  const runSearch = () => {
    if (search.trim().length >= 2) void find({ variables: { name: search.trim() } });
  };
  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      runSearch();
    }
  };
  const choose = (id: string) => {
    const c = candidates.find((x) => x.id === id);
    form.setValue('otherChildId', id);
    if (c) form.setValue('otherChildName', c.displayName);
  };
  const otherChild = form.field('otherChildId');
  return (
    <RecordFormPage child={child} state={state} section={SECTION} title={say('record.siblingPages.linkABrotherOr')} submitLabel={say('record.siblingPages.linkThem')}>
      <div onKeyDown={onSearchKey}>
        <TextInput
          id="sibling-search"
          label={say('record.siblingPages.findTheirBrotherOr')}
          hint={say('record.siblingPages.childrenYouCanSee')}
          width="two-thirds"
          autoComplete="off"
          value={search}
          onChange={setSearch}
        />
        <Button variant="secondary" onClick={runSearch}>
          {say('record.siblingPages.find')}
        </Button>
      </div>
      {found.error && <p className="govuk-error-message">{apiError(found.error).message}</p>}
      {found.called && !found.loading && !found.error && candidates.length === 0 && (
        <p className="govuk-body" role="status">
          {say('record.siblingPages.noChildrenYouCan', { name: found.variables?.name })}
        </p>
      )}
      {options.length > 0 ? (
        <Radios {...otherChild} label={say('record.siblingPages.whichChild')} onChange={choose} options={options} />
      ) : (
        otherChild.error && <p className="govuk-error-message" id="otherChildId">{otherChild.error}</p>
      )}
      <Radios label={SIBLING_LINK_LABELS.relationship} small options={RELATIONSHIPS} {...form.field('relationship')} />
      <Radios label={SIBLING_LINK_LABELS.livingTogether} small inline options={YES_NO} {...form.field('livingTogether')} />
    </RecordFormPage>
  );
}

/** Changes how a brother or sister is related, and whether they live together. */
export function SiblingLinkChangePage() {
  return <WithLink render={(props) => <SiblingLinkChangeForm key={props.link.id} {...props} />} />;
}

const linkValues = (l: BrotherOrSisterFieldsFragment): SiblingLinkChangeValues => ({ relationship: l.relationship, livingTogether: l.livingTogether ? 'yes' : 'no' });

function SiblingLinkChangeForm({ child, userId, reload, link }: EditableRecordProps & { link: BrotherOrSisterFieldsFragment }) {
  const [update] = useMutation(UpdateBrotherOrSisterLinkDocument);
  const state = useRecordForm<SiblingLinkChangeValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:sibling-link:${link.id}`,
    initial: linkValues(link),
    version: link.version,
    labels: SIBLING_LINK_CHANGE_LABELS,
    validators: siblingLinkChangeValidators,
    section: SECTION,
    save: async (v, base) => {
      const changes = siblingLinkChangeInput(v, base.values);
      if (Object.keys(changes).length > 0) await update({ variables: { input: { id: link.id, expectedVersion: base.version!, ...changes } } });
    },
    reload: async () => {
      const fresh = (await reload())?.brothersAndSisters.find((s) => s.id === link.id);
      return fresh ? { values: linkValues(fresh), version: fresh.version } : null;
    },
    savedMessage: () => say('record.siblingPages.theLinkWithHas', { firstName: link.child.firstName }),
  });
  return (
    <RecordFormPage child={child} state={state} section={SECTION} title={say('record.siblingPages.brotherOrSister', { link: who(link) })} submitLabel={say('record.siblingPages.saveChanges')}>
      <Radios label={SIBLING_LINK_CHANGE_LABELS.relationship} small options={RELATIONSHIPS} {...state.form.field('relationship')} />
      <Radios label={SIBLING_LINK_CHANGE_LABELS.livingTogether} small inline options={YES_NO} {...state.form.field('livingTogether')} />
    </RecordFormPage>
  );
}

/** Records a together-or-apart assessment for a pair of brothers and sisters. */
export function AssessmentPage() {
  return <WithLink render={(props) => <AssessmentForm key={props.link.id} {...props} />} />;
}

function AssessmentForm({ child, userId, link }: EditableRecordProps & { link: BrotherOrSisterFieldsFragment }) {
  const [record] = useMutation(RecordTogetherApartAssessmentDocument);
  const latest = link.assessments.at(-1);
  const state = useRecordForm<AssessmentValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:sibling-assessment:${link.id}`,
    initial: EMPTY_ASSESSMENT,
    labels: ASSESSMENT_LABELS,
    validators: assessmentValidators,
    section: SECTION,
    save: (v) => record({ variables: { input: assessmentInput(link.id, v) } }),
    savedMessage: () => say('record.siblingPages.theTogetherOrApart', { displayName: child.displayName, firstName: link.child.firstName }),
  });
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={say('record.siblingPages.recordATogetherOr')}
      submitLabel={say('record.siblingPages.recordTheAssessment')}
      intro={
        <p className="govuk-body">
          {say('record.siblingPages.with', { link: who(link) })}
          {latest ? say('record.siblingPages.theLastAssessmentOn', { assessedOn: formatDate(latest.assessedOn), outcome: TOGETHER_APART_LABELS[latest.outcome].toLowerCase() }) : say('record.siblingPages.thereIsNoAssessment')}
        </p>
      }
    >
      <DateInput label={ASSESSMENT_LABELS.assessedOn} hint={say('record.siblingPages.forExample273')} {...state.form.field('assessedOn')} />
      <Radios label={ASSESSMENT_LABELS.outcome} small options={optionsOf(TOGETHER_APART_LABELS)} {...state.form.field('outcome')} />
      <Textarea label={ASSESSMENT_LABELS.reasons} hint={say('record.siblingPages.whyIncludingWhatThe')} {...state.form.field('reasons')} />
    </RecordFormPage>
  );
}

/** Adds a keeping-in-touch plan to a pair of brothers and sisters, or changes one. */
export function KeepingInTouchPage() {
  const { planId } = useParams();
  return (
    <WithLink
      render={(props) => {
        const plan = planId ? props.link.keepingInTouchPlans.find((k) => k.id === planId) : null;
        if (planId && !plan) return <NotFoundPage />;
        return <KeepingInTouchForm key={plan?.id ?? 'new'} plan={plan ?? null} {...props} />;
      }}
    />
  );
}

function KeepingInTouchForm({ child, userId, reload, link, plan }: EditableRecordProps & { link: BrotherOrSisterFieldsFragment; plan: KeepingInTouchPlanFieldsFragment | null }) {
  const [setPlan] = useMutation(SetKeepingInTouchPlanDocument);
  const state = useRecordForm<KeepingInTouchValues>({
    childId: child.id,
    userId,
    draftKey: `record:${child.id}:keeping-in-touch:${link.id}:${plan?.id ?? 'new'}`,
    initial: plan ? keepingInTouchValues(plan) : EMPTY_KEEPING_IN_TOUCH,
    version: plan?.version ?? null,
    labels: KEEPING_IN_TOUCH_LABELS,
    validators: keepingInTouchValidators,
    section: SECTION,
    save: (v, base) => setPlan({ variables: { input: keepingInTouchInput(link.id, v, plan ? { id: plan.id, version: base.version! } : null) } }),
    reload: plan
      ? async () => {
          const fresh = (await reload())?.brothersAndSisters.find((s) => s.id === link.id)?.keepingInTouchPlans.find((k) => k.id === plan.id);
          return fresh ? { values: keepingInTouchValues(fresh), version: fresh.version } : null;
        }
      : undefined,
    savedMessage: () => say('record.siblingPages.theKeepingInTouch', { firstName: link.child.firstName }),
  });
  const field = state.form.field;
  return (
    <RecordFormPage
      child={child}
      state={state}
      section={SECTION}
      title={plan ? say('record.siblingPages.changeTheKeepingIn') : say('record.siblingPages.addAKeepingIn')}
      submitLabel={say('record.siblingPages.saveThePlan')}
      intro={<p className="govuk-body">{say('record.siblingPages.howAndKeepIn', { displayName: child.displayName, link: who(link) })}</p>}
    >
      <Radios label={KEEPING_IN_TOUCH_LABELS.kind} small options={optionsOf(FAMILY_TIME_LABELS)} {...field('kind')} />
      <TextInput label={KEEPING_IN_TOUCH_LABELS.frequency} hint={say('record.siblingPages.forExampleMonthlyAnd')} width="two-thirds" {...field('frequency')} />
      <Textarea label={say('record.siblingPages.optional', { arrangements: KEEPING_IN_TOUCH_LABELS.arrangements })} hint={say('record.siblingPages.whereWhoSupervisesHow')} rows={3} {...field('arrangements')} />
      <TextInput label={KEEPING_IN_TOUCH_LABELS.agreedBy} hint={say('record.siblingPages.forExampleTheReview')} width="two-thirds" {...field('agreedBy')} />
      <Radios
        label={KEEPING_IN_TOUCH_LABELS.shareableWithChild}
        hint={say('record.siblingPages.theySeeHowOften')}
        small
        inline
        options={YES_NO}
        {...field('shareableWithChild')}
      />
    </RecordFormPage>
  );
}
