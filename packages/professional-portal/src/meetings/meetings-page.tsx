import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { MEETING_TYPES, PARTICIPATION_CODES } from '@forever-planning/shared';
import {
  BackLink,
  Button,
  ButtonGroup,
  DateInput,
  dateParts,
  EMPTY_DATE,
  ErrorSummary,
  isDateEmpty,
  isoDate,
  NotificationBanner,
  Select,
  SummaryCard,
  SummaryList,
  Textarea,
  useForm,
  type DateParts,
} from '@forever-planning/ui';
import { ChildRecordNav } from '../children/child-record-nav';
import { formatDate, formatDayAndTime } from '../common/dates';
import { conflictMessage } from '../common/conflict-notice';
import { apiError, hasCode } from '../common/graphql-errors';
import { MEETING_TYPE_LABELS, PARTICIPATION_LABELS } from '../common/labels';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { UnsavedChangesGuard } from '../common/unsaved-changes';
import { usePageTitle } from '../common/use-page-title';
import {
  ChildMeetingsDocument,
  RecordMeetingDocument,
  ScheduleMeetingDocument,
  ShareReviewWithChildDocument,
  SignOffReviewDocument,
  type MeetingDetailFragment,
  type MeetingType,
  type ParticipationCode,
} from '../gql/graphql';
import { say } from '../i18n/i18n';

const lastField = (field: string | undefined) => field?.split('.').at(-1);

/** Meetings and reviews: schedule, record what happened, sign off and share with the child. */
export function MeetingsPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChildMeetingsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [recording, setRecording] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const child = data?.child;
  usePageTitle(child ? say('meetings.meetingsPage.sMeetingsAndReviews', { displayName: child.displayName }) : say('meetings.meetingsPage.meetingsAndReviews'));
  if (loading && !child) return <Loading what={say('meetings.meetingsPage.loadingMeetings')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('meetings.meetingsPage.theMeetingsCouldNot')} />;
  const canSchedule = child.abilities.canScheduleMeetings;
  const meetings = [...child.meetings].sort((a, b) => (date(b) ?? '').localeCompare(date(a) ?? ''));
  return (
    <>
      <UnsavedChangesGuard when={dirty} />
      <BackLink href={`/children/${child.id}`}>{say('meetings.meetingsPage.backToSRecord', { displayName: child.displayName })}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('meetings.meetingsPage.meetingsAndReviews')}</h1>
      <ChildRecordNav childId={child.id} current="meetings" />
      {meetings.length === 0 && <p className="govuk-body">{say('meetings.meetingsPage.noMeetingsYet')}</p>}
      {meetings.map((m) =>
        recording === m.id ? (
          <RecordMeetingForm key={m.id} meeting={m} today={data?.today ?? londonToday()} onDone={() => setRecording(null)} onDirtyChange={setDirty} />
        ) : (
          <MeetingCard key={m.id} meeting={m} onRecord={() => setRecording(m.id)} />
        ),
      )}
      {canSchedule && <ScheduleMeetingForm childId={child.id} />}
    </>
  );
}

const date = (m: MeetingDetailFragment) => m.heldOn ?? m.scheduledFor ?? m.dueDate;

