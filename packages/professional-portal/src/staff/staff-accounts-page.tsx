import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { belongsToATeam, PROFESSIONAL_ROLES, ROLE_LABELS } from '@forever-planning/shared';
import { Button, ErrorSummary, NotificationBanner, Select, TextInput, type ErrorSummaryItem } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { CouncilTeamsDocument, RequestStaffAccountDocument, StaffAccountRequestsDocument, type Role } from '../gql/graphql';
import { AccountRequestsTable } from './account-requests';
import { say } from '../i18n/i18n';

const EMPTY = { username: '', firstName: '', lastName: '', email: '', role: '', teamId: '', initialPassword: '' };
type Values = typeof EMPTY;

function problems(v: Values): ErrorSummaryItem[] {
  const out: ErrorSummaryItem[] = [];
  if (!v.firstName.trim()) out.push({ fieldId: 'firstName', message: say('staff.staffAccountsPage.enterTheirFirstName') });
  if (!v.lastName.trim()) out.push({ fieldId: 'lastName', message: say('staff.staffAccountsPage.enterTheirLastName') });
  if (!/^[a-z][a-z0-9.-]{2,39}$/.test(v.username)) out.push({ fieldId: 'username', message: say('staff.staffAccountsPage.enterAUsernameOf') });
  if (!v.role) out.push({ fieldId: 'role', message: say('staff.staffAccountsPage.chooseTheirRole') });
  if (belongsToATeam(v.role) && !v.teamId) out.push({ fieldId: 'teamId', message: say('staff.staffAccountsPage.chooseTheirTeam') });
  if (v.initialPassword.length < 12) out.push({ fieldId: 'initialPassword', message: say('staff.staffAccountsPage.enterAFirstPassword') });
  return out;
}

/**
 * The administrator asks for a professional's account. It is made only when
 * a head of service approves (two people decide who sees children), so the
 * page shows each request and where it stands.
 */
export function StaffAccountsPage() {
  usePageTitle(say('staff.staffAccountsPage.staffAccounts'));
  const requests = useQuery(StaffAccountRequestsDocument, { fetchPolicy: 'network-only' });
  const teams = useQuery(CouncilTeamsDocument);
  const [requestAccount, { loading: saving }] = useMutation(RequestStaffAccountDocument, { refetchQueries: [StaffAccountRequestsDocument] });
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [asked, setAsked] = useState<string | null>(null);
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value, ...(key === 'role' && !belongsToATeam(value) ? { teamId: '' } : {}) }));
  const errorFor = (id: keyof Values) => errors.find((e) => e.fieldId === id)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problems(values);
    setErrors(found);
    setAsked(null);
    if (found.length > 0) return;
    try {
      await requestAccount({
        variables: {
          input: {
            username: values.username,
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            email: values.email.trim() || null,
            role: values.role as Role,
            teamId: values.teamId || null,
            initialPassword: values.initialPassword,
          },
        },
      });
      setAsked(`${values.firstName.trim()} ${values.lastName.trim()}`);
      setValues(EMPTY);
    } catch (error) {
      const e = apiError(error);
      setErrors([{ fieldId: e.field && e.field in EMPTY ? e.field : undefined, message: e.message }]);
    }
  };

  if (requests.error) return <ErrorPage message={apiError(requests.error).message} />;
  return (
    <>
      {asked && (
        <NotificationBanner type="success" title={say('staff.staffAccountsPage.success')} heading={say('staff.staffAccountsPage.youAskedForAn', { asked })}>
          <p className="govuk-body">{say('staff.staffAccountsPage.aHeadOfService')}</p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={errors} focusKey={errors} />
      <h1 className="govuk-heading-l">{say('staff.staffAccountsPage.staffAccounts')}</h1>
      <p className="govuk-body">
        {say('staff.staffAccountsPage.askForAnAccount')}
      </p>
      <form onSubmit={submit} noValidate>
        <h2 className="govuk-heading-m">{say('staff.staffAccountsPage.askForAnAccount2')}</h2>
        <TextInput id="firstName" label={say('staff.staffAccountsPage.firstName')} value={values.firstName} onChange={set('firstName')} error={errorFor('firstName')} autoComplete="off" width="two-thirds" />
        <TextInput id="lastName" label={say('staff.staffAccountsPage.lastName')} value={values.lastName} onChange={set('lastName')} error={errorFor('lastName')} autoComplete="off" width="two-thirds" />
        <TextInput id="username" label={say('staff.staffAccountsPage.username')} hint={say('staff.staffAccountsPage.lowerCaseLettersDigitsDots')} value={values.username} onChange={set('username')} error={errorFor('username')} autoComplete="off" spellCheck={false} width="two-thirds" />
        <TextInput id="email" label={say('staff.staffAccountsPage.emailAddressOptional')} type="email" value={values.email} onChange={set('email')} error={errorFor('email')} autoComplete="off" spellCheck={false} width="two-thirds" />
        <Select
          id="role"
          label={say('staff.staffAccountsPage.role')}
          value={values.role}
          onChange={set('role')}
          error={errorFor('role')}
          options={[{ value: '', label: say('staff.staffAccountsPage.chooseARole') }, ...PROFESSIONAL_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]}
        />
        {belongsToATeam(values.role) && (
          <Select
            id="teamId"
            label={say('staff.staffAccountsPage.team')}
            value={values.teamId}
            onChange={set('teamId')}
            error={errorFor('teamId')}
            options={[{ value: '', label: say('staff.staffAccountsPage.chooseATeam') }, ...(teams.data?.councilTeams ?? []).map((t) => ({ value: t.id, label: t.name }))]}
          />
        )}
        <TextInput id="initialPassword" label={say('staff.staffAccountsPage.firstPassword')} hint={say('staff.staffAccountsPage.atLeast12Characters')} type="password" value={values.initialPassword} onChange={set('initialPassword')} error={errorFor('initialPassword')} autoComplete="new-password" width="two-thirds" />
        <Button type="submit" disabled={saving}>
          {say('staff.staffAccountsPage.askForThisAccount')}
        </Button>
      </form>
      {requests.loading && !requests.data ? (
        <Loading what={say('staff.staffAccountsPage.loadingTheAccountRequests')} />
      ) : (
        <AccountRequestsTable caption={say('staff.staffAccountsPage.accountRequests')} requests={requests.data?.staffAccountRequests ?? []} />
      )}
    </>
  );
}
