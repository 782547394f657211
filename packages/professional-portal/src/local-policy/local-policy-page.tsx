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
import { say } from '../i18n/i18n';

const BASE_PROFILES = [
  { value: 'national', label: say('localPolicy.localPolicyPage.nationalDefaultEngland') },
  { value: 'bolton', label: say('localPolicy.localPolicyPage.bolton') },
  { value: 'telford', label: say('localPolicy.localPolicyPage.telfordWrekin') },
  { value: 'torbay', label: say('localPolicy.localPolicyPage.torbay') },
  { value: 'dorset', label: say('localPolicy.localPolicyPage.dorset') },
  { value: 'newham', label: say('localPolicy.localPolicyPage.newham') },
];

/** The settings an administrator changes here, each a whole number, with its label and the largest the API accepts. */
const SETTINGS = [
  { key: 'firstReviewWorkingDays', label: say('localPolicy.localPolicyPage.firstReviewWorkingDays'), max: 100 },
  { key: 'secondReviewMonths', label: say('localPolicy.localPolicyPage.secondReviewMonthsAfter'), max: 24 },
  { key: 'laterReviewMonths', label: say('localPolicy.localPolicyPage.laterReviewsMonthsBetween'), max: 24 },
  { key: 'advocacyMinAge', label: say('localPolicy.localPolicyPage.advocacyOfferedFromAge'), max: 18 },
  { key: 'advocacyMaxAge', label: say('localPolicy.localPolicyPage.advocacyOfferedUntilAge'), max: 25 },
  { key: 'disputeInformalWorkingDays', label: say('localPolicy.localPolicyPage.disputeInformalResolutionWith'), max: 120 },
  { key: 'disputeTeamManagerWorkingDays', label: say('localPolicy.localPolicyPage.disputeTeamManagerStage'), max: 120 },
  { key: 'disputeServiceManagerWorkingDays', label: say('localPolicy.localPolicyPage.disputeServiceManagerOr'), max: 120 },
  { key: 'disputeDirectorWorkingDays', label: say('localPolicy.localPolicyPage.disputeDirectorStageWorking'), max: 120 },
] as const;

type SettingKey = (typeof SETTINGS)[number]['key'];
type VersionValues = { baseProfile: string; effectiveFrom: DateParts } & Record<SettingKey, string>;