function MeetingCard({ meeting: m, onRecord }: { meeting: MeetingDetailFragment; onRecord: () => void }) {
  const [signOff] = useMutation(SignOffReviewDocument);
  const [share] = useMutation(ShareReviewWithChildDocument);
  const [error, setError] = useState<string | null>(null);
  const step = (action: () => Promise<unknown>) => async () => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(apiError(e).message);
    }
  };
  const input = { meetingId: m.id, expectedVersion: m.version };
  const title = `${MEETING_TYPE_LABELS[m.type]}${date(m) ? `, ${formatDate(date(m))}` : ''}`;
  return (
    <SummaryCard title={title}>
      {error && <ErrorSummary errors={[{ message: error }]} />}
      <SummaryList
        rows={[
          { key: say('meetings.meetingsPage.dueBy'), value: formatDate(m.dueDate) },
          { key: say('meetings.meetingsPage.bookedFor'), value: formatDate(m.scheduledFor) },
          { key: say('meetings.meetingsPage.heldOn'), value: formatDate(m.heldOn) },
          { key: say('meetings.meetingsPage.chair'), value: m.chair?.displayName },
          { key: say('meetings.meetingsPage.whoCame'), value: m.attendees.join(', ') },
          ...(m.isReview ? [{ key: say('meetings.meetingsPage.theChildSParticipation'), value: m.participation ? PARTICIPATION_LABELS[m.participation] : null }] : []),
          { key: say('meetings.meetingsPage.decisions'), value: m.decisions && <span className="fp-pre-line">{m.decisions}</span> },
          ...(m.isReview
            ? [
                { key: say('meetings.meetingsPage.planEndorsed'), value: m.planEndorsed ? say('meetings.meetingsPage.plan', { planNumber: m.planEndorsed.planNumber }) : null },
                {
                  key: say('meetings.meetingsPage.recordSignedOff'),
                  value: m.signedOffAt
                    ? `${m.signedOffBy ? `By ${m.signedOffBy.displayName}, ` : ''}${formatDayAndTime(m.signedOffAt)}`
                    : m.heldOn
                      ? say('meetings.meetingsPage.notSignedOffYet')
                      : null,
                },
                { key: say('meetings.meetingsPage.sharedWithTheChild'), value: m.sharedWithChildAt && formatDayAndTime(m.sharedWithChildAt) },
              ]
            : []),
        ]}
      />
      <ButtonGroup>
        {m.abilities.canRecord && (
          <Button variant="secondary" onClick={onRecord}>
            {m.heldOn ? say('meetings.meetingsPage.changeTheRecord') : say('meetings.meetingsPage.recordTheMeeting')}
            <span className="govuk-visually-hidden"> {title}</span>
          </Button>
        )}
        {m.abilities.canSignOff && (
          <Button variant="secondary" onClick={step(() => signOff({ variables: { input } }))}>
            {say('meetings.meetingsPage.signOffTheReview')}<span className="govuk-visually-hidden"> {title}</span>
          </Button>
        )}
        {m.abilities.canShareWithChild && (
          <Button variant="secondary" onClick={step(() => share({ variables: { input } }))}>
            {say('meetings.meetingsPage.shareWithTheChild')}<span className="govuk-visually-hidden"> {title}</span>
          </Button>
        )}
      </ButtonGroup>
    </SummaryCard>
  );
}

interface ScheduleValues {
  type: string;
  scheduledFor: DateParts;
  dueDate: DateParts;
}

const optionalDate = (label: string) => (v: DateParts) => (isDateEmpty(v) || isoDate(v) ? undefined : say('meetings.meetingsPage.mustBeAReal', { label }));

function ScheduleMeetingForm({ childId }: { childId: string }) {
  const form = useForm<ScheduleValues>({
    initialValues: { type: '', scheduledFor: EMPTY_DATE, dueDate: EMPTY_DATE },
    validators: {
      type: (v) => (v ? undefined : say('meetings.meetingsPage.chooseTheKindOf')),
      scheduledFor: (v, all) => optionalDate(say('meetings.meetingsPage.theDateItIs'))(v) ?? (isDateEmpty(v) && isDateEmpty(all.dueDate) ? say('meetings.meetingsPage.enterTheDateIt') : undefined),
      dueDate: optionalDate(say('meetings.meetingsPage.theDateItIs2')),
    },
  });
  const [schedule, { loading }] = useMutation(ScheduleMeetingDocument, { refetchQueries: [{ query: ChildMeetingsDocument, variables: { id: childId } }] });
  const [done, setDone] = useState(false);
  const submit = form.handleSubmit(async (v) => {
    setDone(false);
    try {
      await schedule({
        variables: { input: { childId, type: v.type as MeetingType, scheduledFor: isoDate(v.scheduledFor), dueDate: isoDate(v.dueDate) } },
      });
      form.reset({ type: '', scheduledFor: EMPTY_DATE, dueDate: EMPTY_DATE });
      setDone(true);
    } catch (e) {
      const err = apiError(e);
      const f = lastField(err.field);
      form.setServerErrors([{ field: f === 'type' || f === 'scheduledFor' || f === 'dueDate' ? f : undefined, message: err.message }]);
    }
  });
  return (
    <form noValidate onSubmit={submit} aria-label={say('meetings.meetingsPage.scheduleAMeeting')}>
      <h2 className="govuk-heading-m">{say('meetings.meetingsPage.scheduleAMeeting')}</h2>
      {done && <NotificationBanner type="success" heading={say('meetings.meetingsPage.theMeetingHasBeen')} />}
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      <Select label={say('meetings.meetingsPage.kindOfMeeting')} options={[{ value: '', label: say('meetings.meetingsPage.choose') }, ...MEETING_TYPES.map((t) => ({ value: t, label: MEETING_TYPE_LABELS[t] }))]} {...form.field('type')} />
      <DateInput label={say('meetings.meetingsPage.bookedFor')} hint={say('meetings.meetingsPage.forExample142')} {...form.field('scheduledFor')} />
      <DateInput label={say('meetings.meetingsPage.dueBy')} hint={say('meetings.meetingsPage.optionalTheDateThe')} {...form.field('dueDate')} />
      <Button type="submit" variant="secondary" disabled={loading}>
        {say('meetings.meetingsPage.scheduleTheMeeting')}
      </Button>
    </form>
  );
}

