import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, ErrorSummary, NotificationBanner, Radios, SummaryList, Table, Textarea, TextInput, UiLink, WarningText, useForm, type Column, type Validators } from '@forever-planning/ui';
import { isSweNumber, normaliseSweNumber } from '@forever-planning/shared';
import { apiError } from '../common/graphql-errors';
import { useSession } from '../auth/session';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ResetStaffAuthenticatorDocument, SetStaffSweNumberDocument, StaffContactsDocument, UpdateStaffContactDocument, type NotificationPreference, type StaffContactsQuery } from '../gql/graphql';
import { say } from '../i18n/i18n';

type Row = StaffContactsQuery['staffAccounts'][number];

const PREFERENCE_LABELS: Record<NotificationPreference, string> = {
  IMMEDIATE: say('staff.staffContactsPage.emailAtOnce'),
  DAILY_DIGEST: say('staff.staffContactsPage.inTheDailyDigest'),
};

/** Administrator: where each professional's notifications go. */
export function StaffContactsPage() {
  const { data, loading, error } = useQuery(StaffContactsDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle(say('staff.staffContactsPage.staffContactDetails'));
  if (loading && !data) return <Loading what={say('staff.staffContactsPage.loadingStaffAccounts')} />;
  if (error) return <ErrorPage message={apiError(error).message} />;
  const rows = (data?.staffAccounts ?? []).filter((a) => !a.disabled);
  const columns: Column<Row>[] = [
    { key: 'name', header: say('staff.staffContactsPage.name'), cell: (r) => <UiLink href={`/staff/${r.id}`} className="govuk-link">{`${r.firstName} ${r.lastName}`}<span className="govuk-visually-hidden">{say('staff.staffContactsPage.changeContactDetails')}</span></UiLink> },
    { key: 'email', header: say('staff.staffContactsPage.workEmail'), cell: (r) => r.email ?? say('staff.staffContactsPage.none') },
    { key: 'mobile', header: say('staff.staffContactsPage.mobile'), cell: (r) => r.mobile ?? say('staff.staffContactsPage.none') },
    { key: 'preference', header: say('staff.staffContactsPage.viewsAndMessages'), cell: (r) => PREFERENCE_LABELS[r.notificationPreference] },
    { key: 'authenticator', header: say('staff.staffContactsPage.authenticatorApp'), cell: (r) => (r.authenticatorEnrolled ? say('staff.staffContactsPage.setUp') : say('staff.staffContactsPage.none')) },
    { key: 'swe', header: say('staff.staffContactsPage.socialWorkEnglandNumber'), cell: (r) => r.sweNumber ?? say('staff.staffContactsPage.none') },
  ];
  return (
    <>
      <h1 className="govuk-heading-l">{say('staff.staffContactsPage.staffContactDetails')}</h1>
      <p className="govuk-body">
        {say('staff.staffContactsPage.urgentAlertsGoTo')}
      </p>
      <p className="govuk-body">{say('staff.staffContactsPage.toResetALost')}</p>
      <Table caption={say('staff.staffContactsPage.staffAccounts', { count: rows.length })} columns={columns} rows={rows} rowKey={(r) => r.id} empty={say('staff.staffContactsPage.noStaffAccounts')} />
    </>
  );
}

type Values = { email: string; mobile: string; notificationPreference: NotificationPreference };

const validators: Validators<Values> = {
  email: (v) => (v.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? say('staff.staffContactsPage.enterAnEmailAddress') : undefined),
  mobile: (v) => (v.trim() && !/^\+?[0-9 ()-]{7,20}$/.test(v.trim()) ? say('staff.staffContactsPage.enterAMobileNumber') : undefined),
};

export function StaffContactEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(StaffContactsDocument, { fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(UpdateStaffContactDocument);
  const [resetAuthenticator, { loading: resetting }] = useMutation(ResetStaffAuthenticatorDocument, { refetchQueries: [StaffContactsDocument] });
  const { me } = useSession();
  const [resetDone, setResetDone] = useState<{ emailed: boolean } | null>(null);
  const resetForm = useForm<{ reason: string }>({
    initialValues: { reason: '' },
    validators: { reason: (v) => (v.trim().length < 5 ? say('staff.staffContactsPage.sayWhyYouAre') : undefined) },
  });
  const [saveSwe, { loading: savingSwe }] = useMutation(SetStaffSweNumberDocument, { refetchQueries: [StaffContactsDocument] });
  const [sweSaved, setSweSaved] = useState(false);
  const sweForm = useForm<{ sweNumber: string }>({
    initialValues: { sweNumber: '' },
    validators: { sweNumber: (v) => (v.trim() && !isSweNumber(normaliseSweNumber(v)) ? say('staff.staffContactsPage.enterASocialWork') : undefined) },
  });
  const account = data?.staffAccounts.find((a) => a.id === id);
  const form = useForm<Values>({ initialValues: { email: '', mobile: '', notificationPreference: 'IMMEDIATE' }, validators });
  const { reset } = form;
  const resetSwe = sweForm.reset;
  useEffect(() => {
    if (account) resetSwe({ sweNumber: account.sweNumber ?? '' });
  }, [account, resetSwe]);
  useEffect(() => {
    if (account) reset({ email: account.email ?? '', mobile: account.mobile ?? '', notificationPreference: account.notificationPreference });
  }, [account, reset]);
  usePageTitle(account ? say('staff.staffContactsPage.contactDetailsFor', { firstName: account.firstName, lastName: account.lastName }) : say('staff.staffContactsPage.contactDetails'), form.summary.length > 0 || resetForm.summary.length > 0 || sweForm.summary.length > 0);
  if (loading && !data) return <Loading what={say('staff.staffContactsPage.loadingTheAccount')} />;
  if (error) return <ErrorPage message={apiError(error).message} />;
  if (!account) return <NotFoundPage />;

  const submit = form.handleSubmit(async (v) => {
    try {
      await save({ variables: { input: { userId: account.id, email: v.email.trim() || null, mobile: v.mobile.trim() || null, notificationPreference: v.notificationPreference } } });
      navigate('/staff');
    } catch (e) {
      const err = apiError(e);
      form.setServerErrors([{ field: err.field === 'email' || err.field === 'mobile' ? err.field : undefined, message: err.message }]);
    }
  });

  const name = `${account.firstName} ${account.lastName}`;
  const submitSwe = sweForm.handleSubmit(async ({ sweNumber }) => {
    setSweSaved(false);
    try {
      await saveSwe({ variables: { input: { userId: account.id, sweNumber: sweNumber.trim() || null } } });
      setSweSaved(true);
    } catch (e) {
      const err = apiError(e);
      sweForm.setServerErrors([{ field: err.field === 'sweNumber' ? 'sweNumber' : undefined, message: err.message }]);
    }
  });
  const submitReset = resetForm.handleSubmit(async ({ reason }) => {
    try {
      const result = await resetAuthenticator({ variables: { input: { userId: account.id, reason: reason.trim() } } });
      if (result.data) setResetDone(result.data.resetStaffAuthenticator);
      resetForm.reset({ reason: '' });
    } catch (e) {
      const err = apiError(e);
      resetForm.setServerErrors([{ field: err.field === 'reason' ? 'reason' : undefined, message: err.message }]);
    }
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/staff">{say('staff.staffContactsPage.staffContactDetails')}</BackLink>
        {resetDone && (
          <NotificationBanner type="success" title={say('staff.staffContactsPage.success')} heading={say('staff.staffContactsPage.sAuthenticatorApp', { name })}>
            <p className="govuk-body">
              {say('staff.staffContactsPage.theyWillSetUp')}{' '}
              {resetDone.emailed ? say('staff.staffContactsPage.weHaveEmailedThem') : say('staff.staffContactsPage.theyHaveNoWork')}
            </p>
          </NotificationBanner>
        )}
        <ErrorSummary errors={[...form.summary, ...sweForm.summary, ...resetForm.summary]} focusKey={form.submitCount + sweForm.submitCount + resetForm.submitCount} />
        <h1 className="govuk-heading-l">{say('staff.staffContactsPage.contactDetailsFor', { firstName: account.firstName, lastName: account.lastName })}</h1>
        <form noValidate onSubmit={submit}>
          <TextInput label={say('staff.staffContactsPage.workEmail')} type="email" autoComplete="off" spellCheck={false} width="two-thirds" {...form.field('email')} />
          <TextInput label={say('staff.staffContactsPage.mobileNumber')} hint={say('staff.staffContactsPage.forUrgentTextMessages')} type="tel" autoComplete="off" width="20" {...form.field('mobile')} />
          <Radios
            label={say('staff.staffContactsPage.viewsAndIMNot')}
            options={[
              { value: 'IMMEDIATE', label: say('staff.staffContactsPage.emailAtOnce') },
              { value: 'DAILY_DIGEST', label: say('staff.staffContactsPage.inTheDailyDigest') },
            ]}
            {...form.field('notificationPreference')}
            onChange={(v) => form.setValue('notificationPreference', v as NotificationPreference)}
          />
          <Button type="submit" disabled={saving}>
            {say('staff.staffContactsPage.saveContactDetails')}
          </Button>
        </form>
        <h2 className="govuk-heading-m">{say('staff.staffContactsPage.socialWorkEnglandRegistration')}</h2>
        {sweSaved && (
          <NotificationBanner type="success" title={say('staff.staffContactsPage.success')} heading={account.sweNumber ? say('staff.staffContactsPage.sSocialWork', { name, sweNumber: account.sweNumber }) : say('staff.staffContactsPage.hasNoSocial', { name })}>
            <p className="govuk-body">{say('staff.staffContactsPage.socialWorkerEpisodesAn')}</p>
          </NotificationBanner>
        )}
        <form noValidate onSubmit={submitSwe}>
          <TextInput
            label={say('staff.staffContactsPage.socialWorkEnglandNumber')}
            hint={say('staff.staffContactsPage.sWFollowedByDigits')}
            autoComplete="off"
            spellCheck={false}
            width="10"
            {...sweForm.field('sweNumber')}
          />
          <Button type="submit" variant="secondary" disabled={savingSwe}>
            {say('staff.staffContactsPage.saveRegistrationNumber')}
          </Button>
        </form>
        <h2 className="govuk-heading-m">{say('staff.staffContactsPage.authenticatorApp')}</h2>
        <SummaryList rows={[{ key: say('staff.staffContactsPage.authenticatorApp'), value: account.authenticatorEnrolled ? say('staff.staffContactsPage.setUp') : say('staff.staffContactsPage.notSetUp') }]} />
        {account.authenticatorEnrolled && account.id === me?.id && (
          <p className="govuk-body">{say('staff.staffContactsPage.youCannotResetYour')}</p>
        )}
        {account.authenticatorEnrolled && account.id !== me?.id && (
          <form noValidate onSubmit={submitReset}>
            <p className="govuk-body">
              {say('staff.staffContactsPage.resetItOnlyWhen', { name })}
            </p>
            <WarningText>{say('staff.staffContactsPage.theResetIsRecorded')}</WarningText>
            <Textarea label={say('staff.staffContactsPage.whyAreYouResetting')} hint={say('staff.staffContactsPage.forExampleLostPhone')} rows={3} {...resetForm.field('reason')} />
            <Button type="submit" variant="warning" disabled={resetting}>
              {say('staff.staffContactsPage.resetTheirAuthenticatorApp')}
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
