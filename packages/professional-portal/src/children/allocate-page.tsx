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
  if ((child.loading && !child.data) || (canAllocate && choices.loading && !choices.data)) return <Loading what="Loading the allocation" />;
  if (hasCode(child.error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child.data?.child) return <ErrorPage message={child.error ? apiError(child.error).message : 'The record could not be loaded.'} />;
  if (!canAllocate) {
    return (
      <MessagePage title="You cannot allocate this child">
        <p className="govuk-body">Only the team manager of the child’s team allocates their social worker and IRO.</p>
      </MessagePage>
    );
  }
  if (!choices.data) return <ErrorPage message={choices.error ? apiError(choices.error).message : 'The people you can allocate could not be loaded.'} />;
  return <AllocateForm key={child.data.child.version} child={child.data.child} choices={choices.data.allocationChoices} reload={() => void child.refetch()} />;
}

function AllocateForm({ child, choices, reload }: { child: Child; choices: Choices; reload: () => void }) {
  const navigate = useNavigate();
  const initial: AllocationValues = { socialWorkerId: child.socialWorker?.id ?? '', changeReason: '', iroId: child.iro?.id ?? '' };
  const changesWorker = (v: AllocationValues) => !!child.socialWorker && v.socialWorkerId !== '' && v.socialWorkerId !== child.socialWorker.id;
  const form = useForm<AllocationValues>({
    initialValues: initial,
    validators: {
      changeReason: (v, all) => (changesWorker(all) && !v ? 'Select why the social worker is changing' : undefined),
    },
  });
  const [allocate, { loading: saving }] = useMutation(AllocateChildDocument);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  usePageTitle(`Allocate ${child.displayName}’s social worker and IRO`, form.summary.length > 0 || conflict !== null);

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
    current && !people.some((p) => p.id === current.id) ? [...people, { id: current.id, displayName: `${current.displayName} (no longer in your team)`, sweNumber: null }] : people;
  const field = form.field;
  return (
    <>
      <UnsavedChangesGuard when={form.dirty} />
      <BackLink href={`/children/${child.id}`}>{`Back to ${child.displayName}’s record`}</BackLink>
      {conflict ? <ConflictNotice conflict={conflict} what="record" onReload={reload} /> : <ErrorSummary errors={form.summary} focusKey={form.submitCount} />}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Allocate a social worker and IRO</h1>
      <form noValidate onSubmit={submit}>
        <Select
          label="Social worker"
          hint="A social worker in your team. The child’s allocation history keeps who worked with them, from when, and why it changed."
          options={[
            { value: '', label: 'Not allocated' },
            ...withCurrent(choices.socialWorkers, child.socialWorker).map((p) => ({ value: p.id, label: p.sweNumber ? `${p.displayName} (${p.sweNumber})` : p.displayName })),
          ]}
          {...field('socialWorkerId')}
        />
        {changesWorker(form.values) && (
          <Radios
            label="Why is the social worker changing?"
            hint="The reason the DfE asks for in the children looked after return"
            options={CHANGE_REASONS.map((value) => ({ value, label: SW_REASON_LABELS[value] }))}
            {...field('changeReason')}
          />
        )}
        <Select
          label="Independent Reviewing Officer (IRO)"
          hint="An IRO in your council: they chair the child’s reviews"
          options={[{ value: '', label: 'Not allocated' }, ...withCurrent(choices.iros.map((p) => ({ ...p, sweNumber: null })), child.iro).map((p) => ({ value: p.id, label: p.displayName }))]}
          {...field('iroId')}
        />
        <ButtonGroup>
          <Button type="submit" disabled={saving || conflict !== null}>
            Save allocation
          </Button>
          <UiLink href={`/children/${child.id}`} className="govuk-link">
            Cancel
          </UiLink>
        </ButtonGroup>
      </form>
    </>
  );
}