/** Administrator: the council's local policy, its non-working days and its duty contact. */
export function LocalPolicyPage() {
  const { data, loading, error } = useQuery(LocalPolicyDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle(say('localPolicy.localPolicyPage.localPolicy'));
  if (loading && !data) return <Loading what={say('localPolicy.localPolicyPage.loadingTheLocalPolicy')} />;
  if (!data) return <ErrorPage message={error ? apiError(error).message : say('localPolicy.localPolicyPage.theLocalPolicyCould')} />;
  const versions = data.policyProfile;
  const inForce = [...versions].reverse().find((v) => v.effectiveFrom <= data.today) ?? versions[0];
  return (
    <>
      <h1 className="govuk-heading-l">{say('localPolicy.localPolicyPage.localPolicy')}</h1>
      <p className="govuk-body">
        {say('localPolicy.localPolicyPage.theTimescalesTheAlerts')}
      </p>
      <h2 className="govuk-heading-m">{say('localPolicy.localPolicyPage.versions')}</h2>
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
  const title = v.isNationalDefault ? say('localPolicy.localPolicyPage.version0NationalDefault') : say('localPolicy.localPolicyPage.versionFrom', { versionNumber: v.versionNumber, effectiveFrom: formatDate(v.effectiveFrom) });
  return (
    <SummaryCard title={`${title}${inForce ? say('localPolicy.localPolicyPage.inForceToday') : ''}`}>
      {v.isNationalDefault && <p className="govuk-body">{say('localPolicy.localPolicyPage.theNationalDefaultIs')}</p>}
      <SummaryList
        rows={[
          { key: say('localPolicy.localPolicyPage.basedOn'), value: v.name },
          { key: say('localPolicy.localPolicyPage.inForceFrom'), value: formatDate(v.effectiveFrom) },
          { key: say('localPolicy.localPolicyPage.firstReview'), value: say('localPolicy.localPolicyPage.workingDaysAfterBecoming', { firstReviewWorkingDays: v.firstReviewWorkingDays }) },
          { key: say('localPolicy.localPolicyPage.secondReview'), value: say('localPolicy.localPolicyPage.monthsAfterTheFirst', { secondReviewMonths: v.secondReviewMonths }) },
          { key: say('localPolicy.localPolicyPage.laterReviews'), value: say('localPolicy.localPolicyPage.everyMonths', { laterReviewMonths: v.laterReviewMonths }) },
          { key: say('localPolicy.localPolicyPage.advocacyOffered'), value: say('localPolicy.localPolicyPage.fromAgeUntilAge', { advocacyMinAge: v.advocacyMinAge, advocacyMaxAge: v.advocacyMaxAge }) },
          {
            key: say('localPolicy.localPolicyPage.disputeResolutionStages'),
            value: (
              <ol className="govuk-list govuk-list--number">
                <li>{say('localPolicy.localPolicyPage.informalResolutionWithThe', { disputeInformalWorkingDays: v.disputeInformalWorkingDays })}</li>
                <li>{say('localPolicy.localPolicyPage.teamManagerWorkingDays', { disputeTeamManagerWorkingDays: v.disputeTeamManagerWorkingDays })}</li>
                <li>{say('localPolicy.localPolicyPage.serviceManagerOrHead', { disputeServiceManagerWorkingDays: v.disputeServiceManagerWorkingDays })}</li>
                <li>{say('localPolicy.localPolicyPage.directorWorkingDays', { disputeDirectorWorkingDays: v.disputeDirectorWorkingDays })}</li>
              </ol>
            ),
          },
          { key: say('localPolicy.localPolicyPage.wholeDisputeResolvedWithin'), value: say('localPolicy.localPolicyPage.iroDisputeWorkingDays', { iroDisputeWorkingDays: v.iroDisputeWorkingDays }) },
        ]}
      />
    </SummaryCard>
  );
}

const wholeNumber = (label: string, max: number) => (v: string) =>
  !/^\d+$/.test(v.trim()) ? say('localPolicy.localPolicyPage.mustBeAWhole', { label }) : Number(v) < 1 || Number(v) > max ? say('localPolicy.localPolicyPage.mustBeBetween1', { label, max }) : undefined;

function AddVersionForm({ latest, today }: { latest: PolicyVersionDetailFragment; today: string }) {
  // The form starts from the latest version's settings: a new version usually changes one or two.
  const startValues = (from: PolicyVersionDetailFragment = latest): VersionValues => ({
    baseProfile: from.baseProfile,
    effectiveFrom: EMPTY_DATE,
    ...(Object.fromEntries(SETTINGS.map((s) => [s.key, String(from[s.key])])) as Record<SettingKey, string>),
  });
  const validators: Validators<VersionValues> = {
    baseProfile: (v) => (v ? undefined : say('localPolicy.localPolicyPage.chooseTheProfileIt')),
    effectiveFrom: (v) =>
      isDateEmpty(v) ? say('localPolicy.localPolicyPage.enterTheDateThe') : !isoDate(v) ? say('localPolicy.localPolicyPage.theStartDateMust') : isoDate(v)! <= today ? say('localPolicy.localPolicyPage.theStartDateMust2', { today: formatDate(today) }) : undefined,
    ...Object.fromEntries(SETTINGS.map((s) => [s.key, wholeNumber(s.label, s.max)])),
    advocacyMaxAge: (v, all) => wholeNumber(say('localPolicy.localPolicyPage.advocacyOfferedUntilAge'), 25)(v) ?? (Number(v) <= Number(all.advocacyMinAge) ? say('localPolicy.localPolicyPage.advocacyMustBeOffered') : undefined),
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
      setDone(say('localPolicy.localPolicyPage.theNewVersionStarts', { from: formatDate(from) }));
    } catch (e) {
      const err = apiError(e);
      const field = err.field?.split('.').at(-1);
      form.setServerErrors([{ field: field && field in form.values ? (field as keyof VersionValues) : undefined, message: err.message }]);
    }
  });
  return (
    <form noValidate onSubmit={submit} aria-label={say('localPolicy.localPolicyPage.addAVersionOf')}>
      <h2 className="govuk-heading-m">{say('localPolicy.localPolicyPage.addAVersion')}</h2>
      {done && <NotificationBanner type="success" heading={done} />}
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      <Select label={say('localPolicy.localPolicyPage.basedOn')} hint={say('localPolicy.localPolicyPage.aShippedProfileThe')} options={BASE_PROFILES} {...form.field('baseProfile')} />
      <DateInput label={say('localPolicy.localPolicyPage.inForceFrom')} hint={say('localPolicy.localPolicyPage.afterTodayForExample', { today: formatDate(today) })} {...form.field('effectiveFrom')} />
      {SETTINGS.map((s) => (
        <TextInput key={s.key} label={s.label} width="3" inputMode="numeric" {...form.field(s.key)} />
      ))}
      <Button type="submit" disabled={loading}>
        {say('localPolicy.localPolicyPage.addTheVersion')}
      </Button>
    </form>
  );
}

