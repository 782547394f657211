import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, ButtonGroup, ErrorSummary, Radios, Select, UiLink, useForm } from '@forever-planning/ui';
import { SW_REASON_CODES, SW_REASON_LABELS, type SwReason } from '@forever-planning/shared';
import { ConflictNotice } from '../common/conflict-notice';
import { apiError, hasCode, type ApiError } from '../common/graphql-errors';
import { ErrorPage, Loading, MessagePage, NotFoundPage } from '../common/page-states';
import { UnsavedChangesGuard } from '../common/unsaved-changes';
import { usePageTitle } from '../common/use-page-title';
import { AllocateChildDocument, AllocateChildPageDocument, AllocationChoicesDocument, type AllocateChildPageQuery, type AllocationChoicesQuery } from '../gql/graphql';
import { say } from '../i18n/i18n';

type Child = NonNullable<AllocateChildPageQuery['child']>;
type Choices = AllocationChoicesQuery['allocationChoices'];

interface AllocationValues {
  socialWorkerId: string;
  changeReason: string;
  iroId: string;
}

/** A first allocation is the DfE's "first contact" (FCONTA) unless the manager says otherwise; a change says why. */
const CHANGE_REASONS = SW_REASON_CODES.filter((code) => code !== 'FCONTA');

/** The team manager allocates the child's social worker (from their team) and IRO (from the council), saying why the worker changes. */
export function AllocatePage() {
  const { id = '' } = useParams();
  const child = useQuery(AllocateChildPageDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const canAllocate = child.data?.child?.abilities.canAllocate === true;
  const choices = useQuery(AllocationChoicesDocument, { skip: !canAllocate, fetchPolicy: 'network-only' });
  if ((child.loading && !child.data) || (canAllocate && choices.loading && !choices.data)) return <Loading what={say('children.allocatePage.loadingTheAllocation')} />;
  if (hasCode(child.error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child.data?.child) return <ErrorPage message={child.error ? apiError(child.error).message : say('children.allocatePage.theRecordCouldNot')} />;
  if (!canAllocate) {
    return (
      <MessagePage title={say('children.allocatePage.youCannotAllocateThis')}>
        <p className="govuk-body">{say('children.allocatePage.onlyTheTeamManager')}</p>
      </MessagePage>
    );
  }
  if (!choices.data) return <ErrorPage message={choices.error ? apiError(choices.error).message : say('children.allocatePage.thePeopleYouCan')} />;
  return <AllocateForm key={child.data.child.version} child={child.data.child} choices={choices.data.allocationChoices} reload={() => void child.refetch()} />;
}

function AllocateForm({ child, choices, reload }: { child: Child; choices: Choices; reload: () => void }) {
  const navigate = useNavigate();
  const initial: AllocationValues = { socialWorkerId: child.socialWorker?.id ?? '', changeReason: '', iroId: child.iro?.id ?? '' };
  const changesWorker = (v: AllocationValues) => !!child.socialWorker && v.socialWorkerId !== '' && v.socialWorkerId !== child.socialWorker.id;
  const form = useForm<AllocationValues>({
    initialValues: initial,
    validators: {
      changeReason: (v, all) => (changesWorker(all) && !v ? say('children.allocatePage.selectWhyTheSocial') : undefined),
    },
  });
  const [allocate, { loading: saving }] = useMutation(AllocateChildDocument);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  usePageTitle(say('children.allocatePage.allocateSSocialWorker', { displayName: child.displayName }), form.summary.length > 0 || conflict !== null);

  const submit = form.handleSubmit(async (values) => {
    const input: Record<string, unknown> = { childId: child.id, expectedVersion: child.version };
    if (values.socialWorkerId !== initial.socialWorkerId) input.socialWorkerId = values.socialWorkerId || null;
    if (changesWorker(values)) input.changeReason = values.changeReason as SwReason;
    if (values.iroId !== initial.iroId) input.iroId = values.iroId || null;
    try {
      if (Object.keys(input).length > 2) await allocate({ variables: { input: input as never } });
      form.reset(values);
      navigate(`/children/${child.id}`, { state: { allocated: true } });
    } catch (error) {
      const e = apiError(error);
      if (e.code === 'CONFLICT') setConflict(e);
      else form.setServerErrors([{ field: e.code === 'BAD_USER_INPUT' && e.field && e.field in initial ? (e.field as keyof AllocationValues) : undefined, message: e.message }]);
    }
  });

  // Someone who has left or moved team stays on the list while they are allocated, so the form shows who it is.
  const withCurrent = (people: Choices['socialWorkers'], current: Child['socialWorker']) =>
    current && !people.some((p) => p.id === current.id) ? [...people, { id: current.id, displayName: say('children.allocatePage.noLongerIn', { displayName: current.displayName }), sweNumber: null }] : people;
  const field = form.field;
  return (
    <>
      <UnsavedChangesGuard when={form.dirty} />
      <BackLink href={`/children/${child.id}`}>{say('children.allocatePage.backToSRecord', { displayName: child.displayName })}</BackLink>
      {conflict ? <ConflictNotice conflict={conflict} what={say('children.allocatePage.record')} onReload={reload} /> : <ErrorSummary errors={form.summary} focusKey={form.submitCount} />}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('children.allocatePage.allocateASocialWorker')}</h1>
      <form noValidate onSubmit={submit}>
        <Select
          label={say('children.allocatePage.socialWorker')}
          hint={say('children.allocatePage.aSocialWorkerIn')}
          options={[
            { value: '', label: say('children.allocatePage.notAllocated') },
            ...withCurrent(choices.socialWorkers, child.socialWorker).map((p) => ({ value: p.id, label: p.sweNumber ? `${p.displayName} (${p.sweNumber})` : p.displayName })),
          ]}
          {...field('socialWorkerId')}
        />
        {changesWorker(form.values) && (
          <Radios
            label={say('children.allocatePage.whyIsTheSocial')}
            hint={say('children.allocatePage.theReasonTheDfE')}
            options={CHANGE_REASONS.map((value) => ({ value, label: SW_REASON_LABELS[value] }))}
            {...field('changeReason')}
          />
        )}
        <Select
          label={say('children.allocatePage.independentReviewingOfficerIRO')}
          hint={say('children.allocatePage.anIROInYour')}
          options={[{ value: '', label: say('children.allocatePage.notAllocated') }, ...withCurrent(choices.iros.map((p) => ({ ...p, sweNumber: null })), child.iro).map((p) => ({ value: p.id, label: p.displayName }))]}
          {...field('iroId')}
        />
        <ButtonGroup>
          <Button type="submit" disabled={saving || conflict !== null}>
            {say('children.allocatePage.saveAllocation')}
          </Button>
          <UiLink href={`/children/${child.id}`} className="govuk-link">
            {say('children.allocatePage.cancel')}
          </UiLink>
        </ButtonGroup>
      </form>
    </>
  );
}
