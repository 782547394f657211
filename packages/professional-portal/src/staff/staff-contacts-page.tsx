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

type Row = StaffContactsQuery['staffAccounts'][number];

const PREFERENCE_LABELS: Record<NotificationPreference, string> = {
  IMMEDIATE: 'Email at once',
  DAILY_DIGEST: 'In the daily digest',
};

/** Administrator: where each professional's notifications go. */
export function StaffContactsPage() {
  const { data, loading, error } = useQuery(StaffContactsDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle('Staff contact details');
  if (loading && !data) return <Loading what="Loading staff accounts" />;
  if (error) return <ErrorPage message={apiError(error).message} />;
  const rows = (data?.staffAccounts ?? []).filter((a) => !a.disabled);
  const columns: Column<Row>[] = [
    { key: 'name', header: 'Name', cell: (r) => <UiLink href={`/staff/${r.id}`} className="govuk-link">{`${r.firstName} ${r.lastName}`}<span className="govuk-visually-hidden">: change contact details</span></UiLink> },
    { key: 'email', header: 'Work email', cell: (r) => r.email ?? 'None' },
    { key: 'mobile', header: 'Mobile', cell: (r) => r.mobile ?? 'None' },
    { key: 'preference', header: 'Views and messages', cell: (r) => PREFERENCE_LABELS[r.notificationPreference] },
    { key: 'authenticator', header: 'Authenticator app', cell: (r) => (r.authenticatorEnrolled ? 'Set up' : 'None') },
    { key: 'swe', header: 'Social Work England number', cell: (r) => r.sweNumber ?? 'None' },
  ];
  return (
    <>
      <h1 className="govuk-heading-l">Staff contact details</h1>
      <p className="govuk-body">
        Urgent alerts go to a person’s work email and mobile at once. Someone with neither is covered by the duty contact. Views and “I’m not happy” messages
        go by email at once or in the daily digest, as each person prefers.
      </p>
      <p className="govuk-body">To reset a lost authenticator app, choose the person.</p>
      <Table caption={`${rows.length} staff accounts`} columns={columns} rows={rows} rowKey={(r) => r.id} empty="No staff accounts." />
    </>
  );
}

type Values = { email: string; mobile: string; notificationPreference: NotificationPreference };

const validators: Validators<Values> = {
  email: (v) => (v.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? 'Enter an email address in the right format, like name@example.org' : undefined),
  mobile: (v) => (v.trim() && !/^\+?[0-9 ()-]{7,20}$/.test(v.trim()) ? 'Enter a mobile number, like 07700 900123' : undefined),
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
    validators: { reason: (v) => (v.trim().length < 5 ? 'Say why you are resetting it, for example “lost phone, checked in person”' : undefined) },
  });
  const [saveSwe, { loading: savingSwe }] = useMutation(SetStaffSweNumberDocument, { refetchQueries: [StaffContactsDocument] });
  const [sweSaved, setSweSaved] = useState(false);
  const sweForm = useForm<{ sweNumber: string }>({
    initialValues: { sweNumber: '' },
    validators: { sweNumber: (v) => (v.trim() && !isSweNumber(normaliseSweNumber(v)) ? 'Enter a Social Work England number: SW followed by digits, like SW123456' : undefined) },
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
  usePageTitle(account ? `Contact details for ${account.firstName} ${account.lastName}` : 'Contact details', form.summary.length > 0 || resetForm.summary.length > 0 || sweForm.summary.length > 0);
  if (loading && !data) return <Loading what="Loading the account" />;
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
        <BackLink href="/staff">Staff contact details</BackLink>
        {resetDone && (
          <NotificationBanner type="success" title="Success" heading={`${name}’s authenticator app has been reset`}>
            <p className="govuk-body">
              They will set up a new one the next time they sign in. Their recovery codes no longer work and they have been signed out.{' '}
              {resetDone.emailed ? 'We have emailed them to say so.' : 'They have no work email: tell them yourself.'}
            </p>
          </NotificationBanner>
        )}
        <ErrorSummary errors={[...form.summary, ...sweForm.summary, ...resetForm.summary]} focusKey={form.submitCount + sweForm.submitCount + resetForm.submitCount} />
        <h1 className="govuk-heading-l">Contact details for {account.firstName} {account.lastName}</h1>
        <form noValidate onSubmit={submit}>
          <TextInput label="Work email" type="email" autoComplete="off" spellCheck={false} width="two-thirds" {...form.field('email')} />
          <TextInput label="Mobile number" hint="For urgent text messages, like 07700 900123" type="tel" autoComplete="off" width="20" {...form.field('mobile')} />
          <Radios
            label="Views and “I’m not happy” messages"
            options={[
              { value: 'IMMEDIATE', label: 'Email at once' },
              { value: 'DAILY_DIGEST', label: 'In the daily digest' },
            ]}
            {...form.field('notificationPreference')}
            onChange={(v) => form.setValue('notificationPreference', v as NotificationPreference)}
          />
          <Button type="submit" disabled={saving}>
            Save contact details
          </Button>
        </form>
        <h2 className="govuk-heading-m">Social Work England registration</h2>
        {sweSaved && (
          <NotificationBanner type="success" title="Success" heading={account.sweNumber ? `${name}’s Social Work England number is ${account.sweNumber}` : `${name} has no Social Work England number now`}>
            <p className="govuk-body">Social worker episodes an imported return gave under this number are now theirs.</p>
          </NotificationBanner>
        )}
        <form noValidate onSubmit={submitSwe}>
          <TextInput
            label="Social Work England number"
            hint="SW followed by digits, like SW123456. The children-looked-after return (SSDA903) reports it for each social worker. Leave it blank to remove it."
            autoComplete="off"
            spellCheck={false}
            width="10"
            {...sweForm.field('sweNumber')}
          />
          <Button type="submit" variant="secondary" disabled={savingSwe}>
            Save registration number
          </Button>
        </form>
        <h2 className="govuk-heading-m">Authenticator app</h2>
        <SummaryList rows={[{ key: 'Authenticator app', value: account.authenticatorEnrolled ? 'Set up' : 'Not set up' }]} />
        {account.authenticatorEnrolled && account.id === me?.id && (
          <p className="govuk-body">You cannot reset your own authenticator app. If you have lost it, ask another administrator.</p>
        )}
        {account.authenticatorEnrolled && account.id !== me?.id && (
          <form noValidate onSubmit={submitReset}>
            <p className="govuk-body">
              Reset it only when {name} has lost their phone and their recovery codes, and you have checked it is really them asking. They will be signed out, set up
              a new app next time they sign in, and get an email about it.
            </p>
            <WarningText>The reset is recorded in the audit trail with your name and your reason.</WarningText>
            <Textarea label="Why are you resetting it?" hint="For example: lost phone, identity checked in person" rows={3} {...resetForm.field('reason')} />
            <Button type="submit" variant="warning" disabled={resetting}>
              Reset their authenticator app
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