type DayValues = { dayDate: DateParts; dayName: string };

function NonWorkingDays({ days }: { days: LocalPolicyQuery['nonWorkingDays'] }) {
  const form = useForm<DayValues>({
    initialValues: { dayDate: EMPTY_DATE, dayName: '' },
    validators: {
      dayDate: (v) => (isDateEmpty(v) ? say('localPolicy.localPolicyPage.enterTheDate') : !isoDate(v) ? say('localPolicy.localPolicyPage.theDateMustBe') : undefined),
      dayName: (v) => (!v.trim() ? say('localPolicy.localPolicyPage.enterWhatTheDay') : v.length > 100 ? say('localPolicy.localPolicyPage.theNameMustBe') : undefined),
    },
  });
  const [add, { loading }] = useMutation(AddNonWorkingDayDocument, { refetchQueries: [{ query: LocalPolicyDocument }] });
  const [done, setDone] = useState<string | null>(null);
  const submit = form.handleSubmit(async (v) => {
    setDone(null);
    try {
      await add({ variables: { input: { date: isoDate(v.dayDate)!, name: v.dayName.trim() } } });
      form.reset({ dayDate: EMPTY_DATE, dayName: '' });
      setDone(say('localPolicy.localPolicyPage.isNowANon', { formatDate: formatDate(isoDate(v.dayDate)) }));
    } catch (e) {
      form.setServerErrors([{ message: apiError(e).message }]);
    }
  });
  return (
    <section aria-labelledby="non-working-days">
      <h2 className="govuk-heading-m" id="non-working-days">
        {say('localPolicy.localPolicyPage.nonWorkingDays')}
      </h2>
      <p className="govuk-body">{say('localPolicy.localPolicyPage.englandAndWalesBank')}</p>
      {days.length === 0 ? (
        <p className="govuk-body">{say('localPolicy.localPolicyPage.noDaysAdded')}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {days.map((d) => (
            <li key={d.date}>
              {formatDate(d.date)}: {d.name}
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit} aria-label={say('localPolicy.localPolicyPage.addANonWorking')}>
        {done && <NotificationBanner type="success" heading={done} />}
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
        <DateInput label={say('localPolicy.localPolicyPage.date')} {...form.field('dayDate')} />
        <TextInput label={say('localPolicy.localPolicyPage.whatTheDayIs')} {...form.field('dayName')} />
        <Button type="submit" variant="secondary" disabled={loading}>
          {say('localPolicy.localPolicyPage.addTheDay')}
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
      dutyName: (v) => (v.trim() ? undefined : say('localPolicy.localPolicyPage.enterTheNameOf')),
      dutyEmail: (v, all) =>
        v.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())
          ? say('localPolicy.localPolicyPage.enterAnEmailAddress')
          : !v.trim() && !all.dutyMobile.trim()
            ? say('localPolicy.localPolicyPage.enterAnEmailAddress2')
            : undefined,
      dutyMobile: (v) => (v.trim() && !/^\+?[0-9 ()-]{7,20}$/.test(v.trim()) ? say('localPolicy.localPolicyPage.enterAMobileNumber') : undefined),
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
        {say('localPolicy.localPolicyPage.dutyContact')}
      </h2>
      <p className="govuk-body">{say('localPolicy.localPolicyPage.toldAtOnceWhen')}</p>
      <form noValidate onSubmit={submit} aria-label={say('localPolicy.localPolicyPage.dutyContact')}>
        {done && <NotificationBanner type="success" heading={say('localPolicy.localPolicyPage.theDutyContactHas')} />}
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
        <TextInput label={say('localPolicy.localPolicyPage.name')} hint={say('localPolicy.localPolicyPage.aTeamOrA')} {...form.field('dutyName')} />
        <TextInput label={say('localPolicy.localPolicyPage.email')} type="email" autoComplete="off" spellCheck={false} {...form.field('dutyEmail')} />
        <TextInput label={say('localPolicy.localPolicyPage.mobile')} type="tel" autoComplete="off" {...form.field('dutyMobile')} />
        <Button type="submit" variant="secondary" disabled={loading}>
          {say('localPolicy.localPolicyPage.saveTheDutyContact')}
        </Button>
      </form>
    </section>
  );
}
