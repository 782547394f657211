import { useEffect, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { BackLink, Button, ErrorSummary, NotificationBanner, SummaryCard, Tag, UiLink } from '@forever-planning/ui';
import { useMe } from '../auth/session';
import { formatDate } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ChildRecordNav } from '../children/child-record-nav';
import {
  LifeStoryDocument,
  RestoreLifeStoryItemDocument,
  WithdrawLifeStoryItemDocument,
  type LifeStoryItemFieldsFragment,
  type LifeStoryQuery,
} from '../gql/graphql';
import { LifeStoryItemForm, lifeStoryFormWithDraft } from './life-story-item-form';
import { audienceText, LIFE_STORY_KIND_LABELS } from './life-story-labels';

type Editing = 'new' | string | null;

/** Life story work: the items, who sees each and when, the child's preview and the book. */
export function LifeStoryPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error } = useQuery(LifeStoryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const child = data?.child;
  usePageTitle(child ? `Life story – ${child.displayName}` : 'Life story');
  // Words left unsaved on this device (a timeout, a closed tab): open that form again, once, when the page loads.
  const [draftsChecked, setDraftsChecked] = useState(false);
  useEffect(() => {
    if (!child || draftsChecked) return;
    setDraftsChecked(true);
    if (child.abilities.canEditLifeStory) setEditing(lifeStoryFormWithDraft(me.id, child.id, child.lifeStory.map((i) => i.id)));
  }, [child, draftsChecked, me.id]);

  if (loading && !child) return <Loading what="Loading the life story" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'The life story could not be loaded.'} />;
  const editable = child.abilities.canEditLifeStory;
  const done = (title: string) => {
    setEditing(null);
    setSaved(title || null);
  };

  return (
    <>
      <BackLink href={`/children/${child.id}`}>{`Back to ${child.displayName}’s record`}</BackLink>
      {saved && <NotificationBanner type="success" heading={`“${saved}” has been saved.`} />}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Life story</h1>
      <ChildRecordNav childId={child.id} current="life-story" />
      <ul className="govuk-list">
        <li>
          <UiLink href={`/children/${child.id}/life-story/as-the-child-sees-it`} className="govuk-link">
            See it as {child.displayName} sees it
          </UiLink>
        </li>
        <li>
          <a className="govuk-link" href={`/life-story-book/${child.id}?edition=child`} download>
            Download the life story book, child’s edition (PDF)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`/life-story-book/${child.id}?edition=worker`} download>
            Download the life story book, worker’s edition (PDF)
          </a>
        </li>
      </ul>
      {editable && editing === null && (
        <Button
          onClick={() => {
            setSaved(null);
            setEditing('new');
          }}
        >
          Add an item
        </Button>
      )}
      {editing === 'new' && <LifeStoryItemForm childId={child.id} item={null} onDone={done} />}
      <h2 className="govuk-heading-m">Items ({child.lifeStory.length})</h2>
      {child.lifeStory.length === 0 && <p className="govuk-body">There is nothing in {child.displayName}’s life story yet.</p>}
      {child.lifeStory.map((item) =>
        editing === item.id ? (
          <LifeStoryItemForm key={item.id} childId={child.id} item={item} onDone={done} />
        ) : (
          <LifeStoryItemCard
            key={item.id}
            childId={child.id}
            item={item}
            canEdit={editable && editing === null}
            canRestore={child.abilities.canRestoreLifeStory}
            onEdit={() => {
              setSaved(null);
              setEditing(item.id);
            }}
            // A new action makes the last "saved" banner stale: it must not sit beside this action's error.
            onAction={() => setSaved(null)}
          />
        ),
      )}
      <ReleaseSchedule schedule={child.lifeStoryReleaseSchedule} name={child.displayName} />
    </>
  );
}

