import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  DateInput,
  EMPTY_DATE,
  ErrorSummary,
  isDateEmpty,
  isoDate,
  NotificationBanner,
  Select,
  SummaryCard,
  SummaryList,
  TextInput,
  useForm,
  type DateParts,
  type Validators,
} from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import {
  AddNonWorkingDayDocument,
  AddPolicyVersionDocument,
  LocalPolicyDocument,
  UpdateDutyContactDocument,
  type LocalPolicyQuery,
  type PolicyVersionDetailFragment,
} from '../gql/graphql';

const BASE_PROFILES = [
  { value: 'national', label: 'National default (England)' },
  { value: 'bolton', label: 'Bolton' },
  { value: 'telford', label: 'Telford & Wrekin' },
  { value: 'torbay', label: 'Torbay' },
  { value: 'dorset', label: 'Dorset' },
  { value: 'newham', label: 'Newham' },
];

/** The settings an administrator changes here, each a whole number, with its label and the largest the API accepts. */
const SETTINGS = [
  { key: 'firstReviewWorkingDays', label: 'First review: working days after becoming looked after', max: 100 },
  { key: 'secondReviewMonths', label: 'Second review: months after the first', max: 24 },
  { key: 'laterReviewMonths', label: 'Later reviews: months between reviews', max: 24 },
  { key: 'advocacyMinAge', label: 'Advocacy offered from age', max: 18 },
  { key: 'advocacyMaxAge', label: 'Advocacy offered until age', max: 25 },
  { key: 'disputeInformalWorkingDays', label: 'Dispute, informal resolution with the social worker: working days', max: 120 },
  { key: 'disputeTeamManagerWorkingDays', label: 'Dispute, team manager stage: working days', max: 120 },
  { key: 'disputeServiceManagerWorkingDays', label: 'Dispute, service manager or head of service stage: working days', max: 120 },
  { key: 'disputeDirectorWorkingDays', label: 'Dispute, director stage: working days', max: 120 },
] as const;

type SettingKey = (typeof SETTINGS)[number]['key'];
type VersionValues = { baseProfile: string; effectiveFrom: DateParts } & Record<SettingKey, string>;