interface RecordValues {
  heldOn: DateParts;
  attendees: string;
  participation: string;
  decisions: string;
}

/** Today in England on this device: only until the server's today has arrived. */
const londonToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

function RecordMeetingForm({ meeting: m, today, onDone, onDirtyChange }: { meeting: MeetingDetailFragment; today: string; onDone: () => void; onDirtyChange: (d: boolean) => void }) {
  // Not asked twice: a meeting booked for today or earlier was most likely held that day.
  const bookedDay = !m.heldOn && m.scheduledFor && m.scheduledFor <= today ? m.scheduledFor : null;
  const form = useForm<RecordValues>({
    initialValues: { heldOn: dateParts(m.heldOn ?? bookedDay), attendees: m.attendees.join('\n'), participation: m.participation ?? '', decisions: m.decisions ?? '' },
    validators: {
      heldOn: (v) => (isDateEmpty(v) ? say('meetings.meetingsPage.enterTheDateThe') : !isoDate(v) ? say('meetings.meetingsPage.theDateMustBe') : isoDate(v)! > today ? say('meetings.meetingsPage.theDateMustBe2') : undefined),
      attendees: (v) => (v.trim() ? undefined : say('meetings.meetingsPage.enterWhoCameOne')),
      participation: (v) => (m.isReview && !v ? say('meetings.meetingsPage.chooseHowTheChild') : undefined),
      decisions: (v) => (v.trim() ? undefined : say('meetings.meetingsPage.enterTheDecisionsMade')),
    },
  });
  const [record, { loading }] = useMutation(RecordMeetingDocument);
  const { dirty } = form;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const submit = form.handleSubmit(async (v) => {
    try {
      await record({
        variables: {
          input: {
            meetingId: m.id,
            expectedVersion: m.version,
            heldOn: isoDate(v.heldOn)!,
            attendees: v.attendees.split('\n').map((a) => a.trim()).filter(Boolean),
            participation: (v.participation || null) as ParticipationCode | null,
            decisions: v.decisions.trim(),
          },
        },
      });
      form.reset(v);
      onDirtyChange(false);
      onDone();
    } catch (e) {
      const err = apiError(e);
      const f = lastField(err.field);
      const message = err.code === 'CONFLICT' ? conflictMessage(err, 'meeting') : err.message;
      form.setServerErrors([{ field: f === 'heldOn' || f === 'attendees' || f === 'participation' || f === 'decisions' ? f : undefined, message }]);
    }
  });
  return (
    <form noValidate onSubmit={submit} aria-label={say('meetings.meetingsPage.recordThe', { toLowerCase: String(MEETING_TYPE_LABELS[m.type].toLowerCase()) })} className="govuk-summary-card fp-card-form">
      <h2 className="govuk-heading-m">{say('meetings.meetingsPage.recordThe2')}{' '}{MEETING_TYPE_LABELS[m.type].toLowerCase()}</h2>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      <DateInput label={say('meetings.meetingsPage.heldOn')} hint={bookedDay ? say('meetings.meetingsPage.theDayItWas') : undefined} {...form.field('heldOn')} />
      <Textarea label={say('meetings.meetingsPage.whoCame')} hint={say('meetings.meetingsPage.onePersonOnEach')} rows={4} {...form.field('attendees')} />
      {m.isReview && (
        <Select
          label={say('meetings.meetingsPage.howTheChildTook')}
          options={[{ value: '', label: say('meetings.meetingsPage.choose') }, ...PARTICIPATION_CODES.map((c) => ({ value: c, label: PARTICIPATION_LABELS[c] }))]}
          {...form.field('participation')}
        />
      )}
      <Textarea label={say('meetings.meetingsPage.decisions')} rows={5} {...form.field('decisions')} />
      <ButtonGroup>
        <Button type="submit" disabled={loading}>
          {say('meetings.meetingsPage.saveTheRecord')}
        </Button>
        <button type="button" className="fp-link-button govuk-body" onClick={onDone}>
          {say('meetings.meetingsPage.cancel')}
        </button>
      </ButtonGroup>
    </form>
  );
}