function LifeStoryItemCard({
  childId,
  item,
  canEdit,
  canRestore,
  onEdit,
  onAction,
}: {
  childId: string;
  item: LifeStoryItemFieldsFragment;
  canEdit: boolean;
  canRestore: boolean;
  onEdit: () => void;
  onAction: () => void;
}) {
  const refetchQueries = [{ query: LifeStoryDocument, variables: { id: childId } }];
  const [withdraw, withdrawing] = useMutation(WithdrawLifeStoryItemDocument, { refetchQueries });
  const [restore, restoring] = useMutation(RestoreLifeStoryItemDocument, { refetchQueries });
  const [problem, setProblem] = useState<string | null>(null);
  const input = { id: item.id, expectedVersion: item.version };
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    onAction();
    try {
      await action();
    } catch (e) {
      const err = apiError(e);
      setProblem(err.code === 'CONFLICT' ? 'Someone else changed this item. The page shows it as it is now; try again.' : err.message);
    }
  };
  const actions = (
    <>
      {canEdit && !item.withdrawn && (
        <Button variant="secondary" className="govuk-!-margin-bottom-0" onClick={onEdit}>
          Change<span className="govuk-visually-hidden"> {item.title}</span>
        </Button>
      )}
      {canEdit && !item.withdrawn && (
        <Button variant="warning" className="govuk-!-margin-bottom-0" disabled={withdrawing.loading} onClick={() => void run(() => withdraw({ variables: { input } }))}>
          Withdraw<span className="govuk-visually-hidden"> {item.title}</span>
        </Button>
      )}
      {canRestore && item.withdrawn && (
        <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={restoring.loading} onClick={() => void run(() => restore({ variables: { input } }))}>
          Restore<span className="govuk-visually-hidden"> {item.title}</span>
        </Button>
      )}
    </>
  );
  return (
    <SummaryCard title={item.title} actions={actions}>
      {problem && <ErrorSummary errors={[{ message: problem }]} />}
      <div className="fp-life-story-item">
        {item.media?.thumbnailUrl && <img className="fp-life-story-item__thumbnail" src={item.media.thumbnailUrl} alt={`Photo: ${item.title}`} />}
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          <Row label="Kind" value={LIFE_STORY_KIND_LABELS[item.kind]} />
          {item.occurredOn && <Row label="When" value={formatDate(item.occurredOn)} />}
          {item.words && <Row label="Words" value={<span className="fp-pre-line">{item.words}</span>} />}
          <Row
            label="Who sees it"
            value={
              <>
                {audienceText(item)}{' '}
                {item.withdrawn ? <Tag colour="red">Withdrawn</Tag> : item.visibleToChildToday ? <Tag colour="green">The child sees it today</Tag> : <Tag colour="grey">Not shown to the child yet</Tag>}
              </>
            }
          />
          <Row label="Added by" value={item.addedByChild ? 'The child' : (item.addedBy?.displayName ?? 'Not recorded')} />
          {item.media && (
            <Row
              label="File"
              value={
                <a className="govuk-link" href={item.media.downloadUrl}>
                  Download {item.media.fileName}
                </a>
              }
            />
          )}
        </dl>
      </div>
    </SummaryCard>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

type Schedule = NonNullable<LifeStoryQuery['child']>['lifeStoryReleaseSchedule'];

/** What the child sees today, what will be released and when, and what stays with professionals. */
function ReleaseSchedule({ schedule, name }: { schedule: Schedule; name: string }) {
  return (
    <section aria-labelledby="release-schedule">
      <h2 className="govuk-heading-m" id="release-schedule">
        Release schedule
      </h2>
      <h3 className="govuk-heading-s">What {name} sees today</h3>
      {schedule.visibleToday.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {schedule.visibleToday.map((i) => (
            <li key={i.id}>{i.title}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">Nothing yet.</p>
      )}
      <h3 className="govuk-heading-s">Still to be released</h3>
      {schedule.upcoming.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {schedule.upcoming.map((r) => (
            <li key={r.item.id}>
              {r.item.title}: from {formatDate(r.on)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">Nothing is waiting to be released.</p>
      )}
      <h3 className="govuk-heading-s">Not shared with {name}</h3>
      {schedule.notShared.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {schedule.notShared.map((i) => (
            <li key={i.id}>
              {i.title}
              {i.withdrawn ? ' (withdrawn)' : ' (professionals only)'}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">Everything is shared, or will be.</p>
      )}
    </section>
  );
}
