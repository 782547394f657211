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
import { say } from '../i18n/i18n';

type Editing = 'new' | string | null;

/** Life story work: the items, who sees each and when, the child's preview and the book. */
export function LifeStoryPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error } = useQuery(LifeStoryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const child = data?.child;
  usePageTitle(child ? say('lifeStory.lifeStoryPage.lifeStory', { displayName: child.displayName }) : say('lifeStory.lifeStoryPage.lifeStory2'));
  // Words left unsaved on this device (a timeout, a closed tab): open that form again, once, when the page loads.
  const [draftsChecked, setDraftsChecked] = useState(false);
  useEffect(() => {
    if (!child || draftsChecked) return;
    setDraftsChecked(true);
    if (child.abilities.canEditLifeStory) setEditing(lifeStoryFormWithDraft(me.id, child.id, child.lifeStory.map((i) => i.id)));
  }, [child, draftsChecked, me.id]);

  if (loading && !child) return <Loading what={say('lifeStory.lifeStoryPage.loadingTheLifeStory')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('lifeStory.lifeStoryPage.theLifeStoryCould')} />;
  const editable = child.abilities.canEditLifeStory;
  const done = (title: string) => {
    setEditing(null);
    setSaved(title || null);
  };

  return (
    <>
      <BackLink href={`/children/${child.id}`}>{say('lifeStory.lifeStoryPage.backToSRecord', { displayName: child.displayName })}</BackLink>
      {saved && <NotificationBanner type="success" heading={say('lifeStory.lifeStoryPage.hasBeenSaved', { saved })} />}
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('lifeStory.lifeStoryPage.lifeStory2')}</h1>
      <ChildRecordNav childId={child.id} current="life-story" />
      <ul className="govuk-list">
        <li>
          <UiLink href={`/children/${child.id}/life-story/as-the-child-sees-it`} className="govuk-link">
            {say('lifeStory.lifeStoryPage.seeItAsSees', { displayName: child.displayName })}
          </UiLink>
        </li>
        <li>
          <a className="govuk-link" href={`/life-story-book/${child.id}?edition=child`} download>
            {say('lifeStory.lifeStoryPage.downloadTheLifeStory')}
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`/life-story-book/${child.id}?edition=worker`} download>
            {say('lifeStory.lifeStoryPage.downloadTheLifeStory2')}
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
          {say('lifeStory.lifeStoryPage.addAnItem')}
        </Button>
      )}
      {editing === 'new' && <LifeStoryItemForm childId={child.id} item={null} onDone={done} />}
      <h2 className="govuk-heading-m">{say('lifeStory.lifeStoryPage.items', { length: child.lifeStory.length })}</h2>
      {child.lifeStory.length === 0 && <p className="govuk-body">{say('lifeStory.lifeStoryPage.thereIsNothingIn', { displayName: child.displayName })}</p>}
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
      setProblem(err.code === 'CONFLICT' ? say('lifeStory.lifeStoryPage.someoneElseChangedThis') : err.message);
    }
  };
  const actions = (
    <>
      {canEdit && !item.withdrawn && (
        <Button variant="secondary" className="govuk-!-margin-bottom-0" onClick={onEdit}>
          {say('lifeStory.lifeStoryPage.change')}<span className="govuk-visually-hidden"> {item.title}</span>
        </Button>
      )}
      {canEdit && !item.withdrawn && (
        <Button variant="warning" className="govuk-!-margin-bottom-0" disabled={withdrawing.loading} onClick={() => void run(() => withdraw({ variables: { input } }))}>
          {say('lifeStory.lifeStoryPage.withdraw')}<span className="govuk-visually-hidden"> {item.title}</span>
        </Button>
      )}
      {canRestore && item.withdrawn && (
        <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={restoring.loading} onClick={() => void run(() => restore({ variables: { input } }))}>
          {say('lifeStory.lifeStoryPage.restore')}<span className="govuk-visually-hidden"> {item.title}</span>
        </Button>
      )}
    </>
  );
  return (
    <SummaryCard title={item.title} actions={actions}>
      {problem && <ErrorSummary errors={[{ message: problem }]} />}
      <div className="fp-life-story-item">
        {item.media?.thumbnailUrl && <img className="fp-life-story-item__thumbnail" src={item.media.thumbnailUrl} alt={say('lifeStory.lifeStoryPage.photo', { title: item.title })} />}
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          <Row label={say('lifeStory.lifeStoryPage.kind')} value={LIFE_STORY_KIND_LABELS[item.kind]} />
          {item.occurredOn && <Row label={say('lifeStory.lifeStoryPage.when')} value={formatDate(item.occurredOn)} />}
          {item.words && <Row label={say('lifeStory.lifeStoryPage.words')} value={<span className="fp-pre-line">{item.words}</span>} />}
          <Row
            label={say('lifeStory.lifeStoryPage.whoSeesIt')}
            value={
              <>
                {audienceText(item)}{' '}
                {item.withdrawn ? <Tag colour="red">{say('lifeStory.lifeStoryPage.withdrawn')}</Tag> : item.visibleToChildToday ? <Tag colour="green">{say('lifeStory.lifeStoryPage.theChildSeesIt')}</Tag> : <Tag colour="grey">{say('lifeStory.lifeStoryPage.notShownToThe')}</Tag>}
              </>
            }
          />
          <Row label={say('lifeStory.lifeStoryPage.addedBy')} value={item.addedByChild ? say('lifeStory.lifeStoryPage.theChild') : (item.addedBy?.displayName ?? say('lifeStory.lifeStoryPage.notRecorded'))} />
          {item.media && (
            <Row
              label={say('lifeStory.lifeStoryPage.file')}
              value={
                <a className="govuk-link" href={item.media.downloadUrl}>
                  {say('lifeStory.lifeStoryPage.download', { fileName: item.media.fileName })}
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
        {say('lifeStory.lifeStoryPage.releaseSchedule')}
      </h2>
      <h3 className="govuk-heading-s">{say('lifeStory.lifeStoryPage.whatSeesToday', { name })}</h3>
      {schedule.visibleToday.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {schedule.visibleToday.map((i) => (
            <li key={i.id}>{i.title}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{say('lifeStory.lifeStoryPage.nothingYet')}</p>
      )}
      <h3 className="govuk-heading-s">{say('lifeStory.lifeStoryPage.stillToBeReleased')}</h3>
      {schedule.upcoming.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {schedule.upcoming.map((r) => (
            <li key={r.item.id}>
              {say('lifeStory.lifeStoryPage.from', { title: r.item.title, on: formatDate(r.on) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{say('lifeStory.lifeStoryPage.nothingIsWaitingTo')}</p>
      )}
      <h3 className="govuk-heading-s">{say('lifeStory.lifeStoryPage.notSharedWith', { name })}</h3>
      {schedule.notShared.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {schedule.notShared.map((i) => (
            <li key={i.id}>
              {i.title}
              {i.withdrawn ? say('lifeStory.lifeStoryPage.withdrawn2') : say('lifeStory.lifeStoryPage.professionalsOnly')}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{say('lifeStory.lifeStoryPage.everythingIsSharedOr')}</p>
      )}
    </section>
  );
}