/** Administrator: the council's local policy, its non-working days and its duty contact. */
export function LocalPolicyPage() {
  const { data, loading, error } = useQuery(LocalPolicyDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle('Local policy');
  if (loading && !data) return <Loading what="Loading the local policy" />;
  if (!data) return <ErrorPage message={error ? apiError(error).message : 'The local policy could not be loaded.'} />;
  const versions = data.policyProfile;
  const inForce = [...versions].reverse().find((v) => v.effectiveFrom <= data.today) ?? versions[0];
  return (
    <>
      <h1 className="govuk-heading-l">Local policy</h1>
      <p className="govuk-body">
        The timescales the alerts and deadlines run on. Each clock runs under the version in force on the day it started: a new version applies only to
        clocks that start on or after its date, so deadlines that started earlier never move.
      </p>
      <h2 className="govuk-heading-m">Versions</h2>
      {[...versions].reverse().map((v) => (
        <VersionCard key={v.versionNumber} version={v} inForce={v === inForce} />
      ))}
      <AddVersionForm latest={versions[versions.length - 1]} today={data.today} />
      <NonWorkingDays days={data.nonWorkingDays} />
      <DutyContact contact={data.dutyContact} />
    </>
  );
}

function VersionCard({ version: v, inForce }: { version: PolicyVersionDetailFragment; inForce: boolean }) {
  const title = v.isNationalDefault ? 'Version 0: national default' : `Version ${v.versionNumber}: from ${formatDate(v.effectiveFrom)}`;
  return (
    <SummaryCard title={`${title}${inForce ? ' (in force today)' : ''}`}>
      {v.isNationalDefault && <p className="govuk-body">The national default is kept as it is: clocks that started before the council’s first version run under it. It cannot be changed.</p>}
      <SummaryList
        rows={[
          { key: 'Based on', value: v.name },
          { key: 'In force from', value: formatDate(v.effectiveFrom) },
          { key: 'First review', value: `${v.firstReviewWorkingDays} working days after becoming looked after` },
          { key: 'Second review', value: `${v.secondReviewMonths} months after the first` },
          { key: 'Later reviews', value: `every ${v.laterReviewMonths} months` },
          { key: 'Advocacy offered', value: `from age ${v.advocacyMinAge} until age ${v.advocacyMaxAge}` },
          {
            key: 'Dispute resolution stages',
            value: (
              <ol className="govuk-list govuk-list--number">
                <li>Informal resolution with the social worker: {v.disputeInformalWorkingDays} working days</li>
                <li>Team manager: {v.disputeTeamManagerWorkingDays} working days</li>
                <li>Service manager or head of service: {v.disputeServiceManagerWorkingDays} working days</li>
                <li>Director: {v.disputeDirectorWorkingDays} working days</li>
              </ol>
            ),
          },
          { key: 'Whole dispute resolved within', value: `${v.iroDisputeWorkingDays} working days` },
        ]}
      />
    </SummaryCard>
  );
}

const wholeNumber = (label: string, max: number) => (v: string) =>
  !/^\d+$/.test(v.trim()) ? `${label} must be a whole number` : Number(v) < 1 || Number(v) > max ? `${label} must be between 1 and ${max}` : undefined;

function AddVersionForm({ latest, today }: { latest: PolicyVersionDetailFragment; today: string }) {
  // The form starts from the latest version's settings: a new version usually changes one or two.
  const startValues = (from: PolicyVersionDetailFragment = latest): VersionValues => ({
    baseProfile: from.baseProfile,
    effectiveFrom: EMPTY_DATE,
    ...(Object.fromEntries(SETTINGS.map((s) => [s.key, String(from[s.key])])) as Record<SettingKey, string>),
  });
  const validators: Validators<VersionValues> = {
    baseProfile: (v) => (v ? undefined : 'Choose the profile it is based on'),
    effectiveFrom: (v) =>
      isDateEmpty(v) ? 'Enter the date the version starts' : !isoDate(v) ? 'The start date must be a real date' : isoDate(v)! <= today ? `The start date must be after today, ${formatDate(today)}` : undefined,
    ...Object.fromEntries(SETTINGS.map((s) => [s.key, wholeNumber(s.label, s.max)])),
    advocacyMaxAge: (v, all) => wholeNumber('Advocacy offered until age', 25)(v) ?? (Number(v) <= Number(all.advocacyMinAge) ? 'Advocacy must be offered until an age above the age it starts' : undefined),
  };
  const form = useForm<VersionValues>({ initialValues: startValues(), validators});
  const [add, { loading }] = useMutation(AddPolicyVersionDocument, { refetchQueries: [{ query: LocalPolicyDocument }] });
  const [done, setDone] = useState<string | null>(null);
  const submit = form.handleSubmit(async (v) => {
    setDone(null);
    try {
      const from = isoDate(v.effectiveFrom)!;
      const result = await add({
        variables: {
          input: { baseProfile: v.baseProfile, effectiveFrom: from, ...(Object.fromEntries(SETTINGS.map((s) => [s.key, Number(v[s.key])])) as Record<SettingKey, number>) },
        },
      });
      form.reset(startValues(result.data?.addPolicyVersion.at(-1)));
      setDone(`The new version starts on ${formatDate(from)}. Deadlines that started before then do not change.`);
    } catch (e) {
      const err = apiError(e);
      const field = err.field?.split('.').at(-1);
      form.setServerErrors([{ field: field && field in form.values ? (field as keyof VersionValues) : undefined, message: err.message }]);
    }
  });
  return (
    <form noValidate onSubmit={submit} aria-label="Add a version of the policy">
      <h2 className="govuk-heading-m">Add a version</h2>
      {done && <NotificationBanner type="success" heading={done} />}
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      <Select label="Based on" hint="A shipped profile; the settings below change it" options={BASE_PROFILES} {...form.field('baseProfile')} />
      <DateInput label="In force from" hint={`After today, ${formatDate(today)}. For example, 1 4 2027`} {...form.field('effectiveFrom')} />
      {SETTINGS.map((s) => (
        <TextInput key={s.key} label={s.label} width="3" inputMode="numeric" {...form.field(s.key)} />
      ))}
      <Button type="submit" disabled={loading}>
        Add the version
      </Button>
    </form>
  );
}

type DayValues = { dayDate: DateParts; dayName: string };

function NonWorkingDays({ days }: { days: LocalPolicyQuery['nonWorkingDays'] }) {
  const form = useForm<DayValues>({
    initialValues: { dayDate: EMPTY_DATE, dayName: '' },
    validators: {
      dayDate: (v) => (isDateEmpty(v) ? 'Enter the date' : !isoDate(v) ? 'The date must be a real date' : undefined),
      dayName: (v) => (!v.trim() ? 'Enter what the day is, for example Council closure day' : v.length > 100 ? 'The name must be 100 characters or fewer' : undefined),
    },
  });
  const [add, { loading }] = useMutation(AddNonWorkingDayDocument, { refetchQueries: [{ query: LocalPolicyDocument }] });
  const [done, setDone] = useState<string | null>(null);
  const submit = form.handleSubmit(async (v) => {
    setDone(null);
    try {
      await add({ variables: { input: { date: isoDate(v.dayDate)!, name: v.dayName.trim() } } });
      form.reset({ dayDate: EMPTY_DATE, dayName: '' });
      setDone(`${formatDate(isoDate(v.dayDate))} is now a non-working day.`);
    } catch (e) {
      form.setServerErrors([{ message: apiError(e).message }]);
    }
  });
  return (
    <section aria-labelledby="non-working-days">
      <h2 className="govuk-heading-m" id="non-working-days">
        Non-working days
      </h2>
      <p className="govuk-body">England and Wales bank holidays are never working days. Add the council’s own closure days and substitute days here.</p>
      {days.length === 0 ? (
        <p className="govuk-body">No days added.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {days.map((d) => (
            <li key={d.date}>
              {formatDate(d.date)}: {d.name}
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit} aria-label="Add a non-working day">
        {done && <NotificationBanner type="success" heading={done} />}
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
        <DateInput label="Date" {...form.field('dayDate')} />
        <TextInput label="What the day is" {...form.field('dayName')} />
        <Button type="submit" variant="secondary" disabled={loading}>
          Add the day
        </Button>
      </form>
    </section>
  );
}

type ContactValues = { dutyName: string; dutyEmail: string; dutyMobile: string };

function DutyContact({ contact }: { contact: LocalPolicyQuery['dutyContact'] }) {
  const form = useForm<ContactValues>({
    initialValues: { dutyName: contact.name ?? '', dutyEmail: contact.email ?? '', dutyMobile: contact.mobile ?? '' },
    validators: {
      dutyName: (v) => (v.trim() ? undefined : 'Enter the name of the duty contact'),
      dutyEmail: (v, all) =>
        v.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())
          ? 'Enter an email address in the right format, like duty@example.org'
          : !v.trim() && !all.dutyMobile.trim()
            ? 'Enter an email address or a mobile number'
            : undefined,
      dutyMobile: (v) => (v.trim() && !/^\+?[0-9 ()-]{7,20}$/.test(v.trim()) ? 'Enter a mobile number, like 07700 900123' : undefined),
    },
  });
  const [save, { loading }] = useMutation(UpdateDutyContactDocument, { refetchQueries: [{ query: LocalPolicyDocument }] });
  const [done, setDone] = useState(false);
  const submit = form.handleSubmit(async (v) => {
    setDone(false);
    try {
      await save({ variables: { input: { name: v.dutyName.trim(), email: v.dutyEmail.trim() || null, mobile: v.dutyMobile.trim() || null } } });
      form.reset(v);
      setDone(true);
    } catch (e) {
      const err = apiError(e);
      const field = err.field?.split('.').at(-1);
      const fields = { name: 'dutyName', email: 'dutyEmail', mobile: 'dutyMobile' } as const;
      form.setServerErrors([{ field: field && field in fields ? fields[field as keyof typeof fields] : undefined, message: err.message }]);
    }
  });
  return (
    <section aria-labelledby="duty-contact">
      <h2 className="govuk-heading-m" id="duty-contact">
        Duty contact
      </h2>
      <p className="govuk-body">Told at once when a child says they feel unsafe, and when a worker has no email or mobile.</p>
      <form noValidate onSubmit={submit} aria-label="Duty contact">
        {done && <NotificationBanner type="success" heading="The duty contact has been saved." />}
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
        <TextInput label="Name" hint="A team or a person, for example Out-of-hours duty team" {...form.field('dutyName')} />
        <TextInput label="Email" type="email" autoComplete="off" spellCheck={false} {...form.field('dutyEmail')} />
        <TextInput label="Mobile" type="tel" autoComplete="off" {...form.field('dutyMobile')} />
        <Button type="submit" variant="secondary" disabled={loading}>
          Save the duty contact
        </Button>
      </form>
    </section>
  );
}
